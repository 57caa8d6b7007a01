#include "engine/render/docx/parts.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace nastavdoc::render::docx {
namespace {

pugi::xml_document core_of(const model::Document& document) {
    pugi::xml_document xml;
    const std::string text = write_core_properties(document);
    EXPECT_TRUE(xml.load_buffer(text.data(), text.size()));
    return xml;
}

TEST(CorePropertiesTest, TitleAuthorAndDatesComeFromTheDocument) {
    model::Document document;
    document.metadata.title = "О закреплении наставнических пар";
    document.metadata.author = "ГБПОУ РК «Керченский политехнический колледж»";
    document.metadata.created = "2021-05-28";
    const auto xml = core_of(document);
    const pugi::xml_node root = xml.document_element();
    EXPECT_STREQ(root.child_value("dc:title"), "О закреплении наставнических пар");
    EXPECT_STREQ(root.child_value("dc:creator"), "ГБПОУ РК «Керченский политехнический колледж»");
    EXPECT_STREQ(root.child_value("dcterms:created"), "2021-05-28T00:00:00Z");
    EXPECT_STREQ(root.child_value("dcterms:modified"), "2021-05-28T00:00:00Z");
    EXPECT_STREQ(root.child("dcterms:created").attribute("xsi:type").value(), "dcterms:W3CDTF");
}

TEST(CorePropertiesTest, MissingDateGivesTheFixedEpochNotTheClock) {
    model::Document document;
    document.metadata.title = "Анкета\x02";
    const auto xml = core_of(document);
    EXPECT_STREQ(xml.document_element().child_value("dcterms:created"), "1980-01-01T00:00:00Z");
    EXPECT_STREQ(xml.document_element().child_value("dc:title"), "Анкета");
}

}  // namespace
}  // namespace nastavdoc::render::docx
