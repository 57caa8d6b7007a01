// Tables (spans, widths, header rows, typed cells and column validation for XLSX), charts over
// a table of numbers, and RichText of the dataset as blocks.
#include "engine/template/expander.h"
#include "engine/text/text.h"

#include <charconv>
#include <sstream>

namespace nastavdoc::tmpl {

namespace {

// The most columns or rows a cell may span (and header rows a table may repeat): far past any
// real form, and small enough that a typo cannot make a grid of a billion cells.
constexpr int kMaxSpan = 1000;

/// "1 234,5" or "1234.5" as a number; nullopt when it is not one.
std::optional<double> parse_cell_number(std::string text) {
    std::string clean;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\u00A0") == 0) {
            ++i;
            continue;
        }
        if (text[i] == ' ')
            continue;
        clean += text[i] == ',' ? '.' : text[i];
    }
    double number = 0;
    const auto result = std::from_chars(clean.data(), clean.data() + clean.size(), number);
    if (clean.empty() || result.ec != std::errc() || result.ptr != clean.data() + clean.size()) {
        return std::nullopt;
    }
    return number;
}

std::vector<std::string> split_options(const std::string& text) {
    std::vector<std::string> options;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('|', start), text.size());
        std::string option = text.substr(start, end - start);
        const std::size_t first = option.find_first_not_of(' ');
        const std::size_t last = option.find_last_not_of(' ');
        if (first != std::string::npos)
            options.push_back(option.substr(first, last - first + 1));
        start = end + 1;
    }
    return options;
}

}  // namespace

model::Table Expander::make_table(const Node& node) {
    model::Table table;
    table.span = node.span;
    table.title = attr_text(node, "title");
    if (auto rows = attr_int(node, "header-rows", 0, kMaxSpan))
        table.header_rows = *rows;
    if (auto borders = attr_bool(node, "borders"))
        table.borders = *borders;
    if (auto size = attr_number(node, "size"))
        table.font_size_pt = *size;
    if (has(node, "widths")) {
        std::istringstream in(attr_text(node, "widths"));
        in.imbue(std::locale::classic());
        std::string token;
        while (in >> token) {
            const auto width = parse_cell_number(token);
            if (!width || *width <= 0) {
                diagnostics_.error("template.attribute-value",
                                   "widths= takes positive numbers, not '" + token + "'",
                                   attr_span(node, "widths"));
                continue;
            }
            model::TableColumn column;
            column.width = *width;
            table.columns.push_back(column);
        }
    }
    std::size_t col_index = 0;
    std::function<void(const Nodes&)> walk = [&](const Nodes& children) {
        for (const Node& child : children) {
            if (child.is_text())
                continue;
            if (child.name == "include") {
                each_instance(child, [&] { walk(child.children); });
                continue;
            }
            if (child.name == "let") {
                each_instance(child, [&] { define_variable(child); });
                continue;
            }
            if (child.name == "col") {
                each_instance(child, [&] {
                    if (col_index >= table.columns.size())
                        table.columns.resize(col_index + 1);
                    model::TableColumn& column = table.columns[col_index++];
                    if (auto width = attr_number(child, "width"))
                        column.width = *width;
                    const std::string validation = attr_text(child, "validation", "none");
                    if (validation == "list") {
                        column.validation = model::Validation::List;
                        column.options = split_options(attr_text(child, "options"));
                        if (column.options.empty()) {
                            diagnostics_.error("template.attribute-value",
                                               "validation=\"list\" needs options=\"a|b|c\"",
                                               child.span);
                        }
                    } else if (validation == "date") {
                        column.validation = model::Validation::Date;
                    } else if (validation == "number") {
                        column.validation = model::Validation::WholeNumber;
                        column.min = attr_number(child, "min").value_or(0);
                        column.max = attr_number(child, "max").value_or(1e9);
                    } else if (validation != "none") {
                        diagnostics_.error(
                            "template.attribute-value",
                            "validation= is list, date or number, not '" + validation + "'",
                            attr_span(child, "validation"));
                    }
                });
                continue;
            }
            if (child.name != "tr") {
                diagnostics_.error("template.misplaced",
                                   "<table> holds <col> and <tr>, not <" + child.name + ">",
                                   child.span);
                continue;
            }
            each_instance(child, [&] {
                model::TableRow row;
                if (auto cant = attr_bool(child, "cant-split"))
                    row.cant_split = *cant;
                for (const Node& cell_node : child.children) {
                    if (cell_node.is_text())
                        continue;
                    if (cell_node.name == "let") {
                        each_instance(cell_node, [&] { define_variable(cell_node); });
                        continue;
                    }
                    if (cell_node.name != "td" && cell_node.name != "th") {
                        diagnostics_.error("template.misplaced",
                                           "<tr> holds <td> and <th>, not <" + cell_node.name + ">",
                                           cell_node.span);
                        continue;
                    }
                    each_instance(cell_node, [&] {
                        model::TableCell cell;
                        const bool header = cell_node.name == "th";
                        if (auto span = attr_int(cell_node, "colspan", 1, kMaxSpan)) {
                            cell.colspan = *span;
                        }
                        if (auto span = attr_int(cell_node, "rowspan", 1, kMaxSpan)) {
                            cell.rowspan = *span;
                        }
                        if (has(cell_node, "align")) {
                            const std::string align = attr_text(cell_node, "align");
                            if (align == "left")
                                cell.align = model::Align::Left;
                            else if (align == "center")
                                cell.align = model::Align::Center;
                            else if (align == "right")
                                cell.align = model::Align::Right;
                            else if (align == "justify")
                                cell.align = model::Align::Justify;
                            else
                                diagnostics_.error("template.attribute-value",
                                                   "align= is left, center, right or justify",
                                                   attr_span(cell_node, "align"));
                        }
                        const std::string valign = attr_text(cell_node, "valign", "top");
                        cell.valign = valign == "center"   ? model::VAlign::Center
                                      : valign == "bottom" ? model::VAlign::Bottom
                                                           : model::VAlign::Top;
                        expand_mixed(cell_node.children, cell.blocks,
                                     header ? model::Role::TableHeader : model::Role::TableText);
                        const std::string type = attr_text(cell_node, "type", "text");
                        std::string typed_text =
                            has(cell_node, "value") ? attr_text(cell_node, "value") : std::string();
                        if (!has(cell_node, "value")) {
                            for (const auto& block : cell.blocks) {
                                if (const auto* p = block.as<model::Paragraph>()) {
                                    typed_text += model::plain_text(p->content);
                                }
                            }
                        }
                        if (type == "number") {
                            cell.type = model::ValueType::Number;
                            if (const auto number = parse_cell_number(typed_text)) {
                                cell.number = *number;
                            } else if (!typed_text.empty()) {
                                diagnostics_.error(
                                    "template.type-error",
                                    "'" + typed_text + "' in a number cell is not a number",
                                    cell_node.span);
                            }
                        } else if (type == "date") {
                            cell.type = model::ValueType::Date;
                            if (text::parse_iso_date(typed_text)) {
                                cell.date_iso = typed_text;
                                if (!has(cell_node, "value") || cell.blocks.empty()) {
                                    cell.blocks.clear();
                                    model::Paragraph shown;
                                    shown.role = model::Role::TableText;
                                    shown.span = cell_node.span;
                                    model::append_text(
                                        shown.content,
                                        text::format_date(*text::parse_iso_date(typed_text),
                                                          text::DateStyle::Numeric));
                                    cell.blocks.push_back(std::move(shown));
                                }
                            } else if (!typed_text.empty()) {
                                diagnostics_.error(
                                    "template.type-error",
                                    "'" + typed_text +
                                        "' in a date cell is not a date (YYYY-MM-DD)",
                                    cell_node.span);
                            }
                        } else if (type != "text") {
                            diagnostics_.error("template.attribute-value",
                                               "type= is text, number or date, not '" + type + "'",
                                               attr_span(cell_node, "type"));
                        }
                        row.cells.push_back(std::move(cell));
                    });
                }
                // A register keeps 100,000 rows: drop the spare capacity push_back left (9
                // cells would hold room for 16).
                row.cells.shrink_to_fit();
                table.rows.push_back(std::move(row));
            });
        }
    };
    walk(node.children);
    const model::TableGrid grid = model::build_grid(table);
    if (!table.columns.empty() && static_cast<int>(table.columns.size()) != grid.columns &&
        !table.rows.empty()) {
        diagnostics_.warning("template.table-columns",
                             "the table has " + std::to_string(grid.columns) +
                                 " columns but widths for " + std::to_string(table.columns.size()),
                             node.span);
    }
    while (static_cast<int>(table.columns.size()) < grid.columns)
        table.columns.push_back({});
    return table;
}

model::Chart Expander::make_chart(const Node& node) {
    model::Chart chart;
    chart.span = node.span;
    const std::string kind = attr_text(node, "kind", "bar");
    if (kind == "pie") {
        chart.kind = model::ChartKind::Pie;
    } else if (kind != "bar") {
        diagnostics_.error("template.attribute-value",
                           "kind= of <chart> is bar or pie, not '" + kind + "'",
                           attr_span(node, "kind"));
    }
    chart.title = attr_text(node, "title");
    if (auto width = attr_number(node, "width"))
        chart.width_mm = *width;
    if (auto height = attr_number(node, "height"))
        chart.height_mm = *height;
    // The data is a table: a header row of series names, then one row per category.
    const model::Table table = make_table(node);
    if (table.rows.empty()) {
        diagnostics_.error("template.type-error", "a chart needs rows of numbers", node.span);
        return chart;
    }
    auto cell_text = [](const model::TableCell& cell) {
        std::string out;
        for (const auto& block : cell.blocks) {
            if (const auto* p = block.as<model::Paragraph>())
                out += model::plain_text(p->content);
        }
        return out;
    };
    const auto& header = table.rows.front();
    for (std::size_t i = 1; i < header.cells.size(); ++i) {
        chart.series.push_back({cell_text(header.cells[i]), {}});
    }
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        if (row.cells.empty())
            continue;
        chart.categories.push_back(cell_text(row.cells[0]));
        for (std::size_t i = 1; i < row.cells.size() && i <= chart.series.size(); ++i) {
            const auto number = parse_cell_number(cell_text(row.cells[i]));
            if (!number) {
                diagnostics_.error("template.type-error",
                                   "chart value '" + cell_text(row.cells[i]) + "' is not a number",
                                   node.span);
            }
            chart.series[i - 1].values.push_back(number.value_or(0));
        }
    }
    if (chart.kind == model::ChartKind::Pie && chart.series.size() > 1) {
        diagnostics_.error("template.type-error", "a pie chart shows one series", node.span);
    }
    return chart;
}

void Expander::expand_rich(const Node& node, model::Blocks& out) {
    const Attribute* value_attribute = node.find_attribute("value");
    if (value_attribute == nullptr || !value_attribute->expr) {
        diagnostics_.error("template.attribute-value", "<rich> needs value=\"an expression\"",
                           node.span);
        return;
    }
    const model::Paragraph proto = make_paragraph(node, model::Role::Body);
    const RValue value = eval_.evaluate(*value_attribute->expr);
    auto target = [&]() -> model::Blocks& {
        return &out == &top_sink_ ? current_section().blocks : out;
    };
    auto add_paragraph = [&](const RValue& content) {
        model::Paragraph paragraph = proto;
        paragraph.content.clear();
        eval_.append_inlines(content, paragraph.content, {}, value_attribute->span);
        if (count_output(0, node.span))
            target().push_back(std::move(paragraph));
    };
    if (!value.is_array_node() || !Evaluator::is_rich_text(*value.node)) {
        if (!value.is_null())
            add_paragraph(value);
        return;
    }
    bool inline_only = true;
    for (const auto& item : value.node->items) {
        inline_only =
            inline_only && !(item.is_object() && !item.members.empty() &&
                             (item.members.front().key == "p" || item.members.front().key == "ul" ||
                              item.members.front().key == "ol"));
    }
    if (inline_only) {
        add_paragraph(value);
        return;
    }
    for (const auto& item : value.node->items) {
        const std::string_view key =
            item.is_object() && !item.members.empty() ? item.members.front().key : "";
        if (key == "ul" || key == "ol") {
            model::List list;
            list.span = node.span;
            list.format = key == "ul" ? model::ListFormat::Bullet : model::ListFormat::Decimal;
            const std::string_view format = item.string_or_empty("format");
            if (format == "1)")
                list.format = model::ListFormat::DecimalParen;
            if (format == "а)")
                list.format = model::ListFormat::CyrillicParen;
            const std::string_view marker = item.string_or_empty("marker");
            if (!marker.empty() && marker != "none")
                list.marker = std::string(marker);
            for (const auto& entry : item.members.front().value.items) {
                model::Paragraph paragraph;
                paragraph.role = model::Role::ListItem;
                paragraph.span = node.span;
                eval_.append_inlines(eval_.from_node(entry), paragraph.content, {},
                                     value_attribute->span);
                model::ListItem list_item;
                list_item.blocks.push_back(std::move(paragraph));
                list.items.push_back(std::move(list_item));
            }
            if (count_output(0, node.span))
                target().push_back(std::move(list));
        } else {
            add_paragraph(eval_.from_node(key == "p" ? item.members.front().value : item));
        }
    }
}

}  // namespace nastavdoc::tmpl
