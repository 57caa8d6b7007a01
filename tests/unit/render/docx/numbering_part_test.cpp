#include "engine/render/docx/parts.h"
#include "tests/unit/render/docx/sample_document.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace nastavdoc::render::docx {
namespace {

model::List list_of(model::ListFormat format, int start = 1, std::string marker = "\u2013") {
    model::List list;
    list.format = format;
    list.start = start;
    list.marker = std::move(marker);
    return list;
}

TEST(NumberingPartTest, InstancesShareAbstractsInFirstUseOrder) {
    NumberingRegistry registry;
    EXPECT_EQ(registry.add_instance(list_of(model::ListFormat::Decimal), 0), 1);
    EXPECT_EQ(registry.add_instance(list_of(model::ListFormat::Bullet), 0), 2);
    EXPECT_EQ(registry.add_instance(list_of(model::ListFormat::Decimal, 4), 0), 3);
    EXPECT_EQ(registry.add_instance(list_of(model::ListFormat::Bullet, 1, "\u2022"), 0), 4);
    ASSERT_EQ(registry.abstracts().size(), 3u);
    EXPECT_EQ(registry.instances()[2].abstract_id, 0);
    EXPECT_EQ(registry.instances()[2].start, 4);
}

TEST(NumberingPartTest, WritesLegalLevelsParenthesesLettersAndBullets) {
    NumberingRegistry registry;
    registry.add_instance(list_of(model::ListFormat::Decimal, 3), 0);
    registry.add_instance(list_of(model::ListFormat::DecimalParen), 0);
    registry.add_instance(list_of(model::ListFormat::CyrillicParen), 0);
    registry.add_instance(list_of(model::ListFormat::Bullet), 0);
    model::Document document;
    document.styles = testing::gost_styles();
    const std::string text = write_numbering_part(document, registry);
    pugi::xml_document xml;
    ASSERT_TRUE(xml.load_buffer(text.data(), text.size()));
    const auto level_text = [&](int abstract, int level) {
        const std::string xpath = "//w:abstractNum[@w:abstractNumId='" + std::to_string(abstract) +
                                  "']/w:lvl[@w:ilvl='" + std::to_string(level) + "']/w:lvlText";
        return std::string(xml.select_node(xpath.c_str()).node().attribute("w:val").value());
    };
    EXPECT_EQ(level_text(0, 0), "%1.");
    EXPECT_EQ(level_text(0, 1), "%1.%2.");
    EXPECT_EQ(level_text(0, 3), "%1.%2.%3.%4.");
    EXPECT_EQ(level_text(1, 0), "%1)");
    EXPECT_EQ(level_text(2, 0), "%1)");
    EXPECT_EQ(level_text(3, 0), "\u2013");
    EXPECT_TRUE(xml.select_node(
        "//w:abstractNum[@w:abstractNumId='2']/w:lvl/w:numFmt[@w:val='russianLower']"));
    EXPECT_TRUE(xml.select_node("//w:lvl/w:suff[@w:val='space']"));
    EXPECT_STREQ(xml.select_node("//w:lvl/w:pPr/w:ind").node().attribute("w:firstLine").value(),
                 "709");
    EXPECT_EQ(xml.select_nodes("//w:num").size(), 4u);
    EXPECT_STREQ(xml.select_node("//w:num[@w:numId='1']/w:lvlOverride/w:startOverride")
                     .node()
                     .attribute("w:val")
                     .value(),
                 "3");
    EXPECT_EQ(xml.select_nodes("//w:num/w:lvlOverride/w:startOverride").size(), 4u);
}

}  // namespace
}  // namespace nastavdoc::render::docx
