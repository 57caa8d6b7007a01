#include "engine/template/expander.h"
#include "engine/template/suggest.h"
#include "engine/text/apply_typography.h"
#include "engine/text/typography.h"

#include <gtest/gtest.h>

namespace nastavdoc::tmpl {
namespace {

TEST(ApprovedSuffixTest, AgreesWithTheTypeWord) {
    EXPECT_EQ(approved_suffix("Положение о наставничестве"), "О");
    EXPECT_EQ(approved_suffix("План мероприятий"), "");
    EXPECT_EQ(approved_suffix("Дорожная карта"), "А");
    EXPECT_EQ(approved_suffix("Программа наставничества"), "А");
    EXPECT_EQ(approved_suffix("Правила"), "Ы");
    EXPECT_EQ(approved_suffix("Реестр наставников"), "");
}

TEST(SuggestTest, FindsTheClosestCandidate) {
    EXPECT_EQ(closest_match("nmae", {"name", "map", "date"}), "name");
    EXPECT_EQ(closest_match("shrot_name", {"short_name", "full_name"}), "short_name");
    EXPECT_EQ(closest_match("zzzzzz", {"name"}), "");
}

TEST(ApplyTypographyTest, KeepsRunsApartAndTheirStyles) {
    model::Inlines inlines;
    model::append_text(inlines, "Приказ от 01.09.2021 ");
    model::CharStyle bold;
    bold.bold = true;
    model::append_text(inlines, "№ 5", bold);
    model::append_text(inlines, " - в силе");
    text::apply_typography(inlines);
    ASSERT_EQ(inlines.size(), 3U);
    EXPECT_TRUE(inlines[1].style.bold);
    EXPECT_EQ(model::plain_text(inlines), text::typeset("Приказ от 01.09.2021 № 5 - в силе"));
}

}  // namespace
}  // namespace nastavdoc::tmpl
