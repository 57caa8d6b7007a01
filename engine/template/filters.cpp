// The filters after `|` (docs/templates.md lists them with examples). The Russian ones call
// engine/text; stored forms in the data always win over computed ones.
#include "engine/template/evaluate.h"
#include "engine/template/suggest.h"
#include "engine/text/text.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace nastavdoc::tmpl {

namespace {

struct FilterSpec {
    std::string_view name;
    int min_args;
    int max_args;
    std::string_view usage;
};

constexpr FilterSpec kFilters[] = {
    {"name", 0, 2, "name(case, 'full'|'sur_ini'|'ini_sur'|'initials')"},
    {"position", 0, 2, "position(case, 'full'|'short')"},
    {"case", 1, 1, "case('gen')"},
    {"date", 0, 1, "date('num'|'words')"},
    {"plural", 1, 3, "plural('наставник') or plural('год', 'года', 'лет')"},
    {"spell", 0, 2, "spell('m'|'f'|'n', case)"},
    {"number", 0, 1, "number(decimals)"},
    {"upper", 0, 0, "upper"},
    {"lower", 0, 0, "lower"},
    {"capitalize", 0, 0, "capitalize"},
    {"uncapitalize", 0, 0,
     "uncapitalize (the first letter small, unless the word is an abbreviation)"},
    {"end", 1, 1, "end('.') or end(';') (the mark, unless the text already ends a sentence)"},
    {"sort", 0, 1, "sort('mentor.last_name')"},
    {"where", 1, 2, "where('status', 'active')"},
    {"having", 2, 2, "having('mentees', mentee)"},
    {"count", 0, 0, "count"},
    {"length", 0, 0, "length"},
    {"join", 0, 1, "join(', ')"},
    {"default", 1, 1, "default('—')"},
    {"first", 0, 0, "first"},
    {"last", 0, 0, "last"},
    {"g", 2, 3, "g('ознакомлен', 'ознакомлена')"},
    {"age", 1, 1, "age(order.date)"},
    {"map", 1, 1, "map('mentor')"},
    {"flatten", 0, 0, "flatten"},
    {"concat", 1, 1, "concat(other_list)"},
    {"unique", 0, 0, "unique"},
    {"sum", 0, 0, "sum"},
    {"persons", 0, 0, "persons"},
};

const FilterSpec* find_filter(std::string_view name) {
    for (const auto& spec : kFilters) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

// The first code point of a UTF-8 text (empty for empty text).
std::string first_letter(std::string_view text) {
    if (text.empty())
        return {};
    const auto lead = static_cast<unsigned char>(text[0]);
    const std::size_t length = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4));
    return std::string(text.substr(0, std::min(length, text.size())));
}

std::string capitalize_first(const std::string& text) {
    // The first code point up, the rest as written.
    std::size_t length = 1;
    if (!text.empty()) {
        const auto lead = static_cast<unsigned char>(text[0]);
        length = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4));
    }
    if (text.size() < length)
        return text;
    return text::upper(text.substr(0, length)) + text.substr(length);
}

// The first letter small (a list item after «Задачи:»), unless the first word is an
// abbreviation written in capitals («ОГЭ», «ИКТ»): its second letter is a capital too.
std::string uncapitalize_first(const std::string& text) {
    const std::string first = first_letter(text);
    if (first.empty())
        return text;
    const std::string second = first_letter(std::string_view(text).substr(first.size()));
    if (!second.empty() && text::lower(second) != second)
        return text;
    return text::lower(first) + text.substr(first.size());
}

// The text ended by a punctuation mark (documents.md B: never «Н.И..» or «2023 г..»). For «.»
// nothing is added after a text that already ends a sentence (. ! ? …) or with an
// abbreviation or initials («г.», «Н.И.»). For another mark («;» «,») a final period that only
// ends a word («колледже.») gives way to the mark; one of an abbreviation stays («2023 г.;»).
std::string end_with_mark(std::string text, const std::string& mark) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t'))
        text.pop_back();
    const auto ends_with = [&](std::string_view tail) {
        return text.size() >= tail.size() &&
               text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (text.empty() || mark.empty())
        return text;
    const bool closes = ends_with(".") || ends_with("!") || ends_with("?") || ends_with("\u2026");
    if (mark == ".")
        return closes ? text : text + mark;
    if (ends_with(mark))
        return text;
    if (ends_with(".") && !ends_with("..")) {
        // The last word: after the last space or no-break space.
        std::size_t start = text.find_last_of(' ');
        const std::size_t nbsp = text.rfind("\u00A0");
        if (nbsp != std::string::npos && (start == std::string::npos || nbsp + 1 > start))
            start = nbsp + 1;
        const std::string word = start == std::string::npos ? text : text.substr(start + 1);
        std::size_t letters = 0;
        for (const char c : word)
            letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        const bool abbreviation = word.find('.') != word.size() - 1 || letters <= 3;
        if (!abbreviation)
            text.pop_back();
    }
    return text + mark;
}

}  // namespace

RValue Evaluator::apply_filter(const Expr& expr, bool lenient) {
    const std::string& name = expr.text;
    const FilterSpec* spec = find_filter(name);
    if (spec == nullptr) {
        if (auto stats = apply_stats_filter(*this, expr, lenient))
            return std::move(*stats);
        std::vector<std::string> names;
        for (const auto& known : kFilters)
            names.emplace_back(known.name);
        std::vector<std::string> hints;
        add_suggestion(hints, name, names);
        error("template.unknown-filter", "no filter '" + name + "'", expr.span, std::move(hints));
        return {};
    }
    const int arg_count = static_cast<int>(expr.operands.size()) - 1;
    if (arg_count < spec->min_args || arg_count > spec->max_args) {
        error("template.filter-argument",
              "filter '" + name + "' takes " +
                  (spec->min_args == spec->max_args
                       ? std::to_string(spec->min_args)
                       : std::to_string(spec->min_args) + " to " + std::to_string(spec->max_args)) +
                  " argument(s), not " + std::to_string(arg_count),
              expr.span, {"usage: " + std::string(spec->usage)});
        return {};
    }
    const bool input_lenient = lenient || name == "default";
    const RValue input = evaluate(*expr.operands[0], input_lenient);
    std::vector<RValue> args;
    for (std::size_t i = 1; i < expr.operands.size(); ++i) {
        args.push_back(evaluate(*expr.operands[i], lenient));
    }
    const SourceSpan& span = expr.span;
    auto text_arg = [&](std::size_t index, std::string fallback) {
        return index < args.size() ? to_text(args[index], span) : std::move(fallback);
    };
    auto case_arg = [&](std::size_t index) -> std::optional<text::Case> {
        const std::string value = text_arg(index, "nom");
        const auto c = parse_case_argument(value);
        if (!c) {
            error("template.filter-argument",
                  "'" + value + "' is not a case for filter '" + name + "'", span,
                  {"cases are nom gen dat acc ins pre"});
        }
        return c;
    };
    auto list_input = [&]() -> std::optional<RList> {
        auto items = as_list(input);
        if (!items) {
            error("template.type-error", "filter '" + name + "' needs a list", span);
        }
        return items;
    };
    auto number_input = [&]() -> std::optional<double> {
        if (input.kind == RValue::Kind::Number)
            return input.number;
        if (input.kind == RValue::Kind::List || input.is_array_node()) {
            return static_cast<double>(as_list(input)->size());
        }
        error("template.type-error", "filter '" + name + "' needs a number", span);
        return std::nullopt;
    };

    if (name == "default")
        return is_true(input) ? input : args[0];
    if (input.is_null() && name != "count" && name != "length" && name != "where" &&
        name != "sort" && name != "join" && name != "map" && name != "concat" && name != "having" &&
        name != "persons") {
        return {};  // absent stays absent: a missing optional field prints nothing
    }
    if (name == "name") {
        const dataset::Value* person = person_of(input);
        const auto c = case_arg(0);
        const std::string format = text_arg(1, "full");
        if (format != "full" && format != "sur_ini" && format != "ini_sur" &&
            format != "initials") {
            error("template.filter-argument", "'" + format + "' is not a name format", span,
                  {"formats are 'full', 'sur_ini' (Колесник Д.В.), 'ini_sur' (Д.В. Колесник), "
                   "'initials' (К.Д.В.)"});
            return {};
        }
        if (!c)
            return {};
        if (format == "initials" && person != nullptr) {
            // Initials only, surname first (К.Д.В.): how a published register shows a minor.
            std::string initials;
            for (const char* key : {"last_name", "first_name", "middle_name"}) {
                const std::string letter = first_letter(person->string_or_empty(key));
                if (!letter.empty())
                    initials += letter + ".";
            }
            return RValue::of_string(initials);
        }
        if (person != nullptr)
            return RValue::of_string(person_name(*person, *c, format));
        if (input.kind == RValue::Kind::String) {
            // A name written as text («Иванова Мария Петровна»): parsed, declined, formatted.
            const auto parsed = text::parse_name(input.text);
            if (parsed) {
                const text::PersonName declined =
                    *c == text::Case::Nom ? *parsed : text::decline_name(*parsed, *c);
                const text::NameFormat f = format == "sur_ini"   ? text::NameFormat::SurnameInitials
                                           : format == "ini_sur" ? text::NameFormat::InitialsSurname
                                                                 : text::NameFormat::Full;
                return RValue::of_string(text::format_name(declined, f));
            }
        }
        error("template.type-error", "name() needs a person, a mentor or a mentee", span);
        return {};
    }
    if (name == "position") {
        const auto c = case_arg(0);
        const std::string variant = text_arg(1, "full");
        if (variant != "full" && variant != "short") {
            error("template.filter-argument", "'" + variant + "' is not 'full' or 'short'", span);
            return {};
        }
        if (!c)
            return {};
        return RValue::of_string(position_text(input, *c, variant == "short", span));
    }
    if (name == "case") {
        const auto c = case_arg(0);
        if (!c)
            return {};
        const std::string_view key = text::case_name(*c);
        const dataset::Entity* entity = entity_of(input);
        if (entity != nullptr && entity->kind == dataset::EntityKind::Organization) {
            const dataset::Value* cases = input.node->find("full_name_cases");
            const std::string_view stored =
                cases != nullptr ? cases->string_or_empty(key) : std::string_view{};
            return RValue::of_string(std::string(
                stored.empty() ? text::decline_phrase(input.node->string_or_empty("full_name"), *c)
                               : std::string(stored)));
        }
        if (input.is_object_node()) {
            // A Cases object itself, or an object with Cases in `name` (collegial bodies), `word`.
            for (const dataset::Value* cases :
                 {input.node, input.node->find("name"), input.node->find("cases")}) {
                if (cases != nullptr && cases->is_object()) {
                    const std::string_view stored = cases->string_or_empty(key);
                    if (!stored.empty())
                        return RValue::of_string(std::string(stored));
                    const std::string_view nom = cases->string_or_empty("nom");
                    if (!nom.empty())
                        return RValue::of_string(text::decline_phrase(nom, *c));
                }
            }
        }
        if (person_of(input) != nullptr) {
            return RValue::of_string(person_name(*person_of(input), *c, "full"));
        }
        return RValue::of_string(text::decline_phrase(to_text(input, span), *c));
    }
    if (name == "date") {
        const std::string style = text_arg(0, "num");
        if (style != "num" && style != "words") {
            error("template.filter-argument", "'" + style + "' is not 'num' or 'words'", span);
            return {};
        }
        const std::string iso = to_text(input, span);
        const auto date = text::parse_iso_date(iso);
        if (!date) {
            error("template.type-error", "'" + iso + "' is not a date (YYYY-MM-DD)", span);
            return {};
        }
        return RValue::of_string(text::format_date(
            *date, style == "words" ? text::DateStyle::Words : text::DateStyle::Numeric));
    }
    if (name == "plural") {
        const auto n = number_input();
        if (!n)
            return {};
        const auto count = static_cast<long long>(std::llround(*n));
        if (args.size() == 1)
            return RValue::of_string(text::with_count(count, text_arg(0, "")));
        if (args.size() != 3) {
            error("template.filter-argument", "plural() takes one noun or its three forms", span);
            return {};
        }
        return RValue::of_string(
            std::to_string(count) + "\u00A0" +
            text::plural_noun(count, text_arg(0, ""), text_arg(1, ""), text_arg(2, "")));
    }
    if (name == "spell") {
        const auto n = number_input();
        if (!n)
            return {};
        const std::string gender = text_arg(0, "m");
        const auto c = args.size() > 1 ? case_arg(1) : std::optional<text::Case>(text::Case::Nom);
        if (!c)
            return {};
        if (gender != "m" && gender != "f" && gender != "n") {
            error("template.filter-argument", "'" + gender + "' is not 'm', 'f' or 'n'", span);
            return {};
        }
        const auto g = gender == "f"   ? text::NumberGender::Feminine
                       : gender == "n" ? text::NumberGender::Neuter
                                       : text::NumberGender::Masculine;
        return RValue::of_string(
            text::spell_number(static_cast<long long>(std::llround(*n)), g, *c));
    }
    if (name == "number") {
        const auto n = number_input();
        if (!n)
            return {};
        const RValue decimals = args.empty() ? RValue::of_number(0) : args[0];
        if (decimals.kind != RValue::Kind::Number || decimals.number < 0 || decimals.number > 6) {
            error("template.filter-argument", "number() takes 0 to 6 decimals", span);
            return {};
        }
        return RValue::of_string(text::format_number(*n, static_cast<int>(decimals.number)));
    }
    if (name == "upper")
        return RValue::of_string(text::upper(to_text(input, span)));
    if (name == "lower")
        return RValue::of_string(text::lower(to_text(input, span)));
    if (name == "capitalize")
        return RValue::of_string(capitalize_first(to_text(input, span)));
    if (name == "uncapitalize")
        return RValue::of_string(uncapitalize_first(to_text(input, span)));
    if (name == "end")
        return RValue::of_string(end_with_mark(to_text(input, span), text_arg(0, ".")));
    if (name == "count" || name == "length") {
        if (input.kind == RValue::Kind::String) {
            return RValue::of_number(static_cast<double>(input.text.size()));
        }
        const auto items = list_input();
        return items ? RValue::of_number(static_cast<double>(items->size())) : RValue{};
    }
    if (name == "first" || name == "last") {
        const auto items = list_input();
        if (!items || items->empty())
            return {};
        return name == "first" ? items->front() : items->back();
    }
    auto key_of = [&](const RValue& item, const std::string& key) -> RValue {
        if (key.empty())
            return item;
        RValue current = item;
        std::size_t start = 0;
        while (start <= key.size()) {
            const std::size_t dot = std::min(key.find('.', start), key.size());
            const std::string step = key.substr(start, dot - start);
            auto next = member(current, step);
            if (!next)
                return {};
            current = std::move(*next);
            start = dot + 1;
        }
        return current;
    };
    if (name == "sort") {
        auto items = list_input();
        if (!items)
            return {};
        const std::string key = text_arg(0, "");
        std::vector<std::pair<std::string, std::size_t>> keys;
        std::vector<double> numbers;
        bool numeric = true;
        for (std::size_t i = 0; i < items->size(); ++i) {
            const RValue k = key_of((*items)[i], key);
            numeric = numeric && k.kind == RValue::Kind::Number;
            numbers.push_back(k.number);
            keys.emplace_back(numeric ? std::string() : text::sort_key(to_text(k, span)), i);
        }
        std::vector<std::size_t> order(items->size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return numeric ? numbers[a] < numbers[b] : keys[a].first < keys[b].first;
        });
        RList sorted;
        for (const std::size_t i : order)
            sorted.push_back((*items)[i]);
        return RValue::of_list(std::move(sorted));
    }
    // where('key', value) and having('key', value) over a long list look the value up in an
    // index of the list built once per run; every candidate is still checked with equal().
    auto indexed = [&](bool members) -> std::optional<RList> {
        const std::size_t kMinIndexed = 32;
        const void* identity = nullptr;
        std::size_t size = 0;
        if (input.is_array_node()) {
            identity = input.node;
            size = input.node->items.size();
        } else if (input.kind == RValue::Kind::List) {
            identity = input.list.get();
            size = input.list->size();
        }
        if (identity == nullptr || size < kMinIndexed || args.size() != 2) {
            return std::nullopt;
        }
        auto item_at = [&](std::size_t i) {
            return input.kind == RValue::Kind::List ? (*input.list)[i]
                                                    : from_node(input.node->items[i]);
        };
        const std::string key = text_arg(0, "");
        auto& indexes = list_indexes(input.is_array_node());
        auto [slot, created] = indexes.try_emplace(ListIndexKey{identity, members, key});
        ListIndex& index = slot->second;
        if (created) {
            index.keep_alive = input.list;
            for (std::size_t i = 0; i < size; ++i) {
                const RValue k = key_of(item_at(i), key);
                const auto list = members ? as_list(k) : std::nullopt;
                const RList single{k};
                for (const RValue& member : list ? *list : single) {
                    if (auto text = match_key(member)) {
                        auto& at = index.positions[*text];
                        if (at.empty() || at.back() != i) {
                            at.push_back(static_cast<std::uint32_t>(i));
                        }
                    }
                }
            }
        }
        RList kept;
        const auto wanted = match_key(args[1]);
        if (!wanted) {
            return kept;
        }
        const auto found = index.positions.find(*wanted);
        if (found == index.positions.end()) {
            return kept;
        }
        for (const std::uint32_t i : found->second) {
            RValue item = item_at(i);
            const RValue k = key_of(item, key);
            const auto list = members ? as_list(k) : std::nullopt;
            const bool holds =
                list ? std::any_of(list->begin(), list->end(),
                                   [&](const RValue& member) { return equal(member, args[1]); })
                     : equal(k, args[1]);
            if (holds) {
                kept.push_back(std::move(item));
            }
        }
        return kept;
    };
    if (name == "where" || name == "having") {
        if (auto kept = indexed(name == "having")) {
            return RValue::of_list(std::move(*kept));
        }
    }
    if (name == "where") {
        const auto items = list_input();
        if (!items)
            return {};
        const std::string key = text_arg(0, "");
        RList kept;
        for (const auto& item : *items) {
            const RValue k = key_of(item, key);
            if (args.size() == 1 ? is_true(k) : equal(k, args[1]))
                kept.push_back(item);
        }
        return RValue::of_list(std::move(kept));
    }
    if (name == "having") {
        // Items whose key is a list holding value (or is value): the pairs of a mentee.
        const auto items = list_input();
        if (!items)
            return {};
        const std::string key = text_arg(0, "");
        RList kept;
        for (const auto& item : *items) {
            const RValue k = key_of(item, key);
            const auto members = as_list(k);
            const bool holds =
                members ? std::any_of(members->begin(), members->end(),
                                      [&](const RValue& member) { return equal(member, args[1]); })
                        : equal(k, args[1]);
            if (holds)
                kept.push_back(item);
        }
        return RValue::of_list(std::move(kept));
    }
    if (name == "map") {
        const auto items = list_input();
        if (!items)
            return {};
        const std::string key = text_arg(0, "");
        RList mapped;
        for (const auto& item : *items)
            mapped.push_back(key_of(item, key));
        return RValue::of_list(std::move(mapped));
    }
    if (name == "flatten") {
        const auto items = list_input();
        if (!items)
            return {};
        RList flat;
        for (const auto& item : *items) {
            if (item.is_null())
                continue;
            if (auto inner = as_list(item)) {
                flat.insert(flat.end(), inner->begin(), inner->end());
            } else {
                flat.push_back(item);
            }
        }
        return RValue::of_list(std::move(flat));
    }
    if (name == "concat") {
        auto items = list_input();
        const auto other = as_list(args[0]);
        if (!items)
            return {};
        if (!other) {
            error("template.type-error", "concat() needs a list argument", span);
            return {};
        }
        items->insert(items->end(), other->begin(), other->end());
        return RValue::of_list(std::move(*items));
    }
    if (name == "unique") {
        const auto items = list_input();
        if (!items)
            return {};
        // Candidates by match_key (equal values have equal keys), confirmed with equal(); a
        // list or map has no key and equals nothing, so it is always kept.
        RList kept;
        std::unordered_map<std::string, std::vector<std::size_t>> by_key;
        for (const auto& item : *items) {
            const std::optional<std::string> key = match_key(item);
            if (!key) {
                kept.push_back(item);
                continue;
            }
            std::vector<std::size_t>& same = by_key[*key];
            const bool seen = std::any_of(same.begin(), same.end(),
                                          [&](std::size_t at) { return equal(item, kept[at]); });
            if (!seen) {
                same.push_back(kept.size());
                kept.push_back(item);
            }
        }
        return RValue::of_list(std::move(kept));
    }
    if (name == "persons") {
        // People behind people, mentors and mentees (one or a list), for lists of signatures.
        auto items = as_list(input);
        if (!items)
            items = RList{input};
        RList people;
        for (const auto& item : *items) {
            if (const dataset::Value* person = person_of(item)) {
                people.push_back(RValue::of_node(person));
            }
        }
        return RValue::of_list(std::move(people));
    }
    if (name == "sum") {
        const auto items = list_input();
        if (!items)
            return {};
        double total = 0;
        for (const auto& item : *items) {
            if (item.kind != RValue::Kind::Number) {
                error("template.type-error", "sum() needs a list of numbers", span);
                return {};
            }
            total += item.number;
        }
        return RValue::of_number(total);
    }
    if (name == "join") {
        const auto items = list_input();
        if (!items)
            return {};
        const std::string separator = text_arg(0, ", ");
        std::string joined;
        for (std::size_t i = 0; i < items->size(); ++i) {
            if (i > 0)
                joined += separator;
            joined += to_text((*items)[i], span);
        }
        return RValue::of_string(std::move(joined));
    }
    if (name == "g") {
        const dataset::Value* person = person_of(input);
        if (person == nullptr) {
            error("template.type-error", "g() needs a person, a mentor or a mentee", span);
            return {};
        }
        const std::string_view gender = person->string_or_empty("gender");
        if (gender == "f")
            return args[1];
        if (gender == "m" || args.size() < 3)
            return args[0];
        return args[2];
    }
    if (name == "age") {
        const dataset::Value* person = person_of(input);
        const std::string birth = person != nullptr
                                      ? std::string(person->string_or_empty("birth_date"))
                                      : to_text(input, span);
        const auto born = text::parse_iso_date(birth);
        const std::string at_text = to_text(args[0], span);
        const auto at = text::parse_iso_date(at_text);
        if (!born || born->day == 0) {
            error("template.type-error", "age() needs a birth date", span);
            return {};
        }
        if (!at || at->day == 0) {
            error("template.filter-argument",
                  "age() needs a date (YYYY-MM-DD), not '" + at_text + "'", span);
            return {};
        }
        int years = at->year - born->year;
        if (at->month < born->month || (at->month == born->month && at->day < born->day))
            --years;
        return RValue::of_number(years);
    }
    return {};
}

}  // namespace nastavdoc::tmpl
