// DOCX writer: turns a model::Document into a WordprocessingML package (ECMA-376) that Word,
// LibreOffice and python-docx open. Word lays out the text itself, so no layout happens here.
// In: a typographed document. Out: the bytes of a .docx, or a file written atomically.
// Never reads the clock: core properties take their dates from the document's metadata.
#pragma once
#include "engine/model/document.h"

#include <filesystem>
#include <string>

namespace nastavdoc::render::docx {

/// Writes the document to `output` through a temporary file. Throws nastavdoc::Error carrying
/// the output path when the package cannot be built or the file cannot be written.
void write_docx(const model::Document& document, const std::filesystem::path& output);

/// The bytes of the .docx package; byte-identical for the same document.
std::string docx_bytes(const model::Document& document);

}  // namespace nastavdoc::render::docx
