// Internal to render/xlsx. model::build_grid row by row: the same placement of spanned cells,
// but with memory for one row of columns, so a register of 100,000 rows streams.
#pragma once
#include "engine/model/block.h"

#include <vector>

namespace nastavdoc::render::xlsx {

class RowWalker {
public:
    /// Measures the grid's width in one pass over the rows (as build_grid does).
    explicit RowWalker(const model::Table& table);

    int columns() const { return columns_; }
    int rows() const { return rows_; }

    /// The grid cells of the next row (rows must be visited in order, from 0): `columns()`
    /// entries, each with its anchor's position and span, as build_grid gives them.
    const std::vector<model::GridCell>& next_row();

private:
    const model::Table& table_;
    int columns_ = 0;
    int rows_ = 0;
    int row_ = 0;
    std::vector<int> rows_left_;  // per column: rows still covered, this one included
    std::vector<model::GridCell> covers_;
    std::vector<model::GridCell> current_;
};

}  // namespace nastavdoc::render::xlsx
