// A paragraph narrower than its column (`width` of <p> and <heading>): the heading to the text of
// an order stays in a block of 75 mm flush left (documents.md A.7).
#include "engine/base/units.h"
#include "engine/layout/layout.h"
#include "engine/layout/paragraph/paragraph.h"
#include "tests/unit/layout/sample_documents.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace nastavdoc::layout {
namespace {

double right_edge(const Fragment& line) {
    double edge = 0;
    for (const GlyphRun& run : line.runs) {
        const PositionedGlyph& last = run.glyphs.back();
        const double advance =
            fonts::FontBook::shared().advance(run.font, last.glyph) * run.size_pt;
        edge = std::max(edge, run.x_pt + last.x_pt + advance);
    }
    return edge;
}

double left_edge(const Fragment& line) {
    double edge = line.runs.front().x_pt;
    for (const GlyphRun& run : line.runs) {
        edge = std::min(edge, run.x_pt);
    }
    return edge;
}

const char* const kTitle =
    "О внедрении целевой модели наставничества обучающихся в государственном бюджетном "
    "профессиональном образовательном учреждении Республики Крым";

constexpr double kColumnPt = mm_to_pt(170);  // the text width of an order on A4

std::vector<Fragment> lay(const model::ParagraphStyle& style) {
    Diagnostics diagnostics;
    std::vector<Fragment> lines =
        layout_paragraph(samples::text(kTitle), style, fonts::Family::Serif, kColumnPt,
                         fonts::FontBook::shared(), diagnostics, {});
    EXPECT_EQ(diagnostics.warning_count(), 0u);
    return lines;
}

model::ParagraphStyle heading_style() {
    model::ParagraphStyle style;
    style.bold = true;
    style.align = model::Align::Left;
    return style;
}

TEST(BlockWidthTest, HeadingWrapsWithinItsWidth) {
    model::ParagraphStyle style = heading_style();
    const std::vector<Fragment> full = lay(style);
    style.width_mm = 75;
    const std::vector<Fragment> narrow = lay(style);
    EXPECT_GT(narrow.size(), full.size());
    double widest = 0;
    for (const Fragment& line : narrow) {
        EXPECT_GE(left_edge(line), 0);
        EXPECT_LE(right_edge(line), mm_to_pt(75) + 0.01);
        widest = std::max(widest, right_edge(line));
    }
    // The lines fill the block, not some narrower measure (even lines are preferred).
    EXPECT_GT(widest, mm_to_pt(60));
}

TEST(BlockWidthTest, WidthIsCountedFromTheLeftIndent) {
    model::ParagraphStyle style = heading_style();
    style.left_indent_mm = 20;
    style.width_mm = 75;
    for (const Fragment& line : lay(style)) {
        EXPECT_GE(left_edge(line), mm_to_pt(20) - 0.01);
        EXPECT_LE(right_edge(line), mm_to_pt(95) + 0.01);
    }
}

TEST(BlockWidthTest, JustifiedAndRightAlignedLinesEndAtTheBlockEdge) {
    model::ParagraphStyle style = heading_style();
    style.width_mm = 75;
    style.align = model::Align::Right;
    for (const Fragment& line : lay(style)) {
        EXPECT_NEAR(right_edge(line), mm_to_pt(75), 0.5);
    }
    style.align = model::Align::Justify;
    const std::vector<Fragment> lines = lay(style);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_NEAR(right_edge(lines.front()), mm_to_pt(75), 0.5);
}

TEST(BlockWidthTest, WidthWiderThanTheColumnChangesNothing) {
    model::ParagraphStyle style = heading_style();
    const std::vector<Fragment> full = lay(style);
    style.width_mm = 400;
    const std::vector<Fragment> wide = lay(style);
    ASSERT_EQ(wide.size(), full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        EXPECT_DOUBLE_EQ(right_edge(wide[i]), right_edge(full[i]));
    }
}

}  // namespace
}  // namespace nastavdoc::layout
