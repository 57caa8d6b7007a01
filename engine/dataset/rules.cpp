// The domain rules of docs/dataset.md: what a schema cannot say.
#include "engine/base/concat.h"
#include "engine/dataset/dataset.h"
#include "engine/dataset/requisites.h"
#include "engine/dataset/schema.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace nastavdoc::dataset {

namespace {

struct RefField {
    std::string_view key;
    EntityKind kind;
};

// Keys whose string values (or string list items) that look like IDs refer to an entity.
constexpr std::array<RefField, 31> kRefFields{{
    {"person", EntityKind::Person},
    {"director", EntityKind::Person},
    {"curator", EntityKind::Person},
    {"coordinator", EntityKind::Person},
    {"curators", EntityKind::Person},
    {"subject", EntityKind::Person},
    {"representative", EntityKind::Person},
    {"representatives", EntityKind::Person},
    {"respondent", EntityKind::Person},
    {"chair", EntityKind::Person},
    {"secretary", EntityKind::Person},
    {"responsible", EntityKind::Person},
    {"people", EntityKind::Person},
    {"list", EntityKind::Person},
    {"position", EntityKind::Position},
    {"form", EntityKind::Form},
    {"forms", EntityKind::Form},
    {"preferred_forms", EntityKind::Form},
    {"mentor", EntityKind::Mentor},
    {"mentees", EntityKind::Mentee},
    {"pair", EntityKind::Pair},
    {"order", EntityKind::Order},
    {"registry_order", EntityKind::Order},
    {"order_ref", EntityKind::Order},
    {"survey", EntityKind::Survey},
    {"indicator", EntityKind::Indicator},
    {"normative_basis", EntityKind::Act},
    {"act", EntityKind::Act},
    {"doc", EntityKind::Document},
    {"consents", EntityKind::Consent},
    {"feedback", EntityKind::Response},
}};

bool looks_like_id(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= text.size())
        return false;
    for (std::size_t i = 0; i < colon; ++i) {
        if (text[i] < 'a' || text[i] > 'z')
            return false;
    }
    for (std::size_t i = colon + 1; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

// A calendar date parsed from ISO text; partial dates keep 0 for the missing parts.
struct Day {
    int year = 0, month = 0, day = 0;
    bool operator<(const Day& other) const {
        return std::tie(year, month, day) < std::tie(other.year, other.month, other.day);
    }
};

std::optional<Day> parse_day(std::string_view text) {
    const auto number = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) {
            if (i >= text.size() || text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    Day day;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        day = {number(0, 4), number(5, 2), number(8, 2)};
    } else if (text.size() == 7 && text[4] == '-') {
        day = {number(0, 4), number(5, 2), 0};
    } else if (text.size() == 4) {
        day = {number(0, 4), 0, 0};
    } else {
        return std::nullopt;  // "--08" and other forms carry no year to compare
    }
    if (day.year < 0 || day.month < 0 || day.day < 0)
        return std::nullopt;
    return day;
}

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool is_real_date(const Day& day) {
    if (day.month == 0)
        return day.day == 0;
    if (day.month > 12)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int last = kDays[day.month - 1] + (day.month == 2 && is_leap(day.year) ? 1 : 0);
    return day.day <= last;
}

// Compares two possibly partial dates at the precision both have; nullopt when incomparable.
std::optional<int> compare_days(const Day& a, const Day& b) {
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month == 0 || b.month == 0)
        return 0;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    if (a.day == 0 || b.day == 0)
        return 0;
    if (a.day != b.day)
        return a.day < b.day ? -1 : 1;
    return 0;
}

int age_at(const Day& birth, const Day& at) {
    int age = at.year - birth.year;
    const int at_month = at.month == 0 ? 1 : at.month;
    const int at_day = at.day == 0 ? 1 : at.day;
    if (std::tie(at_month, at_day) < std::tie(birth.month, birth.day))
        --age;
    return age;
}

// The JSON path of the value a tree walk is at, spelled out only when a problem is reported:
// the walks visit every value and most have none.
class WalkPath {
public:
    void push_key(std::string_view key) { steps_.push_back({key, 0}); }
    void push_index(std::size_t index) { steps_.push_back({{}, index}); }
    void pop() { steps_.pop_back(); }

    std::string text() const {
        std::string path = "$";
        for (const Step& step : steps_) {
            if (step.key.data() != nullptr) {
                append_path_key(path, step.key);
            } else {
                append_path_index(path, step.index);
            }
        }
        return path;
    }

private:
    struct Step {
        std::string_view key;
        std::size_t index = 0;
    };
    std::vector<Step> steps_;
};

// The entity a reference key names, or nullptr. The tree walk asks for every key of the
// dataset and most name none: the fields are grouped by length and first letter is compared
// before the rest.
const RefField* find_ref_field(std::string_view key) {
    static constexpr std::size_t kLongest = 16;
    static const auto kByLength = [] {
        std::array<std::vector<const RefField*>, kLongest + 1> by_length;
        for (const RefField& field : kRefFields) {
            assert(field.key.size() <= kLongest);
            by_length[field.key.size()].push_back(&field);
        }
        return by_length;
    }();
    if (key.empty() || key.size() > kLongest)
        return nullptr;
    for (const RefField* field : kByLength[key.size()]) {
        if (field->key.front() == key.front() && field->key == key)
            return field;
    }
    return nullptr;
}

class RuleChecker {
public:
    RuleChecker(const Dataset& dataset, Diagnostics& diagnostics)
        : dataset_(dataset), diagnostics_(diagnostics), root_(dataset.root()) {}

    void run() {
        if (!root_.is_object())
            return;
        WalkPath path;
        check_references(root_, path, std::string_view());
        check_dates(root_, path);
        check_pairs();
        check_participants();
        check_orders();
        check_requisites();
        check_roadmap_numbering();
    }

private:
    void error(std::string code, std::string message, const Value& at, std::string path,
               std::vector<std::string> hints = {}) {
        diagnostics_.add(Diagnostic{Severity::Error, std::move(code), std::move(message),
                                    dataset_.span_of(at), std::move(path), std::move(hints)});
    }
    void warning(std::string code, std::string message, const Value& at, std::string path) {
        diagnostics_.add(Diagnostic{Severity::Warning,
                                    std::move(code),
                                    std::move(message),
                                    dataset_.span_of(at),
                                    std::move(path),
                                    {}});
    }

    const Value* array(std::string_view key) const {
        const Value* value = root_.find(key);
        return value != nullptr && value->is_array() ? value : nullptr;
    }

    std::vector<std::string> id_hints(std::string_view id, EntityKind kind) const {
        std::string best;
        std::size_t best_distance = std::string::npos;
        for (const auto& [candidate, entity] : dataset_.entities()) {
            if (entity.kind != kind)
                continue;
            const std::size_t distance = edit_distance(id, candidate);
            if (distance < best_distance || (distance == best_distance && candidate < best)) {
                best_distance = distance;
                best = candidate;
            }
        }
        if (!best.empty() && best_distance <= std::max<std::size_t>(2, id.size() / 4)) {
            return {"did you mean '" + best + "'?"};
        }
        return {};
    }

    void check_reference(const Value& value, const WalkPath& path, EntityKind kind) {
        if (!value.is_string() || !looks_like_id(value.text))
            return;
        const Entity* entity = dataset_.find(value.text);
        if (entity == nullptr) {
            error("dataset.unknown-reference",
                  concat({"no ", entity_name(kind), " with id '", value.text, "'"}), value,
                  path.text(), id_hints(value.text, kind));
        } else if (entity->kind != kind) {
            error("dataset.wrong-reference",
                  concat({"'", value.text, "' is a ", entity_name(entity->kind), ", but a ",
                          entity_name(kind), " is expected here"}),
                  value, path.text());
        }
    }

    // Walks the whole tree; `key` is the member name the value sits under.
    void check_references(const Value& value, WalkPath& path, std::string_view key) {
        if (const RefField* field = find_ref_field(key)) {
            if (value.is_string()) {
                check_reference(value, path, field->kind);
                return;
            }
            if (value.is_array()) {
                for (std::size_t i = 0; i < value.items.size(); ++i) {
                    if (value.items[i].is_string()) {
                        path.push_index(i);
                        check_reference(value.items[i], path, field->kind);
                        path.pop();
                    }
                }
            }
        }
        if (value.is_object()) {
            for (const auto& member : value.members) {
                if (member.value.is_string() && find_ref_field(member.key) == nullptr)
                    continue;  // a plain text field: nothing below it
                path.push_key(member.key);
                check_references(member.value, path, member.key);
                path.pop();
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.items.size(); ++i) {
                if (value.items[i].is_string())
                    continue;  // checked above when `key` refers
                path.push_index(i);
                check_references(value.items[i], path, key);
                path.pop();
            }
        }
    }

    // Every full or partial date must exist in the calendar; every {from, to} must be ordered.
    void check_dates(const Value& value, WalkPath& path) {
        if (value.is_object()) {
            const Value* from = value.find("from");
            const Value* to = value.find("to");
            if (from && to && from->is_string() && to->is_string()) {
                check_order_of(*from, *to, path);
            }
            const Value* valid_from = value.find("valid_from");
            const Value* valid_until = value.find("valid_until");
            if (valid_from && valid_until && valid_from->is_string() && valid_until->is_string()) {
                check_order_of(*valid_from, *valid_until, path);
            }
            for (const auto& member : value.members) {
                const bool nested = member.value.is_object() || member.value.is_array();
                const bool date = member.value.is_string() && is_date_key(member.key);
                if (!nested && !date)
                    continue;
                path.push_key(member.key);
                if (date) {
                    check_calendar(member.value, path);
                } else {
                    check_dates(member.value, path);
                }
                path.pop();
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.items.size(); ++i) {
                if (!value.items[i].is_object() && !value.items[i].is_array())
                    continue;
                path.push_index(i);
                check_dates(value.items[i], path);
                path.pop();
            }
        }
    }

    static bool is_date_key(std::string_view key) {
        static constexpr std::array<std::string_view, 14> kKeys{
            "date",          "birth_date",  "from",       "to",          "signed_on",
            "valid_from",    "valid_until", "revoked_on", "included_on", "excluded_on",
            "terminated_on", "issued_on",   "as_of",      "repeat_from"};
        return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
    }

    void check_calendar(const Value& value, const WalkPath& path) {
        const std::optional<Day> day = parse_day(value.text);
        if (day && !is_real_date(*day)) {
            error("dataset.bad-date", concat({"'", value.text, "' is not a date of the calendar"}),
                  value, path.text());
        }
    }

    void check_order_of(const Value& from, const Value& to, const WalkPath& path) {
        const auto a = parse_day(from.text);
        const auto b = parse_day(to.text);
        if (!a || !b || !is_real_date(*a) || !is_real_date(*b))
            return;
        const auto order = compare_days(*a, *b);
        if (order && *order > 0) {
            error("dataset.date-order",
                  concat({"the period ends (", to.text, ") before it starts (", from.text, ")"}),
                  to, path.text());
        }
    }

    std::optional<Day> program_start() const {
        const Value* program = root_.find("program");
        const Value* period = program ? program->find("period") : nullptr;
        const Value* from = period ? period->find("from") : nullptr;
        if (from == nullptr || !from->is_string())
            return std::nullopt;
        return parse_day(from->text);
    }

    void check_pairs() {
        const Value* pairs = array("pairs");
        if (pairs == nullptr)
            return;
        const Value* program = root_.find("program");
        const Value* program_period = program ? program->find("period") : nullptr;
        for (std::size_t i = 0; i < pairs->items.size(); ++i) {
            const Value& pair = pairs->items[i];
            std::string path = "$.pairs";
            append_path_index(path, i);
            const Value* mentor = pair.find("mentor");
            if (mentor == nullptr || !mentor->is_string() || mentor->text.empty()) {
                error("dataset.pair-without-mentor", "the pair has no mentor", pair, path);
            }
            const Value* mentees = pair.find("mentees");
            if (mentees == nullptr || !mentees->is_array() || mentees->items.empty()) {
                error("dataset.pair-without-mentee", "the pair has no mentee",
                      mentees != nullptr ? *mentees : pair,
                      mentees != nullptr ? path + ".mentees" : path);
            } else {
                const std::string_view format = pair.string_or_empty("format");
                if (format == "individual" && mentees->items.size() > 1) {
                    warning("dataset.pair-format",
                            "an individual pair has " + std::to_string(mentees->items.size()) +
                                " mentees; make it a group",
                            *mentees, path + ".mentees");
                }
            }
            const Value* period = pair.find("period");
            if (period != nullptr && program_period != nullptr) {
                check_inside(*period, *program_period, path + ".period");
            }
        }
    }

    void check_inside(const Value& inner, const Value& outer, const std::string& path) {
        for (const char* end : {"from", "to"}) {
            const Value* value = inner.find(end);
            if (value == nullptr || !value->is_string())
                continue;
            const auto day = parse_day(value->text);
            const Value* outer_from = outer.find("from");
            const Value* outer_to = outer.find("to");
            const auto lower =
                outer_from && outer_from->is_string() ? parse_day(outer_from->text) : std::nullopt;
            const auto upper =
                outer_to && outer_to->is_string() ? parse_day(outer_to->text) : std::nullopt;
            if (!day)
                continue;
            const bool before = lower && compare_days(*day, *lower).value_or(0) < 0;
            const bool after = upper && compare_days(*day, *upper).value_or(0) > 0;
            if (before || after) {
                warning("dataset.outside-program",
                        concat({"the date ", value->text, " lies outside the program period"}),
                        *value, path + "." + end);
            }
        }
    }

    // Who takes part: the people behind mentors and mentees.
    void check_participants() {
        std::map<std::string, std::vector<std::size_t>> consents_of;
        if (const Value* consents = array("consents")) {
            for (std::size_t i = 0; i < consents->items.size(); ++i) {
                const Value& consent = consents->items[i];
                if (consent.string_or_empty("type") != "pd_processing")
                    continue;
                if (consent.find("revoked_on") != nullptr)
                    continue;
                const std::string_view subject = consent.string_or_empty("subject");
                if (!subject.empty())
                    consents_of[std::string(subject)].push_back(i);
            }
        }
        std::set<std::string> checked;
        const std::optional<Day> start = program_start();
        for (const char* collection : {"mentors", "mentees"}) {
            const Value* items = array(collection);
            if (items == nullptr)
                continue;
            for (std::size_t i = 0; i < items->items.size(); ++i) {
                const Value& item = items->items[i];
                const Value* person_ref = item.find("person");
                if (person_ref == nullptr || !person_ref->is_string())
                    continue;
                const Entity* person = dataset_.find(person_ref->text);
                if (person == nullptr || person->kind != EntityKind::Person)
                    continue;
                if (!checked.insert(std::string(person_ref->text)).second)
                    continue;
                std::string path = std::string("$.") + collection;
                append_path_index(path, i);
                check_participant(*person, *person_ref, path + ".person", start,
                                  consents_of[std::string(person_ref->text)]);
            }
        }
    }

    bool is_minor(const Value& person, const std::optional<Day>& at) const {
        if (const Value* flag = person.find("is_minor"); flag && flag->is_bool()) {
            return flag->boolean;
        }
        const Value* birth = person.find("birth_date");
        if (birth == nullptr || !birth->is_string() || !at)
            return false;
        const auto born = parse_day(birth->text);
        return born && born->month > 0 && age_at(*born, *at) < 18;
    }

    void check_participant(const Entity& person, const Value& reference, const std::string& path,
                           const std::optional<Day>& start,
                           const std::vector<std::size_t>& consents) {
        const Value& data = *person.value;
        const std::string id(reference.text);
        const Value* representatives = data.find("representatives");
        const bool minor = is_minor(data, start);
        const bool has_representative = representatives != nullptr && representatives->is_array() &&
                                        !representatives->items.empty();
        if (minor && !has_representative) {
            error("dataset.minor-without-representative",
                  "'" + id +
                      "' is a minor taking part in the program but has no legal "
                      "representative (add 'representatives' to the person)",
                  data, dataset_.path_of(person));
        }
        if (consents.empty()) {
            error("dataset.missing-consent",
                  "'" + id +
                      "' takes part in the program but has no consent to the processing "
                      "of personal data (pd_processing)",
                  reference, path);
            return;
        }
        if (!minor || !has_representative)
            return;
        const Value& all = *array("consents");
        const bool signed_by_representative =
            std::any_of(consents.begin(), consents.end(), [&](std::size_t index) {
                const std::string_view by = all.items[index].string_or_empty("representative");
                return std::any_of(representatives->items.begin(), representatives->items.end(),
                                   [&](const Value& r) { return r.is_string() && r.text == by; });
            });
        if (!signed_by_representative) {
            std::string consent_path = "$.consents";
            append_path_index(consent_path, consents.front());
            const Value& consent = all.items[consents.front()];
            const Value* by = consent.find("representative");
            error("dataset.consent-not-by-representative",
                  "'" + id +
                      "' is a minor; the consent must be given by one of the legal "
                      "representatives",
                  by != nullptr ? *by : consent,
                  by != nullptr ? consent_path + ".representative" : consent_path);
        }
    }

    void check_orders() {
        const Value* orders = array("orders");
        if (orders == nullptr)
            return;
        std::map<std::pair<int, std::string>, std::size_t> seen;
        for (std::size_t i = 0; i < orders->items.size(); ++i) {
            const Value& order = orders->items[i];
            const Value* number = order.find("number");
            const Value* date = order.find("date");
            if (number == nullptr || date == nullptr || !number->is_string() ||
                !date->is_string()) {
                continue;
            }
            const auto day = parse_day(date->text);
            if (!day)
                continue;
            std::string path = "$.orders";
            append_path_index(path, i);
            const auto [it, inserted] = seen.emplace(std::make_pair(day->year, number->text), i);
            if (!inserted) {
                error("dataset.duplicate-order-number",
                      concat({"order number '", number->text, "' is already used in ",
                              std::to_string(day->year), " by $.orders[",
                              std::to_string(it->second), "]"}),
                      *number, path + ".number");
            }
        }
    }

    void check_requisites() {
        const Value* organization = root_.find("organization");
        if (organization == nullptr)
            return;
        struct Check {
            const char* key;
            bool (*valid)(std::string_view);
            const char* what;
        };
        static constexpr Check kChecks[] = {
            {"inn", is_valid_inn, "ИНН (10 digits of a legal entity with a valid check digit)"},
            {"ogrn", is_valid_ogrn, "ОГРН (13 digits with a valid check digit)"},
            {"kpp", is_valid_kpp, "КПП (9 characters: 4 digits, 2 digits or capitals, 3 digits)"},
        };
        for (const auto& check : kChecks) {
            const Value* value = organization->find(check.key);
            if (value != nullptr && value->is_string() && !check.valid(value->text)) {
                error("dataset.bad-requisite",
                      concat({"'", value->text, "' is not a valid ", check.what}), *value,
                      std::string("$.organization.") + check.key);
            }
        }
    }

    void check_roadmap_numbering() {
        const Value* roadmap = root_.find("roadmap");
        const Value* stages = roadmap ? roadmap->find("stages") : nullptr;
        if (stages == nullptr || !stages->is_array())
            return;
        std::map<std::string, const Value*> seen;
        for (std::size_t s = 0; s < stages->items.size(); ++s) {
            const Value* rows = stages->items[s].find("rows");
            if (rows == nullptr || !rows->is_array())
                continue;
            std::vector<int> previous;
            for (std::size_t r = 0; r < rows->items.size(); ++r) {
                const Value* n = rows->items[r].find("n");
                if (n == nullptr || !n->is_string() || n->text.empty())
                    continue;
                std::string path = "$.roadmap.stages";
                append_path_index(path, s);
                path += ".rows";
                append_path_index(path, r);
                path += ".n";
                std::string key = std::string(n->text);
                while (!key.empty() && key.back() == '.')
                    key.pop_back();
                if (!seen.emplace(key, n).second) {
                    warning("dataset.roadmap-number-repeated",
                            concat({"row number '", n->text, "' is used twice in the roadmap"}), *n,
                            path);
                }
                const std::vector<int> parts = number_parts(key);
                if (!previous.empty() && parts.size() == previous.size() && parts.size() >= 2 &&
                    std::equal(parts.begin(), parts.end() - 1, previous.begin()) &&
                    parts.back() > previous.back() + 1) {
                    warning("dataset.roadmap-number-gap",
                            concat({"row number '", n->text, "' follows '", join(previous),
                                    "': a number is missing"}),
                            *n, path);
                }
                if (!parts.empty())
                    previous = parts;
            }
        }
    }

    static std::vector<int> number_parts(std::string_view text) {
        std::vector<int> parts;
        int current = -1;
        for (const char c : text) {
            if (c >= '0' && c <= '9') {
                current = (current < 0 ? 0 : current * 10) + (c - '0');
                if (current > 100000)
                    return {};
            } else if (c == '.' && current >= 0) {
                parts.push_back(current);
                current = -1;
            } else {
                return {};
            }
        }
        if (current >= 0)
            parts.push_back(current);
        return parts;
    }

    static std::string join(const std::vector<int>& parts) {
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i > 0)
                out += '.';
            out += std::to_string(parts[i]);
        }
        return out;
    }

    const Dataset& dataset_;
    Diagnostics& diagnostics_;
    const Value& root_;
};

}  // namespace

void check_rules(const Dataset& dataset, Diagnostics& diagnostics) {
    RuleChecker(dataset, diagnostics).run();
}

}  // namespace nastavdoc::dataset
