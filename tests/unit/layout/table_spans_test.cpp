// Vertically merged cells: their lines flow through their rows, no rule is drawn inside them,
// and a page cut through one closes it (documents.md A.16).
#include "engine/layout/layout.h"
#include "engine/layout/table/table.h"
#include "tests/unit/layout/sample_documents.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace nastavdoc::layout {
namespace {

Fragment line_of(double height_pt) {
    Fragment line;
    line.height_pt = height_pt;
    GlyphRun run;
    run.y_pt = height_pt * 0.8;
    run.glyphs.push_back({1, U'x', 0});
    line.runs.push_back(run);
    return line;
}

// Two columns: a cell in column 0 spanning `rows` rows with `lines` lines of 10 pt, single cells
// in column 1; every row 20 pt high.
TableLayout spanned_layout(int rows, int lines) {
    TableLayout table;
    table.width_pt = 200;
    table.row_heights.assign(static_cast<std::size_t>(rows), 20);
    CellBox merged;
    merged.grid.row = 0;
    merged.grid.column = 0;
    merged.grid.rowspan = rows;
    merged.x_pt = 0;
    merged.width_pt = 100;
    for (int i = 0; i < lines; ++i) {
        merged.lines.push_back(line_of(10));
    }
    merged.content_height_pt = 10.0 * lines;
    table.cells.push_back(merged);
    for (int r = 0; r < rows; ++r) {
        CellBox single;
        single.grid.row = r;
        single.grid.column = 1;
        single.x_pt = 100;
        single.width_pt = 100;
        single.lines.push_back(line_of(10));
        single.content_height_pt = 10;
        table.cells.push_back(single);
    }
    return table;
}

bool is_horizontal(const Rule& rule) {
    return std::fabs(rule.y1_pt - rule.y2_pt) < 0.001;
}

// Horizontal rules that cross the column [x0, x1).
std::vector<double> rules_across(const std::vector<Rule>& rules, double x0, double x1) {
    std::vector<double> ys;
    for (const Rule& rule : rules) {
        if (is_horizontal(rule) && rule.x1_pt < x1 - 0.01 && rule.x2_pt > x0 + 0.01) {
            ys.push_back(rule.y1_pt);
        }
    }
    return ys;
}

TEST(TableSpansTest, LinesRunOnAndARowGrowsRatherThanCutOne) {
    TableLayout table = spanned_layout(3, 4);
    flow_spanned_cells(table, 0, 3);
    const CellBox& merged = table.cells.front();
    ASSERT_EQ(merged.line_top_pt.size(), 4u);
    // One under the other, as when the cell is drawn whole.
    EXPECT_DOUBLE_EQ(merged.line_top_pt[0], kCellPaddingY);
    EXPECT_DOUBLE_EQ(merged.line_top_pt[1], kCellPaddingY + 10);
    EXPECT_DOUBLE_EQ(merged.line_top_pt[2], kCellPaddingY + 20);
    EXPECT_DOUBLE_EQ(merged.line_top_pt[3], kCellPaddingY + 30);
    // The second line would cross from row 0 into row 1: row 0 grows to hold it.
    EXPECT_DOUBLE_EQ(table.row_heights[0], kCellPaddingY + 20);
    EXPECT_DOUBLE_EQ(table.row_heights[1], 20);
    EXPECT_DOUBLE_EQ(table.row_heights[2], 20);
}

TEST(TableSpansTest, LastRowGrowsToHoldTheRestAndThePadding) {
    TableLayout table = spanned_layout(2, 5);
    flow_spanned_cells(table, 0, 2);
    EXPECT_DOUBLE_EQ(table.row_heights[0], 22);
    EXPECT_DOUBLE_EQ(table.row_heights[1], 5 * 10 + 2 * kCellPaddingY - 22);
}

TEST(TableSpansTest, RowDrawnAloneHasNoRuleInsideTheMergedCell) {
    TableLayout table = spanned_layout(3, 3);
    flow_spanned_cells(table, 0, 3);
    const Fragment first = draw_rows(table, 0, 1);
    const Fragment middle = draw_rows(table, 1, 2);
    const Fragment last = draw_rows(table, 2, 3);
    EXPECT_EQ(rules_across(first.rules, 0, 100), std::vector<double>{0});  // its top only
    EXPECT_TRUE(rules_across(middle.rules, 0, 100).empty());
    EXPECT_EQ(rules_across(last.rules, 0, 100), std::vector<double>{last.height_pt});
    // The single cells beside it keep their own rules.
    EXPECT_EQ(rules_across(middle.rules, 100, 200).size(), 2u);
    // Each row carries the merged cell's lines that start in it, inside the row.
    const std::vector<std::pair<const Fragment*, int>> expected = {
        {&first, 2}, {&middle, 1}, {&last, 0}};
    for (const auto& [row, lines] : expected) {
        int merged_runs = 0;
        for (const GlyphRun& run : row->runs) {
            if (run.x_pt < 100) {
                ++merged_runs;
                EXPECT_GT(run.y_pt, 0);
                EXPECT_LT(run.y_pt, row->height_pt);
            }
        }
        EXPECT_EQ(merged_runs, lines);
    }
}

TEST(TableSpansTest, CutRulesCloseOnlyTheCellsCutThere) {
    const TableLayout table = spanned_layout(3, 1);
    const Fragment cut = cut_rules(table, 1, 20);
    ASSERT_EQ(cut.rules.size(), 1u);
    EXPECT_DOUBLE_EQ(cut.rules.front().x1_pt, 0);
    EXPECT_DOUBLE_EQ(cut.rules.front().x2_pt, 100);
    EXPECT_DOUBLE_EQ(cut.rules.front().y1_pt, 20);
    EXPECT_TRUE(cut_rules(table, 0, 0).rules.empty());
    EXPECT_TRUE(cut_rules(table, 3, 0).rules.empty());
}

// A stage cell spanning more step rows than a page holds, as in a roadmap.
model::Document stage_document(int steps, const std::string& stage_text) {
    model::Document document = samples::consent_document(0);
    model::Table table;
    table.columns.resize(2);
    table.columns[0].width = 1;
    table.columns[1].width = 2;
    table.header_rows = 1;
    model::TableRow header;
    header.cells = {samples::cell("Этап", model::Role::TableHeader),
                    samples::cell("Мероприятие", model::Role::TableHeader)};
    table.rows.push_back(header);
    for (int i = 0; i < steps; ++i) {
        model::TableRow row;
        if (i == 0) {
            row.cells.push_back(samples::cell(stage_text, model::Role::TableText, steps));
        }
        row.cells.push_back(samples::cell("Мероприятие " + std::to_string(i + 1)));
        table.rows.push_back(row);
    }
    document.sections.front().blocks = {table};
    return document;
}

TEST(TableSpansTest, MergedCellAcrossPagesIsClosedAndHasNoInnerRules) {
    std::string stage;
    for (int i = 0; i < 60; ++i) {
        stage += "подготовительный этап ";
    }
    Diagnostics diagnostics;
    const auto pages =
        layout_document(stage_document(60, stage), fonts::FontBook::shared(), diagnostics);
    ASSERT_GE(pages.size(), 2u);
    std::size_t stage_runs = 0;
    for (const Page& page : pages) {
        double left = page.width_pt;
        double right = 0;
        for (const Rule& rule : page.rules) {
            left = std::min({left, rule.x1_pt, rule.x2_pt});
            right = std::max({right, rule.x1_pt, rule.x2_pt});
        }
        const double split = left + (right - left) / 3;  // the stage column is a third
        // Across the stage column: the header's top and bottom, and the page's closing rule.
        // (a rule shared by two rows is drawn by both: counted once)
        std::vector<double> ys = rules_across(page.rules, left, split);
        std::sort(ys.begin(), ys.end());
        ys.erase(std::unique(ys.begin(), ys.end(),
                             [](double a, double b) { return std::fabs(a - b) < 0.01; }),
                 ys.end());
        ASSERT_EQ(ys.size(), 3u) << "page " << page.number;
        for (const GlyphRun& run : page.runs) {
            if (run.x_pt < split && run.y_pt > ys[1]) {
                ++stage_runs;
                EXPECT_LT(run.y_pt, ys[2]) << "page " << page.number;
            }
        }
    }
    EXPECT_GT(stage_runs, 20u);  // the stage text goes on from page to page
}

}  // namespace
}  // namespace nastavdoc::layout
