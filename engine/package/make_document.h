// Internal to package/. One document of a package or a merge: expand, typeset, write one
// format, and hand its pages to a combined PDF when there is one.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/dataset/dataset.h"
#include "engine/fonts/font_book.h"
#include "engine/generate.h"
#include "engine/package/calls.h"
#include "engine/package/combined_pdf.h"
#include "engine/template/template.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace nastavdoc::package {

struct DocumentRequest {
    std::string template_name;
    const tmpl::Template* parsed = nullptr;
    const Call* call = nullptr;
    std::string format;            // docx, xlsx or pdf
    std::filesystem::path output;  // empty: only into `combined`
    bool publish = false;
    std::int64_t timestamp = 0;
    Session* session = nullptr;  // shared by the documents of a merge; may be null
};

/// Makes the document; returns its title, or nullopt after errors in `diagnostics`.
/// `fonts` is needed for PDF; `combined` (may be null) receives the PDF's pages.
/// Throws nastavdoc::Error on an environment failure (unwritable file, missing font).
std::optional<std::string> make_document(const DocumentRequest& request,
                                         const dataset::Dataset& data, const fonts::FontBook* fonts,
                                         CombinedPdf* combined, Diagnostics& diagnostics);

}  // namespace nastavdoc::package
