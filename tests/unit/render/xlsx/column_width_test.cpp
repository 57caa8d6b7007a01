#include "engine/render/xlsx/column_width.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::xlsx {
namespace {

TEST(ColumnWidthTest, CyrillicCapitalsAndWideLettersTakeMoreRoom) {
    EXPECT_GT(text_width("ШЩЖЮ", 12), text_width("ОПРС", 12));
    EXPECT_GT(text_width("ОПРС", 12), text_width("опрс", 12));
    EXPECT_GT(text_width("шщжю", 12), text_width("опрс", 12));
    EXPECT_GT(text_width("опрс", 12), text_width("1234", 12) * 0.99);
}

TEST(ColumnWidthTest, DigitsAtElevenPointsAreAboutOneUnitEach) {
    // Excel's unit is the digit width of Calibri 11 (7 px); a Times digit at 11 pt is 7.3 px.
    EXPECT_NEAR(text_width("0123456789", 11), 10.5, 0.5);
    EXPECT_NEAR(text_width("0123456789", 22), 21, 1);
}

TEST(ColumnWidthTest, MeasuresTheWidestLine) {
    EXPECT_DOUBLE_EQ(text_width("коротко\nочень длинная строка", 12),
                     text_width("очень длинная строка", 12));
}

TEST(ColumnWidthTest, HeaderAsksOnlyForItsWidestWord) {
    EXPECT_DOUBLE_EQ(widest_word_width("Дата включения в реестр", 12),
                     text_width("включения", 12, true));
}

TEST(ColumnWidthTest, FinishPadsCapsAndFallsBack) {
    ColumnWidths widths(3);
    widths.want(0, 2);
    widths.want(1, 500);
    widths.want(0, 10);
    const auto result = widths.finish({0, 0, 17.25});
    ASSERT_EQ(result.size(), 3u);
    EXPECT_DOUBLE_EQ(result[0], 11.2);
    EXPECT_DOUBLE_EQ(result[1], kMaxColumnWidth);
    EXPECT_DOUBLE_EQ(result[2], 17.3);
    ColumnWidths narrow(1);
    EXPECT_DOUBLE_EQ(narrow.finish({})[0], kMinColumnWidth);
}

}  // namespace
}  // namespace nastavdoc::render::xlsx
