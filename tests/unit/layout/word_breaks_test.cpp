// Breaks inside words: e-mails and URLs, compounds, hyphenation in table cells, no-break
// characters, and the emergency break of a word wider than its column.
#include "engine/base/utf8.h"
#include "engine/layout/layout.h"
#include "engine/layout/paragraph/paragraph.h"
#include "tests/unit/layout/sample_documents.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace nastavdoc::layout {
namespace {

std::string run_text(const GlyphRun& run) {
    std::string out;
    for (const PositionedGlyph& glyph : run.glyphs) {
        utf8::append(out, glyph.code_point);
    }
    return out;
}

// The characters of a line as they would be copied from the PDF (spaces between runs dropped).
std::string plain_text(const Fragment& line) {
    std::string out;
    for (const GlyphRun& run : line.runs) {
        out += run_text(run);
    }
    return out;
}

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

double text_width(const std::string& text, double size_pt = 14) {
    return shape_text(fonts::FontBook::shared(), fonts::font_id(fonts::Family::Serif, false, false),
                      size_pt, text)
        .width_pt;
}

struct Laid {
    std::vector<Fragment> lines;
    std::size_t warnings = 0;
};

Laid lay(const std::string& text, double width_pt, bool hyphenate,
         model::Align align = model::Align::Left) {
    model::ParagraphStyle style;
    style.align = align;
    style.hyphenate = hyphenate;
    Diagnostics diagnostics;
    Laid laid;
    laid.lines = layout_paragraph(samples::text(text), style, fonts::Family::Serif, width_pt,
                                  fonts::FontBook::shared(), diagnostics, {});
    laid.warnings = diagnostics.warning_count();
    return laid;
}

std::vector<std::size_t> offsets(const std::vector<WordBreak>& breaks, WordBreakKind kind) {
    std::vector<std::size_t> out;
    for (const WordBreak& point : breaks) {
        if (point.kind == kind) {
            out.push_back(point.offset);
        }
    }
    return out;
}

TEST(WordBreaksTest, AddressBreaksAfterAtSlashUnderscoreAndBeforeDots) {
    const std::string email = "mo_technolyceum@mosreg.ru";
    EXPECT_EQ(offsets(word_breaks(email, true), WordBreakKind::Address),
              (std::vector<std::size_t>{16}));
    EXPECT_EQ(offsets(word_breaks(email, true), WordBreakKind::AddressMinor),
              (std::vector<std::size_t>{3, 22}));
    // Wrappers stay outside: no break before the final period or inside «https://».
    const std::string url = "(https://kerch-school.ru/docs/plan_2021.pdf).";
    std::vector<std::size_t> points;
    for (const WordBreak& point : word_breaks(url, true)) {
        EXPECT_NE(point.kind, WordBreakKind::Hyphenation);
        points.push_back(point.offset);
    }
    for (const std::size_t point : points) {
        EXPECT_NE(url.substr(point - 1, 2), "//") << point;
        EXPECT_LT(point, url.size() - 2) << point;
    }
    EXPECT_NE(std::find(points.begin(), points.end(), url.find("kerch")), points.end());
    EXPECT_NE(std::find(points.begin(), points.end(), url.find("school")), points.end());
    EXPECT_NE(std::find(points.begin(), points.end(), url.find(".ru")), points.end());
    EXPECT_NE(std::find(points.begin(), points.end(), url.find("plan")), points.end());
    EXPECT_TRUE(offsets(word_breaks(email, true), WordBreakKind::Hyphenation).empty());
}

TEST(WordBreaksTest, CompoundBreaksAfterItsHyphenAndHyphenatesItsParts) {
    const std::string word = "учебно-воспитательной,";
    const auto breaks = word_breaks(word, true);
    EXPECT_EQ(offsets(breaks, WordBreakKind::Compound),
              (std::vector<std::size_t>{std::string("учебно-").size()}));
    const auto points = offsets(breaks, WordBreakKind::Hyphenation);
    EXPECT_FALSE(points.empty());
    const std::size_t letters =
        utf8::count_chars(std::string_view(word).substr(0, word.size() - 1));
    for (const std::size_t point : points) {
        const std::size_t left = utf8::count_chars(std::string_view(word).substr(0, point));
        EXPECT_GE(left, 2u);
        EXPECT_GE(letters - left, 2u);
    }
    EXPECT_TRUE(offsets(word_breaks(word, false), WordBreakKind::Hyphenation).empty());
}

TEST(WordBreaksTest, NoBreaksInUpperCaseNoBreakHyphenOrShortWords) {
    EXPECT_TRUE(word_breaks("КЕРЧЕНСКИЙ", true).empty());
    EXPECT_TRUE(word_breaks("«ПОЛИТЕХНИЧЕСКИЙ»", true).empty());
    EXPECT_TRUE(word_breaks("педагог\u2011психолог", false).empty());
    EXPECT_TRUE(word_breaks("оса", true).empty());
    EXPECT_TRUE(word_breaks("-5", true).empty());
}

TEST(WordBreaksTest, ShortNumericRangesAndOrdinalsHoldTogether) {
    EXPECT_TRUE(offsets(word_breaks("2021–2024", true), WordBreakKind::Compound).empty());
    EXPECT_TRUE(offsets(word_breaks("(5–9)", true), WordBreakKind::Compound).empty());
    EXPECT_TRUE(offsets(word_breaks("1-й", true), WordBreakKind::Compound).empty());
    EXPECT_TRUE(offsets(word_breaks("10-го,", true), WordBreakKind::Compound).empty());
    // Two full dates may still break after the dash, and a word after a number is a compound.
    const std::string dates = "01.09.2021–31.05.2022";
    EXPECT_EQ(offsets(word_breaks(dates, true), WordBreakKind::Compound),
              (std::vector<std::size_t>{std::string("01.09.2021–").size()}));
    EXPECT_EQ(offsets(word_breaks("5-летний", false), WordBreakKind::Compound),
              (std::vector<std::size_t>{2}));
}

TEST(WordBreaksTest, EmailBreaksAtTheAtSignInANarrowColumn) {
    const std::string email = "mo_technolyceum@mosreg.ru";
    const double width = text_width("mo_technolyceum@") + 2;
    ASSERT_GT(text_width(email), width);
    const Laid laid = lay(email, width, true);
    ASSERT_EQ(laid.lines.size(), 2u);
    EXPECT_EQ(plain_text(laid.lines[0]), "mo_technolyceum@");
    EXPECT_EQ(plain_text(laid.lines[1]), "mosreg.ru");  // no hyphen added, text unchanged
    EXPECT_EQ(laid.warnings, 0u);
    for (const Fragment& line : laid.lines) {
        EXPECT_LE(right_edge(line), width + 0.01);
    }
}

TEST(WordBreaksTest, CompoundBreaksAfterTheHyphenWithNoHyphenAdded) {
    const double width = std::max(text_width("педагог-"), text_width("психолог")) + 2;
    const Laid laid = lay("педагог-психолог", width, false);
    ASSERT_EQ(laid.lines.size(), 2u);
    EXPECT_EQ(plain_text(laid.lines[0]), "педагог-");
    EXPECT_EQ(plain_text(laid.lines[1]), "психолог");
    EXPECT_EQ(laid.warnings, 0u);
}

TEST(WordBreaksTest, NeverBreaksAtNoBreakSpaceOrNoBreakHyphen) {
    const std::string compound = "педагог\u2011психолог";
    const double width = text_width(compound) + 4;
    const Laid laid = lay("и " + compound + " и\u00A0логопед", width, false);
    ASSERT_GE(laid.lines.size(), 2u);
    bool compound_whole = false, nbsp_kept = false;
    for (const Fragment& line : laid.lines) {
        const std::string text = plain_text(line);  // spaces are glue, not glyphs
        compound_whole = compound_whole || text.find(compound) != std::string::npos;
        nbsp_kept = nbsp_kept || text.find("илогопед") != std::string::npos;
    }
    EXPECT_TRUE(compound_whole);
    EXPECT_TRUE(nbsp_kept);
    EXPECT_EQ(laid.warnings, 0u);
}

TEST(WordBreaksTest, SoftHyphenIsABreakThatPrintsOnlyAtTheLineEnd) {
    const std::string word = "несовершен\u00ADнолетнего";
    const Laid wide = lay(word, 400, false);
    ASSERT_EQ(wide.lines.size(), 1u);
    EXPECT_EQ(plain_text(wide.lines[0]), "несовершеннолетнего");
    const Laid narrow = lay(word, text_width("несовершен-") + 2, false);
    ASSERT_EQ(narrow.lines.size(), 2u);
    EXPECT_EQ(plain_text(narrow.lines[0]), "несовершен-");
    EXPECT_EQ(plain_text(narrow.lines[1]), "нолетнего");
}

TEST(EmergencyBreakTest, UpperCaseWordIsHyphenatedOnlyWhenItCannotFit) {
    const std::string word = "ГОСУДАРСТВЕННОГО";
    const Laid wide = lay("ГОСУДАРСТВЕННОГО БЮДЖЕТНОГО УЧРЕЖДЕНИЯ", 200, true);
    for (const Fragment& line : wide.lines) {
        EXPECT_NE(plain_text(line).back(), '-') << plain_text(line);
    }
    const Laid narrow = lay("для " + word, 60, false);
    ASSERT_GE(narrow.lines.size(), 3u);
    EXPECT_EQ(plain_text(narrow.lines[1]).back(), '-');  // ГОСУ-|ДАР-|СТВЕН-|НОГО
    for (const Fragment& line : narrow.lines) {
        EXPECT_LE(right_edge(line), 60.01) << plain_text(line);
    }
    EXPECT_EQ(narrow.warnings, 0u);
}

TEST(EmergencyBreakTest, WordWiderThanTheColumnBreaksBetweenLetters) {
    const std::string word = "QWERTYUIOPASDFGHJKL";
    const double width = 60;
    ASSERT_GT(text_width(word), width);
    const Laid laid = lay("для " + word + " учреждения", width, true, model::Align::Justify);
    ASSERT_GE(laid.lines.size(), 3u);
    std::string joined;
    for (const Fragment& line : laid.lines) {
        EXPECT_LE(right_edge(line), width + 0.01) << plain_text(line);
        joined += plain_text(line);
    }
    EXPECT_NE(joined.find(word), std::string::npos);  // no hyphen added inside
    EXPECT_EQ(laid.warnings, 0u);
}

TEST(EmergencyBreakTest, OnlyAGlyphWiderThanTheColumnStaysOverfull) {
    EXPECT_EQ(lay("ЖЖЖ", 5, false).warnings, 1u);
    EXPECT_EQ(lay("ЖЖЖ", 20, false).warnings, 0u);
}

TEST(EmergencyBreakTest, WordsThatFitAreNotBrokenApart) {
    // Only the stretch wider than the column breaks by letters; its neighbours keep whole.
    const Laid laid = lay("ВВЕДЕНИЕ СУПЕРДЛИННОЕСЛОВОБЕЗПЕРЕНОСОВ КОНЕЦ", 120, false);
    EXPECT_EQ(plain_text(laid.lines.front()).substr(0, std::string("ВВЕДЕНИЕ").size()), "ВВЕДЕНИЕ");
    EXPECT_NE(plain_text(laid.lines.back()).find("КОНЕЦ"), std::string::npos);
    EXPECT_EQ(laid.warnings, 0u);
}

TEST(TableCellTest, NarrowCellsAreHyphenated) {
    model::Document document = samples::consent_document(0);
    model::Table table;
    table.columns.resize(2);
    table.columns[0].width = 1;
    table.columns[1].width = 6;
    model::TableRow row;
    row.cells = {samples::cell("наставничества"), samples::cell("mo_technolyceum@mosreg.ru")};
    table.rows.push_back(row);
    document.sections.front().blocks = {table};
    Diagnostics diagnostics;
    const auto pages = layout_document(document, fonts::FontBook::shared(), diagnostics);
    EXPECT_EQ(diagnostics.warning_count(), 0u);
    bool hyphenated = false;
    for (const Page& page : pages) {
        for (const GlyphRun& run : page.runs) {
            const std::string text = run_text(run);
            hyphenated = hyphenated || (text.size() > 1 && text.back() == '-');
        }
    }
    EXPECT_TRUE(hyphenated);
}

}  // namespace
}  // namespace nastavdoc::layout
