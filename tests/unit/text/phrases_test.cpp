#include "engine/text/phrases.h"

#include "tests/unit/text/tsv.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

TEST(PhrasesTest, DeclinesEveryPositionOfTheTableIntoSixCases) {
    const auto rows = testing::read_tsv("positions.tsv");
    ASSERT_GE(rows.size(), 50u);
    for (const auto& row : rows) {
        ASSERT_EQ(row.cells.size(), 6u) << "positions.tsv:" << row.line;
        for (int c = 0; c < kCaseCount; ++c) {
            EXPECT_EQ(decline_position(row.cells[0], static_cast<Case>(c)),
                      row.cells[static_cast<std::size_t>(c)])
                << "positions.tsv:" << row.line << " " << case_name(static_cast<Case>(c));
        }
    }
}

TEST(PhrasesTest, KeepsCapitalsAndComplements) {
    EXPECT_EQ(decline_position("Заместитель директора по УВР", Case::Dat),
              "Заместителю директора по УВР");
    EXPECT_EQ(decline_position("ДИРЕКТОР", Case::Ins), "ДИРЕКТОРОМ");
    EXPECT_EQ(decline_position("Педагог-психолог", Case::Gen), "Педагога-психолога");
    EXPECT_EQ(decline_position("", Case::Gen), "");
}

TEST(PhrasesTest, DeclinesGenderedLearnerRoles) {
    EXPECT_EQ(decline_position("обучающийся", Case::Acc), "обучающегося");
    EXPECT_EQ(decline_position("обучающаяся", Case::Acc), "обучающуюся");
    EXPECT_EQ(decline_position("обучающийся", Case::Ins), "обучающимся");
    EXPECT_EQ(decline_position("наставляемая", Case::Dat), "наставляемой");
    EXPECT_EQ(decline_position("студентка", Case::Acc), "студентку");
    EXPECT_EQ(decline_position("ученица", Case::Ins), "ученицей");
}

TEST(PhrasesTest, DeclinesNounPhrasesWithTheirAnimacy) {
    EXPECT_EQ(decline_phrase("наставническая пара", Case::Acc), "наставническую пару");
    EXPECT_EQ(decline_phrase("целевая модель наставничества", Case::Gen),
              "целевой модели наставничества");
    EXPECT_EQ(decline_phrase("целевая модель наставничества", Case::Ins),
              "целевой моделью наставничества");
    EXPECT_EQ(decline_phrase("педагогический совет", Case::Acc), "педагогический совет");
    EXPECT_EQ(decline_phrase("педагогический совет", Case::Pre), "педагогическом совете");
    EXPECT_EQ(decline_phrase("молодой специалист", Case::Acc), "молодого специалиста");
    EXPECT_EQ(decline_phrase("положение о наставничестве", Case::Ins),
              "положением о наставничестве");
    EXPECT_EQ(decline_phrase("общее собрание работников", Case::Pre), "общем собрании работников");
    EXPECT_EQ(decline_phrase("дорожная карта", Case::Dat), "дорожной карте");
    EXPECT_EQ(decline_phrase("программа наставничества", Case::Acc), "программу наставничества");
    EXPECT_EQ(decline_phrase("индивидуальный план развития", Case::Gen),
              "индивидуального плана развития");
    EXPECT_EQ(decline_phrase("школа наставника", Case::Pre), "школе наставника");
    EXPECT_EQ(decline_phrase("большая перемена", Case::Gen), "большой перемены");
    EXPECT_EQ(decline_phrase("общая часть", Case::Ins), "общей частью");
}

}  // namespace
}  // namespace nastavdoc::text
