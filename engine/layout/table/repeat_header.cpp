#include "engine/layout/table/table.h"

#include <algorithm>

namespace nastavdoc::layout {

std::shared_ptr<const Fragment> repeat_header(const TableLayout& table, int header_rows) {
    if (header_rows <= 0) {
        return nullptr;
    }
    return std::make_shared<const Fragment>(draw_rows(table, 0, header_rows));
}

void layout_table(const model::Table& table, const Context& context, Units& out) {
    const model::TableGrid grid = model::build_grid(table);
    if (grid.rows == 0) {
        return;
    }
    const std::vector<double> widths = column_widths(table, context.width_pt);
    TableLayout layout = row_heights(table, grid, widths, context);
    const int header_rows = std::min(table.header_rows, grid.rows);
    if (header_rows > 0) {
        Unit header;
        header.content = draw_rows(layout, 0, header_rows);
        header.keep_with_next = true;  // never alone at the bottom of a page
        out.push_back(std::move(header));
    }
    split_rows(layout, header_rows, context.page_height_pt, context, table.span, out);
}

}  // namespace nastavdoc::layout
