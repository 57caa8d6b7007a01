#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

#include <algorithm>

namespace nastavdoc::render::docx {

namespace {

// The handwritten-signature rule printed before a signer's name.
constexpr std::string_view kSignatureRule = "__________\u00A0";

// A requisite line: single-spaced, no first-line indent, never hyphenated (ГОСТ Р 7.0.97, A.3).
ParagraphProps requisite_props(model::Align align) {
    ParagraphProps props;
    props.role = model::Role::Requisite;
    props.align = align;
    props.first_line_indent_mm = 0;
    props.hyphenate = false;
    return props;
}

void write_line(pugi::xml_node parent, const ParagraphProps& props, const model::Inlines& line,
                const RunDefaults& defaults) {
    write_inlines(add_paragraph(parent, props), line, defaults);
}

void write_grif(pugi::xml_node parent, const model::Grif& grif, double left_indent_mm,
                const RunDefaults& defaults) {
    for (std::size_t i = 0; i < grif.lines.size(); ++i) {
        const bool is_signature = static_cast<int>(i) == grif.signature_line;
        ParagraphProps props =
            requisite_props(is_signature ? model::Align::Right : model::Align::Left);
        props.keep_next = i + 1 < grif.lines.size();
        if (left_indent_mm > 0)
            props.left_indent_mm = left_indent_mm;
        pugi::xml_node paragraph = add_paragraph(parent, props);
        if (is_signature)
            write_text_run(paragraph, kSignatureRule, {}, defaults);
        write_inlines(paragraph, grif.lines[i], defaults);
    }
}

void write_grif_column(pugi::xml_node parent, const std::vector<const model::Grif*>& grifs,
                       double left_indent_mm, const RunDefaults& defaults) {
    for (std::size_t i = 0; i < grifs.size(); ++i) {
        if (i > 0)
            add_paragraph(parent, requisite_props(model::Align::Left));
        write_grif(parent, *grifs[i], left_indent_mm, defaults);
    }
}

double widest(const std::vector<const model::Grif*>& grifs) {
    double width = 0;
    for (const auto* grif : grifs)
        width = std::max(width, grif->width_mm);
    return width;
}

// Adoption marks on the left and the approval on the right, side by side: a borderless table
// of the grif widths with the free space between them.
void write_grif_table(pugi::xml_node parent, const std::vector<const model::Grif*>& left,
                      const std::vector<const model::Grif*>& right, BlockContext& context) {
    const double text = context.text_width_mm;
    double left_width = std::min(widest(left), text);
    double right_width = std::min(widest(right), text - left_width);
    double middle = text - left_width - right_width;
    if (middle < 0)
        middle = 0;

    model::Table table;
    table.borders = false;
    table.columns.push_back(column_of_width(left_width));
    if (middle > 0)
        table.columns.push_back(column_of_width(middle));
    if (!right.empty() && right_width > 0)
        table.columns.push_back(column_of_width(right_width));
    model::TableRow row;
    row.cells.resize(table.columns.size());
    table.rows.push_back(std::move(row));
    write_table(parent, table, context);
    pugi::xml_node row_node = parent.last_child().child("w:tr");
    std::vector<pugi::xml_node> cells;
    for (pugi::xml_node cell : row_node.children("w:tc"))
        cells.push_back(cell);
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    const auto fill = [&](pugi::xml_node cell, const std::vector<const model::Grif*>& grifs) {
        if (grifs.empty())
            return;
        cell.remove_child(cell.last_child());  // the placeholder paragraph of the empty cell
        write_grif_column(cell, grifs, 0, defaults);
    };
    fill(cells.front(), left);
    if (cells.size() > 1)
        fill(cells.back(), right);
}

// Adds w:keepNext to a paragraph, after w:pStyle as CT_PPrBase orders it.
void keep_with_next(pugi::xml_node paragraph) {
    pugi::xml_node properties = paragraph.child("w:pPr");
    if (!properties)
        properties = paragraph.prepend_child("w:pPr");
    if (properties.child("w:keepNext"))
        return;
    const pugi::xml_node style = properties.child("w:pStyle");
    if (style)
        properties.insert_child_after("w:keepNext", style);
    else
        properties.prepend_child("w:keepNext");
}

bool has_text(pugi::xml_node paragraph) {
    for (pugi::xml_node run : paragraph.children("w:r")) {
        if (run.child("w:t") || run.child("w:tab"))
            return true;
    }
    return false;
}

// The signature is never alone at the top of a page (documents.md A.10): the empty lines before
// it and the last paragraph of the text keep with it. Stops at a table, a frame, a page or
// section break, which Word could not or should not keep.
void keep_text_with_signature(pugi::xml_node parent) {
    for (pugi::xml_node node = parent.last_child(); node; node = node.previous_sibling()) {
        if (std::string_view(node.name()) != "w:p")
            return;
        const pugi::xml_node properties = node.child("w:pPr");
        if (properties.child("w:framePr") || properties.child("w:sectPr") ||
            node.select_node("w:r/w:br[@w:type='page']"))
            return;
        keep_with_next(node);
        if (has_text(node))
            return;
    }
}

}  // namespace

void write_org_block(pugi::xml_node parent, const model::OrgBlock& org, BlockContext& context) {
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    ParagraphProps props = requisite_props(model::Align::Center);
    props.keep_next = true;
    for (const auto& line : org.lines)
        write_line(parent, props, line, defaults);
    // Справочные данные of a letterhead: smaller type, still centred (A.5).
    const RunDefaults small{context.document.styles[model::Role::Small].size_pt, std::nullopt};
    for (const auto& line : org.reference_lines)
        write_line(parent, props, line, small);
}

void write_requisites_line(pugi::xml_node parent, const model::RequisitesLine& line,
                           BlockContext& context) {
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    // Date flush left and number flush right on one line: a right tab stop at the text width.
    ParagraphProps props = requisite_props(model::Align::Left);
    props.keep_next = !line.place.empty();
    props.tabs.push_back({"right", context.text_width_mm, nullptr});
    pugi::xml_node paragraph = add_paragraph(parent, props);
    write_text_run(paragraph, line.date, {}, defaults);
    if (!line.number.empty()) {
        write_tab_run(paragraph, defaults);
        write_text_run(paragraph, line.number, {}, defaults);
    }
    if (!line.place.empty()) {
        pugi::xml_node place = add_paragraph(parent, requisite_props(model::Align::Center));
        write_text_run(place, line.place, {}, defaults);
    }
}

void write_grif_row(pugi::xml_node parent, const model::GrifRow& row, BlockContext& context) {
    std::vector<const model::Grif*> left;
    std::vector<const model::Grif*> right;
    for (const auto& grif : row.grifs) {
        (grif.side == model::Side::Left ? left : right).push_back(&grif);
    }
    if (left.empty() && right.empty())
        return;
    if (left.empty()) {
        // One block in the top right corner: paragraphs indented to the grif's width.
        const double indent = std::max(0.0, context.text_width_mm - widest(right));
        write_grif_column(parent, right, indent, RunDefaults{context.font_size_pt, std::nullopt});
        return;
    }
    write_grif_table(parent, left, right, context);
}

void write_signature(pugi::xml_node parent, const model::Signature& signature,
                     BlockContext& context) {
    keep_text_with_signature(parent);
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    const std::size_t lines = signature.position_lines.size();
    for (std::size_t i = 0; i + 1 < lines; ++i) {
        ParagraphProps props = requisite_props(model::Align::Left);
        props.keep_next = true;
        props.keep_lines = true;
        write_line(parent, props, signature.position_lines[i], defaults);
    }
    // The name flush right on the level of the position's last line (A.10).
    ParagraphProps props = requisite_props(model::Align::Left);
    props.keep_next = signature.seal;
    props.keep_lines = true;
    props.tabs.push_back({"right", context.text_width_mm, nullptr});
    pugi::xml_node last = add_paragraph(parent, props);
    if (lines > 0)
        write_inlines(last, signature.position_lines.back(), defaults);
    write_tab_run(last, defaults);
    if (signature.signature_rule)
        write_text_run(last, kSignatureRule, {}, defaults);
    write_text_run(last, signature.name, {}, defaults);
    if (signature.seal) {
        pugi::xml_node seal = add_paragraph(parent, requisite_props(model::Align::Left));
        write_text_run(seal, "М.П.", {}, defaults);
    }
}

void write_executor(pugi::xml_node parent, const model::Executor& executor, BlockContext& context) {
    // Отметка об исполнителе at the foot of the page it falls on: a frame anchored to the
    // bottom of the text area. Consecutive paragraphs with the same w:framePr share one frame.
    const RunDefaults defaults{std::nullopt, std::nullopt};
    ParagraphProps props = requisite_props(model::Align::Left);
    props.role = model::Role::Small;
    if (!context.in_table)
        props.bottom_frame_width_mm = context.text_width_mm;
    for (const auto& line : executor.lines)
        write_line(parent, props, line, defaults);
}

void write_blank_lines(pugi::xml_node parent, const model::BlankLines& blank,
                       BlockContext& context) {
    // A full-width rule to write on: a tab to a right stop at the text width with an
    // underscore leader; unlike paragraph borders, adjacent lines do not merge into a box.
    ParagraphProps props;
    props.role = model::Role::Body;
    props.first_line_indent_mm = 0;
    props.align = model::Align::Left;
    props.tabs.push_back({"right", context.text_width_mm, "underscore"});
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    for (int i = 0; i < std::max(1, blank.count); ++i) {
        write_tab_run(add_paragraph(parent, props), defaults);
    }
}

}  // namespace nastavdoc::render::docx
