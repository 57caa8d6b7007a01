#include "engine/layout/paragraph/paragraph.h"

#include "engine/base/units.h"

#include <algorithm>
#include <utility>

namespace nastavdoc::layout {

SetParagraph set_paragraph(const model::Inlines& inlines, const model::ParagraphStyle& style,
                           fonts::Family family, double column_pt, const fonts::FontBook& fonts,
                           WordCache* words) {
    TextStyle text_style;
    text_style.family = family;
    text_style.size_pt = style.size_pt;
    text_style.bold = style.bold;
    text_style.italic = style.italic;
    text_style.caps = style.caps;
    text_style.hyphenate = style.hyphenate;
    std::vector<Item> items = collect_runs(inlines, text_style, fonts, words);

    const double left = mm_to_pt(style.left_indent_mm);
    // A block narrower than the column (the heading to the text, A.7) ends short of its edge.
    const double width_pt =
        style.width_mm > 0 ? std::min(column_pt, left + mm_to_pt(style.width_mm)) : column_pt;
    const double first = left + mm_to_pt(style.first_line_indent_mm);
    Measure measure{width_pt - first, width_pt - left};
    BreakResult breaks = break_lines(items, measure);
    const double narrowest = std::min(measure.first_pt, measure.rest_pt);
    if (breaks.overfull_lines > 0) {
        // A word wider than the column is hyphenated even where the style or its case forbid it,
        text_style.hyphenate_wider_than_pt = narrowest;
        items = collect_runs(inlines, text_style, fonts, words);
        breaks = break_lines(items, measure);
    }
    if (breaks.overfull_lines > 0) {
        // then broken between its letters rather than run over the edge; only a single glyph
        // wider than the column is left overfull.
        items = add_emergency_breaks(items, narrowest, fonts);
        breaks = break_lines(items, measure);
    }
    const std::vector<LineSpec> lines = justify(items, breaks, measure, style.align);

    const fonts::FontId font = fonts::font_id(family, style.bold, style.italic);
    LineGeometry geometry;
    geometry.indent_first_pt = first;
    geometry.indent_rest_pt = left;
    const double single = style.size_pt * (fonts.ascent(font) + fonts.descent(font));
    geometry.line_height_pt = single * style.line_spacing;
    geometry.ascent_pt = style.size_pt * fonts.ascent(font);
    return {place_lines(items, lines, measure, style.align, geometry, fonts),
            breaks.overfull_lines > 0};
}

std::vector<Fragment> layout_paragraph(const model::Inlines& inlines,
                                       const model::ParagraphStyle& style, fonts::Family family,
                                       double column_pt, const fonts::FontBook& fonts,
                                       Diagnostics& diagnostics, const SourceSpan& span) {
    SetParagraph set = set_paragraph(inlines, style, family, column_pt, fonts);
    if (set.overfull) {
        diagnostics.warning("layout.overfull-line",
                            "a line is wider than its column: a character does not fit", span);
    }
    return std::move(set.lines);
}

}  // namespace nastavdoc::layout
