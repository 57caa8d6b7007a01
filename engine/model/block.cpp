#include "engine/model/block.h"

#include <algorithm>

namespace nastavdoc::model {

namespace {

// Letters of list items «а)», «б)» … as legal texts use them: ё, з, й, о, ч, ъ, ы, ь are skipped
// because they are easily confused with digits or other letters.
constexpr std::string_view kListLetters[] = {"а", "б", "в", "г", "д", "е", "ж", "и", "к",
                                             "л", "м", "н", "п", "р", "с", "т", "у", "ф",
                                             "х", "ц", "ш", "щ", "э", "ю", "я"};

}  // namespace

std::string list_label(const List& list, std::size_t index, const std::string& parent_label) {
    const long number = list.start + static_cast<long>(index);
    switch (list.format) {
        case ListFormat::Decimal:
            return parent_label + std::to_string(number) + ".";
        case ListFormat::DecimalParen:
            return std::to_string(number) + ")";
        case ListFormat::CyrillicParen: {
            constexpr long count = static_cast<long>(std::size(kListLetters));
            const long zero_based = std::max(0L, number - 1);
            std::string label(kListLetters[zero_based % count]);
            if (zero_based >= count)
                label += std::to_string(zero_based / count);
            return label + ")";
        }
        case ListFormat::Bullet:
            return list.marker;
    }
    return {};
}

TableGrid build_grid(const Table& table) {
    TableGrid grid;
    grid.rows = static_cast<int>(table.rows.size());
    grid.columns = static_cast<int>(table.columns.size());
    // The grid is as wide as the widest row, counting spans and cells carried down from above.
    std::vector<int> carried;  // per column: rows still covered from above
    for (const auto& row : table.rows) {
        int width = 0;
        std::size_t cell = 0;
        int column = 0;
        while (cell < row.cells.size()) {
            if (column < static_cast<int>(carried.size()) && carried[column] > 0) {
                ++column;
                continue;
            }
            const int span = std::max(1, row.cells[cell].colspan);
            const int rows = std::max(1, row.cells[cell].rowspan);
            if (static_cast<int>(carried.size()) < column + span)
                carried.resize(column + span, 0);
            for (int c = column; c < column + span; ++c)
                carried[c] = rows;
            column += span;
            ++cell;
        }
        width = std::max(width, column);
        grid.columns = std::max(grid.columns, std::max(width, static_cast<int>(carried.size())));
        for (auto& left : carried) {
            if (left > 0)
                --left;
        }
    }
    grid.cells.assign(static_cast<std::size_t>(grid.rows * grid.columns), GridCell{});
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.columns; ++c) {
            auto& slot = grid.cells[static_cast<std::size_t>(r * grid.columns + c)];
            slot.row = r;
            slot.column = c;
        }
    }
    std::vector<bool> taken(grid.cells.size(), false);
    for (int r = 0; r < grid.rows; ++r) {
        int column = 0;
        for (const auto& cell : table.rows[static_cast<std::size_t>(r)].cells) {
            while (column < grid.columns &&
                   taken[static_cast<std::size_t>(r * grid.columns + column)]) {
                ++column;
            }
            if (column >= grid.columns)
                break;
            const int colspan = std::clamp(cell.colspan, 1, grid.columns - column);
            const int rowspan = std::clamp(cell.rowspan, 1, grid.rows - r);
            for (int dr = 0; dr < rowspan; ++dr) {
                for (int dc = 0; dc < colspan; ++dc) {
                    const auto index =
                        static_cast<std::size_t>((r + dr) * grid.columns + column + dc);
                    taken[index] = true;
                    GridCell& slot = grid.cells[index];
                    slot.row = r;
                    slot.column = column;
                    slot.rowspan = rowspan;
                    slot.colspan = colspan;
                    slot.cell = &cell;
                    slot.is_anchor = dr == 0 && dc == 0;
                }
            }
            column += colspan;
        }
    }
    return grid;
}

}  // namespace nastavdoc::model
