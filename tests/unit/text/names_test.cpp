#include "engine/text/names.h"

#include "tests/support/test_support.h"
#include "tests/unit/text/tsv.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

using nastavdoc::testing::nbsp;
using nastavdoc::testing::show_nbsp;

TEST(NamesTest, DeclinesEveryNameOfTheTableIntoSixCases) {
    const auto rows = testing::read_tsv("names.tsv");
    ASSERT_GE(rows.size(), 300u);
    int failures = 0;
    for (const auto& row : rows) {
        ASSERT_EQ(row.cells.size(), 7u) << "names.tsv:" << row.line;
        const std::optional<PersonName> name = parse_name(row.cells[0]);
        ASSERT_TRUE(name.has_value()) << row.cells[0];
        const Gender expected_gender = row.cells[6] == "m" ? Gender::Male : Gender::Female;
        EXPECT_EQ(name->gender, expected_gender) << "names.tsv:" << row.line;
        for (int c = 0; c < kCaseCount; ++c) {
            const std::string got =
                format_name(decline_name(*name, static_cast<Case>(c)), NameFormat::Full);
            if (got != row.cells[static_cast<std::size_t>(c)]) {
                ++failures;
                ADD_FAILURE() << "names.tsv:" << row.line << " " << case_name(static_cast<Case>(c))
                              << ": expected «" << row.cells[static_cast<std::size_t>(c)]
                              << "», got «" << got << "»";
            }
        }
    }
    EXPECT_EQ(failures, 0);
}

TEST(NamesTest, DeclinesWrittenNamesKeepingTheirOrder) {
    const auto rows = testing::read_tsv("names.tsv");
    for (const auto& row : rows) {
        for (int c = 0; c < kCaseCount; ++c) {
            EXPECT_EQ(decline_written_name(row.cells[0], static_cast<Case>(c)).value_or(""),
                      row.cells[static_cast<std::size_t>(c)])
                << "names.tsv:" << row.line;
        }
    }
}

TEST(NamesTest, ParsesSurnameFirstAndFirstNameFirst) {
    const auto a = parse_name("Колесник Дмитрий Викторович");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->last, "Колесник");
    EXPECT_EQ(a->first, "Дмитрий");
    EXPECT_EQ(a->middle, "Викторович");
    EXPECT_EQ(a->gender, Gender::Male);
    const auto b = parse_name("Дмитрий Викторович Колесник");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->last, "Колесник");
    EXPECT_EQ(b->first, "Дмитрий");
    EXPECT_EQ(b->middle, "Викторович");
    // A surname that looks like a patronymic stays a surname when it comes first.
    const auto c = parse_name("Шостакович Дмитрий Дмитриевич");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->last, "Шостакович");
    const auto d = parse_name("Дмитрий Дмитриевич Шостакович");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->last, "Шостакович");
}

TEST(NamesTest, ParsesInitialsInBothOrders) {
    for (const std::string_view text :
         {"Колесник Д.В.", "Д.В. Колесник", "Колесник Д. В.", "Д. В. Колесник", "Д.В.Колесник",
          "Колесник\xC2\xA0Д.В.", "Колесник Д В"}) {
        const auto name = parse_name(text);
        ASSERT_TRUE(name) << text;
        EXPECT_EQ(name->last, "Колесник") << text;
        EXPECT_EQ(name->first, "Д.") << text;
        EXPECT_EQ(name->middle, "В.") << text;
    }
}

TEST(NamesTest, ParsesTwoWordNames) {
    const auto a = parse_name("Дмитрий Колесник");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->first, "Дмитрий");
    EXPECT_EQ(a->last, "Колесник");
    const auto b = parse_name("Колесник Дмитрий");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->first, "Дмитрий");
    EXPECT_EQ(b->last, "Колесник");
    const auto c = parse_name("Мария Петровна");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->first, "Мария");
    EXPECT_EQ(c->middle, "Петровна");
    EXPECT_EQ(c->gender, Gender::Female);
}

TEST(NamesTest, RejectsWhatIsNotAName) {
    EXPECT_FALSE(parse_name(""));
    EXPECT_FALSE(parse_name("   "));
    EXPECT_FALSE(parse_name("один два три четыре пять шесть семь восемь девять"));
    EXPECT_FALSE(parse_name("А. Б. В. Г."));
}

TEST(NamesTest, InfersGenderFromPatronymicThenFirstNameThenSurname) {
    EXPECT_EQ(infer_gender({"Колесник", "Саша", "Викторовна"}), Gender::Female);
    EXPECT_EQ(infer_gender({"Колесник", "Саша", "Викторович"}), Gender::Male);
    EXPECT_EQ(infer_gender({"Колесник", "Никита", ""}), Gender::Male);
    EXPECT_EQ(infer_gender({"Колесник", "Любовь", ""}), Gender::Female);
    EXPECT_EQ(infer_gender({"Колесник", "Нинель", ""}), Gender::Female);
    EXPECT_EQ(infer_gender({"Колесник", "Игорь", ""}), Gender::Male);
    EXPECT_EQ(infer_gender({"Бухардина", "З.", "М."}), Gender::Female);
    EXPECT_EQ(infer_gender({"Ярославский", "", ""}), Gender::Male);
    EXPECT_EQ(infer_gender({"Колесник", "Д.", "В."}), Gender::Unknown);
    EXPECT_EQ(infer_gender({"Колесник", "Д.", "В.", Gender::Female}), Gender::Female);
    EXPECT_EQ(infer_gender({"Алиев", "Гусейн", "Ахмед оглы"}), Gender::Male);
    EXPECT_EQ(infer_gender({"Алиева", "Айгуль", "Рашид кызы"}), Gender::Female);
}

TEST(NamesTest, FemaleConsonantSurnamesDoNotDecline) {
    PersonName woman{"Колесник", "Д.", "В.", Gender::Female};
    EXPECT_EQ(show_nbsp(format_name(decline_name(woman, Case::Gen), NameFormat::SurnameInitials)),
              "Колесник~Д.В.");
    PersonName man{"Колесник", "Д.", "В.", Gender::Male};
    EXPECT_EQ(show_nbsp(format_name(decline_name(man, Case::Gen), NameFormat::SurnameInitials)),
              "Колесника~Д.В.");
    // Unknown gender and no hint: declined as a man's (forms in orders mostly are).
    PersonName unknown{"Колесник", "Д.", "В."};
    EXPECT_EQ(show_nbsp(format_name(decline_name(unknown, Case::Ins), NameFormat::InitialsSurname)),
              "Д.В.~Колесником");
}

TEST(NamesTest, FormatsInitialsWithNoBreakSpace) {
    const PersonName name{"Колесник", "Дмитрий", "Викторович", Gender::Male};
    EXPECT_EQ(format_name(name, NameFormat::Full), "Колесник Дмитрий Викторович");
    EXPECT_EQ(show_nbsp(format_name(name, NameFormat::SurnameInitials)), "Колесник~Д.В.");
    EXPECT_EQ(show_nbsp(format_name(name, NameFormat::InitialsSurname)), "Д.В.~Колесник");
    const PersonName initials{"Бухардина", "З.", "М.", Gender::Female};
    EXPECT_EQ(show_nbsp(format_name(initials, NameFormat::Full)), "Бухардина~З.М.");
    const PersonName no_middle{"Смит", "Джон", "", Gender::Male};
    EXPECT_EQ(show_nbsp(format_name(no_middle, NameFormat::InitialsSurname)), "Д.~Смит");
    const PersonName lower_first{"Ёлкин", "ёжик", "", Gender::Male};
    EXPECT_EQ(show_nbsp(format_name(lower_first, NameFormat::SurnameInitials)), "Ёлкин~Ё.");
}

TEST(NamesTest, DeclinesWrittenNamesWithInitials) {
    EXPECT_EQ(decline_written_name("Д.В. Колесник", Case::Gen), "Д.В. Колесника");
    EXPECT_EQ(show_nbsp(*decline_written_name(nbsp("Колесник~Д.В."), Case::Dat)), "Колеснику~Д.В.");
    EXPECT_EQ(decline_written_name("Бухардина З.М.", Case::Acc), "Бухардину З.М.");
    EXPECT_EQ(decline_written_name("З.М. Бухардина", Case::Ins), "З.М. Бухардиной");
    EXPECT_EQ(decline_written_name("Дмитрий Викторович Колесник", Case::Pre),
              "Дмитрии Викторовиче Колеснике");
    EXPECT_EQ(decline_written_name("Колесник Д.В.", Case::Gen, Gender::Female), "Колесник Д.В.");
    EXPECT_FALSE(decline_written_name("", Case::Gen));
}

TEST(NamesTest, KeepsCapitalsOfNamesWrittenInCapitals) {
    EXPECT_EQ(decline_written_name("ИВАНОВ ИВАН ИВАНОВИЧ", Case::Ins),
              "ИВАНОВЫМ ИВАНОМ ИВАНОВИЧЕМ");
}

TEST(NamesTest, DeclinesPartsOfDoubleNames) {
    EXPECT_EQ(decline_name_part("Анна-Мария", NamePart::First, Gender::Female, Case::Gen),
              "Анны-Марии");
    EXPECT_EQ(decline_name_part("Мамин-Сибиряк", NamePart::Last, Gender::Male, Case::Ins),
              "Маминым-Сибиряком");
    EXPECT_EQ(decline_name_part("фон Браун", NamePart::Last, Gender::Male, Case::Gen),
              "фон Брауна");
}

TEST(NamesTest, StoredFormsWin) {
    const PersonName name{"Кравец", "Лев", "Ильич", Gender::Male};
    const PersonName stored{"Кравца", "", ""};
    const PersonName declined = decline_name(name, Case::Gen, stored);
    EXPECT_EQ(format_name(declined, NameFormat::Full), "Кравца Льва Ильича");
}

TEST(NamesTest, SurvivesOddInput) {
    for (const std::string_view text :
         {"\xFF\xFE", "Ё", "-", "--", "А-", "-Б", ". . .", "Иванов\xD0",
          "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", "оглы", "фон де ла", "1 2 3",
          "Д.", "Д.В.Е.Ж."}) {
        for (int c = 0; c < kCaseCount; ++c) {
            const auto name = parse_name(text);
            if (name) {
                (void)format_name(decline_name(*name, static_cast<Case>(c)), NameFormat::Full);
            }
            (void)decline_written_name(text, static_cast<Case>(c));
            (void)decline_name_part(text, NamePart::Last, Gender::Female, static_cast<Case>(c));
        }
    }
}

TEST(NamesTest, TellsProperNames) {
    EXPECT_TRUE(is_proper_name("Колесник"));
    EXPECT_TRUE(is_proper_name("Петров-Водкин"));
    EXPECT_FALSE(is_proper_name("колледж"));
    EXPECT_FALSE(is_proper_name("УВР"));
    EXPECT_FALSE(is_proper_name("Д."));
    EXPECT_FALSE(is_proper_name("ТМ21"));
}

}  // namespace
}  // namespace nastavdoc::text
