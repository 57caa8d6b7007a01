// Internal to render/docx/.
// The writers of word/document.xml's body, one file per kind of content: document_part.cpp
// (sections, paragraphs, lists, breaks), runs.cpp (inline content), tables.cpp (tables and
// charts as tables), requisites.cpp (ГОСТ Р 7.0.97 requisites and blank lines).
#pragma once
#include "engine/model/document.h"
#include "engine/render/docx/part_writer.h"
#include "engine/render/docx/parts.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace nastavdoc::render::docx {

/// Where blocks are being written: the text width decides table grids and right tab stops.
struct BlockContext {
    const model::Document& document;
    NumberingRegistry& numbering;
    double text_width_mm = 165;
    std::optional<double> font_size_pt;      // a table's own size for everything inside it
    std::optional<model::Align> cell_align;  // a table cell's alignment for its paragraphs
    bool in_table = false;
};

/// The numbering of a paragraph that starts a list item.
struct ListPosition {
    int num_id = 0;
    int level = 0;
};

/// Character properties a run inherits from its surroundings.
struct RunDefaults {
    std::optional<double> size_pt;
    std::optional<bool> bold;  // false: not bold even where the paragraph style is
};

void write_blocks(Container& parent, const model::Blocks& blocks, BlockContext& context);

/// A paragraph of `role` with its overrides; `list` adds w:numPr, `label` a literal label.
void write_paragraph(Container& parent, const model::Paragraph& paragraph, BlockContext& context,
                     const ListPosition* list = nullptr, const std::string& label = {});

/// Paragraph properties as written to w:pPr; unset ones come from the paragraph style.
/// add_paragraph emits them in the order of the schema (CT_PPrBase), which Word insists on.
struct ParagraphProps {
    struct Tab {
        const char* kind = "right";  // ST_TabJc: "left", "center", "right"
        double position_mm = 0;
        const char* leader = nullptr;  // ST_TabTlc: "underscore", "dot"
    };
    model::Role role = model::Role::Body;
    bool keep_next = false;
    bool keep_lines = false;
    std::optional<double> bottom_frame_width_mm;  // a frame at the foot of the text area
    std::optional<ListPosition> numbering;
    std::vector<Tab> tabs;
    std::optional<bool> hyphenate;
    std::optional<double> space_before_pt, space_after_pt;
    std::optional<double> exact_line_pt;
    std::optional<double> left_indent_mm, first_line_indent_mm;
    std::optional<double> right_indent_mm;
    std::optional<model::Align> align;
    std::optional<double> mark_size_pt;  // the paragraph mark's size (sets an empty line's height)
};

/// Begins a w:p with its w:pPr in `parent`; the runs follow, then end_paragraph.
void begin_paragraph(Container& parent, const ParagraphProps& props);
/// Ends the paragraph begun last.
void end_paragraph(Container& parent);
/// A paragraph with properties only.
void add_paragraph(Container& parent, const ParagraphProps& props);

/// The runs of the paragraph being written (the writer's last block).
void write_inlines(PartWriter& out, const model::Inlines& inlines, const RunDefaults& defaults);
/// One run of plain text (TAB becomes w:tab, U+2011 w:noBreakHyphen, U+00AD w:softHyphen,
/// a newline a space; characters XML 1.0 cannot carry are dropped, see clean_text).
void write_text_run(PartWriter& out, std::string_view text, const model::CharStyle& style,
                    const RunDefaults& defaults);
/// A run holding one w:tab.
void write_tab_run(PartWriter& out, const RunDefaults& defaults);

/// A table column of the given relative width.
inline model::TableColumn column_of_width(double width) {
    model::TableColumn column;
    column.width = width;
    return column;
}

/// Writes the content of the cell in `column` of a table's rows in place of the table's own;
/// returns false to leave the cell to the table.
using CellContentWriter = std::function<bool(int column, Container& cell)>;

void write_table(Container& parent, const model::Table& table, BlockContext& context,
                 const CellContentWriter& own_content = {});
void write_chart(Container& parent, const model::Chart& chart, BlockContext& context);

void write_org_block(Container& parent, const model::OrgBlock& org, BlockContext& context);
void write_requisites_line(Container& parent, const model::RequisitesLine& line,
                           BlockContext& context);
void write_grif_row(Container& parent, const model::GrifRow& row, BlockContext& context);
void write_signature(Container& parent, const model::Signature& signature, BlockContext& context);
void write_executor(Container& parent, const model::Executor& executor, BlockContext& context);
void write_blank_lines(Container& parent, const model::BlankLines& blank, BlockContext& context);

}  // namespace nastavdoc::render::docx
