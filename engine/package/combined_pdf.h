// Internal to package/. One PDF made of many documents, streamed page by page into a temporary
// file beside the target and renamed over it only by commit(): an abandoned or failed combined
// PDF never replaces a good one.
#pragma once
#include "engine/fonts/font_book.h"
#include "engine/layout/page.h"
#include "engine/model/document.h"
#include "engine/render/pdf/pdf.h"

#include <cstddef>
#include <filesystem>
#include <memory>

namespace nastavdoc::package {

class CombinedPdf {
public:
    CombinedPdf(std::filesystem::path output, const fonts::FontBook& fonts);
    ~CombinedPdf();  // removes the temporary file unless committed
    CombinedPdf(const CombinedPdf&) = delete;
    CombinedPdf& operator=(const CombinedPdf&) = delete;

    /// Opens the file on the first page, with this document's metadata (title replaced by
    /// `title` when not empty).
    void add_page(const layout::Page& page, const model::Metadata& metadata);
    std::size_t page_count() const { return pages_; }
    /// Closes the PDF and renames it into place. Throws nastavdoc::Error on failure.
    void commit();

    void set_title(std::string title) { title_ = std::move(title); }

private:
    std::filesystem::path output_;
    std::filesystem::path temporary_;
    const fonts::FontBook& fonts_;
    std::unique_ptr<render::pdf::PdfWriter> writer_;
    std::string title_;
    std::size_t pages_ = 0;
    bool committed_ = false;
};

}  // namespace nastavdoc::package
