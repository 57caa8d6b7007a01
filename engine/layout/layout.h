// Layout: turns a typographed model::Document into pages of positioned items.
// In: the document and a FontBook. Out: one Page per sheet of paper, in points.
// Never writes files, reads the clock or asks the system for fonts.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/fonts/font_book.h"
#include "engine/layout/page.h"
#include "engine/model/document.h"

#include <functional>
#include <memory>
#include <vector>

namespace nastavdoc::layout {

/// Paragraphs already laid out, for documents laid out one after another with one FontBook (a
/// merge of a thousand consent forms sets the same text each time). A paragraph is looked up by
/// its exact content, the style fields that shape its lines, the family and the column width,
/// and kept from its second use on; the cache is bounded (a few MB), not by the page count.
/// Not thread-safe.
class ParagraphCache {
public:
    ParagraphCache();
    ~ParagraphCache();
    ParagraphCache(const ParagraphCache&) = delete;
    ParagraphCache& operator=(const ParagraphCache&) = delete;

    struct Store;  // paragraph/paragraph_cache.h
    Store& store() { return *store_; }

private:
    std::unique_ptr<Store> store_;
};

/// Lays out the whole document. Overfull lines and rows taller than a page are warnings.
std::vector<Page> layout_document(const model::Document& document, const fonts::FontBook& fonts,
                                  Diagnostics& diagnostics, ParagraphCache* paragraphs = nullptr);

/// The same, handing each page to `emit` as soon as it is complete, so a long document never
/// holds all its pages at once.
void layout_document(const model::Document& document, const fonts::FontBook& fonts,
                     Diagnostics& diagnostics, const std::function<void(Page&&)>& emit,
                     ParagraphCache* paragraphs = nullptr);

}  // namespace nastavdoc::layout
