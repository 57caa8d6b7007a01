// Internal to layout/.
// A table goes column_widths -> row_heights (cell contents laid out) -> split_rows (row groups
// joined by row spans become units; a row taller than a page splits between its lines) ->
// repeat_header (the header rows above every continued page).
#pragma once
#include "engine/layout/blocks/blocks.h"

#include <vector>

namespace nastavdoc::layout {

inline constexpr double kCellPaddingX = 5.4;  // 0.19 cm, Word's default cell margin
inline constexpr double kCellPaddingY = 2.0;

/// Column widths in points: the model's weights scaled to `width_pt`.
std::vector<double> column_widths(const model::Table& table, double width_pt);

struct CellBox {
    model::GridCell grid;
    double x_pt = 0, width_pt = 0;
    std::vector<Fragment> lines;  // stacked contents, each line a fragment
    double content_height_pt = 0;
    // A merged cell split between units: each line's top from the cell's top, no line across a
    // row boundary (flow_spanned_cells). Empty: the lines are stacked and aligned as a block.
    std::vector<double> line_top_pt;
};

struct TableLayout {
    std::vector<CellBox> cells;       // anchors only, row-major
    std::vector<double> row_heights;  // in points, padding included
    bool borders = true;
    double width_pt = 0;
};

/// Lays out every cell's blocks and gives each row its height (row spans add to their last row).
TableLayout row_heights(const model::Table& table, const model::TableGrid& grid,
                        const std::vector<double>& widths, const Context& context);

/// Draws rows [first, last) as one fragment. A merged cell cut by the range has no rule where it
/// is cut; its text is drawn in its first fragment, or line by line where flowed.
Fragment draw_rows(const TableLayout& table, int first, int last);

/// Flows the lines of the merged cells that lie in rows [first, last) through their rows, so
/// each row can be drawn on its own; the last row of a cell grows when its lines need more.
void flow_spanned_cells(TableLayout& table, int first, int last);

/// Rules at height `y_pt` across the merged cells cut at the top of `row`: what closes them where
/// a page ends or opens between their rows.
Fragment cut_rules(const TableLayout& table, int row, double y_pt);

/// Units for the body rows from `first_row`: groups of rows joined by spans stay together unless
/// taller than `limit_pt`, then go row by row with their merged cells flowed (and the rows
/// grown); a single row taller than that is split between its lines.
void split_rows(TableLayout& table, int first_row, double limit_pt, const Context& context,
                const SourceSpan& span, Units& out);

/// The header fragment (rows [0, header_rows)) to repeat, or nullptr when there is none.
std::shared_ptr<const Fragment> repeat_header(const TableLayout& table, int header_rows);

}  // namespace nastavdoc::layout
