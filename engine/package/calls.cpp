#include "engine/package/calls.h"

#include "engine/text/file_names.h"

#include <set>
#include <string_view>
#include <utility>

namespace nastavdoc::package {

namespace {

// The first character of UTF-8 text (a lead byte and its continuation bytes).
std::string first_character(std::string_view text) {
    if (text.empty())
        return {};
    std::size_t length = 1;
    while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
        ++length;
    return std::string(text.substr(0, length));
}

const dataset::Value* person_of(const dataset::Dataset& data, std::string_view id) {
    const dataset::Entity* entity = data.find(id);
    if (entity == nullptr || entity->kind != dataset::EntityKind::Person)
        return nullptr;
    return entity->value;
}

const dataset::Value* collection(const dataset::Dataset& data, std::string_view name) {
    const dataset::Value* items = data.root().find(name);
    return items != nullptr && items->is_array() ? items : nullptr;
}

Call person_call(const dataset::Value& person, const std::string& id, bool file_names) {
    const std::string name = surname_initials(person);
    return {"person", id, file_names ? text::safe_file_name(name) : std::string(), name};
}

// The person IDs of mentors or mentees (`role` is the collection), each once.
void add_people(const dataset::Dataset& data, std::string_view role, bool minors, bool adults,
                bool file_names, std::set<std::string>& seen, std::vector<Call>& calls) {
    const dataset::Value* items = collection(data, role);
    if (items == nullptr)
        return;
    for (const auto& item : items->items) {
        const std::string id(item.string_or_empty("person"));
        const dataset::Value* person = person_of(data, id);
        if (person == nullptr || seen.count(id))
            continue;
        const bool minor = is_minor(*person);
        if ((minor && !minors) || (!minor && !adults))
            continue;
        seen.insert(id);
        calls.push_back(person_call(*person, id, file_names));
    }
}

}  // namespace

bool is_minor(const dataset::Value& person) {
    if (const dataset::Value* flag = person.find("is_minor"); flag && flag->is_bool())
        return flag->boolean;
    const dataset::Value* representatives = person.find("representatives");
    return representatives != nullptr && representatives->is_array() &&
           !representatives->items.empty();
}

std::string surname_initials(const dataset::Value& person) {
    std::string name(person.string_or_empty("last_name"));
    const std::string first = first_character(person.string_or_empty("first_name"));
    const std::string middle = first_character(person.string_or_empty("middle_name"));
    if (!first.empty())
        name += " " + first + ".";
    if (!middle.empty())
        name += middle + ".";
    return name;
}

std::vector<Call> calls_for_each(const dataset::Dataset& data, const std::string& each,
                                 bool file_names) {
    std::vector<Call> calls;
    std::set<std::string> seen;
    if (each == "mentors") {
        add_people(data, "mentors", true, true, file_names, seen, calls);
    } else if (each == "mentees") {
        add_people(data, "mentees", true, true, file_names, seen, calls);
    } else if (each == "minors") {
        // A minor mentor (обучающийся – обучающийся) needs the representative's consent too.
        add_people(data, "mentees", true, false, file_names, seen, calls);
        add_people(data, "mentors", true, false, file_names, seen, calls);
    } else if (each == "adults") {
        add_people(data, "mentors", false, true, file_names, seen, calls);
        add_people(data, "mentees", false, true, file_names, seen, calls);
    } else if (each == "pairs") {
        const dataset::Value* pairs = collection(data, "pairs");
        for (std::size_t i = 0; pairs != nullptr && i < pairs->items.size(); ++i) {
            const dataset::Value& pair = pairs->items[i];
            const std::string id(pair.string_or_empty("id"));
            std::string label = id;
            const dataset::Entity* mentor = data.find(pair.string_or_empty("mentor"));
            if (mentor != nullptr) {
                if (const dataset::Value* person =
                        person_of(data, mentor->value->string_or_empty("person"))) {
                    label = surname_initials(*person);
                }
            }
            const std::size_t colon = id.find(':');
            const std::string number = colon == std::string::npos ? id : id.substr(colon + 1);
            calls.push_back(
                {"pair", id,
                 file_names ? text::safe_file_name(number + " " + label) : std::string(),
                 "пара " + number + ", " + label});
        }
    }
    return calls;
}

std::vector<Call> calls_for_catalog(const dataset::Dataset& data, const std::string& catalog_id) {
    std::vector<Call> calls;
    // Orders are `order`, other documents of the catalogue (protocols, acts) are `doc`.
    for (const auto& [collection_name, variable] :
         {std::pair<std::string_view, std::string>{"orders", "order"}, {"documents", "doc"}}) {
        const dataset::Value* items = collection(data, collection_name);
        for (std::size_t i = 0; items != nullptr && i < items->items.size(); ++i) {
            const dataset::Value& item = items->items[i];
            if (item.string_or_empty("catalog_id") != catalog_id)
                continue;
            const std::string id(item.string_or_empty("id"));
            const std::string number(item.string_or_empty("number"));
            const std::string date(item.string_or_empty("date"));
            if (number.empty()) {
                calls.push_back({variable, id, text::safe_file_name(id + " " + date), id});
            } else {
                calls.push_back({variable, id, text::safe_file_name("№ " + number + " " + date),
                                 "№ " + number + " от " + date});
            }
        }
    }
    return calls;
}

}  // namespace nastavdoc::package
