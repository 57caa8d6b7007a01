// PDF writer: pages of positioned glyphs, rules and shapes -> a PDF file.
// In: layout::Page (never the model), the document's metadata, the FontBook. Out: a PDF with
// subset TrueType fonts (Identity-H, ToUnicode), /Lang ru-RU and dates from the document, so the
// same input gives the same bytes. Never reads the clock; writes through a temporary file.
#pragma once
#include "engine/fonts/font_book.h"
#include "engine/layout/page.h"
#include "engine/model/document.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace nastavdoc::render::pdf {

/// Writes `pages` to `output` (atomically). Throws nastavdoc::Error ("io.write", exit 3) when
/// the file cannot be written.
void write_pdf(const std::vector<layout::Page>& pages, const model::Metadata& metadata,
               const fonts::FontBook& fonts, const std::filesystem::path& output);

/// Appends pages to one PDF as they come: each page's content stream is compressed and written
/// to the file at once and released, so memory does not grow with the page count (1,000 consent
/// forms merged into one file). Writes straight to `output`; use write_via_temporary around it
/// for an atomic result. Not thread-safe.
class PdfWriter {
public:
    /// With `share_repeated_lines`, a line of text (and a run of such lines) met again on a later
    /// page is written once as a form XObject and then only placed: for one PDF made of many
    /// similar documents (a merge). Within one document a repeated line costs more as an object
    /// than drawn again, so write_pdf does not share.
    PdfWriter(const std::filesystem::path& output, const model::Metadata& metadata,
              const fonts::FontBook& fonts, bool share_repeated_lines = false);
    ~PdfWriter();
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;

    void add_page(const layout::Page& page);
    /// Embeds the font subsets, writes the cross-reference table and closes the file.
    void close();

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace nastavdoc::render::pdf
