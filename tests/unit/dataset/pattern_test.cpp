#include "engine/dataset/pattern.h"

#include "engine/dataset/schema_text.h"

#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <string>
#include <vector>

namespace nastavdoc::dataset {
namespace {

// Every "pattern" value of data/schema.json, read from the text (the schema has no escaped
// quotes inside patterns).
std::vector<std::string> schema_patterns() {
    std::vector<std::string> patterns;
    const std::string_view key = "\"pattern\": \"";
    for (std::size_t at = kSchemaJson.find(key); at != std::string_view::npos;
         at = kSchemaJson.find(key, at + 1)) {
        const std::size_t start = at + key.size();
        std::string pattern;
        for (std::size_t i = start; kSchemaJson[i] != '"'; ++i) {
            if (kSchemaJson[i] == '\\')
                ++i;  // JSON escape: "\\." is the two characters \.
            pattern += kSchemaJson[i];
        }
        patterns.push_back(pattern);
    }
    return patterns;
}

// Strings near the patterns' languages: made of the characters the patterns mention, plus
// bytes they exclude (space, @, a Cyrillic letter, a newline).
std::vector<std::string> samples(const std::string& pattern, std::mt19937& random) {
    std::string alphabet = " @\n.-:/A0";
    alphabet += "\xD0\xB0";
    for (const char c : pattern) {
        if (alphabet.find(c) == std::string::npos && c != '\\')
            alphabet += c;
    }
    std::vector<std::string> out = {"", "a", "0", "-", "@", "\xD1\x8F"};
    std::uniform_int_distribution<std::size_t> length(0, 16);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        const std::size_t n = length(random);
        for (std::size_t j = 0; j < n; ++j)
            text += alphabet[pick(random)];
        out.push_back(text);
    }
    return out;
}

// Checks the automaton against std::regex on many strings near the pattern's language.
void expect_agreement(const std::string& pattern, const std::string& extra_characters,
                      std::mt19937& random) {
    const Pattern compiled(pattern);
    const std::regex reference(pattern, std::regex::ECMAScript);
    for (const std::string& text : samples(pattern + extra_characters, random)) {
        ASSERT_EQ(compiled.search(text), std::regex_search(text, reference))
            << pattern << " on '" << text << "'";
    }
}

TEST(PatternTest, SchemaPatternsRunOnTheAutomaton) {
    const std::vector<std::string> patterns = schema_patterns();
    ASSERT_GT(patterns.size(), 20U);
    for (const std::string& pattern : patterns) {
        EXPECT_TRUE(Pattern(pattern).is_fast()) << pattern;
    }
}

TEST(PatternTest, SchemaPatternsAgreeWithStdRegex) {
    std::mt19937 random(7);
    for (const std::string& pattern : schema_patterns())
        expect_agreement(pattern, "", random);
}

TEST(PatternTest, AcceptsTypicalValues) {
    EXPECT_TRUE(
        Pattern("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$").search("2025-01-31"));
    EXPECT_FALSE(
        Pattern("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$").search("2025-13-01"));
    EXPECT_TRUE(Pattern("^[^@ ]+@[^@ ]+\\.[^@ ]+$").search("школа@mail.ru"));
    EXPECT_FALSE(Pattern("^[^@ ]+@[^@ ]+\\.[^@ ]+$").search("a b@mail.ru"));
    EXPECT_TRUE(Pattern("^P([0-9]+[YMWD])+$").search("P1Y6M"));
    EXPECT_FALSE(Pattern("^P([0-9]+[YMWD])+$").search("P"));
}

TEST(PatternTest, SearchesAnywhereWithoutAnchors) {
    EXPECT_TRUE(Pattern("b+c").search("aabbbcd"));
    EXPECT_FALSE(Pattern("b+c").search("aabbbd"));
    EXPECT_TRUE(Pattern("x*").search("abc"));
    EXPECT_TRUE(Pattern("^x*").search("abc"));
    EXPECT_FALSE(Pattern("^x*$").search("abc"));
    EXPECT_TRUE(Pattern("^x*$").search(""));
}

TEST(PatternTest, OtherSyntaxAgreesWithStdRegex) {
    const std::vector<std::string> patterns = {
        "^a|b$",  "a.c",          "(?:ab|cd){2,3}", "^[-a]x[a-]$", "[^0-9]{2,}",   "a{0}b",
        "(a|)b",  "\\d+",         "^\\w+$",         "a+?",         "[[:alpha:]]+", "(a)\\1",
        "a(?=b)", "\\$[0-9]+\\.", "[\\]a]+",        "^$",          "()",           "ab\\$",
    };
    std::mt19937 random(11);
    for (const std::string& pattern : patterns)
        expect_agreement(pattern, "abcdx$]", random);
}

TEST(PatternTest, RefusesWhatStdRegexRefuses) {
    EXPECT_THROW(Pattern("(ab"), std::regex_error);
    EXPECT_THROW(Pattern("[b-a]"), std::regex_error);
    EXPECT_THROW(Pattern("a{3,2}"), std::regex_error);
}

}  // namespace
}  // namespace nastavdoc::dataset
