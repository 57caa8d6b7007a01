// Requisites of ГОСТ Р 7.0.97 (documents.md A.4–A.12): the organization block, date and number,
// grifs with gender agreement, the attachment header, the signature and the executor note.
#include "engine/template/expander.h"
#include "engine/template/suggest.h"
#include "engine/text/text.h"

namespace nastavdoc::tmpl {

namespace {

model::Inlines line_of(std::string_view text) {
    model::Inlines line;
    model::append_text(line, text);
    return line;
}

std::string lower_word(std::string_view text) {
    return text::lower(text);
}

bool ends_with(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

}  // namespace

std::string approved_suffix(std::string_view type_word) {
    // documents.md A.9: the participle agrees with the approved document's type word.
    static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
        {"положение", "О"}, {"решение", "О"},  {"план", ""},        {"реестр", ""},
        {"состав", ""},     {"перечень", ""},  {"порядок", ""},     {"отчёт", ""},
        {"отчет", ""},      {"список", ""},    {"график", ""},      {"программа", "А"},
        {"карта", "А"},     {"форма", "А"},    {"инструкция", "А"}, {"памятка", "А"},
        {"формы", "Ы"},     {"критерии", "Ы"}, {"правила", "Ы"},    {"рекомендации", "Ы"},
    };
    std::string rest = lower_word(type_word);
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        const std::string word = rest.substr(0, space);
        for (const auto& [known, suffix] : kWords) {
            if (word == known)
                return std::string(suffix);
        }
        // An adjective before the noun («Дорожная карта»): its ending tells the gender.
        if (ends_with(word, "ая") || ends_with(word, "яя"))
            return "А";
        if (ends_with(word, "ое") || ends_with(word, "ее"))
            return "О";
        if (ends_with(word, "ые") || ends_with(word, "ие"))
            return "Ы";
        if (ends_with(word, "ый") || ends_with(word, "ий") || ends_with(word, "ой")) {
            if (space == std::string::npos)
                return "";
            rest = rest.substr(space + 1);
            continue;
        }
        if (ends_with(word, "а") || ends_with(word, "я"))
            return "А";
        if (ends_with(word, "е") || ends_with(word, "о"))
            return "О";
        if (ends_with(word, "ы") || ends_with(word, "и"))
            return "Ы";
        return "";
    }
    return "О";  // no type word: «УТВЕРЖДЕНО», the neutral form ГОСТ examples use
}

std::string Expander::format_date_value(const RValue& value, const std::string& style,
                                        const SourceSpan& span) {
    if (style == "blank")
        return "\u00AB___\u00BB ____________ 20___\u00A0г.";
    const std::string iso = eval_.to_text(value, span);
    if (iso.empty())
        return {};
    const auto date = text::parse_iso_date(iso);
    if (!date) {
        diagnostics_.error("template.type-error", "'" + iso + "' is not a date (YYYY-MM-DD)", span);
        return iso;
    }
    if (style != "num" && style != "words") {
        diagnostics_.error("template.attribute-value",
                           "date-format= is num, words or blank, not '" + style + "'", span);
    }
    return text::format_date(*date,
                             style == "words" ? text::DateStyle::Words : text::DateStyle::Numeric);
}

std::vector<model::Inlines> Expander::custom_lines(const Node& node) {
    std::vector<model::Inlines> lines;
    for (const Node& child : node.children) {
        if (child.is_text())
            continue;
        if (child.name != "line") {
            diagnostics_.error(
                "template.misplaced",
                "<" + node.name + "> holds only <line> elements, not <" + child.name + ">",
                child.span);
            continue;
        }
        each_instance(child, [&] {
            model::Inlines line;
            expand_inlines(child.children, line, {}, false);
            while (!line.empty() && line.front().kind == model::InlineKind::Text &&
                   line.front().text.starts_with(' ')) {
                line.front().text.erase(0, 1);
                if (line.front().text.empty())
                    line.erase(line.begin());
            }
            while (!line.empty() && line.back().kind == model::InlineKind::Text &&
                   line.back().text.ends_with(' ')) {
                line.back().text.pop_back();
                if (line.back().text.empty())
                    line.pop_back();
            }
            lines.push_back(std::move(line));
        });
    }
    return lines;
}

model::OrgBlock Expander::make_letterhead(const Node& node) {
    model::OrgBlock block;
    block.span = node.span;
    block.lines = custom_lines(node);
    if (!block.lines.empty())
        return block;
    RValue org = has(node, "org") ? attr_value(node, "org") : RValue{};
    const dataset::Value* value =
        org.is_object_node() ? org.node : data_.root().find("organization");
    if (value == nullptr) {
        diagnostics_.error("template.type-error", "the dataset has no organization", node.span);
        return block;
    }
    const bool upper = attr_bool(node, "upper").value_or(true);
    auto cased = [&](std::string_view text) {
        return upper ? text::upper(text) : std::string(text);
    };
    if (attr_bool(node, "parent").value_or(true)) {
        if (const dataset::Value* parent = value->find("parent_body")) {
            block.lines.push_back(line_of(cased(parent->string_or_empty("name"))));
        }
    }
    block.lines.push_back(line_of(cased(value->string_or_empty("full_name"))));
    const std::string_view short_name = value->string_or_empty("short_name");
    if (attr_bool(node, "short").value_or(true) && !short_name.empty()) {
        block.lines.push_back(line_of("(" + std::string(short_name) + ")"));
    }
    if (attr_bool(node, "reference").value_or(false)) {
        // Справочные данные (documents.md A.5): address, contacts, then the registration codes.
        if (const dataset::Value* address = value->find("postal_address")) {
            block.reference_lines.push_back(line_of(address->string_or_empty("text")));
        }
        std::string contacts;
        if (const dataset::Value* phones = value->find("phones");
            phones && !phones->items.empty()) {
            contacts = (value->string_or_empty("fax") == phones->items[0].text ? "Телефон/факс: "
                                                                               : "Телефон: ") +
                       std::string(phones->items[0].text) + ".";
        }
        if (const auto email = value->string_or_empty("email"); !email.empty()) {
            contacts +=
                (contacts.empty() ? "" : " ") + std::string("E-mail: ") + std::string(email) + ".";
        }
        if (const auto site = value->string_or_empty("website"); !site.empty()) {
            contacts +=
                (contacts.empty() ? "" : " ") + std::string("Сайт: ") + std::string(site) + ".";
        }
        if (!contacts.empty())
            block.reference_lines.push_back(line_of(contacts));
        std::string codes;
        if (const auto ogrn = value->string_or_empty("ogrn"); !ogrn.empty()) {
            codes = "ОГРН " + std::string(ogrn);
        }
        if (const auto inn = value->string_or_empty("inn"); !inn.empty()) {
            const auto kpp = value->string_or_empty("kpp");
            codes += (codes.empty() ? "" : ", ") + std::string(kpp.empty() ? "ИНН " : "ИНН/КПП ") +
                     std::string(inn) + (kpp.empty() ? "" : "/" + std::string(kpp));
        }
        if (!codes.empty())
            block.reference_lines.push_back(line_of(codes));
    }
    return block;
}

model::RequisitesLine Expander::make_requisites(const Node& node) {
    model::RequisitesLine line;
    line.span = node.span;
    const std::string style = attr_text(node, "date-format", profile_.requisite_date);
    line.date = format_date_value(attr_value(node, "date"), style, attr_span(node, "date"));
    const std::string number = attr_text(node, "number");
    if (!number.empty())
        line.number = "\u2116\u00A0" + number;
    line.place = attr_text(node, "place");
    return line;
}

model::Grif Expander::make_approval(const Node& node) {
    model::Grif grif;
    grif.span = node.span;
    grif.width_mm = attr_number(node, "width").value_or(profile_.grif_width_mm);
    grif.side = attr_text(node, "side", "right") == "left" ? model::Side::Left : model::Side::Right;
    const std::string kind =
        attr_text(node, "kind", has(node, "order") || has(node, "by") ? "document" : "personal");
    const std::vector<model::Inlines> lines = custom_lines(node);
    if (!lines.empty()) {
        grif.lines = lines;
        return grif;
    }
    if (kind == "document") {
        model::Grif by_order =
            make_approved_by_order(node, attr_value(node, "order"), attr_text(node, "type-word"));
        by_order.side = grif.side;
        by_order.width_mm = grif.width_mm;
        return by_order;
    }
    if (kind != "personal") {
        diagnostics_.error("template.attribute-value",
                           "kind= of <approval> is personal or document, not '" + kind + "'",
                           attr_span(node, "kind"));
    }
    grif.lines.push_back(line_of("УТВЕРЖДАЮ"));
    const RValue person = attr_value(node, "person");
    std::string position = attr_text(node, "position");
    if (position.empty()) {
        if (const dataset::Value* org = data_.root().find("organization")) {
            position = std::string(org->string_or_empty("director_title")) + " " +
                       std::string(org->string_or_empty("short_name"));
        }
    }
    grif.lines.push_back(line_of(position));
    if (const dataset::Value* p = eval_.person_of(person)) {
        if (attr_bool(node, "signature-line").value_or(true)) {
            grif.signature_line = static_cast<int>(grif.lines.size());
        }
        grif.lines.push_back(line_of(eval_.person_name(*p, text::Case::Nom, "ini_sur")));
    } else if (has(node, "person")) {
        diagnostics_.error("template.type-error", "person= must name a person",
                           attr_span(node, "person"));
    }
    if (has(node, "date")) {
        grif.lines.push_back(line_of(format_date_value(
            attr_value(node, "date"), attr_text(node, "date-format", profile_.requisite_date),
            attr_span(node, "date"))));
    }
    if (attr_bool(node, "seal").value_or(false))
        grif.lines.push_back(line_of("М.П."));
    return grif;
}

model::Grif Expander::make_approved_by_order(const Node& node, const RValue& order,
                                             const std::string& type_word) {
    model::Grif grif;
    grif.span = node.span;
    grif.width_mm = profile_.grif_width_mm;
    grif.lines.push_back(line_of("УТВЕРЖДЕН" + approved_suffix(type_word)));
    const std::string by = has(node, "by") ? attr_text(node, "by") : std::string();
    const dataset::Value* org = data_.root().find("organization");
    const std::string short_name =
        org != nullptr ? std::string(org->string_or_empty("short_name")) : std::string();
    if (!by.empty()) {
        // A collegial body: «решением педагогического совета (протокол от … № …)».
        grif.lines.push_back(line_of(by));
        const std::string date = format_date_value(attr_value(node, "protocol-date"), "num",
                                                   attr_span(node, "protocol-date"));
        const std::string number = attr_text(node, "protocol-number");
        if (!date.empty() || !number.empty()) {
            grif.lines.push_back(line_of("(протокол" + (date.empty() ? "" : " от " + date) +
                                         (number.empty() ? "" : " \u2116\u00A0" + number) + ")"));
        }
        return grif;
    }
    if (!order.is_object_node()) {
        report_error(diagnostics_, "template.type-error",
                     "an approval by order needs order= (an order of the dataset)",
                     attr_span(node, "order"), {"choose it with --set order=ord:…"});
        return grif;
    }
    grif.lines.push_back(line_of("приказом " + short_name));
    grif.lines.push_back(line_of(
        "от " + format_date_value(eval_.from_node(*order.node->find("date")), "num", node.span) +
        " \u2116\u00A0" + std::string(order.node->string_or_empty("number"))));
    return grif;
}

model::Grif Expander::make_attachment_header(const Node& node, const RValue& order) {
    model::Grif grif;
    grif.span = node.span;
    grif.width_mm = attr_number(node, "width").value_or(profile_.grif_width_mm);
    // documents.md A.11: a single attachment has no number.
    const std::string number = attr_text(node, "number");
    std::string first = "Приложение";
    if (!number.empty()) {
        first += profile_.attachment_number_sign ? " \u2116\u00A0" + number : " " + number;
    }
    grif.lines.push_back(line_of(first));
    const dataset::Value* org = data_.root().find("organization");
    grif.lines.push_back(
        line_of("к приказу " + (org != nullptr ? std::string(org->string_or_empty("short_name"))
                                               : std::string())));
    if (!order.is_object_node()) {
        report_error(diagnostics_, "template.type-error",
                     "an attachment needs its order: order= or the variable 'order'", node.span,
                     {"choose it with --set order=ord:…"});
        return grif;
    }
    const dataset::Value* date = order.node->find("date");
    grif.lines.push_back(
        line_of("от " +
                (date != nullptr ? format_date_value(eval_.from_node(*date), "num", node.span)
                                 : std::string()) +
                " \u2116\u00A0" + std::string(order.node->string_or_empty("number"))));
    return grif;
}

model::Grif Expander::make_agreement(const Node& node) {
    model::Grif grif;
    grif.span = node.span;
    grif.width_mm = attr_number(node, "width").value_or(profile_.grif_width_mm);
    grif.side = attr_text(node, "side", "left") == "right" ? model::Side::Right : model::Side::Left;
    const std::vector<model::Inlines> lines = custom_lines(node);
    if (!lines.empty()) {
        grif.lines = lines;
        return grif;
    }
    grif.lines.push_back(line_of("СОГЛАСОВАНО"));
    if (has(node, "body")) {
        grif.lines.push_back(line_of(attr_text(node, "body")));
        const std::string date = format_date_value(attr_value(node, "protocol-date"), "num",
                                                   attr_span(node, "protocol-date"));
        const std::string number = attr_text(node, "protocol-number");
        if (!date.empty() || !number.empty()) {
            grif.lines.push_back(line_of((date.empty() ? "" : "от " + date) +
                                         (number.empty() ? "" : " \u2116\u00A0" + number)));
        }
        return grif;
    }
    if (has(node, "position"))
        grif.lines.push_back(line_of(attr_text(node, "position")));
    const RValue person = attr_value(node, "person");
    if (const dataset::Value* p = eval_.person_of(person)) {
        if (attr_bool(node, "signature-line").value_or(true)) {
            grif.signature_line = static_cast<int>(grif.lines.size());
        }
        grif.lines.push_back(line_of(eval_.person_name(*p, text::Case::Nom, "ini_sur")));
    } else if (has(node, "person")) {
        diagnostics_.error("template.type-error", "person= must name a person",
                           attr_span(node, "person"));
    }
    if (has(node, "date")) {
        grif.lines.push_back(line_of(format_date_value(
            attr_value(node, "date"), attr_text(node, "date-format", profile_.requisite_date),
            attr_span(node, "date"))));
    }
    return grif;
}

model::Signature Expander::make_signature(const Node& node) {
    model::Signature signature;
    signature.span = node.span;
    const RValue person = attr_value(node, "person");
    const dataset::Value* p = eval_.person_of(person);
    if (p == nullptr) {
        diagnostics_.error("template.type-error", "<signature> needs person= naming a person",
                           attr_span(node, "person"));
        return signature;
    }
    std::string position = attr_text(node, "position");
    if (position.empty()) {
        const dataset::Value* org = data_.root().find("organization");
        if (org != nullptr && org->string_or_empty("director") == p->string_or_empty("id")) {
            position = std::string(org->string_or_empty("director_title"));
        } else {
            const std::string nominative =
                eval_.position_text(person, text::Case::Nom, false, node.span);
            position = nominative.empty()
                           ? nominative
                           : text::upper(nominative.substr(0, 2)) + nominative.substr(2);
        }
    }
    std::size_t start = 0;
    while (start <= position.size()) {
        const std::size_t end = std::min(position.find('\n', start), position.size());
        signature.position_lines.push_back(line_of(position.substr(start, end - start)));
        start = end + 1;
    }
    signature.name = eval_.person_name(*p, text::Case::Nom, "ini_sur");
    signature.seal = attr_bool(node, "seal").value_or(false);
    signature.signature_rule = attr_bool(node, "signature-line").value_or(false);
    return signature;
}

model::Executor Expander::make_executor(const Node& node) {
    model::Executor executor;
    executor.span = node.span;
    executor.lines = custom_lines(node);
    if (!executor.lines.empty())
        return executor;
    const RValue person = attr_value(node, "person");
    const dataset::Value* p = eval_.person_of(person);
    if (p == nullptr) {
        diagnostics_.error("template.type-error", "<executor> needs person= naming a person",
                           attr_span(node, "person"));
        return executor;
    }
    std::string first = eval_.person_name(*p, text::Case::Nom, "full");
    if (const std::string position = attr_text(node, "position"); !position.empty()) {
        first += ", " + position;
    }
    executor.lines.push_back(line_of(first));
    std::string contacts = attr_text(node, "phone");
    if (const std::string email = attr_text(node, "email"); !email.empty()) {
        contacts += (contacts.empty() ? "" : ", ") + email;
    }
    if (!contacts.empty())
        executor.lines.push_back(line_of(contacts));
    return executor;
}

}  // namespace nastavdoc::tmpl
