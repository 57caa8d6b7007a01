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

// The table's borders: 0.5 pt single rules (w:sz in eighths of a point) or none.
constexpr std::string_view kVisibleBorders =
    "<w:tblBorders>"
    "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    "</w:tblBorders>";
constexpr std::string_view kNoBorders =
    "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
    "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/>"
    "</w:tblBorders>";

void add_cell_margins(XmlText& out, int side_twips) {
    out += "<w:tblCellMar><w:left";
    append_number_attribute(out, "w:w", side_twips);
    out += " w:type=\"dxa\"/><w:right";
    append_number_attribute(out, "w:w", side_twips);
    out += " w:type=\"dxa\"/></w:tblCellMar>";
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

void write_cell_content(Container& cell_node, const model::TableCell& cell, bool is_header,
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
    if (!cell_node.ends_with_paragraph()) {
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

// Begins a w:tc with its w:tcPr; the content follows, then end_cell.
Container begin_cell(PartWriter& writer, int width_twips, int colspan, const char* vmerge,
                     model::VAlign valign) {
    XmlText& out = writer.xml;
    out += "<w:tc><w:tcPr><w:tcW";
    append_number_attribute(out, "w:w", width_twips);
    out += " w:type=\"dxa\"/>";
    if (colspan > 1)
        append_valued_number(out, "w:gridSpan", colspan);
    if (vmerge != nullptr)
        out += *vmerge != '\0' ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
    if (valign != model::VAlign::Top)
        append_valued(out, "w:vAlign", valign_value(valign));
    out += "</w:tcPr>";
    return Container(writer);
}

void end_cell(Container& cell) {
    cell.close();
    cell.xml() += "</w:tc>";
}

// A cell without content of its own: an empty paragraph of the row's role.
void write_empty_cell(PartWriter& writer, int width_twips, int colspan, const char* vmerge,
                      model::VAlign valign, const ParagraphProps& props) {
    Container cell = begin_cell(writer, width_twips, colspan, vmerge, valign);
    add_paragraph(cell, props);
    end_cell(cell);
}

int span_width(const std::vector<int>& widths, int column, int colspan) {
    int width = 0;
    for (int c = column; c < column + colspan; ++c)
        width += widths[static_cast<std::size_t>(c)];
    return width;
}

void write_row(PartWriter& writer, const model::Table& table, const model::TableGrid& grid, int r,
               const std::vector<int>& widths, BlockContext& context,
               const CellContentWriter& own_content) {
    const model::TableRow& row = table.rows[static_cast<std::size_t>(r)];
    const bool is_header = r < table.header_rows;
    XmlText& out = writer.xml;
    out += "<w:tr>";
    if (row.cant_split || is_header) {
        out += "<w:trPr>";
        if (row.cant_split)
            out += "<w:cantSplit/>";
        // ECMA-376 17.4.49: header rows repeat at the top of every page the table reaches.
        if (is_header)
            out += "<w:tblHeader/>";
        out += "</w:trPr>";
    }
    for (int c = 0; c < grid.columns;) {
        const model::GridCell& slot = grid.at(r, c);
        if (slot.cell == nullptr) {
            ParagraphProps props;
            props.role = is_header ? model::Role::TableHeader : model::Role::TableText;
            write_empty_cell(writer, widths[static_cast<std::size_t>(c)], 1, nullptr,
                             model::VAlign::Top, props);
            ++c;
            continue;
        }
        const int width = span_width(widths, slot.column, slot.colspan);
        if (!slot.is_anchor) {
            // Covered from above: a continuation cell (w:vMerge without a value), empty.
            ParagraphProps props;
            props.role = is_header ? model::Role::TableHeader : model::Role::TableText;
            props.mark_size_pt = context.font_size_pt;
            write_empty_cell(writer, width, slot.colspan, "", slot.cell->valign, props);
            c = slot.column + slot.colspan;
            continue;
        }
        Container cell = begin_cell(writer, width, slot.colspan,
                                    slot.rowspan > 1 ? "restart" : nullptr, slot.cell->valign);
        if (!own_content || !own_content(c, cell)) {
            BlockContext cell_context{context.document,     context.numbering, width / kTwipsPerMm,
                                      context.font_size_pt, slot.cell->align,  true};
            write_cell_content(cell, *slot.cell, is_header, cell_context);
        }
        end_cell(cell);
        c += slot.colspan;
    }
    out += "</w:tr>";
}

}  // namespace

void write_table(Container& parent, const model::Table& table, BlockContext& context,
                 const CellContentWriter& own_content) {
    const model::TableGrid grid = model::build_grid(table);
    if (grid.columns == 0 || grid.rows == 0)
        return;
    const int total = mm_to_twips(context.text_width_mm);
    const std::vector<int> widths = grid_widths(table, grid.columns, total);

    PartWriter& writer = parent.writer();
    XmlText& out = writer.xml;
    WrittenBlock block;
    block.begin = out.size();
    writer.blocks.push_back(block);
    out += "<w:tbl><w:tblPr><w:tblW";
    append_number_attribute(out, "w:w", total);
    out += " w:type=\"dxa\"/>";
    out += table.borders ? kVisibleBorders : kNoBorders;
    out += "<w:tblLayout w:type=\"fixed\"/>";
    add_cell_margins(out, mm_to_twips(1.5));
    out += "</w:tblPr><w:tblGrid>";
    for (const int column_width : widths) {
        out += "<w:gridCol";
        append_number_attribute(out, "w:w", column_width);
        out += "/>";
    }
    out += "</w:tblGrid>";
    BlockContext table_context{
        context.document,      context.numbering,
        context.text_width_mm, table.font_size_pt ? table.font_size_pt : context.font_size_pt,
        std::nullopt,          true};
    for (int r = 0; r < grid.rows; ++r)
        write_row(writer, table, grid, r, widths, table_context, own_content);
    out += "</w:tbl>";
}

void write_chart(Container& parent, const model::Chart& chart, BlockContext& context) {
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
