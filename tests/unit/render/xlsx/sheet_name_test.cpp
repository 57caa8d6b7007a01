#include "engine/render/xlsx/sheet_name.h"

#include "engine/base/utf8.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::xlsx {
namespace {

TEST(SheetNameTest, ReplacesCharactersExcelForbids) {
    EXPECT_EQ(clean_sheet_name("Итоги 2021/2022"), "Итоги 2021-2022");
    EXPECT_EQ(clean_sheet_name("a\\b:c[d]e*f?g"), "a-b.c(d)efg");
    EXPECT_EQ(clean_sheet_name("'Реестр'"), "Реестр");
    EXPECT_EQ(clean_sheet_name("  Реестр\u00a0\u00a0пар \t"), "Реестр пар");
}

TEST(SheetNameTest, CutsCyrillicOnACharacterBoundary) {
    const std::string title = "База данных о предварительных запросах наставляемых";
    const std::string name = clean_sheet_name(title);
    EXPECT_EQ(utf8::count_chars(name), 31u);
    EXPECT_EQ(utf8::find_invalid(name), std::string::npos);
    EXPECT_EQ(name, "База данных о предварительных з");
}

TEST(SheetNameTest, CountsCharactersOutsideTheBmpAsTwoUnits) {
    const std::string name = clean_sheet_name(std::string(30, 'x') + "\U0001F600");
    EXPECT_EQ(name, std::string(30, 'x'));
}

TEST(SheetNameTest, NumbersDuplicatesIgnoringCaseAndKeepsThemShort) {
    SheetNamer namer;
    EXPECT_EQ(namer.unique("Реестр"), "Реестр");
    EXPECT_EQ(namer.unique("РЕЕСТР"), "РЕЕСТР (2)");
    EXPECT_EQ(namer.unique("реестр"), "реестр (3)");
    const std::string long_title(40, 'a');
    EXPECT_EQ(namer.unique(long_title), std::string(31, 'a'));
    const std::string second = namer.unique(long_title);
    EXPECT_EQ(second, std::string(27, 'a') + " (2)");
    EXPECT_EQ(second.size(), 31u);
}

// blocks/survey_entry.xml titles a data-entry sheet «<audience>. <survey's title>»: the audience
// comes first so that two surveys whose titles differ only at the end still differ when cut.
TEST(SheetNameTest, SurveySheetsKeepTheirAudienceWhenCut) {
    SheetNamer namer;
    const std::string title = "Анкета удовлетворённости участием в\u00a0программе наставничества";
    const std::string mentees = namer.unique("Наставляемые. " + title + " (наставляемый)");
    const std::string mentors = namer.unique("Наставники. " + title + " (наставник)");
    EXPECT_EQ(mentees, "Наставляемые. Анкета удовлетвор");
    EXPECT_EQ(mentors, "Наставники. Анкета удовлетворён");
    // Two surveys of one audience with the same start are numbered, still within 31 units.
    const std::string again = namer.unique("Наставляемые. " + title + " (повторно)");
    EXPECT_EQ(again, "Наставляемые. Анкета удовле (2)");
    for (const auto& name : {mentees, mentors, again}) {
        EXPECT_LE(utf8::count_chars(name), kMaxSheetNameUnits) << name;
    }
}

TEST(SheetNameTest, GivesEmptyAndReservedNamesAnotherName) {
    SheetNamer namer;
    namer.reserve("Списки");
    EXPECT_EQ(namer.unique(""), "Лист 1");
    EXPECT_EQ(namer.unique("???"), "Лист 2");
    EXPECT_EQ(namer.unique("списки"), "списки (2)");
    EXPECT_EQ(namer.unique("History"), "History (2)");
}

TEST(SheetNameTest, FoldsCyrillicCapitalsIncludingYo) {
    EXPECT_EQ(fold_case("ЁЛКА Abc"), "ёлка abc");
}

}  // namespace
}  // namespace nastavdoc::render::xlsx
