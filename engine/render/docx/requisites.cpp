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

void write_line(Container& parent, const ParagraphProps& props, const model::Inlines& line,
                const RunDefaults& defaults) {
    begin_paragraph(parent, props);
    write_inlines(parent.writer(), line, defaults);
    end_paragraph(parent);
}

void write_grif(Container& parent, const model::Grif& grif, double left_indent_mm,
                const RunDefaults& defaults) {
    for (std::size_t i = 0; i < grif.lines.size(); ++i) {
        const bool is_signature = static_cast<int>(i) == grif.signature_line;
        ParagraphProps props =
            requisite_props(is_signature ? model::Align::Right : model::Align::Left);
        props.keep_next = i + 1 < grif.lines.size();
        if (left_indent_mm > 0)
            props.left_indent_mm = left_indent_mm;
        begin_paragraph(parent, props);
        if (is_signature)
            write_text_run(parent.writer(), kSignatureRule, {}, defaults);
        write_inlines(parent.writer(), grif.lines[i], defaults);
        end_paragraph(parent);
    }
}

void write_grif_column(Container& parent, const std::vector<const model::Grif*>& grifs,
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
void write_grif_table(Container& parent, const std::vector<const model::Grif*>& left,
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
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    const int last = static_cast<int>(table.columns.size()) - 1;
    // The first cell takes the left grifs and the last one the right ones; a cell left without
    // grifs keeps the empty paragraph of an empty cell.
    const auto fill = [&](int column, Container& cell) {
        const std::vector<const model::Grif*>* grifs =
            column == 0 ? &left : (column == last ? &right : nullptr);
        if (grifs == nullptr || grifs->empty())
            return false;
        write_grif_column(cell, *grifs, 0, defaults);
        return true;
    };
    write_table(parent, table, context, fill);
}

// Adds w:keepNext to a paragraph, after w:pStyle as CT_PPrBase orders it.
void keep_with_next(PartWriter& writer, WrittenBlock& paragraph) {
    if (paragraph.has_keep_next)
        return;
    writer.insert(paragraph.keep_next_at, "<w:keepNext/>");
    paragraph.has_keep_next = true;
}

// The signature is never alone at the top of a page (documents.md A.10): the empty lines before
// it and the last paragraph of the text keep with it. Stops at a table, a frame, a page or
// section break, which Word could not or should not keep.
void keep_text_with_signature(Container& parent) {
    for (WrittenBlock* block = parent.end(); block != parent.begin();) {
        --block;
        if (!block->is_paragraph || block->has_frame || block->has_section || block->has_page_break)
            return;
        keep_with_next(parent.writer(), *block);
        if (block->has_text)
            return;
    }
}

}  // namespace

void write_org_block(Container& parent, const model::OrgBlock& org, BlockContext& context) {
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

void write_requisites_line(Container& parent, const model::RequisitesLine& line,
                           BlockContext& context) {
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    // Date flush left and number flush right on one line: a right tab stop at the text width.
    ParagraphProps props = requisite_props(model::Align::Left);
    props.keep_next = !line.place.empty();
    props.tabs.push_back({"right", context.text_width_mm, nullptr});
    begin_paragraph(parent, props);
    write_text_run(parent.writer(), line.date, {}, defaults);
    if (!line.number.empty()) {
        write_tab_run(parent.writer(), defaults);
        write_text_run(parent.writer(), line.number, {}, defaults);
    }
    end_paragraph(parent);
    if (!line.place.empty()) {
        begin_paragraph(parent, requisite_props(model::Align::Center));
        write_text_run(parent.writer(), line.place, {}, defaults);
        end_paragraph(parent);
    }
}

void write_grif_row(Container& parent, const model::GrifRow& row, BlockContext& context) {
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

void write_signature(Container& parent, const model::Signature& signature, BlockContext& context) {
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
    begin_paragraph(parent, props);
    if (lines > 0)
        write_inlines(parent.writer(), signature.position_lines.back(), defaults);
    write_tab_run(parent.writer(), defaults);
    if (signature.signature_rule)
        write_text_run(parent.writer(), kSignatureRule, {}, defaults);
    write_text_run(parent.writer(), signature.name, {}, defaults);
    end_paragraph(parent);
    if (signature.seal) {
        begin_paragraph(parent, requisite_props(model::Align::Left));
        write_text_run(parent.writer(), "М.П.", {}, defaults);
        end_paragraph(parent);
    }
}

void write_executor(Container& parent, const model::Executor& executor, BlockContext& context) {
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

void write_blank_lines(Container& parent, const model::BlankLines& blank, BlockContext& context) {
    // A full-width rule to write on: a tab to a right stop at the text width with an
    // underscore leader; unlike paragraph borders, adjacent lines do not merge into a box.
    ParagraphProps props;
    props.role = model::Role::Body;
    props.first_line_indent_mm = 0;
    props.align = model::Align::Left;
    props.tabs.push_back({"right", context.text_width_mm, "underscore"});
    const RunDefaults defaults{context.font_size_pt, std::nullopt};
    for (int i = 0; i < std::max(1, blank.count); ++i) {
        begin_paragraph(parent, props);
        write_tab_run(parent.writer(), defaults);
        end_paragraph(parent);
    }
}

}  // namespace nastavdoc::render::docx
