#include "engine/template/evaluate.h"

#include "engine/template/suggest.h"
#include "engine/text/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace nastavdoc::tmpl {

namespace {

// The names a template sees at the top, and the dataset keys behind them.
constexpr std::pair<std::string_view, std::string_view> kTopLevel[] = {
    {"org", "organization"},
    {"program", "program"},
    {"roadmap", "roadmap"},
    {"people", "people"},
    {"positions", "positions"},
    {"mentors", "mentors"},
    {"mentees", "mentees"},
    {"pairs", "pairs"},
    {"meetings", "meetings"},
    {"orders", "orders"},
    {"consents", "consents"},
    {"surveys", "surveys"},
    {"survey_responses", "survey_responses"},
    {"indicators", "indicators"},
    {"indicator_values", "indicator_values"},
    {"documents", "documents"},
    {"legal_acts", "legal_acts"},
    {"forms", "forms"},
    {"profile", "profile"},
};

std::string number_text(double number) {
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15) {
        return std::to_string(static_cast<long long>(number));
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    std::string out(buffer, result.ptr);
    for (char& c : out) {
        if (c == '.')
            c = ',';  // Russian decimal comma
    }
    return out;
}

}  // namespace

std::optional<text::Case> parse_case_argument(std::string_view name) {
    return text::parse_case(name);
}

SharedLookups::SharedLookups(const dataset::Dataset& data) : tables_(std::make_unique<Tables>()) {
    for (const auto& [id, entity] : data.entities())
        tables_->entities_by_node[entity.value] = &entity;
}

SharedLookups::~SharedLookups() = default;

Evaluator::Evaluator(const dataset::Dataset& data, Diagnostics& diagnostics, SharedLookups* lookups)
    : data_(data),
      diagnostics_(diagnostics),
      own_lookups_(lookups == nullptr ? std::make_unique<SharedLookups>(data) : nullptr),
      shared_(lookups != nullptr ? lookups->tables() : own_lookups_->tables()) {
    // Loops and output grow with the data: a register of 100,000 people runs a loop body and
    // puts a few blocks and runs per person into the model. The limits are there to stop a
    // runaway template (a loop over everyone nested in another), not a big dataset.
    const auto bytes = static_cast<std::int64_t>(data.size_bytes());
    limits.max_iterations = std::max(limits.max_iterations, bytes / 16);
    limits.max_nodes = std::max(limits.max_nodes, bytes / 4);
    limits.max_output_bytes = std::max(limits.max_output_bytes, bytes * 2);
    scopes_.emplace_back();
    for (const auto& [name, key] : kTopLevel) {
        const dataset::Value* value = data.root().find(key);
        scopes_.back()[std::string(name)] = value != nullptr ? from_node(*value) : RValue{};
    }
}

void Evaluator::set_from_text(const std::string& name, const std::string& text) {
    if (const dataset::Entity* entity = data_.find(text)) {
        set(name, RValue::of_node(entity->value));
        return;
    }
    double number = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
    if (!text.empty() && result.ec == std::errc() && result.ptr == text.data() + text.size()) {
        RValue value = RValue::of_number(number);
        value.text = text;
        set(name, value);
        return;
    }
    set(name, RValue::of_string(text));
}

void Evaluator::error(std::string code, std::string message, const SourceSpan& span,
                      std::vector<std::string> hints) {
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.message = std::move(message);
    diagnostic.span = span;
    diagnostic.hints = std::move(hints);
    diagnostics_.add(std::move(diagnostic));
}

bool Evaluator::count_iteration(const SourceSpan& span) {
    if (++iterations_ <= limits.max_iterations)
        return true;
    if (!iteration_limit_reported_) {
        iteration_limit_reported_ = true;
        error("template.limit",
              "loops ran more than " + std::to_string(limits.max_iterations) + " times", span,
              {"a template may not loop without bound; check the for= expression"});
    }
    return false;
}

RValue Evaluator::from_node(const dataset::Value& value) const {
    switch (value.kind) {
        case dataset::Kind::Null:
            return {};
        case dataset::Kind::Bool:
            return RValue::of_bool(value.boolean);
        case dataset::Kind::Number: {
            RValue v = RValue::of_number(value.number);
            v.text = value.text;
            return v;
        }
        case dataset::Kind::String:
            if (const dataset::Entity* entity = data_.find(value.text)) {
                return RValue::of_node(entity->value);
            }
            return RValue::of_string(std::string(value.text));
        case dataset::Kind::Array:
        case dataset::Kind::Object:
            return RValue::of_node(&value);
    }
    return {};
}

const dataset::Entity* Evaluator::entity_of(const RValue& value) const {
    if (value.kind == RValue::Kind::String)
        return data_.find(value.text);
    if (value.kind != RValue::Kind::Node)
        return nullptr;
    const auto found = shared_.entities_by_node.find(value.node);
    return found == shared_.entities_by_node.end() ? nullptr : found->second;
}

std::map<Evaluator::ListIndexKey, Evaluator::ListIndex>& Evaluator::list_indexes(bool of_dataset) {
    return of_dataset ? shared_.list_indexes : list_indexes_;
}

const dataset::Value* Evaluator::person_of(const RValue& value) const {
    const dataset::Entity* entity = entity_of(value);
    if (entity == nullptr)
        return nullptr;
    if (entity->kind == dataset::EntityKind::Person)
        return entity->value;
    if (entity->kind == dataset::EntityKind::Mentor ||
        entity->kind == dataset::EntityKind::Mentee) {
        const dataset::Entity* person = data_.find(entity->value->string_or_empty("person"));
        if (person != nullptr && person->kind == dataset::EntityKind::Person)
            return person->value;
    }
    return nullptr;
}

std::optional<RList> Evaluator::as_list(const RValue& value) const {
    if (value.kind == RValue::Kind::List)
        return *value.list;
    if (value.is_array_node()) {
        RList items;
        items.reserve(value.node->items.size());
        for (const auto& item : value.node->items)
            items.push_back(from_node(item));
        return items;
    }
    if (value.is_null())
        return RList{};
    return std::nullopt;
}

std::optional<RValue> Evaluator::member(const RValue& base, std::string_view key) const {
    if (base.kind == RValue::Kind::Map) {
        const auto found = base.map->find(key);
        if (found != base.map->end())
            return found->second;
        return std::nullopt;
    }
    if (base.kind == RValue::Kind::List || base.is_array_node()) {
        std::size_t index = 0;
        const auto result = std::from_chars(key.data(), key.data() + key.size(), index);
        if (result.ec != std::errc() || result.ptr != key.data() + key.size())
            return std::nullopt;
        const auto items = as_list(base);
        if (!items || index >= items->size())
            return std::nullopt;
        return (*items)[index];
    }
    if (base.kind == RValue::Kind::String) {
        if (const dataset::Entity* entity = data_.find(base.text)) {
            return member(RValue::of_node(entity->value), key);
        }
        return std::nullopt;
    }
    if (!base.is_object_node())
        return std::nullopt;
    if (const dataset::Value* found = base.node->find(key))
        return from_node(*found);
    // A mentor or a mentee stands for its person: pair.mentor.last_name, pair.mentor.position.
    const dataset::Entity* entity = entity_of(base);
    if (entity != nullptr && (entity->kind == dataset::EntityKind::Mentor ||
                              entity->kind == dataset::EntityKind::Mentee)) {
        if (const dataset::Value* person = person_of(base)) {
            if (const dataset::Value* found = person->find(key))
                return from_node(*found);
        }
    }
    return std::nullopt;
}

std::vector<std::string> Evaluator::member_names(const RValue& base) const {
    std::vector<std::string> names;
    if (base.kind == RValue::Kind::Map) {
        for (const auto& [key, value] : *base.map)
            names.push_back(key);
    } else if (base.is_object_node()) {
        for (const auto& member : base.node->members)
            names.emplace_back(member.key);
        if (const dataset::Value* person = person_of(base);
            person != nullptr && person != base.node) {
            for (const auto& member : person->members)
                names.emplace_back(member.key);
        }
    }
    return names;
}

RValue Evaluator::evaluate(const Expr& expr, bool lenient) {
    switch (expr.kind) {
        case Expr::Kind::Literal:
            switch (expr.literal) {
                case Expr::LiteralKind::Null:
                    return {};
                case Expr::LiteralKind::Bool:
                    return RValue::of_bool(expr.boolean);
                case Expr::LiteralKind::Number: {
                    RValue v = RValue::of_number(expr.number);
                    v.text = expr.text;
                    return v;
                }
                case Expr::LiteralKind::String:
                    return RValue::of_string(expr.text);
            }
            return {};
        case Expr::Kind::Path:
            return evaluate_path(expr, lenient);
        case Expr::Kind::Filter:
            return apply_filter(expr, lenient);
        case Expr::Kind::Not:
            return RValue::of_bool(!is_true(evaluate(*expr.operands[0], true)));
        case Expr::Kind::And: {
            const RValue left = evaluate(*expr.operands[0], true);
            if (!is_true(left))
                return left;
            return evaluate(*expr.operands[1], true);
        }
        case Expr::Kind::Or: {
            const RValue left = evaluate(*expr.operands[0], true);
            if (is_true(left))
                return left;
            return evaluate(*expr.operands[1], true);
        }
        case Expr::Kind::Compare: {
            const RValue left = evaluate(*expr.operands[0], lenient);
            const RValue right = evaluate(*expr.operands[1], lenient);
            if (expr.text == "==")
                return RValue::of_bool(equal(left, right));
            if (expr.text == "!=")
                return RValue::of_bool(!equal(left, right));
            const int order = compare(left, right, expr.span);
            if (expr.text == "<")
                return RValue::of_bool(order < 0);
            if (expr.text == "<=")
                return RValue::of_bool(order <= 0);
            if (expr.text == ">")
                return RValue::of_bool(order > 0);
            return RValue::of_bool(order >= 0);
        }
    }
    return {};
}

RValue Evaluator::evaluate_path(const Expr& expr, bool lenient) {
    const std::string& head = expr.path.front();
    const RValue* found = nullptr;
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend() && found == nullptr; ++scope) {
        const auto it = scope->find(head);
        if (it != scope->end())
            found = &it->second;
    }
    if (found == nullptr) {
        if (!lenient) {
            std::vector<std::string> names;
            for (const auto& scope : scopes_) {
                for (const auto& [name, value] : scope)
                    names.push_back(name);
            }
            std::sort(names.begin(), names.end());
            std::vector<std::string> hints;
            add_suggestion(hints, head, names);
            if (hints.empty() && head == "order") {
                hints.push_back("choose the order with --set order=ord:…");
            }
            error("template.unknown-field", "no variable '" + head + "'", expr.span,
                  std::move(hints));
        }
        return {};
    }
    RValue current = *found;
    std::string walked = head;
    for (std::size_t i = 1; i < expr.path.size(); ++i) {
        const std::string& key = expr.path[i];
        if (current.is_null())
            return {};  // an absent optional object: its fields are absent too
        std::optional<RValue> next = member(current, key);
        if (!next) {
            if (!lenient) {
                std::vector<std::string> hints;
                std::vector<std::string> names = member_names(current);
                add_suggestion(hints, key, names);
                if (hints.empty() && !names.empty() && names.size() <= 12) {
                    std::string list;
                    for (const auto& name : names)
                        list += (list.empty() ? "" : ", ") + name;
                    hints.push_back("fields here: " + list);
                }
                error("template.unknown-field", "no field '" + key + "' in '" + walked + "'",
                      expr.span, std::move(hints));
            }
            return {};
        }
        current = std::move(*next);
        walked += "." + key;
    }
    return current;
}

bool Evaluator::is_true(const RValue& value) const {
    switch (value.kind) {
        case RValue::Kind::Null:
            return false;
        case RValue::Kind::Bool:
            return value.boolean;
        case RValue::Kind::Number:
            return value.number != 0;
        case RValue::Kind::String:
            return !value.text.empty();
        case RValue::Kind::Node:
            return value.node->is_array() ? !value.node->items.empty()
                                          : !value.node->members.empty();
        case RValue::Kind::List:
            return !value.list->empty();
        case RValue::Kind::Map:
            return !value.map->empty();
    }
    return false;
}

bool Evaluator::equal(const RValue& a, const RValue& b) const {
    if (a.kind == RValue::Kind::Node && b.kind == RValue::Kind::Node)
        return a.node == b.node;
    if (a.kind == RValue::Kind::Node || b.kind == RValue::Kind::Node) {
        const RValue& node = a.kind == RValue::Kind::Node ? a : b;
        const RValue& other = a.kind == RValue::Kind::Node ? b : a;
        return other.kind == RValue::Kind::String && node.is_object_node() &&
               node.node->string_or_empty("id") == other.text;
    }
    if (a.is_null() || b.is_null())
        return a.is_null() && b.is_null();
    if (a.kind == RValue::Kind::Number && b.kind == RValue::Kind::Number) {
        return a.number == b.number;
    }
    if (a.kind == RValue::Kind::Bool && b.kind == RValue::Kind::Bool) {
        return a.boolean == b.boolean;
    }
    if (a.kind == RValue::Kind::Number || b.kind == RValue::Kind::Number) {
        const RValue& number = a.kind == RValue::Kind::Number ? a : b;
        const RValue& other = a.kind == RValue::Kind::Number ? b : a;
        return other.kind == RValue::Kind::String && number_text(number.number) == other.text;
    }
    if (a.kind == RValue::Kind::String && b.kind == RValue::Kind::String)
        return a.text == b.text;
    return false;
}

std::optional<std::string> Evaluator::match_key(const RValue& value) const {
    switch (value.kind) {
        case RValue::Kind::Null:
            return std::string("n");
        case RValue::Kind::Bool:
            return std::string(value.boolean ? "b1" : "b0");
        case RValue::Kind::Number:
            // -0 equals 0; a NaN equals nothing, and its key only finds candidates equal() refuses.
            return "s" + number_text(value.number == 0 ? 0.0 : value.number);
        case RValue::Kind::String:
            return "s" + value.text;
        case RValue::Kind::Node:
            if (value.node->is_object()) {
                return "s" + std::string(value.node->string_or_empty("id"));
            }
            return "p" + std::to_string(reinterpret_cast<std::uintptr_t>(value.node));
        case RValue::Kind::List:
        case RValue::Kind::Map:
            return std::nullopt;
    }
    return std::nullopt;
}

int Evaluator::compare(const RValue& a, const RValue& b, const SourceSpan& span) {
    if (a.kind == RValue::Kind::Number && b.kind == RValue::Kind::Number) {
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    }
    if (a.is_null() || b.is_null())
        return a.is_null() ? (b.is_null() ? 0 : -1) : 1;
    return text::compare(to_text(a, span), to_text(b, span));
}

std::string Evaluator::person_name(const dataset::Value& person, text::Case c,
                                   std::string_view format) {
    text::PersonName name;
    name.last = std::string(person.string_or_empty("last_name"));
    name.first = std::string(person.string_or_empty("first_name"));
    name.middle = std::string(person.string_or_empty("middle_name"));
    const std::string_view gender = person.string_or_empty("gender");
    name.gender = gender == "f" ? text::Gender::Female
                                : (gender == "m" ? text::Gender::Male : text::Gender::Unknown);
    text::PersonName declined = c == text::Case::Nom ? name : text::decline_name(name, c);
    // Stored forms always win over computed ones (docs/dataset.md, people[].name_cases).
    if (const dataset::Value* cases = person.find("name_cases")) {
        if (const dataset::Value* forms = cases->find(text::case_name(c))) {
            if (const auto last = forms->string_or_empty("last"); !last.empty()) {
                declined.last = std::string(last);
            }
            if (const auto first = forms->string_or_empty("first"); !first.empty()) {
                declined.first = std::string(first);
            }
            if (const auto middle = forms->string_or_empty("middle"); !middle.empty()) {
                declined.middle = std::string(middle);
            }
        }
    }
    const text::NameFormat name_format = format == "sur_ini"   ? text::NameFormat::SurnameInitials
                                         : format == "ini_sur" ? text::NameFormat::InitialsSurname
                                                               : text::NameFormat::Full;
    return text::format_name(declined, name_format);
}

std::string Evaluator::position_text(const RValue& value, text::Case c, bool use_short,
                                     const SourceSpan& span) {
    const dataset::Value* position = nullptr;
    std::string suffix;
    if (const dataset::Value* person = person_of(value)) {
        const dataset::Entity* entity = data_.find(person->string_or_empty("position"));
        if (entity == nullptr) {
            // An external mentor: the position at the employer, declined by rule.
            if (const dataset::Value* employer = person->find("employer")) {
                return text::decline_position(employer->string_or_empty("position"), c);
            }
            error("template.type-error", "this person has no position", span);
            return {};
        }
        position = entity->value;
        suffix = std::string(person->string_or_empty("position_suffix"));
    } else if (const dataset::Entity* entity = entity_of(value);
               entity != nullptr && entity->kind == dataset::EntityKind::Position) {
        position = entity->value;
    } else if (value.kind == RValue::Kind::String) {
        return text::decline_position(value.text, c);
    } else {
        error("template.type-error", "position() needs a person, a mentor, a mentee or a position",
              span);
        return {};
    }
    std::string nom(position->string_or_empty(use_short ? "short" : "nom"));
    const char* cases_key = use_short ? "short_cases" : "cases";
    if (nom.empty()) {
        nom = std::string(position->string_or_empty("nom"));
        cases_key = "cases";
    }
    std::string result;
    const dataset::Value* cases = position->find(cases_key);
    const std::string_view stored =
        cases != nullptr ? cases->string_or_empty(text::case_name(c)) : std::string_view{};
    if (!stored.empty()) {
        result = std::string(stored);
    } else {
        result = c == text::Case::Nom ? nom : text::decline_position(nom, c);
    }
    if (!suffix.empty())
        result += " " + suffix;
    return result;
}

bool Evaluator::is_rich_text(const dataset::Value& value) {
    if (!value.is_array())
        return false;
    for (const auto& item : value.items) {
        if (item.is_string())
            continue;
        if (!item.is_object() || item.members.empty())
            return false;
        static constexpr std::string_view kKeys[] = {"p",  "ul",  "ol", "table",  "b",    "i",  "u",
                                                     "br", "raw", "q",  "person", "date", "org"};
        bool known = false;
        for (const auto key : kKeys)
            known = known || item.members.front().key == key;
        if (!known)
            return false;
    }
    return true;
}

std::string Evaluator::to_text(const RValue& value, const SourceSpan& span) {
    switch (value.kind) {
        case RValue::Kind::Null:
            return {};
        case RValue::Kind::Bool:
            return value.boolean ? "да" : "нет";
        case RValue::Kind::Number:
            if (!value.text.empty()) {
                std::string out = value.text;
                for (char& c : out) {
                    if (c == '.')
                        c = ',';
                }
                return out;
            }
            return number_text(value.number);
        case RValue::Kind::String:
            return value.text;
        case RValue::Kind::Node:
            break;
        case RValue::Kind::List:
        case RValue::Kind::Map:
            error("template.type-error",
                  value.kind == RValue::Kind::List ? "a list cannot be printed as text"
                                                   : "a map cannot be printed as text",
                  span, {"use join(', ') or a for loop"});
            return {};
    }
    if (value.node->is_array()) {
        if (is_rich_text(*value.node)) {
            model::Inlines inlines;
            append_inlines(value, inlines, {}, span);
            return model::plain_text(inlines);
        }
        error("template.type-error", "a list cannot be printed as text", span,
              {"use join(', ') or a for loop"});
        return {};
    }
    if (const dataset::Value* person = person_of(value)) {
        return person_name(*person, text::Case::Nom, "full");
    }
    const dataset::Entity* entity = entity_of(value);
    if (entity != nullptr && entity->kind == dataset::EntityKind::Organization) {
        return std::string(value.node->string_or_empty("short_name"));
    }
    for (const char* key : {"nom", "name", "title", "text"}) {
        if (const dataset::Value* field = value.node->find(key)) {
            if (field->is_string())
                return std::string(field->text);
            if (key == std::string_view("name") && field->is_object()) {
                return std::string(field->string_or_empty("nom"));  // a collegial body's Cases
            }
            if (is_rich_text(*field))
                return to_text(RValue::of_node(field), span);
        }
    }
    error("template.type-error", "this object has no text to print", span,
          {"print one of its fields: " + [&] {
              std::string list;
              for (const auto& name : member_names(value)) {
                  if (list.size() > 60)
                      break;
                  list += (list.empty() ? "" : ", ") + name;
              }
              return list;
          }()});
    return {};
}

}  // namespace nastavdoc::tmpl
