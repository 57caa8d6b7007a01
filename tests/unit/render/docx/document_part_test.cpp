#include "engine/base/units.h"
#include "engine/render/docx/docx.h"
#include "engine/render/docx/parts.h"
#include "tests/unit/render/docx/docx_test_support.h"
#include "tests/unit/render/docx/sample_document.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::docx {
namespace {

std::string document_xml(const model::Document& document) {
    NumberingRegistry numbering;
    return write_document_part(document, numbering);
}

pugi::xml_document parse(const std::string& text) {
    pugi::xml_document xml;
    EXPECT_TRUE(xml.load_buffer(text.data(), text.size()));
    return xml;
}

std::size_t count(const pugi::xml_document& xml, const char* xpath) {
    return xml.select_nodes(xpath).size();
}

// The paragraph whose text starts with `start`.
pugi::xml_node find_paragraph(const pugi::xml_document& xml, const std::string& start) {
    for (const auto& hit : xml.select_nodes("//w:p")) {
        std::string text;
        for (const auto& t : hit.node().select_nodes(".//w:t"))
            text += t.node().text().get();
        if (text.rfind(start, 0) == 0)
            return hit.node();
    }
    return {};
}

class OrderDocumentTest : public ::testing::Test {
protected:
    const std::string text_ = document_xml(testing::sample_order(5));
    const pugi::xml_document xml_ = parse(text_);
};

TEST_F(OrderDocumentTest, SectionsEndWithTheirPropertiesAndTheBodyWithTheLast) {
    EXPECT_STREQ(xml_.select_node("/w:document/w:body").node().last_child().name(), "w:sectPr");
    EXPECT_EQ(count(xml_, "//w:pPr/w:sectPr"), 2u);
    EXPECT_EQ(count(xml_, "//w:sectPr"), 3u);
}

TEST_F(OrderDocumentTest, FirstPageHasNoNumberAndLaterSectionsContinue) {
    const pugi::xml_node first = xml_.select_node("(//w:sectPr)[1]").node();
    EXPECT_TRUE(first.child("w:titlePg"));
    EXPECT_EQ(count(xml_, "//w:sectPr/w:titlePg"), 1u);
    EXPECT_EQ(count(xml_, "//w:headerReference[@w:type='default']"), 3u);
    EXPECT_EQ(count(xml_, "//w:pgNumType"), 0u);
}

TEST_F(OrderDocumentTest, AttachmentIsALandscapeSectionOnANewPage) {
    const pugi::xml_node second = xml_.select_node("(//w:sectPr)[2]").node();
    EXPECT_STREQ(second.child("w:type").attribute("w:val").value(), "nextPage");
    EXPECT_STREQ(second.child("w:pgSz").attribute("w:orient").value(), "landscape");
    EXPECT_EQ(second.child("w:pgSz").attribute("w:w").as_int(), 16838);
    EXPECT_EQ(second.child("w:pgMar").attribute("w:top").as_int(), mm_to_twips(30));
    const pugi::xml_node first = xml_.select_node("(//w:sectPr)[1]").node();
    EXPECT_EQ(first.child("w:pgMar").attribute("w:left").as_int(), mm_to_twips(30));
    EXPECT_EQ(first.child("w:pgMar").attribute("w:header").as_int(), mm_to_twips(10));
}

TEST_F(OrderDocumentTest, TableGridFillsTheLandscapeTextWidth) {
    int sum = 0;
    for (const auto& column : xml_.select_nodes("(//w:tbl)[1]/w:tblGrid/w:gridCol")) {
        sum += column.node().attribute("w:w").as_int();
    }
    EXPECT_EQ(sum, mm_to_twips(297 - 20 - 20));
    EXPECT_EQ(count(xml_, "(//w:tbl)[1]/w:tblGrid/w:gridCol"), 5u);
}

TEST_F(OrderDocumentTest, HeaderRowsRepeatAndPairRowsDoNotSplit) {
    EXPECT_EQ(count(xml_, "(//w:tbl)[1]/w:tr[w:trPr/w:tblHeader]"), 2u);
    EXPECT_EQ(count(xml_, "(//w:tbl)[1]/w:tr[w:trPr/w:cantSplit]"), 5u);
}

TEST_F(OrderDocumentTest, MergedCellsUseGridSpanAndVMerge) {
    // «№ п/п» spans two header rows; «Наставник» and «Наставляемый» two columns; each mentor
    // two pair rows (5 pairs: mentors over 1–2 and 3–4, the fifth alone).
    EXPECT_EQ(count(xml_, "(//w:tbl)[1]/w:tr[1]/w:tc/w:tcPr/w:gridSpan[@w:val='2']"), 2u);
    EXPECT_EQ(count(xml_, "(//w:tbl)[1]//w:vMerge[@w:val='restart']"), 1u + 2u * 2u);
    EXPECT_EQ(count(xml_, "(//w:tbl)[1]//w:vMerge[not(@w:val)]"), 1u + 2u * 2u);
    EXPECT_EQ(count(xml_, "(//w:tbl)[1]/w:tr[2]/w:tc"), 5u);
    EXPECT_EQ(count(xml_, "//w:tc[not(w:p)]"), 0u);
}

TEST_F(OrderDocumentTest, NestedPointsContinueTheParentList) {
    const pugi::xml_node point = find_paragraph(xml_, "Утвердить:");
    const pugi::xml_node sub = find_paragraph(xml_, "список наставнических пар");
    ASSERT_TRUE(point && sub);
    const auto num_id = [](pugi::xml_node p) {
        return std::string(
            p.child("w:pPr").child("w:numPr").child("w:numId").attribute("w:val").value());
    };
    EXPECT_EQ(num_id(point), num_id(sub));
    EXPECT_STREQ(sub.child("w:pPr").child("w:numPr").child("w:ilvl").attribute("w:val").value(),
                 "1");
    const pugi::xml_node paren = find_paragraph(xml_, "разработать");
    EXPECT_NE(num_id(paren), num_id(point));
    EXPECT_STREQ(paren.child("w:pPr").child("w:numPr").child("w:ilvl").attribute("w:val").value(),
                 "0");
}

TEST_F(OrderDocumentTest, ControlCharactersAreNeverWritten) {
    for (const char c : text_) {
        const auto byte = static_cast<unsigned char>(c);
        EXPECT_FALSE(byte < 0x20 && byte != '\n' && byte != '\t' && byte != '\r') << int(byte);
    }
    EXPECT_NE(text_.find("обучающихся для"), std::string::npos);
    EXPECT_NE(text_.find("и программам"), std::string::npos);  // the LF became a space
    EXPECT_EQ(text_.find("\t"), std::string::npos);
    EXPECT_EQ(count(xml_, "//w:r[w:tab]"), 3u);  // «пар\tежеквартально», date/number, signature
    EXPECT_GE(count(xml_, "//w:noBreakHyphen"), 3u);
}

TEST_F(OrderDocumentTest, DateLeftNumberRightOnOneLine) {
    const pugi::xml_node line = find_paragraph(xml_, "28.05.2021");
    ASSERT_TRUE(line);
    const pugi::xml_node tab = line.child("w:pPr").child("w:tabs").child("w:tab");
    EXPECT_STREQ(tab.attribute("w:val").value(), "right");
    EXPECT_EQ(tab.attribute("w:pos").as_int(), mm_to_twips(165));
    EXPECT_EQ(line.select_nodes("w:r[w:tab]/following-sibling::w:r/w:t")
                  .first()
                  .node()
                  .text()
                  .as_string(),
              std::string("№\u00A0287/п"));
}

TEST_F(OrderDocumentTest, ExecutorSitsInAFrameAtTheBottom) {
    const pugi::xml_node executor = find_paragraph(xml_, "Иванова Мария Петровна, методист");
    ASSERT_TRUE(executor);
    EXPECT_STREQ(executor.child("w:pPr").child("w:pStyle").attribute("w:val").value(), "Small");
    EXPECT_STREQ(executor.child("w:pPr").child("w:framePr").attribute("w:yAlign").value(),
                 "bottom");
}

TEST_F(OrderDocumentTest, AttachmentHeaderIsIndentedToTheTopRight) {
    const pugi::xml_node header = find_paragraph(xml_, "Приложение 1");
    ASSERT_TRUE(header);
    EXPECT_EQ(header.child("w:pPr").child("w:ind").attribute("w:left").as_int(),
              mm_to_twips(257 - 75));
}

TEST(DocumentPartTest, QuestionnaireHasCheckboxesBlanksAndGrifsSideBySide) {
    const std::string text = document_xml(testing::sample_questionnaire());
    const pugi::xml_document xml = parse(text);
    EXPECT_NE(text.find("\u2612"), std::string::npos);
    EXPECT_NE(text.find("\u2610"), std::string::npos);
    EXPECT_EQ(count(xml, "//w:tab[@w:leader='underscore']"), 3u);
    EXPECT_EQ(count(xml, "(//w:tbl)[1]//w:tblBorders/w:top[@w:val='nil']"), 1u);
    EXPECT_EQ(count(xml, "(//w:tbl)[1]/w:tr/w:tc"), 3u);
    EXPECT_EQ(count(xml, "//w:br[@w:type='page']"), 1u);
    EXPECT_EQ(count(xml, "//w:br[not(@w:type)]"), 1u);
    EXPECT_EQ(count(xml, "//w:headerReference"), 0u);
}

TEST(DocumentPartTest, LongLetteredListsKeepTheLegalLetters) {
    model::Document document;
    model::Section section;
    model::List list;
    list.format = model::ListFormat::CyrillicParen;
    for (int i = 0; i < 9; ++i)
        list.items.push_back(testing::item("пункт"));
    section.blocks.emplace_back(list);
    document.sections.push_back(section);
    NumberingRegistry numbering;
    const std::string text = write_document_part(document, numbering);
    EXPECT_TRUE(numbering.is_empty());
    EXPECT_NE(text.find(">и) </w:t>"), std::string::npos);  // з is skipped
    EXPECT_NE(text.find(">к) </w:t>"), std::string::npos);
}

TEST(DocumentPartTest, EmptyCellsAndTrailingTablesStillEndWithParagraphs) {
    model::Document document;
    model::Section section;
    model::Table table;
    table.columns.resize(2);
    model::TableRow row;
    row.cells.emplace_back();  // the second cell is missing: a gap
    table.rows.push_back(row);
    section.blocks.emplace_back(table);
    document.sections.push_back(section);
    const pugi::xml_document xml = parse(document_xml(document));
    EXPECT_EQ(count(xml, "//w:tc"), 2u);
    EXPECT_EQ(count(xml, "//w:tc[not(w:p)]"), 0u);
    EXPECT_STREQ(xml.select_node("/w:document/w:body/w:sectPr").node().previous_sibling().name(),
                 "w:p");
}

}  // namespace
}  // namespace nastavdoc::render::docx
