#include "engine/render/xlsx/row_walker.h"

#include <algorithm>

namespace nastavdoc::render::xlsx {

RowWalker::RowWalker(const model::Table& table)
    : table_(table), rows_(static_cast<int>(table.rows.size())) {
    // The first pass of build_grid: the widest row, counting spans and cells carried down.
    columns_ = static_cast<int>(table.columns.size());
    std::vector<int> carried;
    for (const auto& row : table.rows) {
        std::size_t cell = 0;
        int column = 0;
        while (cell < row.cells.size()) {
            if (column < static_cast<int>(carried.size()) &&
                carried[static_cast<std::size_t>(column)] > 0) {
                ++column;
                continue;
            }
            const int span = std::max(1, row.cells[cell].colspan);
            const int height = std::max(1, row.cells[cell].rowspan);
            if (static_cast<int>(carried.size()) < column + span) {
                carried.resize(static_cast<std::size_t>(column + span), 0);
            }
            for (int c = column; c < column + span; ++c)
                carried[static_cast<std::size_t>(c)] = height;
            column += span;
            ++cell;
        }
        columns_ = std::max({columns_, column, static_cast<int>(carried.size())});
        for (auto& left : carried) {
            if (left > 0)
                --left;
        }
    }
    rows_left_.assign(static_cast<std::size_t>(columns_), 0);
    covers_.assign(static_cast<std::size_t>(columns_), model::GridCell{});
    current_.assign(static_cast<std::size_t>(columns_), model::GridCell{});
}

const std::vector<model::GridCell>& RowWalker::next_row() {
    const int r = row_++;
    int column = 0;
    for (const auto& cell : table_.rows[static_cast<std::size_t>(r)].cells) {
        while (column < columns_ && rows_left_[static_cast<std::size_t>(column)] > 0)
            ++column;
        if (column >= columns_)
            break;
        const int colspan = std::clamp(cell.colspan, 1, columns_ - column);
        const int rowspan = std::clamp(cell.rowspan, 1, rows_ - r);
        for (int c = column; c < column + colspan; ++c) {
            rows_left_[static_cast<std::size_t>(c)] = rowspan;
            covers_[static_cast<std::size_t>(c)] =
                model::GridCell{r, column, rowspan, colspan, &cell, true};
        }
        column += colspan;
    }
    for (int c = 0; c < columns_; ++c) {
        auto& slot = current_[static_cast<std::size_t>(c)];
        if (rows_left_[static_cast<std::size_t>(c)] > 0) {
            slot = covers_[static_cast<std::size_t>(c)];
            slot.is_anchor = slot.row == r && slot.column == c;
            --rows_left_[static_cast<std::size_t>(c)];
        } else {
            slot = model::GridCell{r, c, 1, 1, nullptr, true};
        }
    }
    return current_;
}

}  // namespace nastavdoc::render::xlsx
