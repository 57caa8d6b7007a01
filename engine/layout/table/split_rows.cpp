#include "engine/layout/table/table.h"

#include <algorithm>

namespace nastavdoc::layout {

namespace {

void add_cell_borders(Fragment& fragment, double x, double y, double width, double height, bool top,
                      bool bottom) {
    if (top) {
        fragment.rules.push_back({x, y, x + width, y, 0.5, {}});
    }
    if (bottom) {
        fragment.rules.push_back({x, y + height, x + width, y + height, 0.5, {}});
    }
    fragment.rules.push_back({x, y, x, y + height, 0.5, {}});
    fragment.rules.push_back({x + width, y, x + width, y + height, 0.5, {}});
}

void add_borders(Fragment& fragment, double x, double y, double width, double height) {
    add_cell_borders(fragment, x, y, width, height, true, true);
}

double valign_offset(const CellBox& box, double cell_height) {
    const double free = cell_height - 2 * kCellPaddingY - box.content_height_pt;
    if (free <= 0 || box.grid.cell == nullptr) {
        return 0;
    }
    switch (box.grid.cell->valign) {
        case model::VAlign::Top:
            return 0;
        case model::VAlign::Center:
            return free / 2;
        case model::VAlign::Bottom:
            return free;
    }
    return 0;
}

// Splits one row taller than `limit_pt` between the lines of its cells.
void split_tall_row(const TableLayout& table, int row, double limit_pt, Units& out,
                    const std::shared_ptr<const Fragment>& header) {
    std::vector<const CellBox*> cells;
    for (const CellBox& box : table.cells) {
        if (box.grid.row == row) {
            cells.push_back(&box);
        }
    }
    std::vector<std::size_t> next(cells.size(), 0);
    const double room = limit_pt - 2 * kCellPaddingY;
    bool done = false;
    while (!done) {
        Fragment piece;
        double tallest = 0;
        std::vector<Fragment> contents(cells.size());
        done = true;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            double used = 0;
            while (next[c] < cells[c]->lines.size()) {
                const Fragment& line = cells[c]->lines[next[c]];
                if (used > 0 && used + line.height_pt > room) {
                    break;
                }
                contents[c].append(line, 0, used);
                used += line.height_pt;
                ++next[c];
            }
            done = done && next[c] == cells[c]->lines.size();
            tallest = std::max(tallest, used);
        }
        piece.height_pt = tallest + 2 * kCellPaddingY;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            piece.append(contents[c], cells[c]->x_pt + kCellPaddingX, kCellPaddingY);
            if (table.borders) {
                add_borders(piece, cells[c]->x_pt, 0, cells[c]->width_pt, piece.height_pt);
            }
        }
        Unit unit;
        unit.content = std::move(piece);
        unit.repeat_header = header;
        out.push_back(std::move(unit));
    }
}

// A page may open or end between two rows of a merged cell: its top rule is drawn above the
// first row of a page (when no header row does it) and its bottom rule under the last.
void close_cut_cells(const TableLayout& table, int row,
                     const std::shared_ptr<const Fragment>& header, Unit& first, Unit& last) {
    if (!header) {
        Fragment opening = cut_rules(table, row, 0);
        if (!opening.rules.empty()) {
            first.repeat_header = std::make_shared<const Fragment>(std::move(opening));
        }
    }
    Fragment closing = cut_rules(table, row + 1, last.content.height_pt);
    if (!closing.rules.empty()) {
        last.close_at_page_end = std::make_shared<const Fragment>(std::move(closing));
    }
}

}  // namespace

Fragment draw_rows(const TableLayout& table, int first, int last) {
    Fragment fragment;
    std::vector<double> top(static_cast<std::size_t>(last - first + 1), 0);
    for (int r = first; r < last; ++r) {
        top[static_cast<std::size_t>(r - first + 1)] =
            top[static_cast<std::size_t>(r - first)] +
            table.row_heights[static_cast<std::size_t>(r)];
    }
    fragment.height_pt = top.back();
    const int rows = static_cast<int>(table.row_heights.size());
    for (const CellBox& box : table.cells) {
        const int begin = box.grid.row;
        const int end = std::min(rows, box.grid.row + box.grid.rowspan);
        if (end <= first || begin >= last) {
            continue;
        }
        const int from = std::max(begin, first);
        const int to = std::min(end, last);
        const double y = top[static_cast<std::size_t>(from - first)];
        const double height = top[static_cast<std::size_t>(to - first)] - y;
        if (table.borders) {
            // A merged cell cut by the range is open where it is cut: no rule inside a span.
            add_cell_borders(fragment, box.x_pt, y, box.width_pt, height, begin >= first,
                             end <= last);
        }
        if (!box.line_top_pt.empty()) {
            // Flowed through its rows: the lines that fall in the rows drawn here.
            double above = 0;  // the part of the cell above this range
            for (int r = begin; r < from; ++r) {
                above += table.row_heights[static_cast<std::size_t>(r)];
            }
            for (std::size_t i = 0; i < box.lines.size(); ++i) {
                const double line_top = box.line_top_pt[i] - above;
                if (line_top >= -0.01 && line_top < height - 0.01) {
                    fragment.append(box.lines[i], box.x_pt + kCellPaddingX, y + line_top);
                }
            }
        } else if (begin >= first) {
            // A merged cell's text is printed in its first fragment only.
            double full = 0;
            for (int r = begin; r < end; ++r) {
                full += table.row_heights[static_cast<std::size_t>(r)];
            }
            const double offset = valign_offset(box, to == end ? full : height);
            double line_y = y + kCellPaddingY + offset;
            for (const Fragment& line : box.lines) {
                fragment.append(line, box.x_pt + kCellPaddingX, line_y);
                line_y += line.height_pt;
            }
        }
    }
    return fragment;
}

Fragment cut_rules(const TableLayout& table, int row, double y_pt) {
    Fragment fragment;
    if (!table.borders) {
        return fragment;
    }
    for (const CellBox& box : table.cells) {
        if (box.grid.row < row && box.grid.row + box.grid.rowspan > row) {
            fragment.rules.push_back({box.x_pt, y_pt, box.x_pt + box.width_pt, y_pt, 0.5, {}});
        }
    }
    return fragment;
}

void split_rows(TableLayout& table, int first_row, double limit_pt, const Context& context,
                const SourceSpan& span, Units& out) {
    const std::shared_ptr<const Fragment> header =
        first_row > 0 ? repeat_header(table, first_row) : nullptr;
    const double room = limit_pt - (header ? header->height_pt : 0);
    const int rows = static_cast<int>(table.row_heights.size());
    // The furthest row each row's spans reach.
    std::vector<int> reach(static_cast<std::size_t>(rows), 0);
    for (int r = 0; r < rows; ++r) {
        reach[static_cast<std::size_t>(r)] = r + 1;
    }
    for (const CellBox& box : table.cells) {
        int& end = reach[static_cast<std::size_t>(box.grid.row)];
        end = std::max(end, std::min(rows, box.grid.row + box.grid.rowspan));
    }
    int row = first_row;
    while (row < rows) {
        int end = row + 1;
        for (int r = row; r < end; ++r) {
            end = std::max(end, reach[static_cast<std::size_t>(r)]);
        }
        double height = 0;
        for (int r = row; r < end; ++r) {
            height += table.row_heights[static_cast<std::size_t>(r)];
        }
        if (height <= room) {
            Unit unit;
            unit.content = draw_rows(table, row, end);
            unit.repeat_header = header;
            out.push_back(std::move(unit));
        } else {
            // Too tall for a page: row by row, the merged cells' text flowed through their rows.
            flow_spanned_cells(table, row, end);
            for (int r = row; r < end; ++r) {
                const std::size_t first_unit = out.size();
                if (table.row_heights[static_cast<std::size_t>(r)] <= room) {
                    Unit unit;
                    unit.content = draw_rows(table, r, r + 1);
                    unit.repeat_header = header;
                    out.push_back(std::move(unit));
                } else {
                    context.diagnostics.warning("layout.row-split",
                                                "a table row is taller than a page and was split",
                                                span);
                    split_tall_row(table, r, room, out, header);
                }
                close_cut_cells(table, r, header, out[first_unit], out.back());
            }
        }
        row = end;
    }
}

}  // namespace nastavdoc::layout
