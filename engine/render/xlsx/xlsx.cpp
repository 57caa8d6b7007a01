#include "engine/render/xlsx/xlsx.h"

#include "engine/base/files.h"
#include "engine/render/xlsx/sheet_name.h"
#include "engine/render/xlsx/sheet_plan.h"
#include "engine/render/xlsx/sheet_writer.h"
#include "engine/render/xlsx/workbook.h"
#include "engine/render/xlsx/write_options.h"

namespace nastavdoc::render::xlsx {

bool wants_constant_memory(const model::Document& document, const WriteOptions& options) {
    if (options.memory == MemoryMode::Constant)
        return true;
    if (options.memory == MemoryMode::InMemory)
        return false;
    std::size_t rows = 0;
    for (const auto& section : document.sections) {
        for (const auto& block : section.blocks) {
            if (const auto* table = block.as<model::Table>())
                rows += table->rows.size();
        }
    }
    return rows > kStreamingRows;
}

void write_xlsx(const model::Document& document, const std::filesystem::path& output,
                const WriteOptions& options) {
    const auto plans = plan_sheets(document);
    write_via_temporary(output, [&](const std::filesystem::path& temporary) {
        Workbook workbook(temporary, output, wants_constant_memory(document, options),
                          document.styles);
        workbook.set_properties(document.metadata);
        SheetNamer namer;
        namer.reserve(ListSheet::kName);
        ListSheet lists;
        for (const auto& plan : plans) {
            write_sheet(workbook, lists, document, plan, namer.unique(plan.title));
        }
        lists.write(workbook);
        workbook.close();
    });
}

void write_xlsx(const model::Document& document, const std::filesystem::path& output) {
    write_xlsx(document, output, WriteOptions{});
}

}  // namespace nastavdoc::render::xlsx
