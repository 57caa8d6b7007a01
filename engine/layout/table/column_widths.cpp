#include "engine/layout/table/table.h"

namespace nastavdoc::layout {

std::vector<double> column_widths(const model::Table& table, double width_pt) {
    const model::TableGrid grid = model::build_grid(table);
    const std::size_t count =
        std::max<std::size_t>(table.columns.size(), static_cast<std::size_t>(grid.columns));
    std::vector<double> weights(count, 1.0);
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        weights[i] = table.columns[i].width > 0 ? table.columns[i].width : 1.0;
    }
    double total = 0;
    for (double w : weights) {
        total += w;
    }
    std::vector<double> widths;
    widths.reserve(count);
    for (double w : weights) {
        widths.push_back(width_pt * w / total);
    }
    return widths;
}

}  // namespace nastavdoc::layout
