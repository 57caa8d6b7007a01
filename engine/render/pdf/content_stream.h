// Internal to render/pdf/.
// One page -> the bytes of its content stream (PDF 32000-1, 8 and 9): text as Identity-H glyph
// ids in TJ arrays with kerning and justification as adjustments, rules and paths. Numbers are
// rounded once, here, to 2 decimals and written with std::to_chars.
#pragma once
#include "engine/fonts/font_book.h"
#include "engine/layout/page.h"

#include <array>
#include <string>

namespace nastavdoc::render::pdf {

/// Which faces a page uses (for its /Resources) and which characters of each (for the subsets).
struct FontUsage {
    std::array<bool, fonts::kFaceCount> on_page{};
};

/// Appends the content stream of `page` to `out`; marks the faces it uses in `usage`.
void write_content_stream(const layout::Page& page, const fonts::FontBook& fonts, std::string& out,
                          FontUsage& usage);

/// Appends a number with at most 2 decimals ("12.5", "-3", "0.07").
void append_number(std::string& out, double value);

}  // namespace nastavdoc::render::pdf
