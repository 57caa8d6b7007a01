// Where Word may break pages in word/document.xml: no page break next to a section break (it
// would leave a blank page), and the signature kept with the end of the text (A.10).
#include "engine/render/docx/parts.h"
#include "tests/unit/render/docx/sample_document.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace nastavdoc::render::docx {
namespace {

pugi::xml_document parse_document(const model::Document& document) {
    NumberingRegistry numbering;
    const std::string text = write_document_part(document, numbering);
    pugi::xml_document xml;
    EXPECT_TRUE(xml.load_buffer(text.data(), text.size()));
    return xml;
}

std::size_t count(const pugi::xml_document& xml, const char* xpath) {
    return xml.select_nodes(xpath).size();
}

std::string text_of(pugi::xml_node paragraph) {
    std::string text;
    for (const auto& t : paragraph.select_nodes(".//w:t"))
        text += t.node().text().get();
    return text;
}

model::Section section_of(std::vector<model::Block> blocks) {
    model::Section section;
    section.blocks = std::move(blocks);
    return section;
}

model::Paragraph body(std::string_view text) {
    return testing::paragraph(model::Role::Body, text);
}

model::Signature director() {
    model::Signature signature;
    signature.position_lines.push_back(testing::text_line("Директор"));
    signature.name = "Д.В.\u00A0Колесник";
    return signature;
}

TEST(PageFlowTest, SectionThatOpensWithAPageBreakWritesNoBreak) {
    // An attachment, then the лист ознакомления whose template opens with <page-break/>.
    model::Document document;
    document.sections.push_back(section_of({body("Текст приказа.")}));
    document.sections.push_back(section_of({body("Приложение 1.")}));
    document.sections.push_back(
        section_of({model::PageBreak{}, body("ЛИСТ ОЗНАКОМЛЕНИЯ"), body("Таблица.")}));
    const pugi::xml_document xml = parse_document(document);
    EXPECT_EQ(count(xml, "//w:br[@w:type='page']"), 0u);
    EXPECT_EQ(count(xml, "//w:sectPr[w:type[@w:val='nextPage']]"), 2u);
    // The section's first paragraph is its text, not an empty one left by the break.
    const pugi::xml_node end_of_second = xml.select_node("(//w:pPr[w:sectPr])[2]").node().parent();
    EXPECT_EQ(text_of(end_of_second.next_sibling()), "ЛИСТ ОЗНАКОМЛЕНИЯ");
}

TEST(PageFlowTest, PageBreakBeforeASectionBreakIsNotWritten) {
    model::Document document;
    document.sections.push_back(section_of({body("Текст."), model::PageBreak{}}));
    document.sections.push_back(section_of({body("Приложение.")}));
    const pugi::xml_document xml = parse_document(document);
    EXPECT_EQ(count(xml, "//w:br[@w:type='page']"), 0u);
    // The section ends in its last paragraph of text.
    EXPECT_EQ(text_of(xml.select_node("//w:p[w:pPr/w:sectPr]").node()), "Текст.");
}

TEST(PageFlowTest, PageBreakInsideASectionStays) {
    model::Document document;
    document.sections.push_back(
        section_of({body("Анкета."), model::PageBreak{}, body("Вторая анкета.")}));
    const pugi::xml_document xml = parse_document(document);
    EXPECT_EQ(count(xml, "//w:br[@w:type='page']"), 1u);
}

TEST(PageFlowTest, LastTextAndEmptyLinesKeepWithTheSignature) {
    model::Document document;
    document.sections.push_back(
        section_of({body("Первый пункт."), body("Контроль оставляю за собой."),
                    model::Spacer{16, {}}, model::Spacer{16, {}}, director()}));
    const pugi::xml_document xml = parse_document(document);
    const auto paragraphs = xml.select_nodes("/w:document/w:body/w:p");
    ASSERT_EQ(paragraphs.size(), 5u);
    const auto keeps = [&](std::size_t i) {
        return static_cast<bool>(paragraphs[i].node().child("w:pPr").child("w:keepNext"));
    };
    EXPECT_FALSE(keeps(0));  // only the last paragraph of the text
    EXPECT_TRUE(keeps(1));
    EXPECT_TRUE(keeps(2));
    EXPECT_TRUE(keeps(3));
    // CT_PPrBase order: w:keepNext right after w:pStyle.
    EXPECT_STREQ(paragraphs[1].node().child("w:pPr").first_child().next_sibling().name(),
                 "w:keepNext");
    // The signature line itself is never split.
    const pugi::xml_node signature = paragraphs[4].node();
    EXPECT_EQ(text_of(signature), "ДиректорД.В.\u00A0Колесник");
    EXPECT_TRUE(signature.child("w:pPr").child("w:keepLines"));
}

TEST(PageFlowTest, SignatureKeepsNothingBeyondATable) {
    model::Document document;
    model::Table table;
    table.columns.resize(1);
    model::TableRow row;
    row.cells.push_back(testing::cell("ячейка"));
    table.rows.push_back(row);
    document.sections.push_back(section_of({table, model::Spacer{16, {}}, director()}));
    const pugi::xml_document xml = parse_document(document);
    EXPECT_EQ(count(xml, "//w:tbl//w:keepNext"), 0u);
    EXPECT_EQ(count(xml, "/w:document/w:body/w:p[w:pPr/w:keepNext]"), 1u);  // the spacer
}

}  // namespace
}  // namespace nastavdoc::render::docx
