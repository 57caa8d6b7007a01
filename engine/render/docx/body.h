// Internal to render/docx/.
// The writers of word/document.xml's body, one file per kind of content: document_part.cpp
// (sections, paragraphs, lists, breaks), runs.cpp (inline content), tables.cpp (tables and
// charts as tables), requisites.cpp (ГОСТ Р 7.0.97 requisites and blank lines).
#pragma once
#include "engine/model/document.h"
#include "engine/render/docx/parts.h"

#include <pugixml.hpp>

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

void write_blocks(pugi::xml_node parent, const model::Blocks& blocks, BlockContext& context);

/// A paragraph of `role` with its overrides; `list` adds w:numPr, `label` a literal label.
pugi::xml_node write_paragraph(pugi::xml_node parent, const model::Paragraph& paragraph,
                               BlockContext& context, const ListPosition* list = nullptr,
                               const std::string& label = {});

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

/// Appends a w:p with its w:pPr; returns the w:p.
pugi::xml_node add_paragraph(pugi::xml_node parent, const ParagraphProps& props);

void write_inlines(pugi::xml_node paragraph, const model::Inlines& inlines,
                   const RunDefaults& defaults);
/// One run of plain text (TAB becomes w:tab, U+2011 w:noBreakHyphen, controls are dropped).
void write_text_run(pugi::xml_node paragraph, std::string_view text, const model::CharStyle& style,
                    const RunDefaults& defaults);
/// A run holding one w:tab.
void write_tab_run(pugi::xml_node paragraph, const RunDefaults& defaults);

/// A table column of the given relative width.
inline model::TableColumn column_of_width(double width) {
    model::TableColumn column;
    column.width = width;
    return column;
}

void write_table(pugi::xml_node parent, const model::Table& table, BlockContext& context);
void write_chart(pugi::xml_node parent, const model::Chart& chart, BlockContext& context);

void write_org_block(pugi::xml_node parent, const model::OrgBlock& org, BlockContext& context);
void write_requisites_line(pugi::xml_node parent, const model::RequisitesLine& line,
                           BlockContext& context);
void write_grif_row(pugi::xml_node parent, const model::GrifRow& row, BlockContext& context);
void write_signature(pugi::xml_node parent, const model::Signature& signature,
                     BlockContext& context);
void write_executor(pugi::xml_node parent, const model::Executor& executor, BlockContext& context);
void write_blank_lines(pugi::xml_node parent, const model::BlankLines& blank,
                       BlockContext& context);

}  // namespace nastavdoc::render::docx
