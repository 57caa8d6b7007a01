#include "engine/text/numbers.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

using nastavdoc::testing::show_nbsp;

TEST(NumberFormatTest, GroupsDigitsWithNoBreakSpaces) {
    EXPECT_EQ(show_nbsp(format_number(1234.5, 1)), "1~234,5");
    EXPECT_EQ(show_nbsp(format_number(1234567.891, 3)), "1~234~567,891");
    EXPECT_EQ(format_number(0), "0");
    EXPECT_EQ(format_number(999), "999");
    EXPECT_EQ(show_nbsp(format_number(12345.5, 2)), "12~345,50");
    EXPECT_EQ(show_nbsp(format_number(-1500)), "-1~500");
}

TEST(NumberFormatTest, RoundsHalfUp) {
    EXPECT_EQ(format_number(12.25, 1), "12,3");
    EXPECT_EQ(format_number(0.5), "1");
    EXPECT_EQ(format_number(2.5), "3");
}

}  // namespace
}  // namespace nastavdoc::text
