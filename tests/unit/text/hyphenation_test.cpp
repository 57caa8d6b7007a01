#include "engine/text/hyphenation.h"

#include "engine/base/diagnostics.h"

#include <gtest/gtest.h>

// libhyphen 2.8.8 keeps one small allocation of hnj_hyphen_load (the charset name) past
// hnj_hyphen_free; LeakSanitizer (NASTAVDOC_SANITIZE builds) reads this hook.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:hnj_malloc\n";
}

namespace nastavdoc::text {
namespace {

std::string marked(std::string_view word) {
    return Hyphenator::instance().hyphenate(word, "-");
}

TEST(HyphenationTest, HyphenatesCommonWords) {
    EXPECT_EQ(marked("наставничество"), "на-став-ни-че-ство");
    EXPECT_EQ(marked("распоряжением"), "рас-по-ря-же-нием");
    EXPECT_EQ(marked("утверждении"), "утвер-жде-нии");
    EXPECT_EQ(marked("наставляемый"), "на-став-ля-емый");
    EXPECT_EQ(marked("подъезд"), "подъезд");
}

TEST(HyphenationTest, KeepsTwoLettersOnEachSide) {
    for (const std::string_view word :
         {"образовательной", "профессионального", "педагогического", "объединение",
          "сверхъестественный", "наставничество", "мероприятий", "организации"}) {
        const auto points = Hyphenator::instance().break_points(word);
        EXPECT_FALSE(points.empty()) << word;
        for (const std::size_t p : points) {
            EXPECT_GE(p, 4u) << word;               // two Cyrillic letters = four bytes
            EXPECT_LE(p + 4, word.size()) << word;  // and two after
            const std::string_view after = word.substr(p);
            EXPECT_FALSE(after.starts_with("ь") || after.starts_with("ъ") || after.starts_with("й"))
                << word << " at " << p;
        }
    }
}

TEST(HyphenationTest, NeverBreaksNamesInitialsAbbreviationsOrCodes) {
    const Hyphenator& h = Hyphenator::instance();
    for (const std::string_view word :
         {"Колесник", "Бухардина", "Наставничество", "ГБПОУ", "НАСТАВНИЧЕСТВО", "Д.В.", "т.е.",
          "ТМ-21", "2023г", "учитель-логопед", "kerchpoliteh", "", "а", "ёж"}) {
        EXPECT_TRUE(h.break_points(word).empty()) << word;
    }
    EXPECT_EQ(h.hyphenate("Директор Д.В. Колесник утвердил положение о наставничестве."),
              "Директор Д.В. Колесник утвердил по-ложе-ние о на-став-ни-че-стве.");
}

TEST(HyphenationTest, MarksWithAnyString) {
    EXPECT_EQ(Hyphenator::instance().hyphenate("наставник", "\xC2\xAD"),
              "на\xC2\xADстав\xC2\xADник");
}

TEST(HyphenationTest, ReportsAMissingDictionary) {
    EXPECT_THROW(Hyphenator("/nonexistent/hyph.dic"), Error);
}

}  // namespace
}  // namespace nastavdoc::text
