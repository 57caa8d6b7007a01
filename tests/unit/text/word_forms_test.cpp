#include "engine/text/word_forms.h"

#include <gtest/gtest.h>

#include <string>

namespace nastavdoc::text::detail {
namespace {

TEST(WordFormsTest, FoldsCyrillicToLowerCase) {
    EXPECT_EQ(LowerWord("ЁЛКИН Иван").view(), "ёлкин иван");
    EXPECT_EQ(LowerWord("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ").view(),
              "абвгдежзийклмнопрстуфхцчшщъыьэюя");
    // A long word keeps its ending.
    const std::string long_word(200, 'A');
    EXPECT_EQ(LowerWord(long_word).view(), std::string(96, 'a'));
}

TEST(WordFormsTest, RewritesEndings) {
    std::string out;
    apply_mod(out, "Иванова", "-ой");
    EXPECT_EQ(out, "Ивановой");
    out.clear();
    apply_mod(out, "Колесник", ".");
    EXPECT_EQ(out, "Колесник");
    out.clear();
    apply_mod(out, "ИВАНОВ", "ым");
    EXPECT_EQ(out, "ИВАНОВЫМ");
    out.clear();
    apply_mod(out, "я", "---а");
    EXPECT_EQ(out, "а");
}

TEST(WordFormsTest, CountsAndDropsCharacters) {
    EXPECT_EQ(char_count("ёж"), 2u);
    EXPECT_EQ(drop_last_chars("ёжик", 2), 4u);
    EXPECT_EQ(last_char("ёж"), U'ж');
    EXPECT_EQ(first_char("ёж"), U'ё');
    EXPECT_TRUE(is_all_caps("УВР"));
    EXPECT_FALSE(is_all_caps("Д"));
    EXPECT_FALSE(is_all_caps("Увр"));
}

}  // namespace
}  // namespace nastavdoc::text::detail
