#include "engine/render/docx/part_writer.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::docx {
namespace {

TEST(XmlTextTest, GrowsPastItsCapacityAndHandsOverTheText) {
    XmlText text(8);
    std::string expected;
    for (int i = 0; i < 1000; ++i) {
        text += "<w:p>";
        text += 'x';
        append_number(text, i);
        expected += "<w:p>x" + std::to_string(i);
    }
    EXPECT_EQ(text.size(), expected.size());
    EXPECT_EQ(text.view(), expected);
    EXPECT_EQ(text.take(), expected);
    EXPECT_EQ(text.size(), 0u);
}

TEST(XmlTextTest, InsertsInTheMiddleAndAtTheEnd) {
    XmlText text(4);
    text += "<a></a>";
    text.insert(3, "<b/>");
    text.insert(text.size(), "!");
    EXPECT_EQ(text.view(), "<a><b/></a>!");
}

TEST(XmlTextTest, WritesAttributesAndValuedElements) {
    XmlText text;
    text += "<w:tcW";
    append_number_attribute(text, "w:w", -1234);
    text += "/>";
    append_valued(text, "w:jc", "both");
    append_valued_number(text, "w:sz", 28);
    EXPECT_EQ(text.view(), "<w:tcW w:w=\"-1234\"/><w:jc w:val=\"both\"/><w:sz w:val=\"28\"/>");
}

TEST(PartWriterTest, InsertMovesTheOffsetsOfLaterBlocksOnly) {
    PartWriter writer(16);
    writer.xml += "<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr></w:p>";
    WrittenBlock first;
    first.is_paragraph = true;
    first.begin = 0;
    first.keep_next_at = 33;
    first.properties_end = 33;
    writer.blocks.push_back(first);
    WrittenBlock second = first;
    second.begin = writer.xml.size();
    writer.xml += "<w:p><w:pPr><w:pStyle w:val=\"B\"/></w:pPr></w:p>";
    second.keep_next_at = second.begin + 33;
    second.properties_end = second.begin + 33;
    writer.blocks.push_back(second);

    writer.insert(first.keep_next_at, "<w:keepNext/>");
    EXPECT_EQ(writer.blocks[0].begin, 0u);
    EXPECT_EQ(writer.blocks[0].properties_end, 33u + 13u);
    EXPECT_EQ(writer.blocks[1].begin, second.begin + 13u);
    EXPECT_EQ(writer.blocks[1].keep_next_at, second.keep_next_at + 13u);
    EXPECT_EQ(writer.xml.view().substr(writer.blocks[1].begin, 5), "<w:p>");
    EXPECT_EQ(writer.xml.view().substr(writer.blocks[1].properties_end, 8), "</w:pPr>");
}

}  // namespace
}  // namespace nastavdoc::render::docx
