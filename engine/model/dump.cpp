#include "engine/model/dump.h"

#include <charconv>
#include <filesystem>

namespace nastavdoc::model {

namespace {

std::string number(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string shown(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {
            out += '~';
            ++i;
        } else if (text[i] == '\n') {
            out += "\\n";
        } else if (text[i] == '"') {
            out += "\\\"";
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string at(const SourceSpan& span) {
    if (span.line == 0)
        return {};
    return " [" + std::filesystem::path(span.file).filename().string() + ":" +
           std::to_string(span.line) + ":" + std::to_string(span.column) + "]";
}

std::string_view align_name(Align align) {
    switch (align) {
        case Align::Left:
            return "left";
        case Align::Center:
            return "center";
        case Align::Right:
            return "right";
        case Align::Justify:
            return "justify";
    }
    return {};
}

class Dumper {
public:
    std::string out;

    void line(int depth, const std::string& text) {
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += text;
        out += '\n';
    }

    std::string inlines(const Inlines& content) {
        std::string text;
        for (const auto& item : content) {
            switch (item.kind) {
                case InlineKind::Text: {
                    std::string marks;
                    if (item.style.bold)
                        marks += 'b';
                    if (item.style.italic)
                        marks += 'i';
                    if (item.style.underline)
                        marks += 'u';
                    if (item.style.size_pt > 0)
                        marks += number(item.style.size_pt) + "pt";
                    text += marks.empty() ? "\"" + shown(item.text) + "\""
                                          : marks + "\"" + shown(item.text) + "\"";
                    break;
                }
                case InlineKind::LineBreak:
                    text += "<br>";
                    break;
                case InlineKind::Tab:
                    text += "<tab>";
                    break;
                case InlineKind::Checkbox:
                    text += item.checked ? "[x]" : "[ ]";
                    break;
                case InlineKind::Blank:
                    text += "<blank " + number(item.width_mm) + "mm" +
                            (item.text.empty() ? "" : " \"" + shown(item.text) + "\"") + ">";
                    break;
            }
            text += ' ';
        }
        if (!text.empty())
            text.pop_back();
        return text;
    }

    void lines(int depth, const char* label, const std::vector<Inlines>& content) {
        for (const auto& item : content)
            line(depth, std::string(label) + " " + inlines(item));
    }

    void paragraph(int depth, const Paragraph& p, const std::string& label = {}) {
        std::string head = "p " + std::string(role_name(p.role));
        if (!label.empty())
            head += " " + label;
        const auto& o = p.overrides;
        if (o.align)
            head += " align=" + std::string(align_name(*o.align));
        if (o.first_line_indent_mm)
            head += " indent=" + number(*o.first_line_indent_mm);
        if (o.left_indent_mm)
            head += " left-indent=" + number(*o.left_indent_mm);
        if (o.width_mm) {
            head += " width=" + number(*o.width_mm);
        }
        if (o.space_before_pt)
            head += " space-before=" + number(*o.space_before_pt);
        if (o.space_after_pt)
            head += " space-after=" + number(*o.space_after_pt);
        if (o.bold)
            head += std::string(" bold=") + (*o.bold ? "true" : "false");
        if (o.size_pt)
            head += " size=" + number(*o.size_pt);
        if (o.keep_with_next)
            head += " keep-with-next";
        line(depth, head + at(p.span) + ": " + inlines(p.content));
    }

    void blocks(int depth, const Blocks& content, const std::string& parent_label) {
        for (const auto& block : content)
            this->block(depth, block, parent_label);
    }

    void block(int depth, const Block& block, const std::string& parent_label) {
        if (const auto* p = block.as<Paragraph>()) {
            paragraph(depth, *p);
        } else if (const auto* list = block.as<List>()) {
            static constexpr const char* kFormats[] = {"decimal", "decimal-paren", "cyrillic-paren",
                                                       "bullet"};
            line(depth, std::string("list ") + kFormats[static_cast<int>(list->format)] +
                            " start=" + std::to_string(list->start) + at(list->span));
            for (std::size_t i = 0; i < list->items.size(); ++i) {
                const std::string label = list_label(*list, i, parent_label);
                line(depth + 1, "item " + shown(label));
                const std::string child_parent =
                    list->format == ListFormat::Decimal ? label : parent_label;
                blocks(depth + 2, list->items[i].blocks, child_parent);
            }
        } else if (const auto* table = block.as<Table>()) {
            std::string head = "table header-rows=" + std::to_string(table->header_rows);
            if (!table->borders)
                head += " borders=false";
            if (!table->title.empty())
                head += " title=\"" + shown(table->title) + "\"";
            if (table->font_size_pt)
                head += " size=" + number(*table->font_size_pt);
            line(depth, head + at(table->span));
            std::string columns = "columns";
            for (const auto& column : table->columns) {
                columns += " " + number(column.width);
                if (column.validation == Validation::List) {
                    columns += "(list:";
                    for (std::size_t i = 0; i < column.options.size(); ++i) {
                        columns += (i ? "|" : "") + shown(column.options[i]);
                    }
                    columns += ")";
                } else if (column.validation == Validation::Date) {
                    columns += "(date)";
                } else if (column.validation == Validation::WholeNumber) {
                    columns += "(number:" + number(column.min) + ".." + number(column.max) + ")";
                }
            }
            line(depth + 1, columns);
            for (std::size_t r = 0; r < table->rows.size(); ++r) {
                const auto& row = table->rows[r];
                line(depth + 1,
                     "row " + std::to_string(r + 1) + (row.cant_split ? " cant-split" : ""));
                for (const auto& cell : row.cells) {
                    std::string cell_head = "cell";
                    if (cell.colspan > 1)
                        cell_head += " colspan=" + std::to_string(cell.colspan);
                    if (cell.rowspan > 1)
                        cell_head += " rowspan=" + std::to_string(cell.rowspan);
                    if (cell.align)
                        cell_head += " align=" + std::string(align_name(*cell.align));
                    if (cell.valign == VAlign::Center)
                        cell_head += " valign=center";
                    if (cell.valign == VAlign::Bottom)
                        cell_head += " valign=bottom";
                    if (cell.type == ValueType::Number) {
                        cell_head += " number=" + number(cell.number);
                    }
                    if (cell.type == ValueType::Date)
                        cell_head += " date=" + cell.date_iso;
                    line(depth + 2, cell_head);
                    blocks(depth + 3, cell.blocks, {});
                }
            }
        } else if (const auto* chart = block.as<Chart>()) {
            line(depth, std::string("chart ") + (chart->kind == ChartKind::Pie ? "pie" : "bar") +
                            " \"" + shown(chart->title) + "\" " + number(chart->width_mm) + "x" +
                            number(chart->height_mm) + "mm" + at(chart->span));
            std::string categories = "categories";
            for (const auto& c : chart->categories)
                categories += " \"" + shown(c) + "\"";
            line(depth + 1, categories);
            for (const auto& series : chart->series) {
                std::string values = "series \"" + shown(series.name) + "\"";
                for (const double v : series.values)
                    values += " " + number(v);
                line(depth + 1, values);
            }
        } else if (const auto* org = block.as<OrgBlock>()) {
            line(depth, "org-block" + at(org->span));
            lines(depth + 1, "line", org->lines);
            lines(depth + 1, "reference", org->reference_lines);
        } else if (const auto* requisites = block.as<RequisitesLine>()) {
            line(depth, "requisites date=\"" + shown(requisites->date) + "\" number=\"" +
                            shown(requisites->number) + "\" place=\"" + shown(requisites->place) +
                            "\"" + at(requisites->span));
        } else if (const auto* row = block.as<GrifRow>()) {
            line(depth, "grif-row" + at(row->span));
            for (const auto& grif : row->grifs) {
                line(depth + 1, std::string("grif ") +
                                    (grif.side == Side::Left ? "left" : "right") +
                                    " width=" + number(grif.width_mm) + at(grif.span));
                for (std::size_t i = 0; i < grif.lines.size(); ++i) {
                    const bool signed_line = static_cast<int>(i) == grif.signature_line;
                    line(depth + 2, std::string(signed_line ? "line ____ " : "line ") +
                                        inlines(grif.lines[i]));
                }
            }
        } else if (const auto* signature = block.as<Signature>()) {
            line(depth, "signature" + std::string(signature->seal ? " seal" : "") +
                            (signature->signature_rule ? " signature-line" : "") +
                            at(signature->span));
            lines(depth + 1, "position", signature->position_lines);
            line(depth + 1, "name \"" + shown(signature->name) + "\"");
        } else if (const auto* executor = block.as<Executor>()) {
            line(depth, "executor" + at(executor->span));
            lines(depth + 1, "line", executor->lines);
        } else if (const auto* blank = block.as<BlankLines>()) {
            line(depth, "blank-lines " + std::to_string(blank->count) + at(blank->span));
        } else if (const auto* page_break = block.as<PageBreak>()) {
            line(depth, "page-break" + at(page_break->span));
        } else if (const auto* spacer = block.as<Spacer>()) {
            line(depth, "space " + number(spacer->height_pt) + "pt" + at(spacer->span));
        }
    }
};

}  // namespace

std::string dump_tree(const Document& document) {
    Dumper d;
    d.line(0, "document kind=" + document.kind + " profile=" + document.profile +
                  (document.page_numbers ? "" : " page-numbers=false") + at(document.span));
    const Metadata& m = document.metadata;
    d.line(1, "metadata title=\"" + shown(m.title) + "\" author=\"" + shown(m.author) +
                  "\" subject=\"" + shown(m.subject) + "\" created=\"" + m.created + "\"" +
                  (m.catalog.empty() ? "" : " catalog=\"" + m.catalog + "\"") +
                  (m.published ? " published" : ""));
    d.line(1, "styles font=\"" + document.styles.font_family + "\"");
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        const auto role = static_cast<Role>(i);
        const ParagraphStyle& s = document.styles[role];
        std::string text = std::string(role_name(role)) + " " + number(s.size_pt) + "pt " +
                           std::string(align_name(s.align));
        if (s.bold)
            text += " bold";
        if (s.italic)
            text += " italic";
        if (s.caps)
            text += " caps";
        if (s.first_line_indent_mm)
            text += " indent=" + number(s.first_line_indent_mm);
        if (s.left_indent_mm)
            text += " left-indent=" + number(s.left_indent_mm);
        if (s.space_before_pt)
            text += " before=" + number(s.space_before_pt);
        if (s.space_after_pt)
            text += " after=" + number(s.space_after_pt);
        if (s.line_spacing != 1.0)
            text += " spacing=" + number(s.line_spacing);
        if (s.hyphenate)
            text += " hyphenate";
        if (s.keep_with_next)
            text += " keep-with-next";
        d.line(2, text);
    }
    for (const auto& section : document.sections) {
        const PageSetup& p = section.page;
        d.line(1, std::string("section") + (section.is_attachment ? " attachment" : "") + " " +
                      number(p.width_mm) + "x" + number(p.height_mm) + " " +
                      (p.orientation == Orientation::Landscape ? "landscape" : "portrait") +
                      " margins=" + number(p.margin_top_mm) + "/" + number(p.margin_right_mm) +
                      "/" + number(p.margin_bottom_mm) + "/" + number(p.margin_left_mm) +
                      at(section.span));
        d.blocks(2, section.blocks, {});
    }
    return d.out;
}

}  // namespace nastavdoc::model
