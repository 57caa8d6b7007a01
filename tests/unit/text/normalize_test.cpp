#include "engine/text/apply_typography.h"
#include "engine/text/typography.h"
#include "tests/unit/text/tsv.h"

#include <gtest/gtest.h>

namespace nastavdoc::text {
namespace {

std::string strict(std::string_view text) {
    return testing::show_marks(typeset(normalize_strict(text)));
}

TEST(NormalizeTest, DropsTheYearWordAfterANumericDate) {
    // documents.md A.6: no «г.» after a numeric date.
    EXPECT_EQ(normalize_strict("28.05.2021г."), "28.05.2021");
    EXPECT_EQ(normalize_strict("приказ от 25.12.2019 г. № Р-145"), "приказ от 25.12.2019 № Р-145");
    EXPECT_EQ(normalize_strict("от 5.6.2023г., далее"), "от 05.06.2023, далее");
    // The period also ends the sentence: it stays.
    EXPECT_EQ(normalize_strict("Утверждено приказом от 28.05.2021 г. Приказ вступает"),
              "Утверждено приказом от 28.05.2021. Приказ вступает");
    EXPECT_EQ(normalize_strict("Положение утверждено приказом от 28.05.2021 г."),
              "Положение утверждено приказом от 28.05.2021.");
    EXPECT_EQ(normalize_strict("Дата: 28.05.2021 г.."), "Дата: 28.05.2021.");
    // Not a date, or no «г.»: as typed.
    EXPECT_EQ(normalize_strict("28.05.2021"), "28.05.2021");
    EXPECT_EQ(normalize_strict("пункт 1.2.20211 г."), "пункт 1.2.20211 г.");
    EXPECT_EQ(normalize_strict("в 2021 г."), "в 2021 г.");
    EXPECT_EQ(normalize_strict("45.13.2021 г."), "45.13.2021 г.");
}

TEST(NormalizeTest, RewritesAQuotedDay) {
    EXPECT_EQ(normalize_strict("от «20» 11 2023 г. № 154-У"), "от 20.11.2023 № 154-У");
    EXPECT_EQ(normalize_strict("от \"5\" 9 2023г."), "от 05.09.2023");
    EXPECT_EQ(normalize_strict("«23» августа 2021 г."), "23 августа 2021 г.");
    EXPECT_EQ(normalize_strict("«05» июня 2023 г."), "5 июня 2023 г.");
    // A blank for hand-filling and a quoted number that is not a day stay.
    EXPECT_EQ(normalize_strict("«___» ____________ 20___ г."), "«___» ____________ 20___ г.");
    EXPECT_EQ(normalize_strict("группа «7» класса"), "группа «7» класса");
}

TEST(NormalizeTest, AbbreviatesTheSpelledOutYear) {
    EXPECT_EQ(normalize_strict("28 мая 2021 года"), "28 мая 2021 г.");
    EXPECT_EQ(normalize_strict("с 1 сентября 2023 года по 31 мая 2024 года."),
              "с 1 сентября 2023 г. по 31 мая 2024 г.");
    EXPECT_EQ(strict("28 мая 2021 года"), "28~мая~2021~г.");
    // «года» without a date in words is a word.
    EXPECT_EQ(normalize_strict("в течение 2021 года"), "в течение 2021 года");
    EXPECT_EQ(normalize_strict("3 года"), "3 года");
}

TEST(NormalizeTest, FixesVTechenii) {
    EXPECT_EQ(normalize_strict("в течении года"), "в течение года");
    EXPECT_EQ(normalize_strict("В течении учебного года"), "В течение учебного года");
    EXPECT_EQ(normalize_strict("в\u00A0течении месяца"), "в\u00A0течение месяца");
    EXPECT_EQ(strict("в течении года"), "в~течение года");
    // The noun stays: «в течении реки».
    EXPECT_EQ(normalize_strict("в течении реки"), "в течении реки");
    EXPECT_EQ(normalize_strict("втечении"), "втечении");
}

TEST(NormalizeTest, PutsAnEnDashInYearRanges) {
    EXPECT_EQ(normalize_strict("на 2023-2024 учебный год"), "на 2023–2024 учебный год");
    EXPECT_EQ(normalize_strict("8-2023-2024"), "8-2023-2024");
    EXPECT_EQ(normalize_strict("2024-2023"), "2024-2023");
    EXPECT_EQ(normalize_strict("2023-2024-2025"), "2023-2024-2025");
}

TEST(NormalizeTest, SpacesAListNumber) {
    EXPECT_EQ(normalize_strict("1.Издание приказа"), "1. Издание приказа");
    EXPECT_EQ(normalize_strict("курсы 1.«Технологии» 2.«Деятельность»"),
              "курсы 1. «Технологии» 2. «Деятельность»");
    EXPECT_EQ(normalize_strict("1.1.Общие положения"), "1.1. Общие положения");
    EXPECT_EQ(normalize_strict("1.1. Общие, п.10, г.Керчь, 28.05.2021"),
              "1.1. Общие, п.10, г.Керчь, 28.05.2021");
}

TEST(NormalizeTest, SpacesTheDashOfAFormOfMentorship) {
    EXPECT_EQ(strict("форма ученик-ученик"), "форма ученик~– ученик");
    EXPECT_EQ(strict("педагог-студент"), "педагог~– студент");
    EXPECT_EQ(normalize_strict("педагог-психолог"), "педагог-психолог");
}

TEST(NormalizeTest, ReportsEachRewrite) {
    std::vector<Normalisation> found;
    const std::string text = "Анализ в течении года; приказ от 28.05.2021г. на 2023-2024 год";
    normalize_strict(text, &found);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].code, "grammar.v-techenie");
    EXPECT_EQ(found[0].from, "в течении");
    EXPECT_EQ(found[0].to, "в течение");
    EXPECT_EQ(found[0].offset, text.find("в течении"));
    EXPECT_EQ(found[1].code, "date.year-word");
    EXPECT_EQ(found[1].from, "28.05.2021г.");
    EXPECT_EQ(found[1].to, "28.05.2021");
    EXPECT_EQ(found[2].code, "dash.year-range");
    EXPECT_EQ(found[2].to, "2023–2024");
}

TEST(NormalizeTest, IsIdempotentAndKeepsInvalidBytes) {
    for (const std::string_view text :
         {"от «20» 11 2023 г.", "28 мая 2021 года.", "в течении года", "1.Издание", "2023-2024",
          "28.05.2021г. Приказ", "ученик-ученик"}) {
        const std::string once = typeset(normalize_strict(text));
        EXPECT_EQ(typeset(normalize_strict(once)), once) << text;
    }
    EXPECT_EQ(normalize_strict("в \xFF течении"), "в \xFF течении");
    EXPECT_EQ(normalize_strict("\xD0"), "\xD0");
    EXPECT_EQ(normalize_strict(""), "");
}

TEST(ApplyTypographyTest, StrictModeNormalisesAcrossRuns) {
    model::Inlines inlines;
    model::append_text(inlines, "приказ от 28.05.2021");
    model::append_text(inlines, " г. в течении года", model::CharStyle{.bold = true});
    apply_typography(inlines, TextMode::Strict);
    ASSERT_EQ(inlines.size(), 2u);
    EXPECT_EQ(testing::show_marks(model::plain_text(inlines)),
              "приказ от~28.05.2021 в~течение года");
    EXPECT_EQ(inlines[0].text, "приказ от\u00A028.05.2021");
}

TEST(ApplyTypographyTest, VerbatimModeLeavesTheWords) {
    model::Inlines inlines;
    model::append_text(inlines, "от 28.05.2021г. в течении 2023-2024 гг. - \"итоги\"");
    apply_typography(inlines, TextMode::Verbatim);
    EXPECT_EQ(testing::show_marks(model::plain_text(inlines)),
              "от~28.05.2021г. в~течении 2023-2024~гг.~- \"итоги\"");
}

TEST(ApplyTypographyTest, TypesetsTheStringsOfTheModel) {
    model::Document document;
    model::Section section;
    model::Table table;
    model::TableColumn column;
    column.validation = model::Validation::List;
    column.options = {"педагог — студент", "педагог – педагог", "студент - студент"};
    table.columns.push_back(column);
    model::TableRow row;
    model::TableCell cell;
    model::Paragraph paragraph;
    model::append_text(paragraph.content, "педагог — студент");
    cell.blocks.push_back(paragraph);
    row.cells.push_back(std::move(cell));
    table.rows.push_back(std::move(row));
    section.blocks.push_back(std::move(table));
    model::RequisitesLine requisites;
    requisites.date = "28.05.2021";
    requisites.number = "№ 287/п";
    requisites.place = "г. Керчь";
    section.blocks.push_back(requisites);
    model::Signature signature;
    signature.name = "Д.В. Колесник";
    section.blocks.push_back(signature);
    document.sections.push_back(std::move(section));

    apply_typography(document, TextMode::Strict);
    const auto& blocks = document.sections[0].blocks;
    const auto* typeset_table = blocks[0].as<model::Table>();
    ASSERT_NE(typeset_table, nullptr);
    const std::string cell_text = model::plain_text(
        typeset_table->rows[0].cells[0].blocks[0].as<model::Paragraph>()->content);
    EXPECT_EQ(testing::show_marks(cell_text), "педагог~– студент");
    // The list of the XLSX validation holds what the cells print.
    EXPECT_EQ(typeset_table->columns[0].options[0], cell_text);
    EXPECT_EQ(testing::show_marks(typeset_table->columns[0].options[2]), "студент~– студент");
    const auto* typeset_requisites = blocks[1].as<model::RequisitesLine>();
    EXPECT_EQ(testing::show_marks(typeset_requisites->place), "г.~Керчь");
    EXPECT_EQ(testing::show_marks(typeset_requisites->number), "№~287/п");
    EXPECT_EQ(testing::show_marks(blocks[2].as<model::Signature>()->name), "Д.В.~Колесник");

    // Verbatim glues too (no visible change): the place still never breaks after «г.».
    requisites.place = "г. Керчь";
    model::Document verbatim;
    verbatim.sections.emplace_back();
    verbatim.sections[0].blocks.push_back(requisites);
    apply_typography(verbatim, TextMode::Verbatim);
    EXPECT_EQ(
        testing::show_marks(verbatim.sections[0].blocks[0].as<model::RequisitesLine>()->place),
        "г.~Керчь");
}

}  // namespace
}  // namespace nastavdoc::text
