// Line breaking, the table splitter and a golden dump of the sample order.
#include "engine/layout/layout.h"

#include "engine/base/files.h"
#include "engine/layout/paragraph/paragraph.h"
#include "tests/support/test_support.h"
#include "tests/unit/layout/sample_documents.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace nastavdoc::layout {
namespace {

const fonts::FontBook& font_book() {
    static const fonts::FontBook book;
    return book;
}

std::string line_text(const Fragment& line) {
    std::string out;
    for (const GlyphRun& run : line.runs) {
        for (const PositionedGlyph& glyph : run.glyphs) {
            out += glyph.code_point == U' ' ? "~" : "";
            if (glyph.code_point != U' ') {
                char32_t c = glyph.code_point;
                std::string bytes;
                if (c < 0x80) {
                    bytes += static_cast<char>(c);
                } else if (c < 0x800) {
                    bytes += static_cast<char>(0xC0 | (c >> 6));
                    bytes += static_cast<char>(0x80 | (c & 0x3F));
                } else {
                    bytes += static_cast<char>(0xE0 | (c >> 12));
                    bytes += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
                    bytes += static_cast<char>(0x80 | (c & 0x3F));
                }
                out += bytes;
            }
        }
        out += ' ';
    }
    return out;
}

std::vector<Fragment> lay(const std::string& text, double width_pt, bool hyphenate,
                          model::Align align = model::Align::Justify) {
    model::ParagraphStyle style;
    style.align = align;
    style.hyphenate = hyphenate;
    Diagnostics diagnostics;
    return layout_paragraph(samples::text(text), style, fonts::Family::Serif, width_pt, font_book(),
                            diagnostics, {});
}

double right_edge(const Fragment& line) {
    double edge = 0;
    for (const GlyphRun& run : line.runs) {
        const PositionedGlyph& last = run.glyphs.back();
        const double advance = font_book().advance(run.font, last.glyph) * run.size_pt;
        edge = std::max(edge, run.x_pt + last.x_pt + advance);
    }
    return edge;
}

TEST(BreakLinesTest, NeverBreaksAtANoBreakSpace) {
    // Narrow column: every line is short, yet «№ 287/п» and «Д.В. Колесник» stay on one line
    // (words of a line run together in line_text: a no-break space is glue, not a glyph).
    const auto lines =
        lay("приказ от\u00A028.05.2021 №\u00A0287/п подписал Д.В.\u00A0Колесник", 90, false);
    ASSERT_GE(lines.size(), 3u);
    bool number = false, name = false;
    for (const Fragment& line : lines) {
        const std::string text = line_text(line);
        number = number || text.find("№287/п") != std::string::npos;
        name = name || text.find("Д.В.Колесник") != std::string::npos;
    }
    EXPECT_TRUE(number);
    EXPECT_TRUE(name);
}

TEST(BreakLinesTest, JustifiedLinesReachTheRightMargin) {
    const auto lines = lay(samples::kPreamble, 300, true);
    ASSERT_GE(lines.size(), 4u);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_NEAR(right_edge(lines[i]), 300, 0.05) << line_text(lines[i]);
    }
    EXPECT_LT(right_edge(lines.back()), 299);  // the last line is not stretched
}

TEST(BreakLinesTest, LongParagraphIsHyphenated) {
    const auto lines = lay(samples::kPreamble, 200, true);
    int hyphenated = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string text = line_text(lines[i]);
        hyphenated += !text.empty() && text.substr(text.size() - 2) == "- " ? 1 : 0;
    }
    EXPECT_GE(hyphenated, 1);
    const auto plain = lay(samples::kPreamble, 200, false);
    EXPECT_GE(plain.size(), lines.size());
}

TEST(BreakLinesTest, TotalFitPrefersEvenLinesToGreedyFill) {
    // Knuth–Plass sums badness over the paragraph: no line is left far looser than the rest.
    const auto lines = lay(samples::kPreamble, 260, false);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_NEAR(right_edge(lines[i]), 260, 0.05);
    }
}

TEST(SplitRowsTest, HeaderRepeatsOnPageTwo) {
    Diagnostics diagnostics;
    const auto pages = layout_document(samples::order_document(60), font_book(), diagnostics);
    ASSERT_GE(pages.size(), 4u);
    int headers = 0;
    const std::string dump = dump_pages(pages, font_book());
    for (std::size_t pos = dump.find("\"Наставник\""); pos != std::string::npos;
         pos = dump.find("\"Наставник\"", pos + 1)) {
        ++headers;
    }
    EXPECT_GE(headers, 3);  // one per page of the pairs table
    EXPECT_FALSE(diagnostics.has_errors());
}

TEST(SplitRowsTest, RowTallerThanAPageSplitsInside) {
    model::Document document = samples::consent_document(0);
    model::Table table;
    table.columns.resize(2);
    table.header_rows = 1;
    model::TableRow header;
    header.cells = {samples::cell("Этап", model::Role::TableHeader),
                    samples::cell("Содержание", model::Role::TableHeader)};
    table.rows.push_back(header);
    std::string long_text;
    for (int i = 0; i < 120; ++i) {
        long_text += "проведение встреч наставника и\u00A0наставляемого ";
    }
    model::TableRow row;
    row.cells = {samples::cell("1"), samples::cell(long_text)};
    table.rows.push_back(row);
    document.sections.front().blocks = {table};
    Diagnostics diagnostics;
    const auto pages = layout_document(document, font_book(), diagnostics);
    EXPECT_GE(pages.size(), 2u);
    EXPECT_EQ(diagnostics.warning_count(), 1u);
    for (const Page& page : pages) {
        for (const GlyphRun& run : page.runs) {
            EXPECT_LT(run.y_pt, page.height_pt - 56);  // inside the bottom margin
        }
    }
}

TEST(GoldenPagesTest, OrderMatchesPagesTxt) {
    Diagnostics diagnostics;
    const auto pages = layout_document(samples::order_document(30), font_book(), diagnostics);
    const std::string actual = dump_pages(pages, font_book());
    const auto expected_path =
        nastavdoc::testing::source_dir() / "tests/unit/layout/golden/order/pages.txt";
    if (std::getenv("UPDATE_GOLDEN") != nullptr) {
        std::filesystem::create_directories(expected_path.parent_path());
        write_file_atomically(expected_path, actual);
    }
    ASSERT_TRUE(std::filesystem::exists(expected_path)) << "run with UPDATE_GOLDEN=1";
    EXPECT_EQ(actual, read_file(expected_path));
}

}  // namespace
}  // namespace nastavdoc::layout
