#include "engine/base/diagnostics.h"
#include "engine/render/docx/parts.h"
#include "tests/unit/render/docx/docx_test_support.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::docx {
namespace {

unsigned u16_at(const std::string& bytes, std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) |
           static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 8;
}

std::string repeated_xml(int count) {
    std::string xml = "<?xml version=\"1.0\"?><root>";
    for (int i = 0; i < count; ++i)
        xml += "<w:p><w:r><w:t>Строка " + std::to_string(i) + "</w:t></w:r></w:p>";
    return xml + "</root>";
}

TEST(ZipArchiveTest, PartsReadBackInOrder) {
    const std::vector<Part> parts = {{"a.xml", "", repeated_xml(1000)},
                                     {"dir/b.xml", "", "<b/>"},
                                     {"empty.xml", "", ""},
                                     {"dir/c.bin", "", std::string("\0\x01\xff", 3)}};
    const auto entries = testing::unzip(zip_parts(parts, {}));
    ASSERT_EQ(entries.size(), parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        EXPECT_EQ(entries[i].name, parts[i].name);
        EXPECT_EQ(entries[i].bytes, parts[i].bytes);
    }
}

TEST(ZipArchiveTest, BorrowedBytesGoInPlaceOfTheOwnOnes) {
    const std::string kept = repeated_xml(50);
    const auto entries = testing::unzip(zip_parts({{"a.xml", "", "ignored", kept}}, {}));
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].bytes, kept);
}

TEST(ZipArchiveTest, LargePartIsDeflatedAndTinyPartIsStored) {
    const std::string big = repeated_xml(1000);
    const std::string bytes = zip_parts({{"big.xml", "", big}, {"tiny.xml", "", "<a/>"}}, {});
    EXPECT_EQ(bytes.compare(0, 4, "PK\x03\x04"), 0);
    EXPECT_EQ(u16_at(bytes, 8), 8u);  // deflated
    EXPECT_LT(bytes.size(), big.size() / 4);
    const auto headers = testing::local_headers(bytes);
    ASSERT_EQ(headers.size(), 2u);
    // The second local header follows the first entry's data.
    const std::size_t second = bytes.rfind("PK\x03\x04");
    ASSERT_NE(second, std::string::npos);
    EXPECT_EQ(u16_at(bytes, second + 8), 0u);  // stored: deflate would not shrink it
    EXPECT_EQ(bytes.substr(second + 30, 8), "tiny.xml");
    EXPECT_EQ(bytes.substr(second + 38, 4), "<a/>");
}

TEST(ZipArchiveTest, SamePartsGiveSameBytes) {
    const std::vector<Part> parts = {{"a.xml", "", repeated_xml(300)}, {"b.xml", "", "<b/>"}};
    EXPECT_EQ(zip_parts(parts, {}), zip_parts(parts, {}));
}

TEST(ZipArchiveTest, NonAsciiNameSetsTheUtf8Flag) {
    const std::string bytes = zip_parts({{"приложение.xml", "", "<a/>"}}, {});
    EXPECT_EQ(u16_at(bytes, 6) & (1u << 11), 1u << 11);
    EXPECT_EQ(testing::unzip(bytes).at(0).name, "приложение.xml");
}

TEST(ZipArchiveTest, EndsWithTheEndRecordCountingEveryEntry) {
    const std::string bytes = zip_parts({{"a.xml", "", "<a/>"}, {"b.xml", "", "<b/>"}}, {});
    ASSERT_GE(bytes.size(), 22u);
    const std::size_t end = bytes.size() - 22;
    EXPECT_EQ(bytes.compare(end, 4, "PK\x05\x06"), 0);
    EXPECT_EQ(u16_at(bytes, end + 8), 2u);
    EXPECT_EQ(u16_at(bytes, end + 10), 2u);
}

TEST(ZipArchiveTest, TooManyPartsThrowWithTheOutputName) {
    std::vector<Part> parts(65536, Part{"p.xml", "", ""});
    try {
        zip_parts(parts, "/tmp/out.docx");
        FAIL() << "no exception";
    } catch (const Error& error) {
        EXPECT_EQ(error.diagnostic().code, "docx.zip");
        EXPECT_NE(format_diagnostic(error.diagnostic()).find("/tmp/out.docx"), std::string::npos);
    }
}

}  // namespace
}  // namespace nastavdoc::render::docx
