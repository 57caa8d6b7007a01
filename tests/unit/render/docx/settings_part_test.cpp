#include "engine/render/docx/parts.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace nastavdoc::render::docx {
namespace {

TEST(SettingsPartTest, WordHyphenatesAutomaticallyWithTabStopsOf125Cm) {
    pugi::xml_document xml;
    const std::string text = write_settings_part(model::Document{});
    ASSERT_TRUE(xml.load_buffer(text.data(), text.size()));
    const pugi::xml_node settings = xml.document_element();
    EXPECT_TRUE(settings.child("w:autoHyphenation"));
    EXPECT_STREQ(settings.child("w:defaultTabStop").attribute("w:val").value(), "709");
    EXPECT_STREQ(settings.child("w:themeFontLang").attribute("w:val").value(), "ru-RU");
    // Schema order: defaultTabStop comes before autoHyphenation (ECMA-376 17.15.1).
    EXPECT_EQ(settings.child("w:defaultTabStop").next_sibling(),
              settings.child("w:autoHyphenation"));
}

TEST(HeaderPartTest, PageNumberIsACentredPageField) {
    pugi::xml_document xml;
    const std::string text = write_header_part(model::Document{}, true);
    ASSERT_TRUE(xml.load_buffer(text.data(), text.size()));
    EXPECT_STREQ(xml.select_node("//w:instrText").node().child_value(), " PAGE ");
    EXPECT_STREQ(xml.select_node("//w:jc").node().attribute("w:val").value(), "center");
    EXPECT_EQ(xml.select_nodes("//w:fldChar").size(), 3u);
    const std::string empty = write_header_part(model::Document{}, false);
    EXPECT_EQ(empty.find("PAGE"), std::string::npos);
}

TEST(RelationshipsTest, HeadersTakeTheIdsTheDocumentUses) {
    DocumentRelations relations;
    relations.has_page_numbers = true;
    relations.has_numbering = true;
    const std::string text = write_document_relationships(relations);
    EXPECT_NE(text.find(std::string("Id=\"") + kHeaderDefaultId +
                        "\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/header\" Target=\"header1.xml\""),
              std::string::npos);
    EXPECT_NE(text.find(std::string("Id=\"") + kHeaderFirstId + "\""), std::string::npos);
    EXPECT_NE(text.find("Target=\"numbering.xml\""), std::string::npos);
}

TEST(ContentTypesTest, OverridesEveryPartWithAType) {
    const std::vector<Part> parts = {{"_rels/.rels", "", ""},
                                     {"word/document.xml", "main+xml", ""},
                                     {"docProps/core.xml", "core+xml", ""}};
    const std::string text = write_content_types(parts);
    EXPECT_NE(text.find("<Override PartName=\"/word/document.xml\" ContentType=\"main+xml\"/>"),
              std::string::npos);
    EXPECT_NE(text.find("<Default Extension=\"rels\""), std::string::npos);
    EXPECT_EQ(text.find("/_rels/.rels"), std::string::npos);
}

}  // namespace
}  // namespace nastavdoc::render::docx
