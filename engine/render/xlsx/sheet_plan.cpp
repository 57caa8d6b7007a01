#include "engine/render/xlsx/sheet_plan.h"

namespace nastavdoc::render::xlsx {

std::vector<SheetPlan> plan_sheets(const model::Document& document) {
    std::vector<SheetPlan> sheets;
    std::vector<const model::Block*> pending;
    const model::PageSetup* first_page =
        document.sections.empty() ? nullptr : &document.sections.front().page;
    for (const auto& section : document.sections) {
        for (const auto& block : section.blocks) {
            if (const auto* table = block.as<model::Table>()) {
                SheetPlan sheet;
                sheet.title = table->title.empty() ? document.metadata.title : table->title;
                sheet.before = std::move(pending);
                sheet.table = table;
                sheet.page = &section.page;
                sheets.push_back(std::move(sheet));
                pending.clear();
            } else if (!block.as<model::PageBreak>() && !block.as<model::Spacer>()) {
                pending.push_back(&block);
            }
        }
    }
    if (sheets.empty()) {
        SheetPlan sheet;
        sheet.title = document.metadata.title;
        sheet.before = std::move(pending);
        sheet.page = first_page;
        sheets.push_back(std::move(sheet));
    } else {
        sheets.back().after = std::move(pending);
    }
    return sheets;
}

}  // namespace nastavdoc::render::xlsx
