// The vocabulary of layout's output: one Page per sheet, everything positioned in points from the
// top-left corner of the sheet (y grows downwards). render/pdf reads only this.
#pragma once
#include "engine/fonts/font_book.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nastavdoc::layout {

struct PositionedGlyph {
    std::uint16_t glyph = 0;
    char32_t code_point = 0;  // what the glyph stands for (ToUnicode); U+00A0 is stored as U+0020
    double x_pt = 0;          // from the run's origin
};

/// Glyphs of one face at one size on one baseline.
struct GlyphRun {
    fonts::FontId font = 0;
    double size_pt = 12;
    double x_pt = 0, y_pt = 0;  // origin: left end of the baseline
    std::vector<PositionedGlyph> glyphs;
};

struct Color {
    double r = 0, g = 0, b = 0;
    bool operator==(const Color&) const = default;
};

/// A stroked straight line: borders, signature and fill-in rules, axes.
struct Rule {
    double x1_pt = 0, y1_pt = 0, x2_pt = 0, y2_pt = 0;
    double width_pt = 0.5;
    Color color;
};

enum class PathOp : std::uint8_t { Move, Line, Curve, Close };

struct PathSegment {
    PathOp op = PathOp::Move;
    double x_pt[3] = {0, 0, 0};  // Move/Line: point 0; Curve: control 0, control 1, end 2
    double y_pt[3] = {0, 0, 0};
};

/// A filled and/or stroked path: checkboxes, bars, pie slices.
struct Shape {
    std::vector<PathSegment> path;
    bool fill = false;
    Color fill_color;
    bool stroke = true;
    Color stroke_color;
    double line_width_pt = 0.5;
};

struct Page {
    double width_pt = 595.28, height_pt = 841.89;
    int number = 1;  // counted through the whole document
    std::vector<GlyphRun> runs;
    std::vector<Rule> rules;
    std::vector<Shape> shapes;
};

/// A text dump of pages (one item per line, 2 decimals), for golden tests: what was placed
/// where, in which font.
std::string dump_pages(const std::vector<Page>& pages, const fonts::FontBook& fonts);

}  // namespace nastavdoc::layout
