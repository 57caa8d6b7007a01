// The dispatch from block kinds to their layout, and the keep rules between blocks: the line
// before a table stays with its header, the text before a signature stays with it, a page break
// opens the next block on a new page.
#include "engine/layout/blocks/blocks.h"

namespace nastavdoc::layout {

namespace {

// Marks the units at the end of `out` (spacers and the last real line) to stay with what follows.
void keep_tail_with_next(Units& out, std::size_t from) {
    for (std::size_t i = out.size(); i > from; --i) {
        Unit& unit = out[i - 1];
        unit.keep_with_next = true;
        if (!unit.content.runs.empty() || !unit.content.rules.empty()) {
            break;
        }
    }
}

Unit spacer_unit(double height_pt) {
    Unit unit;
    unit.content.height_pt = height_pt;
    return unit;
}

}  // namespace

void layout_blocks(const model::Blocks& blocks, const Context& context, Units& out) {
    const std::size_t start = out.size();
    bool break_next = false;
    for (const model::Block& block : blocks) {
        const std::size_t before = out.size();
        if (const auto* paragraph = block.as<model::Paragraph>()) {
            const model::ParagraphStyle style =
                paragraph_style(context, paragraph->role, paragraph->overrides);
            layout_paragraph_units(paragraph->content, style, context, paragraph->span, out);
        } else if (const auto* list = block.as<model::List>()) {
            layout_list(*list, "", context, out);
        } else if (const auto* table = block.as<model::Table>()) {
            keep_tail_with_next(out, start);
            layout_table(*table, context, out);
        } else if (const auto* chart = block.as<model::Chart>()) {
            layout_chart(*chart, context, out);
        } else if (const auto* org = block.as<model::OrgBlock>()) {
            layout_org_block(*org, context, out);
        } else if (const auto* line = block.as<model::RequisitesLine>()) {
            layout_requisites_line(*line, context, out);
        } else if (const auto* grifs = block.as<model::GrifRow>()) {
            layout_grif_row(*grifs, context, out);
        } else if (const auto* signature = block.as<model::Signature>()) {
            keep_tail_with_next(out, start);
            layout_signature(*signature, context, out);
        } else if (const auto* executor = block.as<model::Executor>()) {
            layout_executor(*executor, context, out);
        } else if (const auto* blank = block.as<model::BlankLines>()) {
            layout_blank_lines(*blank, context, out);
        } else if (block.as<model::PageBreak>() != nullptr) {
            break_next = true;
            continue;
        } else if (const auto* spacer = block.as<model::Spacer>()) {
            out.push_back(spacer_unit(spacer->height_pt));
        }
        if (break_next && out.size() > before) {
            out[before].page_break_before = true;
            break_next = false;
        }
    }
}

}  // namespace nastavdoc::layout
