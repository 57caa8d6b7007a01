// Internal to layout/.
// Blocks -> units of pagination. Each kind of block has its own file: text (paragraphs and
// lists), requisites (ГОСТ Р 7.0.97 part A), forms (blank lines), charts; tables are in table/.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/fonts/font_book.h"
#include "engine/layout/fragment.h"
#include "engine/layout/layout.h"
#include "engine/model/document.h"

#include <optional>

namespace nastavdoc::layout {

struct Context {
    const model::StyleSheet& styles;
    const fonts::FontBook& fonts;
    Diagnostics& diagnostics;
    fonts::Family family = fonts::Family::Serif;
    double width_pt = 0;        // of the column the blocks are set in
    double page_height_pt = 0;  // text height of the page: a unit taller than this is split
    // Inside table cells: the cell's alignment and the table's type size win over the role's.
    std::optional<model::Align> align;
    std::optional<double> size_pt;
    ParagraphCache* paragraphs = nullptr;  // of the run, shared across documents; may be null
};

/// The family the style sheet names ("Times New Roman" -> Liberation Serif, "Arial" -> Sans).
fonts::Family family_for(const model::StyleSheet& styles);

/// The resolved style of a paragraph in this context.
model::ParagraphStyle paragraph_style(const Context& context, model::Role role,
                                      const model::ParagraphOverrides& overrides);

/// Appends the units of `blocks` to `out`; keep-with-next rules are applied between them.
void layout_blocks(const model::Blocks& blocks, const Context& context, Units& out);

/// Makes a line that holds fill-in blanks tall enough for the small captions under them.
void make_room_for_captions(Fragment& line, const fonts::FontBook& fonts);

/// One unit per line, with widow and orphan control (two lines at least on each side).
void layout_paragraph_units(const model::Inlines& inlines, const model::ParagraphStyle& style,
                            const Context& context, const SourceSpan& span, Units& out);
void layout_list(const model::List& list, const std::string& parent_label, const Context& context,
                 Units& out);

void layout_org_block(const model::OrgBlock& block, const Context& context, Units& out);
void layout_requisites_line(const model::RequisitesLine& line, const Context& context, Units& out);
void layout_grif_row(const model::GrifRow& row, const Context& context, Units& out);
void layout_signature(const model::Signature& signature, const Context& context, Units& out);
void layout_executor(const model::Executor& executor, const Context& context, Units& out);
void layout_blank_lines(const model::BlankLines& blank, const Context& context, Units& out);
void layout_chart(const model::Chart& chart, const Context& context, Units& out);
void layout_table(const model::Table& table, const Context& context, Units& out);

/// Lines of text set in a block `width_pt` wide, stacked into one fragment.
Fragment stack_lines(const model::Inlines& inlines, const model::ParagraphStyle& style,
                     const Context& context, double width_pt);

}  // namespace nastavdoc::layout
