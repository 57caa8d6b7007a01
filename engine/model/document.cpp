#include "engine/model/document.h"

namespace nastavdoc::model {

namespace {

void visit_blocks(Blocks& blocks, const std::function<void(Inlines&)>& visit);

void visit_lines(std::vector<Inlines>& lines, const std::function<void(Inlines&)>& visit) {
    for (auto& line : lines)
        visit(line);
}

void visit_block(Block& block, const std::function<void(Inlines&)>& visit) {
    if (auto* paragraph = block.as<Paragraph>()) {
        visit(paragraph->content);
    } else if (auto* list = block.as<List>()) {
        for (auto& item : list->items)
            visit_blocks(item.blocks, visit);
    } else if (auto* table = block.as<Table>()) {
        for (auto& row : table->rows) {
            for (auto& cell : row.cells)
                visit_blocks(cell.blocks, visit);
        }
    } else if (auto* org = block.as<OrgBlock>()) {
        visit_lines(org->lines, visit);
        visit_lines(org->reference_lines, visit);
    } else if (auto* grifs = block.as<GrifRow>()) {
        for (auto& grif : grifs->grifs)
            visit_lines(grif.lines, visit);
    } else if (auto* signature = block.as<Signature>()) {
        visit_lines(signature->position_lines, visit);
    } else if (auto* executor = block.as<Executor>()) {
        visit_lines(executor->lines, visit);
    }
}

void visit_blocks(Blocks& blocks, const std::function<void(Inlines&)>& visit) {
    for (auto& block : blocks)
        visit_block(block, visit);
}

}  // namespace

void for_each_inlines(Document& document, const std::function<void(Inlines&)>& visit) {
    for (auto& section : document.sections)
        visit_blocks(section.blocks, visit);
}

}  // namespace nastavdoc::model
