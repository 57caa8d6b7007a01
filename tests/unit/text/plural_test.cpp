#include "engine/text/icu_support.h"
#include "engine/text/numbers.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>
#include <unicode/plurrule.h>

#include <memory>

namespace nastavdoc::text {
namespace {

using nastavdoc::testing::show_nbsp;

TEST(PluralTest, AgreesWithIcuPluralRules) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(
        icu::PluralRules::forLocale(detail::russian_locale(), status));
    ASSERT_TRUE(U_SUCCESS(status));
    for (long long n = 0; n <= 2000; ++n) {
        const std::string keyword = detail::to_utf8(rules->select(static_cast<std::int32_t>(n)));
        const Plural expected = keyword == "one"   ? Plural::One
                                : keyword == "few" ? Plural::Few
                                                   : Plural::Many;
        EXPECT_EQ(plural_category(n), expected) << n;
    }
}

TEST(PluralTest, KnowsTheCategoriesOfTheStyleGuide) {
    EXPECT_EQ(plural_category(1), Plural::One);
    EXPECT_EQ(plural_category(21), Plural::One);
    EXPECT_EQ(plural_category(101), Plural::One);
    EXPECT_EQ(plural_category(22), Plural::Few);
    EXPECT_EQ(plural_category(11), Plural::Many);
    EXPECT_EQ(plural_category(111), Plural::Many);
    EXPECT_EQ(plural_category(0), Plural::Many);
    EXPECT_EQ(plural_category(-3), Plural::Few);
    EXPECT_EQ(plural_category(-9223372036854775807LL - 1), Plural::Many);
}

TEST(PluralTest, AgreesDomainNouns) {
    EXPECT_EQ(plural_noun(1, "наставник"), "наставник");
    EXPECT_EQ(plural_noun(3, "наставник"), "наставника");
    EXPECT_EQ(plural_noun(5, "наставник"), "наставников");
    EXPECT_EQ(plural_noun(21, "пара"), "пара");
    EXPECT_EQ(plural_noun(2, "наставляемый"), "наставляемых");
    EXPECT_EQ(plural_noun(2, "обучающийся"), "обучающихся");
    EXPECT_EQ(plural_noun(5, "год"), "лет");
    EXPECT_EQ(plural_noun(12, "человек"), "человек");
    EXPECT_EQ(plural_noun(3, "человек"), "человека");
    EXPECT_EQ(plural_noun(2, "день"), "дня");
    EXPECT_EQ(plural_noun(14, "час"), "часов");
    EXPECT_EQ(plural_noun(2, "лист"), "листа");
    EXPECT_EQ(plural_noun(4, "экземпляр"), "экземпляра");
    EXPECT_EQ(plural_noun(7, "анкета"), "анкет");
    EXPECT_EQ(plural_noun(2, "приказ"), "приказа");
    EXPECT_EQ(plural_noun(25, "педагог"), "педагогов");
    EXPECT_EQ(plural_noun(3, "группа"), "группы");
}

TEST(PluralTest, KeepsTheCapitalAndUnknownNouns) {
    EXPECT_EQ(plural_noun(5, "Наставник"), "Наставников");
    EXPECT_EQ(plural_noun(5, "квазар"), "квазар");
}

TEST(PluralTest, AgreesAnyNounGivenItsForms) {
    EXPECT_EQ(plural_noun(1, "балл", "балла", "баллов"), "балл");
    EXPECT_EQ(plural_noun(33, "балл", "балла", "баллов"), "балла");
    EXPECT_EQ(plural_noun(11, "балл", "балла", "баллов"), "баллов");
}

TEST(PluralTest, CountsWithANoBreakSpace) {
    EXPECT_EQ(show_nbsp(with_count(3, "наставник")), "3~наставника");
    EXPECT_EQ(show_nbsp(with_count(21, "пара")), "21~пара");
    EXPECT_EQ(show_nbsp(with_count(0, "анкета")), "0~анкет");
}

}  // namespace
}  // namespace nastavdoc::text
