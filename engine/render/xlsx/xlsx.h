// XLSX writer: turns a typographed model::Document into a workbook for methodologists.
// In: the document. Out: one .xlsx file; every table becomes a worksheet headed by the document's
// title, the text around it goes above it, charts become native Excel charts over their data.
// Never reads the clock (the file's dates come from the metadata) and never writes a formula.
#pragma once
#include "engine/model/document.h"

#include <filesystem>

namespace nastavdoc::render::xlsx {

/// Writes `document` to `output` atomically (a temporary file renamed over it). Throws
/// nastavdoc::Error (code "xlsx.write") with the output path when libxlsxwriter refuses.
void write_xlsx(const model::Document& document, const std::filesystem::path& output);

}  // namespace nastavdoc::render::xlsx
