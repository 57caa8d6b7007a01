#include "engine/text/numbers.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

TEST(SpellNumberTest, SpellsCardinalsInThreeGenders) {
    EXPECT_EQ(spell_number(287), "двести восемьдесят семь");
    EXPECT_EQ(spell_number(1), "один");
    EXPECT_EQ(spell_number(1, NumberGender::Feminine), "одна");
    EXPECT_EQ(spell_number(2, NumberGender::Feminine), "две");
    EXPECT_EQ(spell_number(1, NumberGender::Neuter), "одно");
    EXPECT_EQ(spell_number(21, NumberGender::Feminine), "двадцать одна");
    EXPECT_EQ(spell_number(2021, NumberGender::Feminine), "две тысячи двадцать одна");
    EXPECT_EQ(spell_number(0), "ноль");
    EXPECT_EQ(spell_number(-21), "минус двадцать один");
}

TEST(SpellNumberTest, SpellsCardinalsInEveryCase) {
    EXPECT_EQ(spell_number(287, NumberGender::Feminine, Case::Gen), "двухсот восьмидесяти семи");
    EXPECT_EQ(spell_number(2, NumberGender::Masculine, Case::Dat), "двум");
    EXPECT_EQ(spell_number(2, NumberGender::Feminine, Case::Acc), "две");
    EXPECT_EQ(spell_number(5, NumberGender::Masculine, Case::Ins), "пятью");
    EXPECT_EQ(spell_number(3, NumberGender::Masculine, Case::Pre), "трех");
    EXPECT_EQ(spell_number(1000000, NumberGender::Masculine, Case::Gen), "одного миллиона");
}

TEST(SpellNumberTest, SpellsAmountsForPayments) {
    EXPECT_EQ(spell_number(12500, NumberGender::Masculine), "двенадцать тысяч пятьсот");
}

}  // namespace
}  // namespace nastavdoc::text
