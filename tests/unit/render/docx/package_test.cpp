#include "engine/base/diagnostics.h"
#include "engine/base/files.h"
#include "engine/render/docx/docx.h"
#include "tests/support/test_support.h"
#include "tests/unit/render/docx/docx_test_support.h"
#include "tests/unit/render/docx/sample_document.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace nastavdoc::render::docx {
namespace {

using testing::local_headers;
using testing::sample_order;
using testing::unzip;

TEST(PackageTest, SameDocumentGivesSameBytes) {
    const model::Document document = sample_order(40);
    EXPECT_EQ(docx_bytes(document), docx_bytes(document));
}

TEST(PackageTest, PartsComeInFixedOrder) {
    std::vector<std::string> names;
    for (const auto& entry : unzip(docx_bytes(sample_order(4))))
        names.push_back(entry.name);
    const std::vector<std::string> expected = {
        "[Content_Types].xml", "_rels/.rels",
        "word/document.xml",   "word/_rels/document.xml.rels",
        "word/styles.xml",     "word/settings.xml",
        "word/numbering.xml",  "word/header1.xml",
        "word/header2.xml",    "docProps/core.xml"};
    EXPECT_EQ(names, expected);
}

TEST(PackageTest, EntriesAreDatedTheDosEpochWithoutExtraFields) {
    const std::string bytes = docx_bytes(sample_order(4));
    const auto headers = local_headers(bytes);
    ASSERT_EQ(headers.size(), 10u);
    for (const auto& header : headers) {
        EXPECT_EQ(header.date, (0u << 9) | (1u << 5) | 1u);  // 1980-01-01
        EXPECT_EQ(header.time, 0u);
        EXPECT_EQ(header.extra_length, 0u);
    }
}

TEST(PackageTest, DocumentWithoutListsOrPageNumbersHasNoSuchParts) {
    model::Document document;
    document.page_numbers = false;
    document.sections.emplace_back();
    const auto parts = testing::unzip_parts(docx_bytes(document));
    EXPECT_EQ(parts.count("word/numbering.xml"), 0u);
    EXPECT_EQ(parts.count("word/header1.xml"), 0u);
    EXPECT_EQ(parts.at("[Content_Types].xml").find("numbering"), std::string::npos);
    EXPECT_EQ(parts.at("word/_rels/document.xml.rels").find("header"), std::string::npos);
}

TEST(PackageTest, WriteDocxWritesTheSameBytesToAFile) {
    const auto path = std::filesystem::temp_directory_path() / "nastavdoc-package-test.docx";
    const model::Document document = sample_order(4);
    write_docx(document, path);
    EXPECT_EQ(read_file(path), docx_bytes(document));
    std::filesystem::remove(path);
}

TEST(PackageTest, UnwritableOutputThrowsWithThePath) {
    const std::filesystem::path path = "/nonexistent-dir-nastavdoc/order.docx";
    try {
        write_docx(sample_order(1), path);
        FAIL() << "no exception";
    } catch (const Error& error) {
        EXPECT_NE(format_diagnostic(error.diagnostic()).find(path.string()), std::string::npos)
            << format_diagnostic(error.diagnostic());
    }
}

}  // namespace
}  // namespace nastavdoc::render::docx
