#include "engine/text/collation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace nastavdoc::text {
namespace {

TEST(CollationTest, SortsYoAsItsOwnLetterAfterYe) {
    EXPECT_LT(compare("Ежов", "Елкин"), 0);
    EXPECT_LT(compare("Елкин", "Ёжиков"), 0);
    EXPECT_LT(compare("Ёжиков", "Ёлкин"), 0);
    EXPECT_LT(compare("Ёлкин", "Жуков"), 0);
    EXPECT_NE(compare("Ёлкин", "Елкин"), 0);
}

TEST(CollationTest, SortsRussianAlphabetically) {
    std::vector<std::string> names = {"Яковлев", "Ёлкин",  "Абрамов",   "Жуков",   "Ежов",
                                      "елкин",   "Ёжиков", "Бухардина", "Колесник"};
    std::sort(names.begin(), names.end(),
              [](const std::string& a, const std::string& b) { return compare(a, b) < 0; });
    const std::vector<std::string> expected = {
        "Абрамов", "Бухардина", "Ежов", "елкин", "Ёжиков", "Ёлкин", "Жуков", "Колесник", "Яковлев"};
    EXPECT_EQ(names, expected);
    EXPECT_EQ(compare("Иванов", "Иванов"), 0);
    EXPECT_LT(compare("Иван", "Иванов"), 0);
}

TEST(CollationTest, SortKeysCompareLikeCompare) {
    const std::vector<std::string> words = {"Абрамов", "Ёлкин", "Ежов",    "Ёжиков",   "Елкин",
                                            "Жуков",   "Иван",  "Иванов",  "иванов",   "Яковлев",
                                            "",        "Smith", "1 класс", "10 класс", "2 класс"};
    for (const auto& a : words) {
        for (const auto& b : words) {
            const int by_compare = compare(a, b);
            const int by_key = sort_key(a).compare(sort_key(b));
            EXPECT_EQ(by_compare < 0, by_key < 0) << a << " / " << b;
            EXPECT_EQ(by_compare == 0, by_key == 0) << a << " / " << b;
        }
    }
}

}  // namespace
}  // namespace nastavdoc::text
