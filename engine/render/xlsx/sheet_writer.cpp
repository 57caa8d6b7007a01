#include "engine/render/xlsx/sheet_writer.h"

#include "engine/base/utf8.h"
#include "engine/render/xlsx/cell_value.h"
#include "engine/render/xlsx/column_width.h"
#include "engine/render/xlsx/row_walker.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace nastavdoc::render::xlsx {

namespace {

constexpr lxw_row_t kMaxRows = 1048576;
constexpr lxw_col_t kMaxColumns = 16384;
constexpr double kMmPerInch = 25.4;
constexpr double kMmPerWidthUnit = 7 * kMmPerInch / 96;  // one Excel width unit: 7 px
constexpr double kPortraitWidthUnits = 95;               // wider tables print in landscape
constexpr double kDefaultChartWidthPx = 480, kDefaultChartHeightPx = 288, kRowHeightPx = 20;

std::string quoted_sheet(const std::string& name) {
    std::string quoted = "'";
    for (const char c : name) {
        quoted += c;
        if (c == '\'')
            quoted += '\'';
    }
    return quoted + "'";
}

std::string number_text(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

CellStyle::Kind kind_of(const CellValue& value) {
    switch (value.kind) {
        case CellKind::Number:
            return CellStyle::Kind::Number;
        case CellKind::Percent:
            return CellStyle::Kind::Percent;
        case CellKind::Date:
            return CellStyle::Kind::Date;
        case CellKind::Blank:
        case CellKind::Text:
            break;
    }
    return CellStyle::Kind::Text;
}

CellStyle::Kind kind_of(const model::TableColumn& column) {
    switch (column.validation) {
        case model::Validation::Date:
            return CellStyle::Kind::Date;
        case model::Validation::WholeNumber:
            return CellStyle::Kind::Number;
        case model::Validation::None:
        case model::Validation::List:
            break;
    }
    return CellStyle::Kind::Text;
}

class SheetWriter {
public:
    SheetWriter(Workbook& workbook, ListSheet& lists, const model::Document& document,
                const SheetPlan& plan, std::string name)
        : workbook_(workbook),
          lists_(lists),
          document_(document),
          plan_(plan),
          name_(std::move(name)),
          sheet_(workbook.add_worksheet(name_)),
          text_size_(document.styles[model::Role::TableText].size_pt) {}

    void write() {
        write_heading();
        write_blocks(plan_.before);
        write_table_caption();
        if (plan_.table != nullptr) {
            if (row_ > 0)
                ++row_;  // one empty row between the heading and the table
            write_table(*plan_.table);
        }
        if (!plan_.after.empty())
            ++row_;
        write_blocks(plan_.after);
        set_print_setup();
    }

private:
    lxw_row_t take_row() {
        if (row_ >= kMaxRows) {
            workbook_.fail("sheet '" + name_ + "' needs more than 1,048,576 rows");
        }
        return row_++;
    }

    void write_line(const std::string& text, CellRole role, double size_pt) {
        const lxw_row_t row = take_row();
        if (text.empty())
            return;
        CellStyle style;
        style.role = role;
        style.border = false;
        style.size_pt = size_pt;
        workbook_.check(
            worksheet_write_string(sheet_, row, 0, truncate_chars(text, kMaxCellChars).c_str(),
                                   workbook_.format(style)),
            "sheet '" + name_ + "', text line " + std::to_string(row + 1));
    }

    // The document's title heads every sheet, unless the text above the table already has it;
    // a table's own title goes right above the table when it says something more.
    void write_heading() {
        std::vector<std::string> lines;
        for (const auto* block : plan_.before)
            append_block_lines(*block, lines);
        const auto has_line = [&lines](const std::string& text) {
            return text.empty() || std::find(lines.begin(), lines.end(), text) != lines.end();
        };
        const std::string& title = document_.metadata.title;
        if (!has_line(title))
            write_line(title, CellRole::Title, 14);
    }

    void write_table_caption() {
        if (plan_.table == nullptr)
            return;
        const std::string& caption = plan_.table->title;
        std::vector<std::string> lines;
        for (const auto* block : plan_.before)
            append_block_lines(*block, lines);
        if (caption.empty() || caption == document_.metadata.title ||
            std::find(lines.begin(), lines.end(), caption) != lines.end()) {
            return;
        }
        write_line(caption, CellRole::Caption, text_size_);
    }

    void write_blocks(const std::vector<const model::Block*>& blocks) {
        for (const auto* block : blocks) {
            if (const auto* chart = block->as<model::Chart>()) {
                write_chart(*chart);
                continue;
            }
            CellRole role = CellRole::Text;
            if (const auto* paragraph = block->as<model::Paragraph>()) {
                const auto& style = document_.styles[paragraph->role];
                if (paragraph->overrides.bold.value_or(style.bold))
                    role = CellRole::Caption;
            }
            std::vector<std::string> lines;
            append_block_lines(*block, lines);
            for (const auto& line : lines)
                write_line(line, role, text_size_);
        }
    }

    void write_value(lxw_row_t row, lxw_col_t column, const CellValue& value, lxw_format* format) {
        lxw_error error = LXW_NO_ERROR;
        switch (value.kind) {
            case CellKind::Blank:
                error = worksheet_write_blank(sheet_, row, column, format);
                break;
            case CellKind::Text:
                // Always a string cell, never a formula: "=1+1" is stored as the text "=1+1".
                error = worksheet_write_string(sheet_, row, column, value.text.c_str(), format);
                break;
            case CellKind::Number:
            case CellKind::Percent:
                error = worksheet_write_number(sheet_, row, column, value.number, format);
                break;
            case CellKind::Date: {
                lxw_datetime datetime{value.date.year, value.date.month, value.date.day, 0, 0, 0};
                error = worksheet_write_datetime(sheet_, row, column, &datetime, format);
                break;
            }
        }
        if (error != LXW_NO_ERROR) {
            workbook_.check(error, "sheet '" + name_ + "', cell " + cell_name(row, column));
        }
    }

    static std::string cell_name(lxw_row_t row, lxw_col_t column) {
        std::string letters;
        for (lxw_col_t c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
        }
        return letters + std::to_string(row + 1);
    }

    CellStyle cell_style(const model::TableCell& cell, const CellValue& value, bool header,
                         double size_pt, bool border) const {
        CellStyle style;
        style.role = header ? CellRole::Header : CellRole::Body;
        style.kind = kind_of(value);
        style.decimals = value.decimals;
        style.border = border;
        style.size_pt = size_pt;
        style.valign = header ? model::VAlign::Center : cell.valign;
        if (cell.align) {
            style.align = *cell.align;
        } else if (header || style.kind == CellStyle::Kind::Date) {
            style.align = model::Align::Center;
        } else if (style.kind == CellStyle::Kind::Number ||
                   style.kind == CellStyle::Kind::Percent) {
            style.align = model::Align::Right;
        }
        return style;
    }

    void write_table(const model::Table& table) {
        RowWalker walker(table);
        const int columns = walker.columns();
        if (columns == 0 || walker.rows() == 0)
            return;
        if (static_cast<lxw_col_t>(columns) > kMaxColumns) {
            workbook_.fail("table '" + table.title + "' has more than 16,384 columns");
        }
        const lxw_row_t first = row_;
        const int header_rows = std::clamp(table.header_rows, 0, walker.rows());
        const double size_pt = table.font_size_pt.value_or(text_size_);
        ColumnWidths widths(columns);
        const auto header_heights = estimate_header_heights(table, header_rows, size_pt);
        for (int r = 0; r < walker.rows(); ++r) {
            const auto& cells = walker.next_row();
            const lxw_row_t row = take_row();
            const bool header = r < header_rows;
            if (header && header_heights[static_cast<std::size_t>(r)] > 0) {
                workbook_.check(
                    worksheet_set_row(sheet_, row, header_heights[static_cast<std::size_t>(r)],
                                      nullptr),
                    "sheet '" + name_ + "', header row height");
            }
            write_merges(cells, first, r, header, size_pt, table.borders, MergePass::BeforeCells);
            for (int c = 0; c < columns; ++c) {
                const auto& slot = cells[static_cast<std::size_t>(c)];
                const auto column = static_cast<lxw_col_t>(c);
                if (slot.cell == nullptr) {
                    CellStyle style;
                    style.role = header ? CellRole::Header : CellRole::Body;
                    if (!header && c < static_cast<int>(table.columns.size())) {
                        style.kind = kind_of(table.columns[static_cast<std::size_t>(c)]);
                    }
                    style.border = table.borders;
                    style.size_pt = size_pt;
                    write_value(row, column, CellValue{}, workbook_.format(style));
                    continue;
                }
                const bool anchor_header = slot.row < header_rows;
                const CellValue value = cell_value(*slot.cell);
                lxw_format* format = workbook_.format(
                    cell_style(*slot.cell, value, anchor_header, size_pt, table.borders));
                if (!slot.is_anchor) {
                    write_value(row, column, CellValue{}, format);
                    continue;
                }
                write_value(row, column, value, format);
                if (slot.colspan == 1)
                    widths.want(c, value_width(value, header, size_pt));
            }
            write_merges(cells, first, r, header, size_pt, table.borders, MergePass::AfterCells);
        }
        const lxw_row_t last = row_ - 1;
        finish_table(table, widths.finish(fallback_widths(table, columns)), first, last,
                     header_rows);
    }

    enum class MergePass : std::uint8_t { BeforeCells, AfterCells };

    // worksheet_merge_range writes "" into the anchor and blanks into the rest of the range.
    // In memory, a range is declared in its first row before the cells, so the anchor's value
    // overwrites the "". In constant-memory mode a row cannot be touched once a later one is
    // begun, so a range over several rows is declared after the cells of its last row: the
    // library keeps the range, its "" for the anchor (in a past row) is dropped, and its blanks
    // in the current row match ours. A range within one row is declared before its cells.
    void write_merges(const std::vector<model::GridCell>& cells, lxw_row_t first, int r,
                      bool header, double size_pt, bool border, MergePass pass) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto& slot = cells[c];
            if (slot.cell == nullptr || static_cast<std::size_t>(slot.column) != c ||
                (slot.rowspan == 1 && slot.colspan == 1)) {
                continue;
            }
            const bool late = workbook_.is_constant_memory() && slot.rowspan > 1;
            const int declare_at = late ? slot.row + slot.rowspan - 1 : slot.row;
            if (declare_at != r || late != (pass == MergePass::AfterCells))
                continue;
            const lxw_row_t top = first + static_cast<lxw_row_t>(slot.row);
            const auto left = static_cast<lxw_col_t>(slot.column);
            lxw_format* format = workbook_.format(
                cell_style(*slot.cell, cell_value(*slot.cell), header, size_pt, border));
            workbook_.check(worksheet_merge_range(
                                sheet_, top, left, top + static_cast<lxw_row_t>(slot.rowspan) - 1,
                                left + static_cast<lxw_col_t>(slot.colspan) - 1, "", format),
                            "sheet '" + name_ + "', merged range at " + cell_name(top, left));
        }
    }

    // Excel and LibreOffice do not grow a row for wrapped text they did not lay out, so a
    // header row gets the height its wrapped cells need. The row is written before the data
    // that sets the final widths, so the widths are estimated from the first rows; a later
    // wider column only leaves the header a little taller than needed.
    std::vector<double> estimate_header_heights(const model::Table& table, int header_rows,
                                                double size_pt) const {
        std::vector<double> heights(static_cast<std::size_t>(header_rows), 0);
        if (header_rows == 0)
            return heights;
        RowWalker walker(table);
        const int sample_rows = std::min(walker.rows(), header_rows + 1000);
        ColumnWidths widths(walker.columns());
        std::vector<std::vector<model::GridCell>> header;
        for (int r = 0; r < sample_rows; ++r) {
            const auto& cells = walker.next_row();
            if (r < header_rows)
                header.push_back(cells);
            for (const auto& slot : cells) {
                if (slot.cell != nullptr && slot.is_anchor && slot.colspan == 1) {
                    widths.want(slot.column,
                                value_width(cell_value(*slot.cell), r < header_rows, size_pt));
                }
            }
        }
        const auto estimated = widths.finish(fallback_widths(table, walker.columns()));
        const double line_pt = size_pt * 1.25;
        for (int r = 0; r < header_rows; ++r) {
            int lines = 1;
            for (const auto& slot : header[static_cast<std::size_t>(r)]) {
                if (slot.cell == nullptr || !slot.is_anchor || slot.rowspan > 1)
                    continue;
                double room = -1.0;  // the padding of one cell
                for (int c = slot.column; c < slot.column + slot.colspan; ++c) {
                    room += estimated[static_cast<std::size_t>(c)];
                }
                const double text = text_width(cell_value(*slot.cell).text, size_pt, true);
                lines = std::max(lines, static_cast<int>(std::ceil(text / std::max(room, 1.0))));
            }
            if (lines > 1)
                heights[static_cast<std::size_t>(r)] = std::ceil(lines * line_pt + 3);
        }
        return heights;
    }

    static double value_width(const CellValue& value, bool header, double size_pt) {
        switch (value.kind) {
            case CellKind::Blank:
                return 0;
            case CellKind::Text:
                return header ? widest_word_width(value.text, size_pt)
                              : text_width(value.text, size_pt);
            case CellKind::Percent:
                return text_width(value.text, size_pt);
            case CellKind::Number:
                return text_width(number_text(value.number), size_pt);
            case CellKind::Date:
                return text_width("00.00.0000", size_pt);
        }
        return 0;
    }

    // A column with no text of its own (a blank form) gets its share of the page's text width
    // by the template's weights.
    std::vector<double> fallback_widths(const model::Table& table, int columns) const {
        double total = 0;
        for (const auto& column : table.columns)
            total += std::max(0.0, column.width);
        const double text_mm = plan_.page != nullptr ? plan_.page->text_width_mm() : 165;
        std::vector<double> fallback(static_cast<std::size_t>(columns), kMinColumnWidth);
        for (std::size_t c = 0; c < table.columns.size() && c < fallback.size(); ++c) {
            if (total > 0) {
                fallback[c] = table.columns[c].width / total * text_mm / kMmPerWidthUnit;
            }
        }
        return fallback;
    }

    void finish_table(const model::Table& table, const std::vector<double>& widths, lxw_row_t first,
                      lxw_row_t last, int header_rows) {
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            workbook_.check(worksheet_set_column(sheet_, column, column, widths[c], nullptr),
                            "sheet '" + name_ + "', column width");
            total_width_ += widths[c];
        }
        const auto last_column = static_cast<lxw_col_t>(widths.size() - 1);
        if (header_rows > 0) {
            const lxw_row_t header_last = first + static_cast<lxw_row_t>(header_rows) - 1;
            if (freezes_header(static_cast<int>(header_last) + 1)) {
                worksheet_freeze_panes(sheet_, header_last + 1, 0);
            }
            workbook_.check(worksheet_repeat_rows(sheet_, first, header_last),
                            "sheet '" + name_ + "', repeated header rows");
            if (last > header_last || last_column > 0) {
                workbook_.check(worksheet_autofilter(sheet_, header_last, 0, last, last_column),
                                "sheet '" + name_ + "', autofilter");
            }
        }
        const lxw_row_t data_first = first + static_cast<lxw_row_t>(header_rows);
        lxw_row_t data_last = std::max(last, data_first);
        if (plan_.after.empty()) {
            data_last = std::min<lxw_row_t>(data_last + kValidationSpareRows, kMaxRows - 1);
        }
        for (std::size_t c = 0; c < table.columns.size() && c < widths.size(); ++c) {
            add_validation(table.columns[c], static_cast<lxw_col_t>(c), data_first, data_last);
        }
    }

    void add_validation(const model::TableColumn& column, lxw_col_t index, lxw_row_t first,
                        lxw_row_t last) {
        lxw_data_validation validation{};
        std::string input_title, input_message, error_message, formula;
        std::vector<char*> items;
        switch (column.validation) {
            case model::Validation::None:
                return;
            case model::Validation::List:
                if (column.options.empty())
                    return;
                if (fits_inline_list(column.options)) {
                    validation.validate = LXW_VALIDATION_TYPE_LIST;
                    for (const auto& option : column.options) {
                        items.push_back(const_cast<char*>(option.c_str()));
                    }
                    items.push_back(nullptr);
                    validation.value_list = items.data();
                } else {
                    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
                    formula = lists_.range_formula(column.options);
                    validation.value_formula = formula.data();
                }
                input_title = "Выбор из списка";
                input_message = "Выберите значение из списка";
                error_message = "Допустимы только значения из списка";
                break;
            case model::Validation::Date:
                validation.validate = LXW_VALIDATION_TYPE_DATE;
                validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                validation.minimum_datetime = lxw_datetime{1900, 1, 1, 0, 0, 0};
                validation.maximum_datetime = lxw_datetime{2099, 12, 31, 0, 0, 0};
                input_title = "Дата";
                input_message = "Введите дату в виде ДД.ММ.ГГГГ";
                error_message = "Нужна дата в виде ДД.ММ.ГГГГ";
                break;
            case model::Validation::WholeNumber:
                validation.validate = LXW_VALIDATION_TYPE_INTEGER;
                if (column.max > column.min) {
                    validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                    validation.minimum_number = column.min;
                    validation.maximum_number = column.max;
                    input_message = "Целое число от " + number_text(column.min) + " до " +
                                    number_text(column.max);
                } else {
                    validation.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
                    validation.value_number = column.min;
                    input_message = "Целое число не меньше " + number_text(column.min);
                }
                input_title = "Число";
                error_message = input_message;
                break;
        }
        validation.input_title = input_title.data();
        validation.input_message = input_message.data();
        validation.error_title = input_title.data();
        validation.error_message = error_message.data();
        workbook_.check(
            worksheet_data_validation_range(sheet_, first, index, last, index, &validation),
            "sheet '" + name_ + "', data validation of column " + cell_name(first, index));
    }

    void write_chart(const model::Chart& chart) {
        const auto series_count = chart.kind == model::ChartKind::Pie
                                      ? std::min<std::size_t>(1, chart.series.size())
                                      : chart.series.size();
        if (series_count == 0 || chart.categories.empty())
            return;
        // The chart's data as a small table: categories down column A, one column per series.
        CellStyle header_style;
        header_style.role = CellRole::Header;
        header_style.align = model::Align::Center;
        header_style.size_pt = text_size_;
        CellStyle text_style;
        text_style.size_pt = text_size_;
        CellStyle number_style = text_style;
        number_style.kind = CellStyle::Kind::Number;
        number_style.align = model::Align::Right;
        const lxw_row_t top = take_row();
        write_value(top, 0, CellValue{}, workbook_.format(header_style));
        for (std::size_t s = 0; s < series_count; ++s) {
            write_value(top, static_cast<lxw_col_t>(s + 1),
                        CellValue{CellKind::Text, chart.series[s].name, 0, {}},
                        workbook_.format(header_style));
        }
        for (std::size_t i = 0; i < chart.categories.size(); ++i) {
            const lxw_row_t row = take_row();
            write_value(row, 0, CellValue{CellKind::Text, chart.categories[i], 0, {}},
                        workbook_.format(text_style));
            for (std::size_t s = 0; s < series_count; ++s) {
                const auto& values = chart.series[s].values;
                CellValue value;
                if (i < values.size() && std::isfinite(values[i])) {
                    value = CellValue{CellKind::Number, {}, values[i], {}};
                }
                write_value(row, static_cast<lxw_col_t>(s + 1), value,
                            workbook_.format(number_style));
            }
        }
        const lxw_row_t bottom = row_ - 1;
        insert_chart(chart, series_count, top, bottom);
    }

    void insert_chart(const model::Chart& chart, std::size_t series_count, lxw_row_t top,
                      lxw_row_t bottom) {
        const bool pie = chart.kind == model::ChartKind::Pie;
        lxw_chart* excel_chart =
            workbook_add_chart(workbook_.get(), pie ? LXW_CHART_PIE : LXW_CHART_COLUMN);
        if (excel_chart == nullptr)
            workbook_.fail("libxlsxwriter cannot add a chart");
        for (std::size_t s = 0; s < series_count; ++s) {
            const auto column = static_cast<lxw_col_t>(s + 1);
            lxw_chart_series* series = chart_add_series(excel_chart, nullptr, nullptr);
            if (series == nullptr)
                workbook_.fail("libxlsxwriter cannot add a chart series");
            chart_series_set_categories(series, name_.c_str(), top + 1, 0, bottom, 0);
            chart_series_set_values(series, name_.c_str(), top + 1, column, bottom, column);
            chart_series_set_name_range(series, name_.c_str(), top, column);
        }
        if (!chart.title.empty())
            chart_title_set_name(excel_chart, chart.title.c_str());
        chart_legend_set_position(
            excel_chart, pie || series_count > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
        lxw_chart_options options{};
        const double width_px = chart.width_mm / kMmPerInch * 96;
        const double height_px = chart.height_mm / kMmPerInch * 96;
        options.x_scale = std::round(width_px / kDefaultChartWidthPx * 100) / 100;
        options.y_scale = std::round(height_px / kDefaultChartHeightPx * 100) / 100;
        const auto anchor_column = static_cast<lxw_col_t>(series_count + 2);
        workbook_.check(
            worksheet_insert_chart_opt(sheet_, top, anchor_column, excel_chart, &options),
            "sheet '" + name_ + "', chart");
        // Keep what follows below the chart.
        const auto chart_rows = static_cast<lxw_row_t>(std::ceil(height_px / kRowHeightPx));
        row_ = std::max(row_, top + chart_rows) + 1;
    }

    void set_print_setup() {
        worksheet_set_paper(sheet_, 9);  // A4
        const bool landscape =
            (plan_.page != nullptr && plan_.page->orientation == model::Orientation::Landscape) ||
            total_width_ > kPortraitWidthUnits;
        if (landscape) {
            worksheet_set_landscape(sheet_);
        } else {
            worksheet_set_portrait(sheet_);
        }
        worksheet_fit_to_pages(sheet_, 1, 0);  // all columns on one page wide, rows run on
        if (plan_.page != nullptr) {
            const auto& page = *plan_.page;
            worksheet_set_margins(
                sheet_, page.margin_left_mm / kMmPerInch, page.margin_right_mm / kMmPerInch,
                page.margin_top_mm / kMmPerInch, page.margin_bottom_mm / kMmPerInch);
        }
        if (document_.page_numbers) {
            workbook_.check(worksheet_set_footer(sheet_, "&CСтраница &P из &N"),
                            "sheet '" + name_ + "', footer");
        }
    }

    Workbook& workbook_;
    ListSheet& lists_;
    const model::Document& document_;
    const SheetPlan& plan_;
    std::string name_;
    lxw_worksheet* sheet_;
    double text_size_;
    lxw_row_t row_ = 0;
    double total_width_ = 0;
};

}  // namespace

bool freezes_header(int header_last_row) {
    return header_last_row >= 1 && header_last_row <= kMaxFrozenRows;
}

bool fits_inline_list(const std::vector<std::string>& items) {
    std::size_t chars = items.empty() ? 0 : items.size() - 1;
    for (const auto& item : items) {
        if (item.find_first_of(",\"") != std::string::npos)
            return false;
        chars += utf8::count_chars(item);
    }
    return chars <= 255;
}

std::string ListSheet::range_formula(const std::vector<std::string>& items) {
    auto found = std::find(lists_.begin(), lists_.end(), items);
    const auto column = static_cast<std::size_t>(found - lists_.begin());
    if (found == lists_.end())
        lists_.push_back(items);
    std::string letters;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    }
    // Appended rather than a chain of operator+: GCC 12 warns falsely (-Wrestrict) on the chain
    // when the file is compiled position-independent for the module.
    std::string formula = "=";
    formula += quoted_sheet(kName);
    formula += "!$";
    formula += letters;
    formula += "$1:$";
    formula += letters;
    formula += '$';
    formula += std::to_string(items.size());
    return formula;
}

void ListSheet::write(Workbook& workbook) const {
    if (lists_.empty())
        return;
    lxw_worksheet* sheet = workbook.add_worksheet(kName);
    worksheet_hide(sheet);
    std::size_t rows = 0;
    for (const auto& list : lists_)
        rows = std::max(rows, list.size());
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < lists_.size(); ++c) {
            if (r >= lists_[c].size())
                continue;
            workbook.check(
                worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                                       lists_[c][r].c_str(), nullptr),
                "hidden sheet of lists");
        }
    }
}

void write_sheet(Workbook& workbook, ListSheet& lists, const model::Document& document,
                 const SheetPlan& plan, const std::string& name) {
    SheetWriter(workbook, lists, document, plan, name).write();
}

}  // namespace nastavdoc::render::xlsx
