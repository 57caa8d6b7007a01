#include "engine/render/xlsx/row_walker.h"

#include "tests/unit/render/xlsx/sample_documents.h"

#include <gtest/gtest.h>

namespace nastavdoc::render::xlsx {
namespace {

void expect_same_as_build_grid(const model::Table& table) {
    const auto grid = model::build_grid(table);
    RowWalker walker(table);
    ASSERT_EQ(walker.columns(), grid.columns);
    ASSERT_EQ(walker.rows(), grid.rows);
    for (int r = 0; r < grid.rows; ++r) {
        const auto& row = walker.next_row();
        for (int c = 0; c < grid.columns; ++c) {
            const auto& want = grid.at(r, c);
            const auto& got = row[static_cast<std::size_t>(c)];
            EXPECT_EQ(got.cell, want.cell) << r << "," << c;
            EXPECT_EQ(got.row, want.row) << r << "," << c;
            EXPECT_EQ(got.column, want.column) << r << "," << c;
            EXPECT_EQ(got.rowspan, want.rowspan) << r << "," << c;
            EXPECT_EQ(got.colspan, want.colspan) << r << "," << c;
            EXPECT_EQ(got.is_anchor, want.is_anchor) << r << "," << c;
        }
    }
}

const model::Table& first_table(const model::Document& document) {
    for (const auto& block : document.sections.front().blocks) {
        if (const auto* table = block.as<model::Table>())
            return *table;
    }
    throw std::logic_error("no table");
}

TEST(RowWalkerTest, PlacesSpansLikeBuildGrid) {
    expect_same_as_build_grid(first_table(samples::pairs_register()));
    expect_same_as_build_grid(first_table(samples::mentors_register()));
}

TEST(RowWalkerTest, HandlesRaggedRowsAndSpansPastTheEnd) {
    model::Table table;
    table.columns.resize(2);
    auto tall = samples::text_cell("tall");
    tall.rowspan = 5;  // clipped to the table
    auto wide = samples::text_cell("wide");
    wide.colspan = 3;  // widens the grid
    table.rows.push_back(samples::row({tall, wide}));
    table.rows.push_back(samples::row({samples::text_cell("a")}));
    table.rows.push_back(samples::row({}));
    expect_same_as_build_grid(table);
    RowWalker walker(table);
    EXPECT_EQ(walker.columns(), 4);
}

}  // namespace
}  // namespace nastavdoc::render::xlsx
