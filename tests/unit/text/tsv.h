// Test helper: reads the tab-separated tables in tests/unit/text/data (lines starting with '#'
// and empty lines are skipped).
#pragma once
#include "tests/support/test_support.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace nastavdoc::text::testing {

struct TsvRow {
    int line = 0;
    std::vector<std::string> cells;
};

/// The invisible characters of the typography pass made visible: ~ for U+00A0, ^ for U+202F and
/// = for U+2011 (no-break hyphen).
inline std::string show_marks(std::string_view text) {
    std::string out = nastavdoc::testing::show_nbsp(text);
    for (std::size_t pos = out.find("\u2011"); pos != std::string::npos;
         pos = out.find("\u2011", pos + 1)) {
        out.replace(pos, 3, "=");
    }
    return out;
}

inline std::vector<TsvRow> read_tsv(const std::string& name) {
    const auto path = nastavdoc::testing::source_dir() / "tests" / "unit" / "text" / "data" / name;
    std::ifstream in(path);
    std::vector<TsvRow> rows;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') {
            continue;
        }
        TsvRow row;
        row.line = number;
        std::stringstream cells(line);
        std::string cell;
        while (std::getline(cells, cell, '\t')) {
            row.cells.push_back(cell);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace nastavdoc::text::testing
