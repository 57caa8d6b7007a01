// Internal to render/xlsx. Which blocks go to which worksheet: every top-level table opens a
// sheet; the text and charts before it go above it on that sheet; whatever follows the last
// table goes below it. A document without tables gets one sheet of text.
#pragma once
#include "engine/model/document.h"

#include <string>
#include <vector>

namespace nastavdoc::render::xlsx {

struct SheetPlan {
    std::string title;                        // the name before cleaning: the table's title
    std::vector<const model::Block*> before;  // text and charts above the table
    const model::Table* table = nullptr;      // nullptr: a sheet of text only
    std::vector<const model::Block*> after;   // text and charts below the table
    const model::PageSetup* page = nullptr;   // the page setup of the table's section
};

/// At least one sheet, in the document's order.
std::vector<SheetPlan> plan_sheets(const model::Document& document);

}  // namespace nastavdoc::render::xlsx
