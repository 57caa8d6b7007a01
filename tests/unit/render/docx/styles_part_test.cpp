#include "engine/render/docx/parts.h"
#include "tests/unit/render/docx/sample_document.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace nastavdoc::render::docx {
namespace {

pugi::xml_document styles_of(const model::Document& document) {
    pugi::xml_document xml;
    const std::string text = write_styles_part(document);
    EXPECT_TRUE(xml.load_buffer(text.data(), text.size()));
    return xml;
}

TEST(StylesPartTest, DefaultsAreTimesNewRoman14InRussian) {
    model::Document document;
    document.styles = testing::gost_styles();
    const auto xml = styles_of(document);
    const pugi::xml_node run = xml.select_node("//w:docDefaults/w:rPrDefault/w:rPr").node();
    EXPECT_STREQ(run.child("w:rFonts").attribute("w:ascii").value(), "Times New Roman");
    EXPECT_STREQ(run.child("w:sz").attribute("w:val").value(), "28");
    EXPECT_STREQ(run.child("w:lang").attribute("w:val").value(), "ru-RU");
}

TEST(StylesPartTest, BodyIsJustifiedWithAFirstLineIndentOf125Cm) {
    model::Document document;
    document.styles = testing::gost_styles();
    const auto xml = styles_of(document);
    const pugi::xml_node body = xml.select_node("//w:style[@w:styleId='Body']").node();
    EXPECT_STREQ(body.child("w:name").attribute("w:val").value(), "Основной текст");
    EXPECT_STREQ(body.select_node("w:pPr/w:jc").node().attribute("w:val").value(), "both");
    EXPECT_STREQ(body.select_node("w:pPr/w:ind").node().attribute("w:firstLine").value(), "709");
    EXPECT_STREQ(body.select_node("w:pPr/w:suppressAutoHyphens").node().attribute("w:val").value(),
                 "0");
}

TEST(StylesPartTest, EveryRoleHasANamedStyle) {
    model::Document document;
    document.styles = testing::gost_styles();
    const auto xml = styles_of(document);
    for (std::size_t i = 0; i < model::kRoleCount; ++i) {
        const auto role = static_cast<model::Role>(i);
        const std::string xpath =
            "//w:style[@w:styleId='" + std::string(model::role_name(role)) + "']";
        const pugi::xml_node style = xml.select_node(xpath.c_str()).node();
        ASSERT_TRUE(style) << model::role_name(role);
        EXPECT_EQ(style.child("w:name").attribute("w:val").value(), model::role_display_name(role));
    }
    const pugi::xml_node type =
        xml.select_node("//w:style[@w:styleId='DocumentType']/w:rPr").node();
    EXPECT_TRUE(type.child("w:b") && type.child("w:caps"));
    EXPECT_STREQ(type.child("w:sz").attribute("w:val").value(), "32");
    const pugi::xml_node heading = xml.select_node("//w:style[@w:styleId='Heading']/w:pPr").node();
    EXPECT_FALSE(heading.child("w:suppressAutoHyphens").attribute("w:val"));  // never hyphenated
}

}  // namespace
}  // namespace nastavdoc::render::docx
