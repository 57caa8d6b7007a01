// Golden cases: each folder of tests/golden/ holds template.xml, data.json, optionally set.txt
// (key=value lines for --set) and expected/tree.txt (a run without errors) or
// expected/diagnostics.txt (the diagnostics of a failing run). UPDATE_GOLDEN=1 rewrites them.
// Without data.json a case runs on data/kerch.json; template.txt may name a built-in template.
#include "engine/base/files.h"
#include "engine/generate.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace nastavdoc {
namespace {

namespace fs = std::filesystem;

fs::path golden_dir() {
    return testing::source_dir() / "tests" / "golden";
}

std::vector<std::string> list_golden_cases() {
    std::vector<std::string> cases;
    for (const auto& entry : fs::directory_iterator(golden_dir())) {
        if (entry.is_directory() && (fs::exists(entry.path() / "template.xml") ||
                                     fs::exists(entry.path() / "template.txt"))) {
            cases.push_back(entry.path().filename().string());
        }
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t pos = text.find(from); pos != std::string::npos;
         pos = text.find(from, pos + to.size())) {
        text.replace(pos, from.size(), to);
    }
    return text;
}

struct Outcome {
    std::string name;  // tree.txt or diagnostics.txt
    std::string text;
};

Outcome run_case(const std::string& name) {
    const fs::path dir = golden_dir() / name;
    Job job;
    // template.txt names a built-in template instead of holding one.
    job.template_name = fs::exists(dir / "template.txt")
                            ? replace_all(read_file(dir / "template.txt"), "\n", "")
                            : (dir / "template.xml").string();
    job.data = dir / "data.json";
    if (!fs::exists(job.data))
        job.data = testing::source_dir() / "data" / "kerch.json";
    if (fs::exists(dir / "set.txt")) {
        std::istringstream lines(read_file(dir / "set.txt"));
        std::string line;
        while (std::getline(lines, line)) {
            const std::size_t equals = line.find('=');
            if (equals != std::string::npos) {
                job.variables.emplace_back(line.substr(0, equals), line.substr(equals + 1));
            }
        }
    }
    Diagnostics diagnostics;
    std::ostringstream tree;
    bool done = false;
    try {
        done = generate(job, diagnostics, tree);
    } catch (const Error& error) {
        diagnostics.add(error.diagnostic());
    }
    // Paths differ between machines; the case folder and the source tree are cut off.
    auto relative = [&](const std::string& printed) {
        std::string text = replace_all(printed, dir.string() + "/", "");
        return replace_all(text, (testing::source_dir() / "templates").string() + "/",
                           "templates/");
    };
    if (done && !diagnostics.has_errors()) {
        std::ostringstream warnings;
        diagnostics.print(warnings);
        return {"tree.txt", relative(warnings.str()) + tree.str()};
    }
    diagnostics.sort_by_location();
    std::ostringstream printed;
    diagnostics.print(printed);
    return {"diagnostics.txt", relative(printed.str())};
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedOutput) {
    const std::string name = GetParam();
    const Outcome outcome = run_case(name);
    const fs::path actual_dir = testing::binary_dir() / "golden" / name;
    fs::create_directories(actual_dir);
    write_file_atomically(actual_dir / outcome.name, outcome.text);
    const fs::path expected_dir = golden_dir() / name / "expected";
    if (std::getenv("UPDATE_GOLDEN") != nullptr) {
        fs::create_directories(expected_dir);
        fs::remove(expected_dir / "tree.txt");
        fs::remove(expected_dir / "diagnostics.txt");
        write_file_atomically(expected_dir / outcome.name, outcome.text);
        return;
    }
    ASSERT_TRUE(fs::exists(expected_dir / outcome.name))
        << "the run gave " << outcome.name << " (" << (actual_dir / outcome.name).string()
        << ") but expected/ has no such file";
    EXPECT_EQ(read_file(expected_dir / outcome.name), outcome.text)
        << "actual output: " << (actual_dir / outcome.name).string();
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(list_golden_cases()),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace nastavdoc
