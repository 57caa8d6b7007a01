#include "engine/text/grammar.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

TEST(GrammarTest, ParsesCaseNames) {
    EXPECT_EQ(parse_case("nom"), Case::Nom);
    EXPECT_EQ(parse_case("gen"), Case::Gen);
    EXPECT_EQ(parse_case("dat"), Case::Dat);
    EXPECT_EQ(parse_case("acc"), Case::Acc);
    EXPECT_EQ(parse_case("ins"), Case::Ins);
    EXPECT_EQ(parse_case("pre"), Case::Pre);
    EXPECT_EQ(parse_case("род"), Case::Gen);
    EXPECT_FALSE(parse_case("GEN"));
    EXPECT_FALSE(parse_case(""));
    EXPECT_FALSE(parse_case("genitive"));
}

TEST(GrammarTest, NamesCases) {
    for (int c = 0; c < kCaseCount; ++c) {
        EXPECT_EQ(parse_case(case_name(static_cast<Case>(c))), static_cast<Case>(c));
    }
}

}  // namespace
}  // namespace nastavdoc::text
