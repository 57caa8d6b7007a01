#include "engine/text/typography.h"
#include "tests/support/test_support.h"
#include "tests/unit/text/tsv.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

using nastavdoc::testing::nbsp;
using nastavdoc::testing::show_nbsp;

TEST(TypesetTest, TypesetsEverySeedLineOfTheTable) {
    const auto rows = testing::read_tsv("typography.tsv");
    ASSERT_GE(rows.size(), 100u);
    for (const auto& row : rows) {
        ASSERT_EQ(row.cells.size(), 2u) << "typography.tsv:" << row.line;
        EXPECT_EQ(testing::show_marks(typeset(row.cells[0])), row.cells[1])
            << "typography.tsv:" << row.line;
    }
}

TEST(TypesetTest, IsIdempotentOnEveryLineOfTheTable) {
    for (const auto& row : testing::read_tsv("typography.tsv")) {
        const std::string once = typeset(row.cells[0]);
        EXPECT_EQ(show_nbsp(typeset(once)), show_nbsp(once)) << "typography.tsv:" << row.line;
    }
}

TEST(TypesetTest, MatchesTheVectorsOfDocumentsB11) {
    EXPECT_EQ(show_nbsp(typeset("Д.В. Колесник")), "Д.В.~Колесник");
    EXPECT_EQ(show_nbsp(typeset("Приказ №26 от 22.04.2022")), "Приказ №~26 от~22.04.2022");
    EXPECT_EQ(show_nbsp(typeset("сентябрь 2023г. – август 2026г.")),
              "сентябрь 2023~г.~– август 2026~г.");
    EXPECT_EQ(show_nbsp(typeset("2023-2024 учебный год")), "2023–2024 учебный год");
    EXPECT_EQ(show_nbsp(typeset("август- сентябрь 2021г.")), "август~– сентябрь 2021~г.");
    EXPECT_EQ(show_nbsp(typeset("\"Положение о наставничестве в МБОУ \"Ашеванская ООШ\"\"")),
              "«Положение о~наставничестве в~МБОУ~„Ашеванская ООШ“»");
    EXPECT_EQ(show_nbsp(typeset("т.е., и т.д.")), "т.~е., и~т.~д.");
    EXPECT_EQ(show_nbsp(typeset("Наставничество - это технология")),
              "Наставничество~— это технология");
    EXPECT_EQ(show_nbsp(typeset("в школе и в колледже")), "в~школе и~в~колледже");
    EXPECT_EQ(show_nbsp(typeset("г.Керчь, им.В.И.Долгих")), "г.~Керчь, им.~В.И.~Долгих");
    EXPECT_EQ(show_nbsp(typeset("36 часов, заочная форма")), "36~часов, заочная форма");
    EXPECT_EQ(show_nbsp(typeset("10000 руб.")), "10^000~руб.");
    // B.11 says «unchanged»: the glyphs are; the hyphens of codes are no-break ones (B.2 rule 12).
    EXPECT_EQ(testing::show_marks(typeset("ТМ-21, 154-У, 5032353199/501701001, kerchpoliteh.ru")),
              "ТМ=21, 154=У, 5032353199/501701001, kerchpoliteh.ru");
}

TEST(TypesetTest, LeavesProtectedSpansAlone) {
    for (const std::string_view text :
         {"mo_technolyceum@mosreg.ru", "https://example.ru/a-b/\"c\"", "www.gosuslugi.ru",
          "ИНН/КПП 5032353199/501701001", "1.1.", "1,25", "287/п", "ОГРН 1235000017064", "10:00",
          "e-mail", "2021-05-28"}) {
        EXPECT_EQ(typeset(text), text);
    }
}

TEST(TypesetTest, NestsQuotesByDepth) {
    EXPECT_EQ(typeset("\"a \"b\" c\""), "«a „b“ c»");
    EXPECT_EQ(typeset("«a «b» c»"), "«a „b“ c»");
    EXPECT_EQ(typeset("“English” quotes"), "«English» quotes");
    EXPECT_EQ(show_nbsp(typeset("слово\"в кавычках\"")), "слово«в~кавычках»");
}

TEST(TypesetTest, LeavesUnbalancedQuotesAsTheyAre) {
    EXPECT_EQ(show_nbsp(typeset("\"открыта и не закрыта")), "\"открыта и~не~закрыта");
    EXPECT_EQ(typeset("закрыта» лишняя"), "закрыта» лишняя");
}

TEST(TypesetTest, ChoosesTheDash) {
    EXPECT_EQ(show_nbsp(typeset("Куратор -- сотрудник")), "Куратор~— сотрудник");
    EXPECT_EQ(show_nbsp(typeset("Куратор — сотрудник")), "Куратор~— сотрудник");
    EXPECT_EQ(show_nbsp(typeset("- утверждение")), "–~утверждение");
    EXPECT_EQ(show_nbsp(typeset("Сентябрь – октябрь")), "Сентябрь~– октябрь");
    EXPECT_EQ(show_nbsp(typeset("10 - 15 человек")), "10–15~человек");
    EXPECT_EQ(show_nbsp(typeset("5-9 классов")), "5–9~классов");
    EXPECT_EQ(show_nbsp(typeset("«ученик - ученик»")), "«ученик~– ученик»");
    EXPECT_EQ(typeset("8-499-557"), "8-499-557");
    EXPECT_EQ(typeset("нормативно- правовое"), "нормативно- правовое");
    EXPECT_EQ(typeset("1-2-3"), "1-2-3");
}

TEST(TypesetTest, CollapsesSpacesButKeepsEdgesAndLines) {
    EXPECT_EQ(typeset("a  \t b"), "a b");
    EXPECT_EQ(typeset(" a "), " a ");
    EXPECT_EQ(show_nbsp(typeset("в\n школе")), "в\n школе");
    EXPECT_EQ(show_nbsp(typeset(nbsp("Иванов~ ~И.И."))), "Иванов~И.И.");
    EXPECT_EQ(typeset(""), "");
}

TEST(TypesetTest, ReplacesThreeDotsOnly) {
    EXPECT_EQ(show_nbsp(typeset("и так далее...")), "и~так далее…");
    EXPECT_EQ(typeset("1.1...."), "1.1....");
}

TEST(TypesetTest, CopiesInvalidUtf8Unchanged) {
    const std::string bad = std::string("в ") + "\xFF\xFE" + " школе";
    EXPECT_EQ(typeset(bad), std::string("в ") + "\xFF\xFE" + " школе");
    EXPECT_EQ(typeset("\xD0"), "\xD0");
}

TEST(TypesetTest, StaysLinearOnLongRunsWithoutSpaces) {
    // Runs that would make a look-behind quadratic: glued units, initials, dashes.
    for (const std::string_view unit : {"1г.", "А.", "1-", "\"", "т.е."}) {
        std::string text;
        for (int i = 0; i < 100000; ++i) {
            text += unit;
        }
        const std::string once = typeset(text);
        EXPECT_GE(once.size(), text.size() / 2);
    }
}

TEST(TypesetTest, SurvivesRandomBytes) {
    // Bytes drawn from the characters the rules look at, plus invalid UTF-8.
    const std::string_view alphabet[] = {
        " ", "\xC2\xA0", "\xE2\x80\xAF", "\n",       "-", ".",   ",",   "\"", "«",   "»", "„", "“",
        "№", "1",        "2024",         "г",        "т", "е",   "Д",   "В",  "@",   "/", ":", "(",
        ")", "\xFF",     "\xD0",         "\xE2\x80", "N", "XXI", "мая", "в",  "МБОУ"};
    std::uint32_t seed = 7;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        seed = seed * 1664525u + 1013904223u;
        const int length = static_cast<int>((seed >> 10) % 40);
        for (int k = 0; k < length; ++k) {
            seed = seed * 1664525u + 1013904223u;
            text += alphabet[(seed >> 8) % std::size(alphabet)];
        }
        const std::string once = typeset(text);
        EXPECT_EQ(typeset(once), once) << show_nbsp(text);
    }
}

TEST(TypesetTest, IsIdempotentOnGeneratedText) {
    const std::string_view pieces[] = {
        "в",    "школе", "-",       "–",        "—",   "\"",  "«",    "»",
        "2023", "г.",    "Д.В.",    "Колесник", "№",   "26",  "т.е.", "...",
        ",",    "10000", "руб.",    "сентябрь", "мая", "(",   ")",    "МБОУ",
        "и",    "5-9",   "классов", "N",        "ч.",  "XXI", "в."};
    std::uint32_t seed = 12345;
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int words = 1 + static_cast<int>(seed % 12);
        for (int w = 0; w < words; ++w) {
            seed = seed * 1664525u + 1013904223u;
            text += pieces[(seed >> 8) % std::size(pieces)];
            seed = seed * 1664525u + 1013904223u;
            text += (seed >> 9) % 5 == 0 ? "" : " ";
        }
        const std::string once = typeset(text);
        ASSERT_EQ(show_nbsp(typeset(once)), show_nbsp(once)) << "input: " << text;
    }
}

TEST(TypesetTest, GluesCodesWithNoBreakHyphens) {
    // documents.md B.1, B.2 rule 12: U+2011 (DOCX w:noBreakHyphen) in codes that must not split.
    EXPECT_EQ(testing::show_marks(typeset("распоряжение № Р-145")), "распоряжение №~Р=145");
    EXPECT_EQ(testing::show_marks(typeset("группа (ПС-11)")), "группа (ПС=11)");
    EXPECT_EQ(testing::show_marks(typeset("приказ № 154-У, № 56-ОД, № 996-р")),
              "приказ №~154=У, №~56=ОД, №~996=р");
    EXPECT_EQ(testing::show_marks(typeset("COVID-19")), "COVID=19");
    // Not codes: compounds, ordinals, ranges.
    EXPECT_EQ(testing::show_marks(typeset("педагог-психолог, 1-й этап, 3-х дней")),
              "педагог-психолог, 1-й этап, 3-х дней");
    EXPECT_EQ(testing::show_marks(typeset("2021-2024")), "2021–2024");
}

TEST(TypesetTest, KeepsPhoneNumbersWhole) {
    // documents.md B.2 rule 13: +7␣(36561)␣2‑34‑56.
    EXPECT_EQ(testing::show_marks(typeset("тел. +7 (978) 802-45-73")), "тел. +7~(978)~802=45=73");
    EXPECT_EQ(testing::show_marks(typeset("+7 978 802-45-73")), "+7~978~802=45=73");
    EXPECT_EQ(testing::show_marks(typeset("8 (36561) 2-34-56")), "8~(36561)~2=34=56");
    EXPECT_EQ(testing::show_marks(typeset("звонить 802-45-73")), "звонить 802=45=73");
    EXPECT_EQ(testing::show_marks(typeset("8-978-123-45-67.")), "8=978=123=45=67.");
    // Not phone numbers: an ISO date, a plain number before a phone, short runs.
    EXPECT_EQ(testing::show_marks(typeset("2021-05-28")), "2021-05-28");
    EXPECT_EQ(testing::show_marks(typeset("кабинет 215 802-45-73")), "кабинет~215 802=45=73");
    EXPECT_EQ(testing::show_marks(typeset("8-499-557")), "8-499-557");
}

TEST(TypesetTest, GluesOnlyAbbreviationsInCapitals) {
    // B.2 rule 11: the abbreviation part only; words in capitals are not abbreviations.
    EXPECT_EQ(show_nbsp(typeset("ГБПОУ РК «Керченский политехнический колледж»")),
              "ГБПОУ~РК~«Керченский политехнический колледж»");
    EXPECT_EQ(show_nbsp(typeset("в ГКОУКО «Школа»")), "в~ГКОУКО~«Школа»");
    EXPECT_EQ(show_nbsp(typeset("ГБПОУ РК «КЕРЧЕНСКИЙ ПОЛИТЕХНИЧЕСКИЙ КОЛЛЕДЖ»")),
              "ГБПОУ РК «КЕРЧЕНСКИЙ ПОЛИТЕХНИЧЕСКИЙ КОЛЛЕДЖ»");
    EXPECT_EQ(show_nbsp(typeset("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ПРОФЕССИОНАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ "
                                "УЧРЕЖДЕНИЕ РЕСПУБЛИКИ КРЫМ «КЕРЧЕНСКИЙ ПОЛИТЕХНИЧЕСКИЙ КОЛЛЕДЖ»")),
              "ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ПРОФЕССИОНАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ РЕСПУБЛИКИ "
              "КРЫМ «КЕРЧЕНСКИЙ ПОЛИТЕХНИЧЕСКИЙ КОЛЛЕДЖ»");
    EXPECT_EQ(show_nbsp(typeset("учреждение Республики Крым «Керченский колледж»")),
              "учреждение Республики Крым «Керченский колледж»");
    // г.␣Керчь in every case, capitals included.
    EXPECT_EQ(show_nbsp(typeset("г. Керчь")), "г.~Керчь");
    EXPECT_EQ(show_nbsp(typeset("Г. КЕРЧЬ")), "Г. КЕРЧЬ");
}

TEST(TypesetTest, DoesNotDoubleThePeriodOfAnAbbreviation) {
    EXPECT_EQ(show_nbsp(typeset("Ответственный: Ярошенко Н.И..")), "Ответственный: Ярошенко~Н.И.");
    EXPECT_EQ(show_nbsp(typeset("до 2023 г..")), "до~2023~г.");
    EXPECT_EQ(show_nbsp(typeset("и т.д.. Далее")), "и~т.~д. Далее");
    EXPECT_EQ(show_nbsp(typeset("и так далее...")), "и~так далее…");
    EXPECT_EQ(typeset("1.1...."), "1.1....");
}

TEST(TypesetTest, PrintsFormsOfMentorshipWithAnEnDash) {
    // documents.md C.4 and B.4: «педагог – студент», quoted or not, typed with any dash.
    for (const std::string_view typed :
         {"педагог — студент", "педагог – студент", "педагог - студент", "педагог -- студент"}) {
        EXPECT_EQ(show_nbsp(typeset(typed)), "педагог~– студент") << typed;
    }
    EXPECT_EQ(show_nbsp(typeset("Учитель - ученик")), "Учитель~– ученик");
    EXPECT_EQ(show_nbsp(typeset("«обучающийся — обучающийся»")), "«обучающийся~– обучающийся»");
    EXPECT_EQ(show_nbsp(typeset("Наставник - участник программы")),
              "Наставник~— участник программы");
}

TEST(TypesetTest, VerbatimModeChangesNoVisibleGlyph) {
    const auto verbatim = [](std::string_view text) {
        return testing::show_marks(typeset(text, TextMode::Verbatim));
    };
    EXPECT_EQ(verbatim("\"Положение\" - это 2023-2024 гг... №26, т.е."),
              "\"Положение\"~- это 2023-2024~гг... №26, т.е.");
    EXPECT_EQ(verbatim("в  школе и в колледже"), "в  школе и~в~колледже");
    EXPECT_EQ(verbatim("Д. В. Колесник, 10000 руб."), "Д. В.~Колесник, 10000~руб.");
    EXPECT_EQ(verbatim("тел. +7 (978) 802-45-73, № Р-145"), "тел. +7~(978)~802=45=73, №~Р=145");
    EXPECT_EQ(verbatim("г. Керчь"), "г.~Керчь");
    EXPECT_EQ(verbatim("Ярошенко Н.И.."), "Ярошенко~Н.И.");
}

}  // namespace
}  // namespace nastavdoc::text
