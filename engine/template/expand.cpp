// The expansion: control (for, if, let), sections, paragraphs, lists and inline content.
#include "engine/template/expander.h"
#include "engine/template/suggest.h"
#include "engine/template/vocabulary.h"

#include <charconv>
#include <cmath>

namespace nastavdoc::tmpl {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        if (is_space(text[i])) {
            while (i < text.size() && is_space(text[i]))
                ++i;
            out += ' ';  // a run of white space is one space
        } else {
            while (i < text.size() && !is_space(text[i]))
                ++i;
            out.append(text.substr(start, i - start));
        }
    }
    return out;
}

/// nobr: spaces become U+00A0 and hyphens U+2011, so the words never break apart.
std::string unbreakable(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == ' ') {
            out += "\u00A0";
        } else if (c == '-') {
            out += "\u2011";
        } else {
            out += c;
        }
    }
    return out;
}

void trim_inlines(model::Inlines& inlines) {
    while (!inlines.empty() && inlines.front().kind == model::InlineKind::Text) {
        std::string& text = inlines.front().text;
        const std::size_t start = text.find_first_not_of(' ');
        if (start == std::string::npos) {
            inlines.erase(inlines.begin());
            continue;
        }
        text.erase(0, start);
        break;
    }
    while (!inlines.empty() && inlines.back().kind == model::InlineKind::Text) {
        std::string& text = inlines.back().text;
        const std::size_t end = text.find_last_not_of(' ');
        if (end == std::string::npos) {
            inlines.pop_back();
            continue;
        }
        text.erase(end + 1);
        break;
    }
}

// The largest size, width or count a numeric attribute may give (mm, pt, lines).
constexpr int kMaxAttributeNumber = 100000;

constexpr std::pair<std::string_view, model::Role> kStyleRoles[] = {
    {"body", model::Role::Body},
    {"heading", model::Role::Heading},
    {"type", model::Role::DocumentType},
    {"title", model::Role::Title},
    {"section", model::Role::SectionHeading},
    {"enact", model::Role::Enact},
    {"item", model::Role::ListItem},
    {"table", model::Role::TableText},
    {"table-header", model::Role::TableHeader},
    {"requisite", model::Role::Requisite},
    {"small", model::Role::Small},
};

std::optional<model::Align> parse_align(std::string_view text) {
    if (text == "left")
        return model::Align::Left;
    if (text == "center")
        return model::Align::Center;
    if (text == "right")
        return model::Align::Right;
    if (text == "justify")
        return model::Align::Justify;
    return std::nullopt;
}

}  // namespace

Expander::Expander(const Template& tmpl, const dataset::Dataset& data, const ExpandOptions& options,
                   Diagnostics& diagnostics)
    : tmpl_(tmpl),
      data_(data),
      options_(options),
      diagnostics_(diagnostics),
      eval_(data, diagnostics, options.lookups) {
    eval_.push_scope();
    eval_.set("publish", RValue::of_bool(options.publish));  // --publish; --set may override
    for (const auto& [name, value] : options.variables)
        eval_.set_from_text(name, value);
}

// ---- attributes ----

bool Expander::has(const Node& node, std::string_view name) const {
    return node.find_attribute(name) != nullptr;
}

SourceSpan Expander::attr_span(const Node& node, std::string_view name) const {
    const Attribute* attribute = node.find_attribute(name);
    return attribute != nullptr ? attribute->span : node.span;
}

std::string Expander::interpolate(const Interpolated& text, bool collapse) {
    std::string out;
    for (const auto& piece : text.pieces) {
        if (piece.expr) {
            out += eval_.to_text(eval_.evaluate(*piece.expr), piece.span);
        } else {
            out += collapse ? collapse_spaces(piece.literal) : piece.literal;
        }
    }
    return out;
}

RValue Expander::attr_value(const Node& node, std::string_view name) {
    const Attribute* attribute = node.find_attribute(name);
    if (attribute == nullptr)
        return {};
    if (attribute->expr)
        return eval_.evaluate(*attribute->expr);
    if (attribute->value.is_single_expression()) {
        return eval_.evaluate(*attribute->value.pieces[0].expr);
    }
    return RValue::of_string(interpolate(attribute->value, false));
}

std::string Expander::attr_text(const Node& node, std::string_view name, std::string fallback) {
    const Attribute* attribute = node.find_attribute(name);
    if (attribute == nullptr)
        return fallback;
    return eval_.to_text(attr_value(node, name), attribute->span);
}

std::optional<double> Expander::checked_number(double number, const Node& node,
                                               std::string_view name) {
    // from_chars reads "nan" and "inf"; sizes and widths past this are typos, and later stages
    // turn them into ints and loop counts.
    if (!std::isfinite(number) || std::fabs(number) > kMaxAttributeNumber) {
        diagnostics_.error("template.attribute-value",
                           "'" + std::string(name) + "' must be a number from -" +
                               std::to_string(kMaxAttributeNumber) + " to " +
                               std::to_string(kMaxAttributeNumber),
                           attr_span(node, name));
        return std::nullopt;
    }
    return number;
}

std::optional<double> Expander::attr_number(const Node& node, std::string_view name) {
    if (!has(node, name))
        return std::nullopt;
    const RValue value = attr_value(node, name);
    if (value.kind == RValue::Kind::Number)
        return checked_number(value.number, node, name);
    std::string text = eval_.to_text(value, attr_span(node, name));
    for (char& c : text) {
        if (c == ',')
            c = '.';
    }
    double number = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size()) {
        diagnostics_.error("template.attribute-value",
                           "'" + std::string(name) + "' must be a number, not '" + text + "'",
                           attr_span(node, name));
        return std::nullopt;
    }
    return checked_number(number, node, name);
}

std::optional<bool> Expander::attr_bool(const Node& node, std::string_view name) {
    if (!has(node, name))
        return std::nullopt;
    const RValue value = attr_value(node, name);
    if (value.kind == RValue::Kind::String) {
        if (value.text == "true" || value.text == "yes")
            return true;
        if (value.text == "false" || value.text == "no")
            return false;
        diagnostics_.error(
            "template.attribute-value",
            "'" + std::string(name) + "' must be true or false, not '" + value.text + "'",
            attr_span(node, name));
        return std::nullopt;
    }
    return eval_.is_true(value);
}

std::optional<int> Expander::attr_int(const Node& node, std::string_view name, int low, int high) {
    const std::optional<double> number = attr_number(node, name);
    if (!number) {
        return std::nullopt;
    }
    // Checked as a double first: converting a value out of int's range is undefined.
    if (!(*number >= low && *number <= high) || *number != std::floor(*number)) {
        diagnostics_.error("template.attribute-value",
                           "'" + std::string(name) + "' must be a whole number from " +
                               std::to_string(low) + " to " + std::to_string(high),
                           attr_span(node, name));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

bool Expander::count_output(std::size_t bytes, const SourceSpan& span) {
    output_bytes_ += static_cast<std::int64_t>(bytes);
    ++output_nodes_;
    if (output_bytes_ <= eval_.limits.max_output_bytes && output_nodes_ <= eval_.limits.max_nodes) {
        return true;
    }
    if (!output_reported_) {
        output_reported_ = true;
        report_error(
            diagnostics_, "template.limit", "the document grew past the output limit", span,
            {"at most " + std::to_string(eval_.limits.max_nodes) + " blocks and runs and " +
             std::to_string(eval_.limits.max_output_bytes >> 20) + " MB of text"});
    }
    return false;
}

// ---- control ----

void Expander::each_instance(const Node& node, const std::function<void()>& body) {
    if (output_reported_)
        return;
    if (depth_ >= eval_.limits.max_depth) {
        if (!depth_reported_) {
            depth_reported_ = true;
            diagnostics_.error(
                "template.limit",
                "elements nested more than " + std::to_string(eval_.limits.max_depth) + " deep",
                node.span);
        }
        return;
    }
    ++depth_;
    if (!node.loop_collection) {
        if (!node.loop_variable.empty()) {  // for= that did not parse: reported already
            --depth_;
            return;
        }
        if (!node.condition || eval_.is_true(eval_.evaluate(*node.condition, true)))
            body();
        --depth_;
        return;
    }
    const RValue collection = eval_.evaluate(*node.loop_collection);
    std::optional<RList> items = eval_.as_list(collection);
    if (!items) {
        diagnostics_.error("template.type-error", "for= needs a list to repeat over",
                           node.loop_collection->span);
        --depth_;
        return;
    }
    const std::size_t length = items->size();
    for (std::size_t i = 0; i < length; ++i) {
        if (!eval_.count_iteration(node.span) || output_reported_)
            break;
        eval_.push_scope();
        eval_.set(node.loop_variable, (*items)[i]);
        RMap loop;
        loop["index"] = RValue::of_number(static_cast<double>(i + 1));
        loop["index0"] = RValue::of_number(static_cast<double>(i));
        loop["first"] = RValue::of_bool(i == 0);
        loop["last"] = RValue::of_bool(i + 1 == length);
        loop["length"] = RValue::of_number(static_cast<double>(length));
        eval_.set("loop", RValue::of_map(std::move(loop)));
        if (!node.condition || eval_.is_true(eval_.evaluate(*node.condition, true)))
            body();
        eval_.pop_scope();
    }
    --depth_;
}

// ---- inline content ----

void Expander::expand_inlines(const Nodes& nodes, model::Inlines& out,
                              const model::CharStyle& style, bool nobr) {
    for (const Node& node : nodes)
        expand_inline_node(node, out, style, nobr);
}

void Expander::expand_inline_node(const Node& node, model::Inlines& out,
                                  const model::CharStyle& style, bool nobr) {
    {
        if (node.is_text()) {
            for (const auto& piece : node.text.pieces) {
                if (piece.expr) {
                    const RValue value = eval_.evaluate(*piece.expr);
                    model::Inlines added;
                    eval_.append_inlines(value, added, style, piece.span);
                    for (auto& run : added) {
                        if (nobr && run.kind == model::InlineKind::Text) {
                            run.text = unbreakable(run.text);
                        }
                        count_output(run.text.size(), piece.span);
                        if (run.kind == model::InlineKind::Text) {
                            model::append_text(out, run.text, run.style);
                        } else {
                            out.push_back(std::move(run));
                        }
                    }
                } else {
                    std::string text = collapse_spaces(piece.literal);
                    // One space between words, also where a literal meets the previous run.
                    if (!text.empty() && text.front() == ' ' && !out.empty() &&
                        out.back().kind == model::InlineKind::Text && !out.back().text.empty() &&
                        out.back().text.back() == ' ') {
                        text.erase(0, 1);
                    }
                    if (nobr)
                        text = unbreakable(text);
                    count_output(text.size(), piece.span);
                    model::append_text(out, text, style);
                }
            }
            return;
        }
        each_instance(node, [&] {
            const std::string& name = node.name;
            if (name == "b" || name == "i" || name == "u") {
                model::CharStyle inner = style;
                (name == "b" ? inner.bold : name == "i" ? inner.italic : inner.underline) = true;
                expand_inlines(node.children, out, inner, nobr);
            } else if (name == "span") {
                expand_inlines(node.children, out, style, nobr);
            } else if (name == "nobr") {
                expand_inlines(node.children, out, style, true);
            } else if (name == "br") {
                out.push_back({model::InlineKind::LineBreak, {}, style});
            } else if (name == "checkbox") {
                model::Inline box{model::InlineKind::Checkbox, {}, style};
                if (const Attribute* checked = node.find_attribute("checked");
                    checked && checked->expr) {
                    box.checked = eval_.is_true(eval_.evaluate(*checked->expr, true));
                }
                out.push_back(std::move(box));
                model::append_text(out, " ", style);
                expand_inlines(node.children, out, style, nobr);
            } else if (name == "blank") {
                const std::string kind = attr_text(node, "kind", "line");
                if (kind == "date") {
                    // A date written by hand (documents.md A.6): «___» ____________ 20___ г.
                    model::append_text(out, "\u00AB___\u00BB ____________ 20___\u00A0г.", style);
                } else if (kind == "line") {
                    model::Inline blank{model::InlineKind::Blank, attr_text(node, "label"), style};
                    blank.width_mm = attr_number(node, "width").value_or(40);
                    out.push_back(std::move(blank));
                } else {
                    report_error(
                        diagnostics_, "template.attribute-value",
                        "kind= of an inline <blank> is 'line' or 'date', not '" + kind + "'",
                        attr_span(node, "kind"),
                        {"lines to fill under a question: <blank lines=\"3\"/> "
                         "outside a paragraph"});
                }
            } else if (name == "include") {
                expand_inlines(node.children, out, style, nobr);
            } else if (name == "let") {
                define_variable(node);
            } else {
                report_error(diagnostics_, "template.misplaced",
                             "<" + name + "> cannot stand inside a paragraph", node.span,
                             {"inside <p>, <heading>, <li> and cells: b, i, u, span, br, nobr, "
                              "checkbox, blank"});
            }
        });
    }
}

model::Paragraph Expander::make_paragraph(const Node& node, model::Role role) {
    model::Paragraph paragraph;
    paragraph.span = node.span;
    if (has(node, "style")) {
        const std::string style = attr_text(node, "style");
        bool known = false;
        for (const auto& [name, value] : kStyleRoles) {
            if (style == name) {
                role = value;
                known = true;
            }
        }
        if (!known) {
            std::string list;
            for (const auto& [name, value] : kStyleRoles) {
                list += (list.empty() ? "" : ", ") + std::string(name);
            }
            report_error(diagnostics_, "template.attribute-value",
                         "no paragraph style '" + style + "'", attr_span(node, "style"),
                         {"styles: " + list});
        }
    }
    paragraph.role = role;
    if (has(node, "align")) {
        const std::string align = attr_text(node, "align");
        paragraph.overrides.align = parse_align(align);
        if (!paragraph.overrides.align) {
            diagnostics_.error("template.attribute-value",
                               "align= is left, center, right or justify, not '" + align + "'",
                               attr_span(node, "align"));
        }
    }
    if (auto v = attr_number(node, "indent"))
        paragraph.overrides.first_line_indent_mm = *v;
    if (auto v = attr_number(node, "left-indent"))
        paragraph.overrides.left_indent_mm = *v;
    if (auto v = attr_number(node, "width")) {
        if (*v > 0) {
            paragraph.overrides.width_mm = *v;
        } else {
            diagnostics_.error("template.attribute-value",
                               "width= of a paragraph is its block's width in mm, more than 0",
                               attr_span(node, "width"));
        }
    }
    if (auto v = attr_number(node, "space-before"))
        paragraph.overrides.space_before_pt = *v;
    if (auto v = attr_number(node, "space-after"))
        paragraph.overrides.space_after_pt = *v;
    if (auto v = attr_number(node, "size"))
        paragraph.overrides.size_pt = *v;
    if (auto v = attr_bool(node, "bold"))
        paragraph.overrides.bold = *v;
    if (auto v = attr_bool(node, "keep-with-next"))
        paragraph.overrides.keep_with_next = *v;
    expand_inlines(node.children, paragraph.content, {}, false);
    trim_inlines(paragraph.content);
    return paragraph;
}

// ---- blocks ----

void Expander::expand_blocks(const Nodes& nodes, model::Blocks& out) {
    for (const Node& node : nodes) {
        if (node.is_text()) {
            std::string text;
            for (const auto& piece : node.text.pieces) {
                if (piece.expr || piece.literal.find_first_not_of(" \t\r\n") != std::string::npos) {
                    report_error(diagnostics_, "template.misplaced", "text must stand inside <p>",
                                 piece.span, {"wrap it in <p>…</p> or <heading>…</heading>"});
                    break;
                }
            }
            continue;
        }
        each_instance(node, [&] { expand_block(node, out); });
    }
}

void Expander::expand_mixed(const Nodes& nodes, model::Blocks& out, model::Role role) {
    std::vector<const Node*> run;
    const model::Role saved_role = paragraph_role_;
    paragraph_role_ = role;
    auto flush = [&] {
        if (run.empty())
            return;
        model::Paragraph paragraph;
        paragraph.role = role;
        paragraph.span = run.front()->span;
        for (const Node* node : run)
            expand_inline_node(*node, paragraph.content, {}, false);
        trim_inlines(paragraph.content);
        if (!paragraph.content.empty()) {
            count_output(0, paragraph.span);
            out.push_back(std::move(paragraph));
        }
        run.clear();
    };
    for (const Node& node : nodes) {
        const ElementSpec* spec = node.is_text() ? nullptr : find_element(node.name);
        const bool is_inline = node.is_text() || (spec != nullptr && spec->inline_element &&
                                                  !(node.name == "blank" && has(node, "lines")));
        if (is_inline) {
            run.push_back(&node);
        } else {
            flush();
            each_instance(node, [&] { expand_block(node, out); });
        }
    }
    flush();
    paragraph_role_ = saved_role;
}

}  // namespace nastavdoc::tmpl
