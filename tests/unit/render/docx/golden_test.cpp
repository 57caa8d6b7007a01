// Part-by-part comparison with tests/unit/render/docx/golden/<case>/ after normalising the XML.
// UPDATE_GOLDEN=1 rewrites the expected parts; review that diff like code.
#include "engine/base/files.h"
#include "engine/render/docx/docx.h"
#include "tests/support/test_support.h"
#include "tests/unit/render/docx/docx_test_support.h"
#include "tests/unit/render/docx/sample_document.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace nastavdoc::render::docx {
namespace {

model::Document golden_document(const std::string& name) {
    if (name == "order_with_pairs")
        return testing::sample_order(6);
    if (name == "questionnaire")
        return testing::sample_questionnaire();
    ADD_FAILURE() << "unknown golden case " << name;
    return {};
}

bool is_updating() {
    const char* update = std::getenv("UPDATE_GOLDEN");
    return update != nullptr && std::string(update) == "1";
}

class DocxGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(DocxGoldenTest, PartsMatchExpected) {
    const std::filesystem::path dir =
        testing::source_dir() / "tests/unit/render/docx/golden" / GetParam();
    const auto parts = testing::unzip_parts(docx_bytes(golden_document(GetParam())));
    if (is_updating()) {
        std::filesystem::remove_all(dir);
        for (const auto& [name, bytes] : parts) {
            std::filesystem::create_directories((dir / name).parent_path());
            write_file_atomically(dir / name, testing::normalise_xml(bytes));
        }
        GTEST_SKIP() << "golden parts rewritten in " << dir;
    }
    std::vector<std::string> expected_names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file()) {
            expected_names.push_back(std::filesystem::relative(entry.path(), dir).generic_string());
        }
    }
    std::sort(expected_names.begin(), expected_names.end());
    std::vector<std::string> actual_names;
    for (const auto& [name, bytes] : parts)
        actual_names.push_back(name);
    ASSERT_EQ(actual_names, expected_names) << "the package holds other parts than " << dir;
    for (const auto& [name, bytes] : parts) {
        EXPECT_EQ(testing::normalise_xml(bytes), read_file(dir / name))
            << "part " << name << " differs from " << (dir / name)
            << "; run with UPDATE_GOLDEN=1 to accept";
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, DocxGoldenTest,
                         ::testing::Values("order_with_pairs", "questionnaire"),
                         [](const auto& case_info) { return case_info.param; });

}  // namespace
}  // namespace nastavdoc::render::docx
