#include "engine/text/typography_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace nastavdoc::text::detail {
namespace {

// The lower-case Russian letters, а to я and ё.
std::vector<std::string> letters() {
    std::vector<std::string> out;
    for (char32_t c = 0x430; c <= 0x44F; ++c) {
        std::string letter;
        letter += static_cast<char>(0xC0 | (c >> 6));
        letter += static_cast<char>(0x80 | (c & 0x3F));
        out.push_back(letter);
    }
    out.push_back("ё");
    return out;
}

void expect_same_lists(const std::string& word) {
    const std::uint8_t lists = short_word_lists(word);
    EXPECT_EQ((lists & kBindsToNextWord) != 0, binds_to_next_word(word)) << word;
    EXPECT_EQ((lists & kBindsToPreviousWord) != 0, binds_to_previous_word(word)) << word;
    EXPECT_EQ((lists & kAbbreviationBeforeName) != 0, is_abbreviation_before_name(word)) << word;
    EXPECT_EQ((lists & kCompletesTAbbreviation) != 0, completes_t_abbreviation(word)) << word;
    EXPECT_EQ((lists & kUnitAfterNumber) != 0, is_unit_after_number(word)) << word;
    EXPECT_EQ((lists & kGluedUnit) != 0, is_glued_unit(word)) << word;
}

TEST(TypographyWordsTest, ShortWordListsAgreeWithEachList) {
    const std::vector<std::string> alphabet = letters();
    expect_same_lists("");
    for (const std::string& a : alphabet) {
        expect_same_lists(a);
        for (const std::string& b : alphabet) {
            expect_same_lists(a + b);
            for (const std::string& c : alphabet) {
                expect_same_lists(a + b + c);
            }
        }
    }
    for (const char* word : {"табл", "корп", "просп", "млрд", "школа", "г.", "Г", "N", "ru"}) {
        expect_same_lists(word);
    }
    EXPECT_EQ(short_word_lists("г"), kAbbreviationBeforeName | kUnitAfterNumber | kGluedUnit);
    EXPECT_EQ(short_word_lists("в"), kBindsToNextWord | kUnitAfterNumber);
    EXPECT_EQ(short_word_lists("дом"), 0);
}

TEST(TypographyWordsTest, FindsMonthsInEveryForm) {
    for (const char* month : {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                              "августа", "сентября", "октября", "ноября", "декабря"}) {
        EXPECT_TRUE(is_month_genitive(month)) << month;
        EXPECT_TRUE(is_month_name(month)) << month;
    }
    for (const char* month : {"январь", "май", "июнь", "сентябрь", "декабре", "мае"}) {
        EXPECT_FALSE(is_month_genitive(month)) << month;
        EXPECT_TRUE(is_month_name(month)) << month;
    }
    for (const char* word : {"", "м", "ма", "март-", "маяк", "группы", "сентябрьский"}) {
        EXPECT_FALSE(is_month_name(word)) << word;
    }
}

}  // namespace
}  // namespace nastavdoc::text::detail
