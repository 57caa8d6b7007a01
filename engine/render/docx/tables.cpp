#include "engine/base/units.h"
#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

#include <charconv>
#include <numeric>

namespace nastavdoc::render::docx {

namespace {

constexpr double kTwipsPerMm = 1440.0 / 25.4;

// Relative column weights scaled to `total` twips; the last column takes the rounding rest,
// so the grid is exactly as wide as the text.
std::vector<int> grid_widths(const model::Table& table, int columns, int total) {
    std::vector<double> weights(static_cast<std::size_t>(columns), 1.0);
    for (int c = 0; c < columns && c < static_cast<int>(table.columns.size()); ++c) {
        const double weight = table.columns[static_cast<std::size_t>(c)].width;
        weights[static_cast<std::size_t>(c)] = weight > 0 ? weight : 1.0;
    }
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<int> widths;
    int used = 0;
    for (int c = 0; c < columns; ++c) {
        const int width =
            c + 1 == columns
                ? total - used
                : static_cast<int>(total * weights[static_cast<std::size_t>(c)] / sum + 0.5);
        widths.push_back(width);
        used += width;
    }
    return widths;
}

void add_borders(pugi::xml_node table_properties, bool visible) {
    pugi::xml_node borders = table_properties.append_child("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        pugi::xml_node border = borders.append_child(side);
        if (visible) {
            border.append_attribute("w:val") = "single";
            border.append_attribute("w:sz") = "4";  // eighths of a point: a 0.5 pt rule
            border.append_attribute("w:space") = "0";
            border.append_attribute("w:color") = "000000";
        } else {
            border.append_attribute("w:val") = "nil";
        }
    }
}

void add_cell_margins(pugi::xml_node table_properties, int side_twips) {
    pugi::xml_node margins = table_properties.append_child("w:tblCellMar");
    for (const char* side : {"w:left", "w:right"}) {
        pugi::xml_node margin = margins.append_child(side);
        margin.append_attribute("w:w").set_value(number_text(side_twips).c_str());
        margin.append_attribute("w:type") = "dxa";
    }
}

// Russian decimal comma; shortest round-trip digits, so 2.5 is «2,5» and 12 is «12».
std::string format_number(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    for (auto& c : text) {
        if (c == '.')
            c = ',';
    }
    return text;
}

// "2021-05-28" as «28.05.2021» (ГОСТ Р 7.0.97 numeric form).
std::string format_date(const std::string& iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return iso;
    return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

void write_cell_content(pugi::xml_node cell_node, const model::TableCell& cell, bool is_header,
                        BlockContext& context) {
    const model::Role role = is_header ? model::Role::TableHeader : model::Role::TableText;
    if (cell.blocks.empty() && cell.type != model::ValueType::Text) {
        model::Paragraph paragraph;
        paragraph.role = role;
        const std::string text = cell.type == model::ValueType::Number ? format_number(cell.number)
                                                                       : format_date(cell.date_iso);
        model::append_text(paragraph.content, text);
        write_paragraph(cell_node, paragraph, context);
        return;
    }
    write_blocks(cell_node, cell.blocks, context);
    // ECMA-376 17.4.66: a cell ends with a paragraph, also after a nested table.
    if (std::string_view(cell_node.last_child().name()) != "w:p") {
        ParagraphProps props;
        props.role = role;
        props.mark_size_pt = context.font_size_pt;
        props.align = context.cell_align;
        add_paragraph(cell_node, props);
    }
}

const char* valign_value(model::VAlign valign) {
    switch (valign) {
        case model::VAlign::Top:
            return "top";
        case model::VAlign::Center:
            return "center";
        case model::VAlign::Bottom:
            return "bottom";
    }
    return "top";
}

pugi::xml_node begin_cell(pugi::xml_node row, int width_twips, int colspan, const char* vmerge,
                          model::VAlign valign) {
    pugi::xml_node cell = row.append_child("w:tc");
    pugi::xml_node properties = cell.append_child("w:tcPr");
    pugi::xml_node width = properties.append_child("w:tcW");
    width.append_attribute("w:w").set_value(number_text(width_twips).c_str());
    width.append_attribute("w:type") = "dxa";
    if (colspan > 1)
        add_valued(properties, "w:gridSpan", number_text(colspan));
    if (vmerge != nullptr) {
        pugi::xml_node merge = properties.append_child("w:vMerge");
        if (*vmerge != '\0')
            merge.append_attribute("w:val") = vmerge;
    }
    if (valign != model::VAlign::Top)
        add_valued(properties, "w:vAlign", valign_value(valign));
    return cell;
}

int span_width(const std::vector<int>& widths, int column, int colspan) {
    int width = 0;
    for (int c = column; c < column + colspan; ++c)
        width += widths[static_cast<std::size_t>(c)];
    return width;
}

void write_row(pugi::xml_node table_node, const model::Table& table, const model::TableGrid& grid,
               int r, const std::vector<int>& widths, BlockContext& context) {
    const model::TableRow& row = table.rows[static_cast<std::size_t>(r)];
    const bool is_header = r < table.header_rows;
    pugi::xml_node row_node = table_node.append_child("w:tr");
    if (row.cant_split || is_header) {
        pugi::xml_node properties = row_node.append_child("w:trPr");
        if (row.cant_split)
            properties.append_child("w:cantSplit");
        // ECMA-376 17.4.49: header rows repeat at the top of every page the table reaches.
        if (is_header)
            properties.append_child("w:tblHeader");
    }
    for (int c = 0; c < grid.columns;) {
        const model::GridCell& slot = grid.at(r, c);
        if (slot.cell == nullptr) {
            pugi::xml_node empty = begin_cell(row_node, widths[static_cast<std::size_t>(c)], 1,
                                              nullptr, model::VAlign::Top);
            ParagraphProps props;
            props.role = is_header ? model::Role::TableHeader : model::Role::TableText;
            add_paragraph(empty, props);
            ++c;
            continue;
        }
        const int width = span_width(widths, slot.column, slot.colspan);
        if (!slot.is_anchor) {
            // Covered from above: a continuation cell (w:vMerge without a value), empty.
            pugi::xml_node covered =
                begin_cell(row_node, width, slot.colspan, "", slot.cell->valign);
            ParagraphProps props;
            props.role = is_header ? model::Role::TableHeader : model::Role::TableText;
            props.mark_size_pt = context.font_size_pt;
            add_paragraph(covered, props);
            c = slot.column + slot.colspan;
            continue;
        }
        pugi::xml_node cell_node =
            begin_cell(row_node, width, slot.colspan, slot.rowspan > 1 ? "restart" : nullptr,
                       slot.cell->valign);
        BlockContext cell_context{context.document,     context.numbering, width / kTwipsPerMm,
                                  context.font_size_pt, slot.cell->align,  true};
        write_cell_content(cell_node, *slot.cell, is_header, cell_context);
        c += slot.colspan;
    }
}

}  // namespace

void write_table(pugi::xml_node parent, const model::Table& table, BlockContext& context) {
    const model::TableGrid grid = model::build_grid(table);
    if (grid.columns == 0 || grid.rows == 0)
        return;
    const int total = mm_to_twips(context.text_width_mm);
    const std::vector<int> widths = grid_widths(table, grid.columns, total);

    pugi::xml_node table_node = parent.append_child("w:tbl");
    pugi::xml_node properties = table_node.append_child("w:tblPr");
    pugi::xml_node width = properties.append_child("w:tblW");
    width.append_attribute("w:w").set_value(number_text(total).c_str());
    width.append_attribute("w:type") = "dxa";
    add_borders(properties, table.borders);
    properties.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
    add_cell_margins(properties, mm_to_twips(1.5));

    pugi::xml_node grid_node = table_node.append_child("w:tblGrid");
    for (const int column_width : widths) {
        grid_node.append_child("w:gridCol")
            .append_attribute("w:w")
            .set_value(number_text(column_width).c_str());
    }
    BlockContext table_context{
        context.document,      context.numbering,
        context.text_width_mm, table.font_size_pt ? table.font_size_pt : context.font_size_pt,
        std::nullopt,          true};
    for (int r = 0; r < grid.rows; ++r)
        write_row(table_node, table, grid, r, widths, table_context);
}

void write_chart(pugi::xml_node parent, const model::Chart& chart, BlockContext& context) {
    // The chart as a table of its data: categories down, series across.
    if (!chart.title.empty()) {
        model::Paragraph caption;
        caption.role = model::Role::TableHeader;
        caption.overrides.keep_with_next = true;
        caption.overrides.align = model::Align::Center;
        model::append_text(caption.content, chart.title);
        write_paragraph(parent, caption, context);
    }
    model::Table table;
    table.title = chart.title;
    table.header_rows = 1;
    table.columns.push_back(column_of_width(2.0));
    model::TableRow header;
    header.cells.emplace_back();
    for (const auto& series : chart.series) {
        table.columns.push_back(column_of_width(1.0));
        model::TableCell cell;
        model::Paragraph paragraph;
        paragraph.role = model::Role::TableHeader;
        model::append_text(paragraph.content, series.name);
        cell.blocks.emplace_back(std::move(paragraph));
        header.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(header));
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
        model::TableRow row;
        row.cant_split = true;
        model::TableCell name;
        model::Paragraph paragraph;
        paragraph.role = model::Role::TableText;
        model::append_text(paragraph.content, chart.categories[i]);
        name.blocks.emplace_back(std::move(paragraph));
        row.cells.push_back(std::move(name));
        for (const auto& series : chart.series) {
            model::TableCell value;
            value.align = model::Align::Right;
            if (i < series.values.size()) {  // a missing value stays an empty cell
                value.type = model::ValueType::Number;
                value.number = series.values[i];
            }
            row.cells.push_back(std::move(value));
        }
        table.rows.push_back(std::move(row));
    }
    write_table(parent, table, context);
}

}  // namespace nastavdoc::render::docx
