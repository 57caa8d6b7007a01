#include "engine/text/case_mapping.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

TEST(CaseMappingTest, UppercasesRussian) {
    EXPECT_EQ(upper("Приказ"), "ПРИКАЗ");
    EXPECT_EQ(upper("ёлка и Ёж"), "ЁЛКА И ЁЖ");
    EXPECT_EQ(upper("утверждаю: 1 раз"), "УТВЕРЖДАЮ: 1 РАЗ");
    EXPECT_EQ(upper(""), "");
}

TEST(CaseMappingTest, LowercasesRussian) {
    EXPECT_EQ(lower("ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ"), "положение о наставничестве");
    EXPECT_EQ(lower("ЁЛКИН"), "ёлкин");
}

}  // namespace
}  // namespace nastavdoc::text
