// The expansion limits grow with the dataset: a register of 100,000 people loops 100,000 times
// and more (the fixed limit of 100,000 loop bodies once refused it), while a runaway template,
// a loop over everyone nested in another, is still stopped.
#include "engine/template/template.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <fstream>

namespace nastavdoc::tmpl {
namespace {

namespace fs = std::filesystem;

std::string people_json(int count) {
    std::string json = "{\"people\": [";
    for (int i = 0; i < count; ++i) {
        json += i == 0 ? "" : ",";
        json += "{\"id\": \"p:" + std::to_string(i) + "\", \"last_name\": \"Иванов\"}";
    }
    return json + "]}";
}

std::size_t count_code(const Diagnostics& diagnostics, std::string_view code) {
    std::size_t count = 0;
    for (const auto& item : diagnostics.items())
        count += item.code == code ? 1 : 0;
    return count;
}

struct Expansion {
    Diagnostics diagnostics;
    model::Document document;
};

Expansion expand_over(const dataset::Dataset& data, const std::string& name,
                      const std::string& body) {
    const fs::path folder = testing::binary_dir() / "limits_test";
    fs::create_directories(folder);
    const fs::path file = folder / (name + ".xml");
    std::ofstream(file, std::ios::binary)
        << "<document kind=\"x\" title=\"t\">" << body << "</document>";
    Expansion run;
    const auto parsed = parse_template(file, {folder}, run.diagnostics);
    EXPECT_NE(parsed, nullptr);
    if (parsed == nullptr)
        return run;
    ExpandOptions options;
    options.profiles_folder = testing::source_dir() / "templates" / "profiles";
    run.document = expand_template(*parsed, data, options, run.diagnostics);
    return run;
}

TEST(LimitsTest, LoopsGrowWithTheDatasetButRunawaysStop) {
    Diagnostics load;
    const auto data = dataset::parse_dataset("big.json", people_json(110000), load);
    ASSERT_NE(data, nullptr);

    const Expansion register_run =
        expand_over(*data, "register", "<ul><li for=\"p in people\">{{ p.last_name }}</li></ul>");
    EXPECT_EQ(count_code(register_run.diagnostics, "template.limit"), 0u);
    ASSERT_FALSE(register_run.document.sections.empty());
    const auto* list = register_run.document.sections[0].blocks[0].as<model::List>();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->items.size(), 110000u);

    const Expansion runaway =
        expand_over(*data, "runaway",
                    "<ul for=\"a in people\"><li for=\"b in people\"><span>.</span></li></ul>");
    EXPECT_EQ(count_code(runaway.diagnostics, "template.limit"), 1u);
}

}  // namespace
}  // namespace nastavdoc::tmpl
