#include "engine/render/docx/body.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::docx {
namespace {

// The runs of one paragraph, without the paragraph's own markup.
struct Runs {
    std::string xml;
    bool has_text = false;
};

Runs text_run(std::string_view text, const model::CharStyle& style = {},
              const RunDefaults& defaults = {}) {
    PartWriter writer;
    Container body(writer);
    begin_paragraph(body, ParagraphProps{});
    const std::size_t start = writer.xml.size();
    write_text_run(writer, text, style, defaults);
    Runs runs{std::string(writer.xml.view().substr(start)), writer.paragraph().has_text};
    end_paragraph(body);
    return runs;
}

TEST(RunsTest, EscapesMarkupCharacters) {
    EXPECT_EQ(text_run("a & b < c > d \"e\" 'f'").xml,
              "<w:r><w:t>a &amp; b &lt; c &gt; d \"e\" 'f'</w:t></w:r>");
}

TEST(RunsTest, EdgeSpacesArePreserved) {
    EXPECT_EQ(text_run(" а").xml, "<w:r><w:t xml:space=\"preserve\"> а</w:t></w:r>");
    EXPECT_EQ(text_run("1. ").xml, "<w:r><w:t xml:space=\"preserve\">1. </w:t></w:r>");
    EXPECT_EQ(text_run("а б").xml, "<w:r><w:t>а б</w:t></w:r>");
}

TEST(RunsTest, TabsAndHyphensSplitTheText) {
    EXPECT_EQ(text_run("Дата\t№ 1").xml, "<w:r><w:t>Дата</w:t><w:tab/><w:t>№ 1</w:t></w:r>");
    EXPECT_EQ(text_run("152\u2011од").xml,
              "<w:r><w:t>152</w:t><w:noBreakHyphen/><w:t>од</w:t></w:r>");
    EXPECT_EQ(text_run("настав\u00ADник").xml,
              "<w:r><w:t>настав</w:t><w:softHyphen/><w:t>ник</w:t></w:r>");
}

TEST(RunsTest, NewlinesBecomeSpaces) {
    EXPECT_EQ(text_run("а\nб\r\nв").xml, "<w:r><w:t>а б  в</w:t></w:r>");
}

TEST(RunsTest, CharactersXmlCannotCarryAreDropped) {
    // C0 controls, DEL, C1 controls, U+FFFE, ill-formed UTF-8 (a lone lead byte, a stray
    // continuation byte, a surrogate, an overlong slash).
    EXPECT_EQ(text_run("a\x01"
                       "b\x7F"
                       "c\xC2\x85"
                       "d\xEF\xBF\xBE"
                       "e\xD0"
                       "f\x80"
                       "g\xED\xA0\x80"
                       "h\xC0\xAF"
                       "i")
                  .xml,
              "<w:r><w:t>abcdefghi</w:t></w:r>");
    // Other characters go in as they are, U+00A0 and U+2011's neighbours included.
    EXPECT_EQ(text_run("\u00A0\u2010\u2012\u2610\U0001F600").xml,
              "<w:r><w:t>\u00A0\u2010\u2012\u2610\U0001F600</w:t></w:r>");
}

TEST(RunsTest, RunLeftEmptyIsAnEmptyElement) {
    const Runs runs = text_run("\x01\x02");
    EXPECT_EQ(runs.xml, "<w:r/>");
    EXPECT_FALSE(runs.has_text);
    model::CharStyle bold;
    bold.bold = true;
    EXPECT_EQ(text_run("\x01", bold).xml, "<w:r><w:rPr><w:b/></w:rPr></w:r>");
    EXPECT_EQ(text_run("").xml, "");
}

TEST(RunsTest, HyphenAloneIsNoText) {
    EXPECT_FALSE(text_run("\u2011").has_text);
    EXPECT_TRUE(text_run("\t").has_text);
    EXPECT_TRUE(text_run("а").has_text);
}

TEST(RunsTest, PropertiesComeInSchemaOrder) {
    model::CharStyle style;
    style.italic = true;
    style.underline = true;
    style.size_pt = 12.5;
    const RunDefaults defaults{std::nullopt, false};
    EXPECT_EQ(text_run("а", style, defaults).xml,
              "<w:r><w:rPr><w:b w:val=\"0\"/><w:i/><w:sz w:val=\"25\"/><w:szCs w:val=\"25\"/>"
              "<w:u w:val=\"single\"/></w:rPr><w:t>а</w:t></w:r>");
}

}  // namespace
}  // namespace nastavdoc::render::docx
