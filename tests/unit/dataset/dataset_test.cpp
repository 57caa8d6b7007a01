// Whole-module cases: every bad dataset in tests/bad_data gives its expected diagnostics, and
// every bundled dataset in data/ passes. UPDATE_GOLDEN=1 rewrites the expected files.
#include "engine/dataset/dataset.h"

#include "engine/base/files.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace nastavdoc::dataset {
namespace {

namespace fs = std::filesystem;
using nastavdoc::testing::source_dir;

std::vector<std::string> bad_cases() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(source_dir() / "tests/bad_data")) {
        if (entry.is_directory())
            names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string check_text(const fs::path& file, const std::string& shown_name,
                       bool* parsed = nullptr) {
    Diagnostics diagnostics;
    auto dataset = parse_dataset(shown_name, read_file(file), diagnostics);
    if (dataset) {
        check_dataset(*dataset, diagnostics);
    }
    if (parsed != nullptr)
        *parsed = dataset != nullptr;
    diagnostics.sort_by_location();
    std::ostringstream out;
    diagnostics.print(out);
    return out.str();
}

class BadDatasetTest : public ::testing::TestWithParam<std::string> {};

TEST_P(BadDatasetTest, GivesExpectedDiagnostics) {
    const fs::path folder = source_dir() / "tests/bad_data" / GetParam();
    const std::string actual = check_text(folder / "data.json", "data.json");
    const fs::path expected_path = folder / "expected.txt";
    if (std::getenv("UPDATE_GOLDEN") != nullptr) {
        write_file_atomically(expected_path, actual);
    }
    ASSERT_TRUE(fs::exists(expected_path)) << "missing " << expected_path;
    EXPECT_EQ(actual, read_file(expected_path)) << "in " << folder;
    EXPECT_NE(actual.find("error["), std::string::npos) << "a bad dataset must give an error";
}

INSTANTIATE_TEST_SUITE_P(Cases, BadDatasetTest, ::testing::ValuesIn(bad_cases()),
                         [](const auto& test_info) {
                             std::string name;
                             for (const char c : test_info.param) {
                                 if (c != '_')
                                     name += c;
                             }
                             return name;
                         });

TEST(BundledDatasetTest, BaseOfBadCasesIsValid) {
    EXPECT_EQ(check_text(source_dir() / "tests/bad_data/base.json", "base.json"), "");
}

std::vector<std::string> bundled_datasets() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(source_dir() / "data")) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".json" && name != "schema.json")
            names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

class SeedDatasetTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SeedDatasetTest, HasNoErrors) {
    bool parsed = false;
    const std::string text = check_text(source_dir() / "data" / GetParam(), GetParam(), &parsed);
    EXPECT_TRUE(parsed);
    EXPECT_EQ(text.find("error["), std::string::npos) << text;
}

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SeedDatasetTest);
INSTANTIATE_TEST_SUITE_P(Data, SeedDatasetTest, ::testing::ValuesIn(bundled_datasets()),
                         [](const auto& test_info) {
                             std::string name;
                             for (const char c : test_info.param) {
                                 if (std::isalnum(static_cast<unsigned char>(c)))
                                     name += c;
                             }
                             return name;
                         });

}  // namespace
}  // namespace nastavdoc::dataset
