#include "engine/base/units.h"
#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

#include <algorithm>
#include <cmath>

namespace nastavdoc::render::docx {

namespace {

constexpr int kMaxListLevel = 8;  // w:ilvl runs from 0 to 8
// Room for the body before the first reallocation (each copies what is written so far): the
// 200-pair order's is 837 KB. Pages of the buffer that are never written are never touched.
constexpr std::size_t kBodyCapacity = 1024 * 1024;

const char* alignment_value(model::Align align) {
    switch (align) {
        case model::Align::Left:
            return "left";
        case model::Align::Center:
            return "center";
        case model::Align::Right:
            return "right";
        case model::Align::Justify:
            return "both";
    }
    return "both";
}

// Word renumbers «а)» lists with its russianLower format, whose letters agree with the model's
// legal sequence (which also skips з, о, ч) only up to «ж)»; longer lists keep literal labels.
bool is_numbering_representable(const model::List& list) {
    if (list.format != model::ListFormat::CyrillicParen)
        return true;
    const long last = list.start + static_cast<long>(list.items.size()) - 1;
    return list.start >= 1 && last <= 7;
}

void write_block(Container& parent, const model::Block& block, BlockContext& context);
void write_list(Container& parent, const model::List& list, BlockContext& context,
                const ListPosition* parent_decimal, const std::string& parent_label);

void write_list_item(Container& parent, const model::List& list, std::size_t index,
                     BlockContext& context, const ListPosition* position,
                     const std::string& parent_label) {
    const model::ListItem& item = list.items[index];
    const std::string label = model::list_label(list, index, parent_label);
    const std::string literal = position != nullptr ? std::string() : label;
    std::size_t first_other = 0;
    if (!item.blocks.empty() && item.blocks.front().as<model::Paragraph>() != nullptr) {
        write_paragraph(parent, *item.blocks.front().as<model::Paragraph>(), context, position,
                        literal);
        first_other = 1;
    } else {
        model::Paragraph empty;
        empty.role = list.role;
        write_paragraph(parent, empty, context, position, literal);
    }
    const bool is_decimal = list.format == model::ListFormat::Decimal && position != nullptr;
    for (std::size_t b = first_other; b < item.blocks.size(); ++b) {
        if (const auto* nested = item.blocks[b].as<model::List>()) {
            write_list(parent, *nested, context, is_decimal ? position : nullptr, label);
        } else {
            write_block(parent, item.blocks[b], context);
        }
    }
}

void write_list(Container& parent, const model::List& list, BlockContext& context,
                const ListPosition* parent_decimal, const std::string& parent_label) {
    std::optional<ListPosition> position;
    if (list.format == model::ListFormat::Decimal && parent_decimal != nullptr) {
        // ECMA-376 17.9: a deeper w:ilvl of the same w:num continues the parent's counter, so
        // Word shows «2.1.» and renumbers when a point is inserted.
        position = ListPosition{parent_decimal->num_id,
                                std::min(parent_decimal->level + 1, kMaxListLevel)};
    } else if (is_numbering_representable(list)) {
        position = ListPosition{context.numbering.add_instance(list, 0), 0};
    }
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        write_list_item(parent, list, i, context, position ? &*position : nullptr, parent_label);
    }
}

void write_page_break(Container& parent) {
    ParagraphProps props;
    props.role = model::Role::Body;
    begin_paragraph(parent, props);
    parent.xml() += "<w:r><w:br w:type=\"page\"/></w:r>";
    parent.last_block()->has_page_break = true;
    end_paragraph(parent);
}

void write_spacer(Container& parent, const model::Spacer& spacer) {
    if (spacer.height_pt <= 0)
        return;
    ParagraphProps props;
    props.role = model::Role::Requisite;
    props.exact_line_pt = spacer.height_pt;
    add_paragraph(parent, props);
}

void write_block(Container& parent, const model::Block& block, BlockContext& context) {
    if (const auto* paragraph = block.as<model::Paragraph>()) {
        write_paragraph(parent, *paragraph, context);
    } else if (const auto* list = block.as<model::List>()) {
        write_list(parent, *list, context, nullptr, {});
    } else if (const auto* table = block.as<model::Table>()) {
        write_table(parent, *table, context);
    } else if (const auto* chart = block.as<model::Chart>()) {
        write_chart(parent, *chart, context);
    } else if (const auto* org = block.as<model::OrgBlock>()) {
        write_org_block(parent, *org, context);
    } else if (const auto* line = block.as<model::RequisitesLine>()) {
        write_requisites_line(parent, *line, context);
    } else if (const auto* grifs = block.as<model::GrifRow>()) {
        write_grif_row(parent, *grifs, context);
    } else if (const auto* signature = block.as<model::Signature>()) {
        write_signature(parent, *signature, context);
    } else if (const auto* executor = block.as<model::Executor>()) {
        write_executor(parent, *executor, context);
    } else if (const auto* blank = block.as<model::BlankLines>()) {
        write_blank_lines(parent, *blank, context);
    } else if (block.as<model::PageBreak>() != nullptr) {
        write_page_break(parent);
    } else if (const auto* spacer = block.as<model::Spacer>()) {
        write_spacer(parent, *spacer);
    }
}

void append_twips_attribute(XmlText& out, std::string_view name, double mm) {
    append_number_attribute(out, name, mm_to_twips(mm));
}

// ECMA-376 17.6.17: w:sectPr children in schema order (headers, type, pgSz, pgMar, titlePg).
std::string section_properties(const model::Document& document, const model::Section& section,
                               bool is_first) {
    XmlText out;
    out += "<w:sectPr>";
    if (document.page_numbers) {
        out += "<w:headerReference w:type=\"default\" r:id=\"";
        out += kHeaderDefaultId;
        out += "\"/>";
        if (is_first) {
            out += "<w:headerReference w:type=\"first\" r:id=\"";
            out += kHeaderFirstId;
            out += "\"/>";
        }
    }
    if (!is_first)
        out += "<w:type w:val=\"nextPage\"/>";
    const model::PageSetup& page = section.page;
    out += "<w:pgSz";
    append_twips_attribute(out, "w:w", page.width_mm);
    append_twips_attribute(out, "w:h", page.height_mm);
    if (page.orientation == model::Orientation::Landscape)
        out += " w:orient=\"landscape\"";
    out += "/><w:pgMar";
    append_twips_attribute(out, "w:top", page.margin_top_mm);
    append_twips_attribute(out, "w:right", page.margin_right_mm);
    append_twips_attribute(out, "w:bottom", page.margin_bottom_mm);
    append_twips_attribute(out, "w:left", page.margin_left_mm);
    append_twips_attribute(out, "w:header", page.header_distance_mm);
    append_twips_attribute(out, "w:footer", page.header_distance_mm);
    out += " w:gutter=\"0\"/>";
    // Page numbers go on from page 2 of the document; later sections continue the count.
    if (is_first && document.page_numbers)
        out += "<w:titlePg/>";
    out += "</w:sectPr>";
    return out.take();
}

// The small empty paragraph that ends a body or carries a section's end after a table.
void add_closing_paragraph(Container& body) {
    ParagraphProps props;
    props.role = model::Role::Requisite;
    props.mark_size_pt = 2;
    props.exact_line_pt = 2;
    add_paragraph(body, props);
}

// A section other than the last ends with the w:sectPr in its last paragraph (17.6.18). A table
// or a framed paragraph cannot carry it, so a small empty paragraph is added then.
void end_section_in_paragraph(Container& body, const std::string& properties) {
    const WrittenBlock* last = body.last_block();
    if (last == nullptr || !last->is_paragraph || last->has_frame)
        add_closing_paragraph(body);
    WrittenBlock& paragraph = *body.last_block();
    body.writer().insert(paragraph.properties_end, properties);
    paragraph.has_section = true;
}

// A section already starts on a new page (w:type nextPage), so a page break at its start or at
// its end would leave a page blank in Word and LibreOffice: such breaks are not written.
void write_section_blocks(Container& body, const model::Blocks& blocks, BlockContext& context) {
    const auto is_break = [](const model::Block& block) {
        return block.as<model::PageBreak>() != nullptr;
    };
    const auto first = std::find_if_not(blocks.begin(), blocks.end(), is_break);
    const auto last =
        std::find_if_not(blocks.rbegin(), std::make_reverse_iterator(first), is_break).base();
    for (auto block = first; block != last; ++block)
        write_block(body, *block, context);
}

}  // namespace

void begin_paragraph(Container& parent, const ParagraphProps& props) {
    XmlText& out = parent.xml();
    WrittenBlock block;
    block.is_paragraph = true;
    block.begin = out.size();
    out += "<w:p><w:pPr>";
    append_valued(out, "w:pStyle", model::role_name(props.role));
    block.keep_next_at = out.size();
    block.has_keep_next = props.keep_next;
    if (props.keep_next)
        out += "<w:keepNext/>";
    if (props.keep_lines)
        out += "<w:keepLines/>";
    if (props.bottom_frame_width_mm) {
        // ECMA-376 17.3.1.11: a frame anchored to the bottom of the text area of its page.
        block.has_frame = true;
        out += "<w:framePr";
        append_twips_attribute(out, "w:w", *props.bottom_frame_width_mm);
        out +=
            " w:wrap=\"around\" w:vAnchor=\"margin\" w:hAnchor=\"margin\" w:xAlign=\"left\""
            " w:yAlign=\"bottom\"/>";
    }
    if (props.numbering) {
        out += "<w:numPr>";
        append_valued_number(out, "w:ilvl", props.numbering->level);
        append_valued_number(out, "w:numId", props.numbering->num_id);
        out += "</w:numPr>";
    }
    if (!props.tabs.empty()) {
        out += "<w:tabs>";
        for (const auto& stop : props.tabs) {
            out += "<w:tab w:val=\"";
            out += stop.kind;
            out += '"';
            if (stop.leader != nullptr) {
                out += " w:leader=\"";
                out += stop.leader;
                out += '"';
            }
            append_twips_attribute(out, "w:pos", stop.position_mm);
            out += "/>";
        }
        out += "</w:tabs>";
    }
    if (props.hyphenate)
        out +=
            *props.hyphenate ? "<w:suppressAutoHyphens w:val=\"0\"/>" : "<w:suppressAutoHyphens/>";
    if (props.space_before_pt || props.space_after_pt || props.exact_line_pt) {
        out += "<w:spacing";
        if (props.space_before_pt)
            append_number_attribute(out, "w:before", pt_to_twips(*props.space_before_pt));
        if (props.space_after_pt)
            append_number_attribute(out, "w:after", pt_to_twips(*props.space_after_pt));
        if (props.exact_line_pt) {
            append_number_attribute(out, "w:line", pt_to_twips(*props.exact_line_pt));
            out += " w:lineRule=\"exact\"";
        }
        out += "/>";
    }
    if (props.left_indent_mm || props.right_indent_mm || props.first_line_indent_mm) {
        out += "<w:ind";
        if (props.left_indent_mm)
            append_twips_attribute(out, "w:left", *props.left_indent_mm);
        if (props.right_indent_mm)
            append_twips_attribute(out, "w:right", *props.right_indent_mm);
        if (props.first_line_indent_mm) {
            const double first = *props.first_line_indent_mm;
            append_twips_attribute(out, first < 0 ? "w:hanging" : "w:firstLine",
                                   first < 0 ? -first : first);
        }
        out += "/>";
    }
    if (props.align)
        append_valued(out, "w:jc", alignment_value(*props.align));
    if (props.mark_size_pt) {
        const long half_points = std::lround(*props.mark_size_pt * 2.0);
        out += "<w:rPr>";
        append_valued_number(out, "w:sz", half_points);
        append_valued_number(out, "w:szCs", half_points);
        out += "</w:rPr>";
    }
    block.properties_end = out.size();
    out += "</w:pPr>";
    parent.writer().blocks.push_back(block);
}

void end_paragraph(Container& parent) {
    parent.xml() += "</w:p>";
}

void add_paragraph(Container& parent, const ParagraphProps& props) {
    begin_paragraph(parent, props);
    end_paragraph(parent);
}

void write_paragraph(Container& parent, const model::Paragraph& paragraph, BlockContext& context,
                     const ListPosition* list, const std::string& label) {
    const model::ParagraphOverrides& overrides = paragraph.overrides;
    ParagraphProps props;
    props.role = paragraph.role;
    props.keep_next = overrides.keep_with_next.value_or(false);
    props.hyphenate = overrides.hyphenate;
    props.space_before_pt = overrides.space_before_pt;
    props.space_after_pt = overrides.space_after_pt;
    props.left_indent_mm = overrides.left_indent_mm;
    props.first_line_indent_mm = overrides.first_line_indent_mm;
    props.align = overrides.align ? overrides.align : context.cell_align;
    if (list != nullptr) {
        props.numbering = *list;
        // Direct indents win over the numbering level's, so a point keeps its role's indent.
        const model::ParagraphStyle style =
            model::resolve_style(context.document.styles, paragraph.role, overrides);
        props.left_indent_mm = style.left_indent_mm;
        props.first_line_indent_mm = style.first_line_indent_mm;
    }
    if (overrides.width_mm) {
        // Word knows no block width: what the block leaves of the column becomes a right indent.
        const model::ParagraphStyle style =
            model::resolve_style(context.document.styles, paragraph.role, overrides);
        const double right = context.text_width_mm - style.left_indent_mm - *overrides.width_mm;
        if (right > 0) {
            props.right_indent_mm = right;
        }
    }
    RunDefaults defaults;
    defaults.size_pt = overrides.size_pt ? overrides.size_pt : context.font_size_pt;
    defaults.bold = overrides.bold;
    props.mark_size_pt = defaults.size_pt;
    begin_paragraph(parent, props);
    if (!label.empty())
        write_text_run(parent.writer(), label + " ", {}, defaults);
    write_inlines(parent.writer(), paragraph.content, defaults);
    end_paragraph(parent);
}

void write_blocks(Container& parent, const model::Blocks& blocks, BlockContext& context) {
    for (const auto& block : blocks)
        write_block(parent, block, context);
}

void write_document_part(const model::Document& document, NumberingRegistry& numbering,
                         XmlText& out) {
    PartWriter writer(std::move(out));
    writer.xml.reserve(writer.xml.size() + kBodyCapacity);
    open_part(writer.xml, "w:document");
    writer.xml += "><w:body>";
    Container body(writer);
    const std::size_t count = document.sections.size();
    for (std::size_t i = 0; i < count; ++i) {
        const model::Section& section = document.sections[i];
        BlockContext context{document,     numbering,    section.page.text_width_mm(),
                             std::nullopt, std::nullopt, false};
        write_section_blocks(body, section.blocks, context);
        if (i + 1 < count) {
            end_section_in_paragraph(body, section_properties(document, section, i == 0));
        } else {
            // ECMA-376 17.2.2: the body ends with a paragraph, then the last section's w:sectPr.
            if (!body.ends_with_paragraph())
                add_closing_paragraph(body);
            writer.xml += section_properties(document, section, i == 0);
        }
    }
    if (count == 0) {
        add_paragraph(body, ParagraphProps{});
        writer.xml += section_properties(document, model::Section{}, true);
    }
    writer.xml += "</w:body></w:document>";
    out = std::move(writer.xml);
}

std::string write_document_part(const model::Document& document, NumberingRegistry& numbering) {
    XmlText text;
    write_document_part(document, numbering, text);
    return text.take();
}

}  // namespace nastavdoc::render::docx
