#include "engine/layout/table/table.h"

#include <algorithm>

namespace nastavdoc::layout {

namespace {

std::vector<Fragment> cell_lines(const model::TableCell& cell, const model::Table& table,
                                 double width_pt, const Context& context) {
    Context inner = context;
    inner.width_pt = width_pt;
    inner.align = cell.align;
    inner.size_pt = table.font_size_pt;
    Units units;
    layout_blocks(cell.blocks, inner, units);
    std::vector<Fragment> lines;
    lines.reserve(units.size());
    for (Unit& unit : units) {
        if (unit.space_before_pt > 0 && !lines.empty()) {
            Fragment shifted;
            shifted.append(unit.content, 0, unit.space_before_pt);
            shifted.height_pt = unit.content.height_pt + unit.space_before_pt;
            lines.push_back(std::move(shifted));
        } else {
            lines.push_back(std::move(unit.content));
        }
    }
    return lines;
}

// Places the lines of a merged cell ending before row `end` one under the other, as when it is
// drawn whole. A line that would cross into the next row makes its row taller instead (the
// rows may end up on different pages, and no line may be cut there); the last row grows to
// hold its padding. Returns whether a row grew.
bool flow_cell(TableLayout& table, CellBox& box, int end) {
    box.line_top_pt.clear();
    bool grown = false;
    int row = box.grid.row;
    double row_bottom = table.row_heights[static_cast<std::size_t>(row)];
    double y = kCellPaddingY;
    for (const Fragment& line : box.lines) {
        while (row + 1 < end && y >= row_bottom - 0.01) {
            ++row;
            row_bottom += table.row_heights[static_cast<std::size_t>(row)];
        }
        const double bottom =
            row + 1 < end ? y + line.height_pt : y + line.height_pt + kCellPaddingY;
        if (bottom > row_bottom + 0.01) {
            table.row_heights[static_cast<std::size_t>(row)] += bottom - row_bottom;
            row_bottom = bottom;
            grown = true;
        }
        box.line_top_pt.push_back(y);
        y += line.height_pt;
    }
    return grown;
}

}  // namespace

TableLayout row_heights(const model::Table& table, const model::TableGrid& grid,
                        const std::vector<double>& widths, const Context& context) {
    TableLayout layout;
    layout.borders = table.borders;
    std::vector<double> column_x(widths.size() + 1, 0);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        column_x[i + 1] = column_x[i] + widths[i];
    }
    layout.width_pt = column_x.back();
    layout.row_heights.assign(static_cast<std::size_t>(grid.rows), 0);

    const model::ParagraphStyle text = paragraph_style(context, model::Role::TableText, {});
    const fonts::FontId font = fonts::font_id(context.family, false, false);
    const double size = table.font_size_pt.value_or(text.size_pt);
    const double min_height =
        size * (context.fonts.ascent(font) + context.fonts.descent(font)) + 2 * kCellPaddingY;

    for (const model::GridCell& g : grid.cells) {
        if (!g.is_anchor || g.cell == nullptr) {
            continue;
        }
        CellBox box;
        box.grid = g;
        const auto first = static_cast<std::size_t>(g.column);
        const auto last =
            std::min(column_x.size() - 1, first + static_cast<std::size_t>(g.colspan));
        box.x_pt = column_x[first];
        box.width_pt = column_x[last] - box.x_pt;
        box.lines = cell_lines(*g.cell, table, box.width_pt - 2 * kCellPaddingX, context);
        for (const Fragment& line : box.lines) {
            box.content_height_pt += line.height_pt;
        }
        layout.cells.push_back(std::move(box));
    }
    for (double& height : layout.row_heights) {
        height = min_height;
    }
    for (const CellBox& box : layout.cells) {
        if (box.grid.rowspan == 1) {
            double& height = layout.row_heights[static_cast<std::size_t>(box.grid.row)];
            height = std::max(height, box.content_height_pt + 2 * kCellPaddingY);
        }
    }
    for (const CellBox& box : layout.cells) {
        if (box.grid.rowspan > 1) {
            const int last = std::min(grid.rows, box.grid.row + box.grid.rowspan) - 1;
            double have = 0;
            for (int r = box.grid.row; r <= last; ++r) {
                have += layout.row_heights[static_cast<std::size_t>(r)];
            }
            const double need = box.content_height_pt + 2 * kCellPaddingY;
            if (need > have) {
                layout.row_heights[static_cast<std::size_t>(last)] += need - have;
            }
        }
    }
    return layout;
}

void flow_spanned_cells(TableLayout& table, int first, int last) {
    const int rows = static_cast<int>(table.row_heights.size());
    // A grown row moves the rows of the cells that span it: flow again until no row grows
    // (heights only increase and each growth ends one crossing, so this settles).
    bool grown = true;
    while (grown) {
        grown = false;
        for (CellBox& box : table.cells) {
            const int begin = box.grid.row;
            const int end = std::min(rows, begin + box.grid.rowspan);
            if (end - begin < 2 || begin < first || end > last) {
                continue;
            }
            grown = flow_cell(table, box, end) || grown;
        }
    }
}

}  // namespace nastavdoc::layout