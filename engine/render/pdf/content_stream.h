// Internal to render/pdf/.
// One page -> the bytes of its content stream (PDF 32000-1, 8 and 9): text as Identity-H glyph
// ids in TJ arrays with kerning and justification as adjustments, rules and paths. Numbers are
// rounded once, here, to 2 decimals and written with std::to_chars. A line of text that
// SharedLines already holds as a form XObject is placed with Do instead of drawn.
#pragma once
#include "engine/fonts/font_book.h"
#include "engine/layout/page.h"

#include <array>
#include <span>
#include <string>

namespace nastavdoc::render::pdf {

class SharedLines;

/// Which faces a page uses (for its /Resources) and which characters of each (for the subsets).
struct FontUsage {
    std::array<bool, fonts::kFaceCount> on_page{};
};

/// Appends the content stream of `page` to `out`; marks the faces it uses in `usage`. With
/// `shared`, lines seen on earlier pages are placed as XObjects (which it may write).
void write_content_stream(const layout::Page& page, const fonts::FontBook& fonts, std::string& out,
                          FontUsage& usage, SharedLines* shared = nullptr);

/// Appends the text operators of `runs` (no BT/ET), positioned from (`x0_pt`, `y0_pt`) in PDF
/// coordinates (y up); `font` and `size` hold the current Tf and are updated.
void append_runs(std::span<const layout::GlyphRun> runs, double x0_pt, double y0_pt,
                 double page_height_pt, const fonts::FontBook& fonts, std::string& out, int& font,
                 double& size);

/// Appends a number with at most 2 decimals ("12.5", "-3", "0.07").
void append_number(std::string& out, double value);

}  // namespace nastavdoc::render::pdf
