// Layout: turns a typographed model::Document into pages of positioned items.
// In: the document and a FontBook. Out: one Page per sheet of paper, in points.
// Never writes files, reads the clock or asks the system for fonts.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/fonts/font_book.h"
#include "engine/layout/page.h"
#include "engine/model/document.h"

#include <functional>
#include <vector>

namespace nastavdoc::layout {

/// Lays out the whole document. Overfull lines and rows taller than a page are warnings.
std::vector<Page> layout_document(const model::Document& document, const fonts::FontBook& fonts,
                                  Diagnostics& diagnostics);

/// The same, handing each page to `emit` as soon as it is complete, so a long document never
/// holds all its pages at once.
void layout_document(const model::Document& document, const fonts::FontBook& fonts,
                     Diagnostics& diagnostics, const std::function<void(Page&&)>& emit);

}  // namespace nastavdoc::layout
