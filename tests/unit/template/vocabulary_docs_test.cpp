// docs/templates.md documents every element, attribute and filter the engine accepts: the
// names registered in vocabulary.cpp (element_specs) and in the filter tables of filters.cpp and
// filters_stats.cpp must all appear in it, so the page cannot drift from the code.
#include "engine/template/vocabulary.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace nastavdoc::tmpl {
namespace {

std::string read(const std::string& relative) {
    std::ifstream in(std::string(NASTAVDOC_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The names of a filter table: the entries `{"name", min, max, "usage"}` between the table's
// declaration and its closing `};`.
std::set<std::string> filter_names(const std::string& source, const std::string& table) {
    std::set<std::string> names;
    const std::size_t start = source.find(table);
    if (start == std::string::npos)
        return names;
    const std::size_t end = source.find("};", start);
    const std::string body = source.substr(start, end - start);
    static const std::regex entry(R"re(\{"([a-z_]+)",\s*\d+,\s*\d+,)re");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), entry);
         it != std::sregex_iterator(); ++it) {
        names.insert((*it)[1].str());
    }
    return names;
}

bool documented(const std::string& docs, const std::string& name) {
    return docs.find("`" + name + "`") != std::string::npos ||
           docs.find("`" + name + "(") != std::string::npos ||
           docs.find("`" + name + "=") != std::string::npos ||
           docs.find("`" + name + " ") != std::string::npos;
}

class VocabularyDocs : public ::testing::Test {
protected:
    const std::string docs = read("docs/templates.md");
};

TEST_F(VocabularyDocs, EveryElementIsDocumented) {
    ASSERT_FALSE(docs.empty());
    for (const ElementSpec& spec : element_specs()) {
        EXPECT_TRUE(documented(docs, std::string(spec.name)))
            << "docs/templates.md does not document the element `" << spec.name << "`";
    }
}

TEST_F(VocabularyDocs, EveryAttributeIsDocumented) {
    // Each attribute appears on the element's own row of the Elements table (or, for `document`,
    // on its row and in the Data section that explains each= and catalog=).
    for (const ElementSpec& spec : element_specs()) {
        const std::string name(spec.name);
        const std::regex row_pattern("\\n\\|[^\\n]*`" + name + "`[^\\n]*\\|[^\\n]*\\n");
        std::string rows;
        for (auto it = std::sregex_iterator(docs.begin(), docs.end(), row_pattern);
             it != std::sregex_iterator(); ++it) {
            rows += it->str();
        }
        for (const std::string_view attribute : spec.attributes) {
            EXPECT_TRUE(documented(rows, std::string(attribute)))
                << "docs/templates.md: the row of `" << name << "` does not name its attribute `"
                << attribute << "`";
        }
    }
}

TEST_F(VocabularyDocs, EveryFilterIsDocumented) {
    const std::set<std::string> filters =
        filter_names(read("engine/template/filters.cpp"), "kFilters[]");
    const std::set<std::string> stats =
        filter_names(read("engine/template/filters_stats.cpp"), "kStatsFilters[]");
    // The tables were found: a rename of them must not make this test pass silently.
    ASSERT_GE(filters.size(), 20u);
    ASSERT_GE(stats.size(), 5u);
    for (const auto* names : {&filters, &stats}) {
        for (const std::string& name : *names) {
            EXPECT_TRUE(documented(docs, name))
                << "docs/templates.md does not document the filter `" << name << "`";
        }
    }
}

TEST_F(VocabularyDocs, VariablesAndControlAreDocumented) {
    for (const char* name : {"format", "publish", "for", "if", "loop.index", "loop.first",
                             "loop.last", "loop.length", "each", "catalog"}) {
        EXPECT_TRUE(documented(docs, name))
            << "docs/templates.md does not explain `" << name << "`";
    }
}

}  // namespace
}  // namespace nastavdoc::tmpl
