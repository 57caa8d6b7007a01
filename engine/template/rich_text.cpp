// RichText of the dataset (docs/dataset.md, Conventions) as inline content: strings, b/i/u,
// line breaks, quotes, persons in a case and format, dates and the organization's name.
#include "engine/base/concat.h"
#include "engine/template/evaluate.h"
#include "engine/text/text.h"

namespace nastavdoc::tmpl {

namespace {

constexpr int kMaxRichDepth = 32;

}  // namespace

void Evaluator::append_inlines(const RValue& value, model::Inlines& out,
                               const model::CharStyle& style, const SourceSpan& span) {
    if (value.kind == RValue::Kind::Node && value.node->is_array() && is_rich_text(*value.node)) {
        bool first_block = true;
        for (const auto& item : value.node->items) {
            const bool is_block =
                item.is_object() && !item.members.empty() &&
                (item.members.front().key == "p" || item.members.front().key == "ul" ||
                 item.members.front().key == "ol");
            if (is_block && !first_block)
                out.push_back({model::InlineKind::LineBreak, {}, style});
            if (is_block)
                first_block = false;
            append_rich_inline(item, out, style, span, 0);
        }
        return;
    }
    if (value.kind == RValue::Kind::Node && value.node->is_object() &&
        value.node->members.size() <= 3 && is_rich_text_object_key(value)) {
        append_rich_inline(*value.node, out, style, span, 0);
        return;
    }
    model::append_text(out, to_text(value, span), style);
}

bool Evaluator::is_rich_text_object_key(const RValue& value) const {
    if (!value.is_object_node() || value.node->members.empty())
        return false;
    const std::string_view key = value.node->members.front().key;
    return key == "p" || key == "b" || key == "i" || key == "u" || key == "q" || key == "raw";
}

void Evaluator::append_rich_inline(const dataset::Value& value, model::Inlines& out,
                                   const model::CharStyle& style, const SourceSpan& span,
                                   int depth) {
    if (depth > kMaxRichDepth) {
        error("template.limit", "rich text nested too deeply", span);
        return;
    }
    if (value.is_string()) {
        // «Грушу П.К.» + «.» at the end of a sentence: the initial's period ends it.
        std::string_view text = value.text;
        if (text.starts_with('.') && !out.empty() && out.back().kind == model::InlineKind::Text &&
            out.back().text.ends_with('.') && !text.starts_with("..")) {
            text.remove_prefix(1);
        }
        model::append_text(out, text, style);
        return;
    }
    if (value.is_array()) {
        for (const auto& item : value.items)
            append_rich_inline(item, out, style, span, depth + 1);
        return;
    }
    if (!value.is_object() || value.members.empty()) {
        model::append_text(out, to_text(from_node(value), span), style);
        return;
    }
    const std::string_view key = value.members.front().key;
    const dataset::Value& inner = value.members.front().value;
    if (key == "p") {
        append_rich_inline(inner, out, style, span, depth + 1);
    } else if (key == "b" || key == "i" || key == "u") {
        model::CharStyle styled = style;
        (key == "b" ? styled.bold : key == "i" ? styled.italic : styled.underline) = true;
        append_rich_inline(inner, out, styled, span, depth + 1);
    } else if (key == "br") {
        out.push_back({model::InlineKind::LineBreak, {}, style});
    } else if (key == "raw") {
        model::append_text(out, inner.is_string() ? inner.text : std::string(), style);
    } else if (key == "q") {
        model::append_text(out, "\u00AB", style);
        append_rich_inline(inner, out, style, span, depth + 1);
        model::append_text(out, "\u00BB", style);
    } else if (key == "ul" || key == "ol") {
        int number = 1;
        if (const dataset::Value* start = value.find("start"); start && start->is_number()) {
            number = clamp_to_int(start->number, 0, kMaxListStart);
        }
        bool first = true;
        for (const auto& item : inner.items) {
            if (!first)
                out.push_back({model::InlineKind::LineBreak, {}, style});
            first = false;
            model::append_text(out, key == "ul" ? "\u2013 " : std::to_string(number++) + ". ",
                               style);
            append_rich_inline(item, out, style, span, depth + 1);
        }
    } else if (key == "person") {
        const RValue person = from_node(inner);
        const dataset::Value* node = person_of(person);
        if (node == nullptr) {
            error("template.type-error",
                  concat({"rich text names '", inner.text, "', not a person"}), span);
            return;
        }
        const auto c = text::parse_case(value.string_or_empty("case")).value_or(text::Case::Nom);
        std::string format(value.string_or_empty("fmt"));
        std::string printed;
        if (format.rfind("pos_", 0) == 0) {
            format = format.substr(4);
            printed = position_text(person, c, true, span) + " ";
        }
        printed += person_name(*node, c, format.empty() ? "full" : format);
        model::append_text(out, printed, style);
    } else if (key == "date") {
        const auto date = text::parse_iso_date(inner.text);
        if (!date) {
            error("template.type-error", concat({"'", inner.text, "' is not an ISO date"}), span);
            return;
        }
        model::append_text(out,
                           text::format_date(*date, value.string_or_empty("fmt") == "words"
                                                        ? text::DateStyle::Words
                                                        : text::DateStyle::Numeric),
                           style);
    } else if (key == "org") {
        const dataset::Value* org = data_.root().find("organization");
        if (org == nullptr)
            return;
        if (inner.text == "full") {
            const std::string_view c = value.string_or_empty("case");
            const dataset::Value* cases = org->find("full_name_cases");
            const std::string_view stored =
                cases != nullptr && !c.empty() ? cases->string_or_empty(c) : std::string_view{};
            model::append_text(out, stored.empty() ? org->string_or_empty("full_name") : stored,
                               style);
        } else {
            model::append_text(out, org->string_or_empty("short_name"), style);
        }
    } else {
        model::append_text(out, to_text(from_node(value), span), style);
    }
}

}  // namespace nastavdoc::tmpl
