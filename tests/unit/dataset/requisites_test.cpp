#include "engine/dataset/requisites.h"

#include <gtest/gtest.h>

namespace nastavdoc::dataset {
namespace {

TEST(RequisitesTest, AcceptsValidInn) {
    EXPECT_TRUE(is_valid_inn("7707083893"));  // ПАО Сбербанк
    EXPECT_TRUE(is_valid_inn("4024005037"));
    EXPECT_TRUE(is_valid_inn("500100732259"));  // 12 digits, two check digits
}

TEST(RequisitesTest, RejectsWrongInn) {
    EXPECT_FALSE(is_valid_inn("7707083894"));
    EXPECT_FALSE(is_valid_inn("770708389"));
    EXPECT_FALSE(is_valid_inn("77070838A3"));
    EXPECT_FALSE(is_valid_inn(""));
}

TEST(RequisitesTest, ChecksOgrn) {
    EXPECT_TRUE(is_valid_ogrn("1027700132195"));  // ПАО Сбербанк
    EXPECT_FALSE(is_valid_ogrn("1027700132194"));
    EXPECT_FALSE(is_valid_ogrn("102770013219"));
}

TEST(RequisitesTest, ChecksKpp) {
    EXPECT_TRUE(is_valid_kpp("773601001"));
    EXPECT_TRUE(is_valid_kpp("7736AB001"));
    EXPECT_FALSE(is_valid_kpp("77360100"));
    EXPECT_FALSE(is_valid_kpp("7736ab001"));
}

}  // namespace
}  // namespace nastavdoc::dataset
