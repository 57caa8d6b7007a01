// The program's way to the XLSX writer: loads libnastavdoc-xlsx.so on first use
// (render/xlsx_module/xlsx_abi.h says why) and calls render::xlsx::write_xlsx there.
#pragma once
#include "engine/model/document.h"

#include <filesystem>

namespace nastavdoc::render::xlsx {

/// Writes `document` to `output` atomically, as write_xlsx does. Throws nastavdoc::Error with
/// the writer's diagnostic when it fails, "environment.module" when the module cannot be loaded.
void write_xlsx_file(const model::Document& document, const std::filesystem::path& output);

}  // namespace nastavdoc::render::xlsx
