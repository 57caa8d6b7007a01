// The roadmap table (documents.md D.6) and RichText blocks with alignment and tables:
// <roadmap-table value="roadmap"/> resolves band rows, stage cells spanning their rows, vertical
// merges ({"merge":"up"}), number prefixes, deadlines and responsible lists into a model::Table;
// <rich-blocks value="…"/> prints RichText paragraphs (keeping "align"), lists and tables.
#include "engine/template/expander.h"

namespace nastavdoc::tmpl {

namespace {

std::string_view first_key(const dataset::Value& item) {
    return item.is_object() && !item.members.empty() ? std::string_view(item.members.front().key)
                                                     : std::string_view();
}

bool is_block_item(const dataset::Value& item) {
    const std::string_view key = first_key(item);
    return key == "p" || key == "ul" || key == "ol" || key == "table";
}

std::optional<model::Align> align_of(std::string_view text) {
    if (text == "left")
        return model::Align::Left;
    if (text == "center" || text == "centre")
        return model::Align::Center;
    if (text == "right")
        return model::Align::Right;
    if (text == "justify")
        return model::Align::Justify;
    return std::nullopt;
}

/// {"merge":"up"}
bool is_merge_up(const dataset::Value* cell) {
    return cell != nullptr && cell->is_object() && cell->string_or_empty("merge") == "up";
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

/// A number of the dataset ("1.1", 2) as printed.
std::string number_text(const dataset::Value* value) {
    if (value == nullptr || value->is_null())
        return {};
    if (value->is_string())
        return std::string(value->text);
    if (value->is_number()) {
        const auto whole = static_cast<long long>(value->number);
        return std::to_string(whole);
    }
    return {};
}

}  // namespace

void Expander::append_rich_blocks(const RValue& value, model::Blocks& out, model::Role role,
                                  const SourceSpan& span) {
    auto paragraph_of = [&](const RValue& content) {
        model::Paragraph paragraph;
        paragraph.role = role;
        paragraph.span = span;
        eval_.append_inlines(content, paragraph.content, {}, span);
        return paragraph;
    };
    if (value.is_null())
        return;
    if (!value.is_array_node() || !Evaluator::is_rich_text(*value.node)) {
        if (value.is_object_node() && is_block_item(*value.node)) {
            // A single block item given on its own.
            dataset::Value wrapper;
            wrapper.kind = dataset::Kind::Array;
            wrapper.items = dataset::Children<dataset::Value>(value.node, 1);
            RValue wrapped;
            wrapped.kind = RValue::Kind::Node;
            wrapped.node = &wrapper;
            append_rich_blocks(wrapped, out, role, span);
            return;
        }
        model::Paragraph paragraph = paragraph_of(value);
        if (!paragraph.content.empty() && count_output(0, span))
            out.push_back(std::move(paragraph));
        return;
    }
    bool inline_only = true;
    for (const auto& item : value.node->items)
        inline_only = inline_only && !is_block_item(item);
    if (inline_only) {
        model::Paragraph paragraph = paragraph_of(value);
        if (!paragraph.content.empty() && count_output(0, span))
            out.push_back(std::move(paragraph));
        return;
    }
    const bool in_table = role == model::Role::TableText || role == model::Role::TableHeader;
    for (const auto& item : value.node->items) {
        const std::string_view key = first_key(item);
        if (key == "ul" || key == "ol") {
            model::List list;
            list.span = span;
            list.role = in_table ? model::Role::TableText : model::Role::ListItem;
            list.format = key == "ul" ? model::ListFormat::Bullet : model::ListFormat::Decimal;
            const std::string_view format = item.string_or_empty("format");
            if (format == "1)")
                list.format = model::ListFormat::DecimalParen;
            else if (format == "а)")
                list.format = model::ListFormat::CyrillicParen;
            const std::string_view marker = item.string_or_empty("marker");
            if (!marker.empty() && marker != "none")
                list.marker = std::string(marker);
            if (const dataset::Value* start = item.find("start"); start && start->is_number())
                list.start = clamp_to_int(start->number, 0, kMaxListStart);
            for (const auto& entry : item.members.front().value.items) {
                model::Paragraph paragraph = paragraph_of(eval_.from_node(entry));
                paragraph.role = list.role;
                model::ListItem list_item;
                list_item.blocks.push_back(std::move(paragraph));
                list.items.push_back(std::move(list_item));
            }
            if (count_output(0, span))
                out.push_back(std::move(list));
        } else if (key == "table") {
            const dataset::Value& spec = item.members.front().value;
            model::Table table;
            table.span = span;
            table.header_rows = 1;
            const dataset::Value* columns = spec.find("columns");
            const dataset::Value* rows = spec.find("rows");
            if (columns == nullptr || !columns->is_array()) {
                eval_.error("template.type-error", "a RichText table needs columns", span);
                continue;
            }
            model::TableRow header;
            for (const auto& column : columns->items) {
                model::TableColumn col;
                if (const dataset::Value* width = column.find("width"); width && width->is_number())
                    col.width = width->number * 100;
                table.columns.push_back(col);
                model::TableCell cell;
                if (const dataset::Value* title = column.find("title"))
                    append_rich_blocks(eval_.from_node(*title), cell.blocks,
                                       model::Role::TableHeader, span);
                header.cells.push_back(std::move(cell));
            }
            table.rows.push_back(std::move(header));
            if (rows != nullptr && rows->is_array()) {
                for (const auto& row_value : rows->items) {
                    model::TableRow row;
                    const dataset::Value* cells = row_value.find("cells");
                    for (const auto& column : columns->items) {
                        model::TableCell cell;
                        const dataset::Value* content =
                            cells != nullptr ? cells->find(column.string_or_empty("key")) : nullptr;
                        if (content != nullptr)
                            append_rich_blocks(eval_.from_node(*content), cell.blocks,
                                               model::Role::TableText, span);
                        if (const auto align = align_of(column.string_or_empty("align")))
                            cell.align = align;
                        row.cells.push_back(std::move(cell));
                    }
                    table.rows.push_back(std::move(row));
                }
            }
            if (count_output(0, span))
                out.push_back(std::move(table));
        } else {
            model::Paragraph paragraph =
                paragraph_of(eval_.from_node(key == "p" ? item.members.front().value : item));
            if (key == "p") {
                if (const auto align = align_of(item.string_or_empty("align")))
                    paragraph.overrides.align = align;
            }
            if (count_output(0, span))
                out.push_back(std::move(paragraph));
        }
    }
}

void Expander::expand_rich_blocks(const Node& node, model::Blocks& out) {
    const Attribute* value_attribute = node.find_attribute("value");
    if (value_attribute == nullptr || !value_attribute->expr) {
        diagnostics_.error("template.attribute-value",
                           "<rich-blocks> needs value=\"an expression\"", node.span);
        return;
    }
    const model::Paragraph proto = make_paragraph(node, paragraph_role_);
    model::Blocks made;
    append_rich_blocks(eval_.evaluate(*value_attribute->expr), made, proto.role, node.span);
    model::Blocks& target = &out == &top_sink_ ? current_section().blocks : out;
    for (auto& block : made) {
        if (auto* paragraph = block.as<model::Paragraph>()) {
            const std::optional<model::Align> own = paragraph->overrides.align;
            model::Inlines content = std::move(paragraph->content);
            *paragraph = proto;
            paragraph->content = std::move(content);
            if (own)
                paragraph->overrides.align = own;
        }
        target.push_back(std::move(block));
    }
}

model::Table Expander::make_roadmap_table(const Node& node) {
    model::Table table;
    table.span = node.span;
    table.header_rows = 1;
    const RValue roadmap = attr_value(node, "value");
    if (!roadmap.is_object_node()) {
        diagnostics_.error("template.type-error",
                           "<roadmap-table> needs value= naming a roadmap (an object)", node.span);
        return table;
    }
    const dataset::Value& map = *roadmap.node;
    table.title = has(node, "title") ? attr_text(node, "title") : std::string("Дорожная карта");
    const dataset::Value* columns = map.find("columns");
    if (columns == nullptr || !columns->is_array() || columns->items.empty()) {
        diagnostics_.error("template.type-error", "the roadmap has no columns", node.span);
        return table;
    }
    const dataset::Children<dataset::Value> cols = columns->items;
    const int ncols = static_cast<int>(cols.size());
    auto column_index = [&](std::string_view key) {
        for (int i = 0; i < ncols; ++i) {
            if (!key.empty() && cols[static_cast<std::size_t>(i)].string_or_empty("key") == key)
                return i;
        }
        return -1;
    };
    auto column_align = [&](int i) {
        return align_of(cols[static_cast<std::size_t>(i)].string_or_empty("align"));
    };
    auto text_paragraph = [&](const std::string& text) {
        model::Paragraph paragraph;
        paragraph.role = model::Role::TableText;
        paragraph.span = node.span;
        model::append_text(paragraph.content, text);
        return paragraph;
    };

    // Header row (D.6 rule 1), repeated on every page.
    model::TableRow header;
    for (const auto& column : cols) {
        model::TableColumn col;
        if (const dataset::Value* width = column.find("width"); width && width->is_number())
            col.width = width->number * 100;
        table.columns.push_back(col);
        model::TableCell cell;
        cell.align = model::Align::Center;
        if (const dataset::Value* title = column.find("title"))
            append_rich_blocks(eval_.from_node(*title), cell.blocks, model::Role::TableHeader,
                               node.span);
        header.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(header));

    const dataset::Value* layout = map.find("stage_layout");
    const std::string_view mode = layout != nullptr ? layout->string_or_empty("mode") : "band";
    if (mode != "band" && mode != "column") {
        diagnostics_.error("template.type-error",
                           "stage_layout.mode is band or column, not '" + std::string(mode) + "'",
                           node.span);
        return table;
    }
    const int band_number =
        layout != nullptr ? column_index(layout->string_or_empty("band_number_column")) : -1;
    const int stage_number_col =
        layout != nullptr ? column_index(layout->string_or_empty("stage_number_column")) : -1;
    const int stage_title_col =
        layout != nullptr ? column_index(layout->string_or_empty("stage_title_column")) : -1;

    // The band of a stage (D.6 rule 2): explicit `band`, else the parts with their labels.
    auto band_blocks = [&](const dataset::Value& stage) {
        model::Blocks blocks;
        if (const dataset::Value* band = stage.find("band"); band && !band->is_null()) {
            append_rich_blocks(eval_.from_node(*band), blocks, model::Role::TableText, node.span);
            return blocks;
        }
        const dataset::Value* parts = layout != nullptr ? layout->find("band_parts") : nullptr;
        const dataset::Value* labels = layout != nullptr ? layout->find("labels") : nullptr;
        const dataset::Value* bold = layout != nullptr ? layout->find("label_bold") : nullptr;
        const dataset::Value* run_in = layout != nullptr ? layout->find("run_in") : nullptr;
        const bool label_bold = bold != nullptr && bold->is_bool() && bold->boolean;
        const bool one_paragraph = run_in != nullptr && run_in->is_bool() && run_in->boolean;
        model::CharStyle label_style;
        label_style.bold = label_bold;
        const std::string n = number_text(stage.find("n"));
        model::Paragraph current = text_paragraph("");
        current.content.clear();
        auto flush = [&] {
            if (!current.content.empty())
                blocks.push_back(current);
            current.content.clear();
        };
        const std::vector<std::string> default_parts = {"label_title"};
        std::vector<std::string> names;
        if (parts != nullptr && parts->is_array()) {
            for (const auto& part : parts->items)
                names.emplace_back(part.is_string() ? part.text : std::string());
        } else {
            names = default_parts;
        }
        for (const std::string& part : names) {
            const std::string field = part == "label_title" ? "title" : part;
            const dataset::Value* content = stage.find(field);
            if (content == nullptr || content->is_null())
                continue;
            std::string label =
                labels != nullptr ? std::string(labels->string_or_empty(field)) : std::string();
            if (part == "label_title")
                label = n.empty() ? std::string() : replace_all(label, "{n}", n);
            if (one_paragraph && !current.content.empty())
                model::append_text(current.content, " ");
            if (!label.empty())
                model::append_text(current.content, label, label_style);
            // The title of a stage is bold with its label; other parts are plain text.
            model::CharStyle body_style;
            body_style.bold = part == "label_title" && label_bold;
            eval_.append_inlines(eval_.from_node(*content), current.content, body_style, node.span);
            if (!one_paragraph)
                flush();
        }
        flush();
        return blocks;
    };

    // The content of one cell of a row.
    auto cell_blocks = [&](const dataset::Value* cell, const dataset::Value& column,
                           const dataset::Value& row) {
        model::Blocks blocks;
        if (cell == nullptr || cell->is_null())
            return blocks;
        if (cell->is_object() && first_key(*cell) == "deadline" && cell->members.size() == 1) {
            const dataset::Value& deadline = cell->members.front().value;
            const dataset::Value* text = deadline.find("text");
            if (text != nullptr)
                append_rich_blocks(eval_.from_node(*text), blocks, model::Role::TableText,
                                   node.span);
            else
                diagnostics_.warning("template.roadmap",
                                     "a deadline of the roadmap has no text to print", node.span);
        } else if (cell->is_object() && first_key(*cell) == "responsible" &&
                   cell->members.size() == 1) {
            const dataset::Value& list = cell->members.front().value;
            std::vector<std::string> names;
            for (const auto& entry : list.items) {
                if (entry.is_object() && entry.find("role") != nullptr) {
                    names.emplace_back(entry.string_or_empty("role"));
                } else {
                    names.push_back(eval_.to_text(eval_.from_node(entry), node.span));
                }
            }
            const std::string_view join = column.string_or_empty("join");
            if (join == "comma" || join == "semicolon") {
                std::string text;
                for (const auto& name : names)
                    text += (text.empty() ? "" : (join == "comma" ? ", " : "; ")) + name;
                blocks.push_back(text_paragraph(text));
            } else {
                for (const auto& name : names)
                    blocks.push_back(text_paragraph(name));
            }
        } else {
            append_rich_blocks(eval_.from_node(*cell), blocks, model::Role::TableText, node.span);
        }
        // D.6 rule 5: «{n} {text}».
        const dataset::Value* prefix = column.find("number_prefix");
        const std::string n = number_text(row.find("n"));
        if (prefix != nullptr && prefix->is_bool() && prefix->boolean && !n.empty()) {
            auto* first = blocks.empty() ? nullptr : blocks.front().as<model::Paragraph>();
            if (first == nullptr) {
                blocks.insert(blocks.begin(), text_paragraph(n));
            } else {
                model::Inlines content;
                model::append_text(content, n + " ");
                for (auto& run : first->content)
                    content.push_back(std::move(run));
                first->content = std::move(content);
            }
        }
        return blocks;
    };

    const dataset::Value* stages = map.find("stages");
    if (stages == nullptr || !stages->is_array())
        return table;
    for (const auto& stage : stages->items) {
        const dataset::Value* rows_value = stage.find("rows");
        const dataset::Children<dataset::Value> rows =
            rows_value != nullptr && rows_value->is_array() ? rows_value->items
                                                            : dataset::Children<dataset::Value>();
        const std::string stage_n = number_text(stage.find("n"));

        if (mode == "band") {
            model::TableRow band;
            band.cant_split = false;
            int start = 0;
            if (band_number >= 0) {
                for (int i = 0; i < band_number; ++i)
                    band.cells.emplace_back();
                model::TableCell number;
                number.align = column_align(band_number).value_or(model::Align::Center);
                if (!stage_n.empty())
                    number.blocks.push_back(text_paragraph(stage_n));
                band.cells.push_back(std::move(number));
                start = band_number + 1;
            }
            if (start < ncols) {
                model::TableCell cell;
                cell.colspan = ncols - start;
                cell.blocks = band_blocks(stage);
                band.cells.push_back(std::move(cell));
            }
            if (count_output(0, node.span))
                table.rows.push_back(std::move(band));
        }

        // Resolve vertical merges within the stage (D.6 rule 4): anchors[r][c] is the rowspan of
        // the cell at (r, c), 0 when it is covered by a cell above.
        const std::size_t nrows = rows.size();
        std::vector<std::vector<int>> spans(nrows, std::vector<int>(cols.size(), 1));
        for (std::size_t c = 0; c < cols.size(); ++c) {
            std::size_t anchor = 0;
            for (std::size_t r = 0; r < nrows; ++r) {
                const dataset::Value* cells = rows[r].find("cells");
                const dataset::Value* cell =
                    cells != nullptr ? cells->find(cols[c].string_or_empty("key")) : nullptr;
                if (is_merge_up(cell) && r > 0) {
                    spans[r][c] = 0;
                    ++spans[anchor][c];
                } else {
                    if (is_merge_up(cell)) {
                        diagnostics_.warning("template.roadmap",
                                             "a {\"merge\":\"up\"} cell opens stage " + stage_n +
                                                 "; it is printed empty",
                                             node.span);
                    }
                    anchor = r;
                }
            }
        }
        // Column mode (D.6 rule 3): the stage number and title span all rows of the stage.
        if (mode == "column") {
            for (int c : {stage_number_col, stage_title_col}) {
                if (c < 0)
                    continue;
                for (std::size_t r = 0; r < nrows; ++r)
                    spans[r][static_cast<std::size_t>(c)] = r == 0 ? static_cast<int>(nrows) : 0;
            }
        }

        for (std::size_t r = 0; r < nrows; ++r) {
            const dataset::Value& row = rows[r];
            const dataset::Value* cells = row.find("cells");
            model::TableRow out_row;
            for (std::size_t c = 0; c < cols.size(); ++c) {
                if (spans[r][c] == 0)
                    continue;
                const dataset::Value& column = cols[c];
                const int ci = static_cast<int>(c);
                model::TableCell cell;
                cell.rowspan = spans[r][c];
                cell.align = column_align(ci);
                const std::string_view role = column.string_or_empty("role");
                if (mode == "column" && ci == stage_number_col) {
                    if (!stage_n.empty())
                        cell.blocks.push_back(text_paragraph(stage_n));
                } else if (mode == "column" && ci == stage_title_col) {
                    if (const dataset::Value* title = stage.find("title"))
                        append_rich_blocks(eval_.from_node(*title), cell.blocks,
                                           model::Role::TableText, node.span);
                } else {
                    const dataset::Value* content =
                        cells != nullptr ? cells->find(column.string_or_empty("key")) : nullptr;
                    if (role == "number" && (content == nullptr || content->is_null())) {
                        const std::string n = number_text(row.find("n"));
                        if (!n.empty())
                            cell.blocks.push_back(text_paragraph(n));
                    } else if (!is_merge_up(content)) {
                        cell.blocks = cell_blocks(content, column, row);
                    }
                }
                out_row.cells.push_back(std::move(cell));
            }
            if (count_output(0, node.span))
                table.rows.push_back(std::move(out_row));
        }
    }
    return table;
}

}  // namespace nastavdoc::tmpl
