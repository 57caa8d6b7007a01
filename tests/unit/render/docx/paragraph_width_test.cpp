// The width of a paragraph's block (`width` of <p> and <heading>, documents.md A.7) in
// word/document.xml: Word has no block width, so what the block leaves of the column is w:ind
// w:right in twips, next to the left indent.
#include "engine/base/units.h"
#include "engine/render/docx/parts.h"
#include "tests/unit/render/docx/sample_document.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace nastavdoc::render::docx {
namespace {

model::Document one_section(std::vector<model::Block> blocks, double margin_right_mm = 15) {
    model::Document document;
    document.styles = testing::gost_styles();
    model::Section section;
    section.page.margin_right_mm = margin_right_mm;  // A4, left 30 mm: 165 mm of text width
    section.blocks = std::move(blocks);
    document.sections.push_back(std::move(section));
    return document;
}

// The w:ind of the first paragraph of the body.
pugi::xml_node first_indent(const model::Document& document, pugi::xml_document& xml) {
    NumberingRegistry numbering;
    const std::string text = write_document_part(document, numbering);
    EXPECT_TRUE(xml.load_buffer(text.data(), text.size()));
    return xml.select_node("(//w:body/w:p)[1]/w:pPr/w:ind").node();
}

model::Paragraph heading(std::optional<double> width_mm) {
    model::Paragraph paragraph = testing::paragraph(
        model::Role::Heading, "О внедрении целевой модели наставничества обучающихся");
    paragraph.overrides.width_mm = width_mm;
    return paragraph;
}

TEST(ParagraphWidthTest, WidthBecomesARightIndentOfWhatTheColumnLeaves) {
    pugi::xml_document xml;
    const pugi::xml_node indent = first_indent(one_section({heading(75)}), xml);
    ASSERT_TRUE(indent);
    EXPECT_EQ(indent.attribute("w:right").as_int(), mm_to_twips(165 - 75));
    EXPECT_FALSE(indent.attribute("w:left"));
    EXPECT_FALSE(indent.attribute("w:firstLine"));
}

TEST(ParagraphWidthTest, RightIndentFollowsTheMarginsOfTheSection) {
    pugi::xml_document xml;
    const pugi::xml_node indent = first_indent(one_section({heading(75)}, 10), xml);
    ASSERT_TRUE(indent);
    EXPECT_EQ(indent.attribute("w:right").as_int(), mm_to_twips(170 - 75));
}

TEST(ParagraphWidthTest, WidthCountsFromTheLeftIndent) {
    model::Paragraph paragraph = heading(75);
    paragraph.overrides.left_indent_mm = 20;
    paragraph.overrides.first_line_indent_mm = 5;
    pugi::xml_document xml;
    const pugi::xml_node indent = first_indent(one_section({paragraph}), xml);
    ASSERT_TRUE(indent);
    EXPECT_EQ(indent.attribute("w:left").as_int(), mm_to_twips(20));
    EXPECT_EQ(indent.attribute("w:right").as_int(), mm_to_twips(165 - 20 - 75));
    EXPECT_EQ(indent.attribute("w:firstLine").as_int(), mm_to_twips(5));
    // CT_Ind: left, right, then the first line.
    EXPECT_STREQ(indent.first_attribute().next_attribute().name(), "w:right");
}

TEST(ParagraphWidthTest, NoWidthOrAWiderOneWritesNoIndent) {
    pugi::xml_document xml;
    EXPECT_FALSE(first_indent(one_section({heading(std::nullopt)}), xml));
    pugi::xml_document wide;
    EXPECT_FALSE(first_indent(one_section({heading(200)}), wide));
}

}  // namespace
}  // namespace nastavdoc::render::docx
