#include "engine/template/template.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <fstream>

namespace nastavdoc::tmpl {
namespace {

namespace fs = std::filesystem;

// A template file in a fresh folder of the build tree (so includes stay inside it).
class ParseTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = testing::binary_dir() / "parse_test" /
                  ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(folder_);
        fs::create_directories(folder_);
    }
    fs::path write(const std::string& name, const std::string& bytes) {
        const fs::path path = folder_ / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    std::unique_ptr<Template> parse(const fs::path& path) {
        return parse_template(path, {folder_}, diagnostics_);
    }
    bool has_code(std::string_view code) const {
        for (const auto& item : diagnostics_.items()) {
            if (item.code == code) {
                return true;
            }
        }
        return false;
    }

    fs::path folder_;
    Diagnostics diagnostics_;
};

TEST_F(ParseTest, InvalidUtf8IsAnErrorWithItsPlace) {
    const fs::path path = write("bad.xml", "<document kind=\"x\">\n<p>ok \xC3</p></document>");
    EXPECT_EQ(parse(path), nullptr);
    ASSERT_TRUE(has_code("template.encoding"));
    EXPECT_EQ(diagnostics_.items()[0].span.line, 2);
    EXPECT_EQ(diagnostics_.items()[0].span.column, 7);
}

TEST_F(ParseTest, TruncatedXmlIsAnError) {
    const fs::path path = write("cut.xml", "<document kind=\"x\"><p>{{ org.short_name }}</p><p");
    EXPECT_EQ(parse(path), nullptr);
    EXPECT_TRUE(has_code("template.xml"));
}

TEST_F(ParseTest, UnknownElementsAndBrokenExpressionsAreReportedNotFatal) {
    const fs::path path = write(
        "odd.xml",
        "<document kind=\"x\" title=\"{{ a | }}\"><foo bar=\"1\"><p for=\"in\">{{ (a }}</p></foo>"
        "<p if=\"\">{{ x | f( }}</p><include src=\"../../outside.xml\"/><include/></document>");
    {
        const auto parsed = parse(path);
        ASSERT_NE(parsed, nullptr);
        EXPECT_EQ(parsed->root.name, "document");
    }  // destroying a template with half-parsed pieces is fine (ASan watches)
    EXPECT_TRUE(has_code("template.unknown-element"));
    EXPECT_TRUE(has_code("template.syntax"));
    EXPECT_TRUE(has_code("template.include"));
}

TEST_F(ParseTest, IncludedFragmentsOutliveTheParser) {
    write("part.xml", "<fragment><p if=\"a\">{{ b | default('c') }}</p></fragment>");
    const fs::path path =
        write("main.xml", "<document kind=\"x\"><include src=\"part.xml\"/></document>");
    const auto parsed = parse(path);
    ASSERT_NE(parsed, nullptr);
    EXPECT_FALSE(diagnostics_.has_errors());
    ASSERT_EQ(parsed->root.children.size(), 1U);
    const Node& include = parsed->root.children[0];
    ASSERT_EQ(include.children.size(), 1U);
    const Node& paragraph = include.children[0];
    ASSERT_NE(paragraph.condition, nullptr);
    EXPECT_EQ(paragraph.span.file, (folder_ / "part.xml").string());
    EXPECT_EQ(paragraph.span.line, 1);
}

}  // namespace
}  // namespace nastavdoc::tmpl
