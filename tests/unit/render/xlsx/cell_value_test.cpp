#include "engine/render/xlsx/cell_value.h"

#include "tests/unit/render/xlsx/sample_documents.h"

#include <gtest/gtest.h>

#include <limits>

namespace nastavdoc::render::xlsx {
namespace {

using samples::date_cell;
using samples::number_cell;
using samples::text_cell;

TEST(CellValueTest, NumbersStayNumbers) {
    const auto value = cell_value(number_cell(24.5));
    EXPECT_EQ(value.kind, CellKind::Number);
    EXPECT_DOUBLE_EQ(value.number, 24.5);
}

TEST(CellValueTest, NonFiniteNumberBecomesBlankNotGarbage) {
    EXPECT_EQ(cell_value(number_cell(std::numeric_limits<double>::quiet_NaN())).kind,
              CellKind::Blank);
}

TEST(CellValueTest, DatesBecomeExcelDates) {
    const auto value = cell_value(date_cell("2024-02-29"));
    EXPECT_EQ(value.kind, CellKind::Date);
    EXPECT_EQ(value.date, (CivilDate{2024, 2, 29}));
}

TEST(CellValueTest, BadDateKeepsItsTextInsteadOfAWrongDate) {
    auto cell = date_cell("2023-02-29");
    const auto value = cell_value(cell);
    EXPECT_EQ(value.kind, CellKind::Text);
    EXPECT_EQ(value.text, "2023-02-29");
    EXPECT_FALSE(parse_iso_date("1899-12-31"));
    EXPECT_FALSE(parse_iso_date("2023-13-01"));
    EXPECT_FALSE(parse_iso_date("2023-1-01"));
    EXPECT_FALSE(parse_iso_date("2023-01-0x"));
}

TEST(CellValueTest, DigitStringsStayTextWithLeadingZeros) {
    for (const char* digits : {"0012345678", "09", "+7 (978) 123-45-67", "123-456-789 01"}) {
        const auto value = cell_value(text_cell(digits));
        EXPECT_EQ(value.kind, CellKind::Text) << digits;
        EXPECT_EQ(value.text, digits);
    }
}

TEST(CellValueTest, FormulaLookingTextIsKeptVerbatimAsText) {
    for (const char* text : {"=1+1", "+7 999", "-2+3", "@SUM(A1)", "=HYPERLINK(\"x\")"}) {
        const auto value = cell_value(text_cell(text));
        EXPECT_EQ(value.kind, CellKind::Text);
        EXPECT_EQ(value.text, text);
        EXPECT_TRUE(looks_like_formula(value.text)) << text;
    }
    EXPECT_FALSE(looks_like_formula("Иванов"));
    EXPECT_FALSE(looks_like_formula(""));
    EXPECT_TRUE(looks_like_formula("\t=1"));
}

TEST(CellValueTest, PercentagesBecomeFractionsShowingTheirDecimals) {
    struct Case {
        const char* text;
        double fraction;
        int decimals;
    };
    for (const auto& c : {Case{"42,9\u00A0%", 0.429, 1}, Case{"42,9%", 0.429, 1},
                          Case{"100 %", 1.0, 0}, Case{"0\u202F%", 0.0, 0},
                          Case{"7,25\u2009%", 0.0725, 2}, Case{"12,50\u00A0%", 0.125, 2}}) {
        const auto value = cell_value(text_cell(c.text));
        EXPECT_EQ(value.kind, CellKind::Percent) << c.text;
        EXPECT_DOUBLE_EQ(value.number, c.fraction) << c.text;
        EXPECT_EQ(value.decimals, c.decimals) << c.text;
        EXPECT_EQ(value.text, c.text);
    }
    EXPECT_EQ(cell_value(text_cell("42,9\u00A0%")).number, 0.429);  // the nearest double
}

TEST(CellValueTest, OnlyAWholePercentageIsANumber) {
    for (const char* text : {"%", " %", ",5 %", "5, %", "5.5 %", "5,5,5 %", "1 000 %", "5  %",
                             "42 %%", "5 % ответов", "около 5 %", "-5 %", "+5 %", "=5%", "@5%",
                             "−5 %", "5 %\n", "5\u00A0\u00A0%", "1234567890123456 %"}) {
        const auto value = cell_value(text_cell(text));
        EXPECT_EQ(value.kind, CellKind::Text) << text;
        EXPECT_EQ(value.text, text);
    }
}

TEST(CellValueTest, ParagraphsAndListItemsBecomeLines) {
    model::TableCell cell = text_cell("Первая");
    cell.blocks.push_back(samples::paragraph("Вторая"));
    model::List list;
    list.format = model::ListFormat::DecimalParen;
    list.items.push_back({{samples::paragraph("пункт")}});
    cell.blocks.push_back(list);
    EXPECT_EQ(cell_value(cell).text, "Первая\nВторая\n1) пункт");
    EXPECT_EQ(cell_value(model::TableCell{}).kind, CellKind::Blank);
}

TEST(CellValueTest, TruncatesOnCharacterBoundaries) {
    EXPECT_EQ(truncate_chars("Щука", 2), "Щу");
    EXPECT_EQ(truncate_chars("Щука", 10), "Щука");
    EXPECT_EQ(truncate_chars("", 0), "");
    const std::string huge(40000, 'z');
    EXPECT_EQ(blocks_text(text_cell(huge).blocks).size(), kMaxCellChars);
    std::string cyrillic;
    for (int i = 0; i < 40000; ++i)
        cyrillic += "ж";
    EXPECT_EQ(blocks_text(text_cell(cyrillic).blocks).size(), kMaxCellChars * 2);
}

TEST(CellValueTest, UnixTimeIgnoresTheTimeZone) {
    EXPECT_EQ(unix_time({1970, 1, 1}), 0);
    EXPECT_EQ(unix_time({1980, 1, 1}), 315532800);
    EXPECT_EQ(unix_time({2023, 10, 1}), 1696118400);
}

}  // namespace
}  // namespace nastavdoc::render::xlsx
