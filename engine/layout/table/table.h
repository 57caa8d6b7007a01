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

/// Draws rows [first, last) as one fragment; cells that began above `first` get borders only.
Fragment draw_rows(const TableLayout& table, int first, int last);

/// Units for the body rows from `first_row`: groups of rows joined by spans stay together unless
/// taller than `limit_pt`; a single row taller than that is split between its lines.
void split_rows(const TableLayout& table, int first_row, double limit_pt, const Context& context,
                const SourceSpan& span, Units& out);

/// The header fragment (rows [0, header_rows)) to repeat, or nullptr when there is none.
std::shared_ptr<const Fragment> repeat_header(const TableLayout& table, int header_rows);

}  // namespace nastavdoc::layout
