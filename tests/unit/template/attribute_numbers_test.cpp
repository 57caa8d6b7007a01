// Numbers in attributes are checked before they become ints or sizes: "1e10" header rows used to
// overflow an int (undefined behaviour, a crash in PDF layout), "1e9" columns of a span hung every
// format, "nan" and "inf" passed as sizes.
#include "engine/template/template.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <fstream>

namespace nastavdoc::tmpl {
namespace {

namespace fs = std::filesystem;

struct Expanded {
    Diagnostics diagnostics;
    model::Document document;
};

Expanded expand_text(const std::string& name, const std::string& body) {
    const fs::path folder = testing::binary_dir() / "attribute_numbers_test";
    fs::create_directories(folder);
    const fs::path file = folder / (name + ".xml");
    std::ofstream(file, std::ios::binary)
        << "<document kind=\"x\" title=\"t\">" << body << "</document>";
    Expanded result;
    const auto parsed = parse_template(file, {folder}, result.diagnostics);
    EXPECT_NE(parsed, nullptr);
    const auto data = dataset::parse_dataset("d.json", "{}", result.diagnostics);
    EXPECT_NE(data, nullptr);
    if (parsed == nullptr || data == nullptr) {
        return result;
    }
    ExpandOptions options;
    options.profiles_folder = testing::source_dir() / "templates" / "profiles";
    result.document = expand_template(*parsed, *data, options, result.diagnostics);
    return result;
}

std::size_t count_code(const Diagnostics& diagnostics, std::string_view code) {
    std::size_t count = 0;
    for (const auto& item : diagnostics.items()) {
        count += item.code == code ? 1 : 0;
    }
    return count;
}

const model::Table* first_table(const model::Document& document) {
    for (const auto& section : document.sections) {
        for (const auto& block : section.blocks) {
            if (const auto* table = block.as<model::Table>()) {
                return table;
            }
        }
    }
    return nullptr;
}

TEST(AttributeNumbersTest, HugeSpansAndHeaderRowsAreErrors) {
    const Expanded result =
        expand_text("spans",
                    "<table header-rows=\"1e10\"><tr><td colspan=\"1e9\">a</td>"
                    "<td rowspan=\"-3\">b</td><td colspan=\"1.5\">c</td></tr></table>");
    EXPECT_EQ(count_code(result.diagnostics, "template.attribute-value"), 4U);
    const model::Table* table = first_table(result.document);
    ASSERT_NE(table, nullptr);
    EXPECT_GE(table->header_rows, 0);
    ASSERT_EQ(table->rows.size(), 1U);
    for (const auto& cell : table->rows[0].cells) {
        EXPECT_EQ(cell.colspan, 1);
        EXPECT_EQ(cell.rowspan, 1);
    }
}

TEST(AttributeNumbersTest, NonFiniteAndHugeNumbersAreErrors) {
    const Expanded result =
        expand_text("sizes",
                    "<p indent=\"nan\">a</p><p size=\"inf\">b</p><space pt=\"1e300\"/>"
                    "<blank lines=\"1e12\"/><ol start=\"-inf\"><li>x</li></ol><p><blank "
                    "width=\"1e9\"/></p>");
    EXPECT_EQ(count_code(result.diagnostics, "template.attribute-value"), 6U);
}

TEST(AttributeNumbersTest, OrdinaryNumbersStillWork) {
    const Expanded result =
        expand_text("ordinary",
                    "<table header-rows=\"2\"><tr><td colspan=\"3\" rowspan=\"2\">a</td></tr>"
                    "</table><ol start=\"5\"><li>x</li></ol><blank lines=\"3\"/>");
    EXPECT_EQ(count_code(result.diagnostics, "template.attribute-value"), 0U);
    const model::Table* table = first_table(result.document);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->header_rows, 2);
    EXPECT_EQ(table->rows[0].cells[0].colspan, 3);
    EXPECT_EQ(table->rows[0].cells[0].rowspan, 2);
}

}  // namespace
}  // namespace nastavdoc::tmpl
