#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

#include <algorithm>

namespace nastavdoc::render::docx {

namespace {

constexpr int kMaxListLevel = 8;  // w:ilvl runs from 0 to 8

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

void write_block(pugi::xml_node parent, const model::Block& block, BlockContext& context);
void write_list(pugi::xml_node parent, const model::List& list, BlockContext& context,
                const ListPosition* parent_decimal, const std::string& parent_label);

void write_list_item(pugi::xml_node parent, const model::List& list, std::size_t index,
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

void write_list(pugi::xml_node parent, const model::List& list, BlockContext& context,
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

void write_page_break(pugi::xml_node parent) {
    ParagraphProps props;
    props.role = model::Role::Body;
    pugi::xml_node paragraph = add_paragraph(parent, props);
    paragraph.append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
}

void write_spacer(pugi::xml_node parent, const model::Spacer& spacer) {
    if (spacer.height_pt <= 0)
        return;
    ParagraphProps props;
    props.role = model::Role::Requisite;
    props.exact_line_pt = spacer.height_pt;
    add_paragraph(parent, props);
}

void write_block(pugi::xml_node parent, const model::Block& block, BlockContext& context) {
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

// ECMA-376 17.6.17: w:sectPr children in schema order (headers, type, pgSz, pgMar, titlePg).
void write_section_properties(pugi::xml_node parent, const model::Document& document,
                              const model::Section& section, bool is_first) {
    pugi::xml_node properties = parent.append_child("w:sectPr");
    if (document.page_numbers) {
        pugi::xml_node header = properties.append_child("w:headerReference");
        header.append_attribute("w:type") = "default";
        header.append_attribute("r:id") = kHeaderDefaultId;
        if (is_first) {
            pugi::xml_node first = properties.append_child("w:headerReference");
            first.append_attribute("w:type") = "first";
            first.append_attribute("r:id") = kHeaderFirstId;
        }
    }
    if (!is_first)
        add_valued(properties, "w:type", "nextPage");
    const model::PageSetup& page = section.page;
    pugi::xml_node size = properties.append_child("w:pgSz");
    size.append_attribute("w:w").set_value(twips_text(page.width_mm).c_str());
    size.append_attribute("w:h").set_value(twips_text(page.height_mm).c_str());
    if (page.orientation == model::Orientation::Landscape) {
        size.append_attribute("w:orient") = "landscape";
    }
    pugi::xml_node margins = properties.append_child("w:pgMar");
    margins.append_attribute("w:top").set_value(twips_text(page.margin_top_mm).c_str());
    margins.append_attribute("w:right").set_value(twips_text(page.margin_right_mm).c_str());
    margins.append_attribute("w:bottom").set_value(twips_text(page.margin_bottom_mm).c_str());
    margins.append_attribute("w:left").set_value(twips_text(page.margin_left_mm).c_str());
    margins.append_attribute("w:header").set_value(twips_text(page.header_distance_mm).c_str());
    margins.append_attribute("w:footer").set_value(twips_text(page.header_distance_mm).c_str());
    margins.append_attribute("w:gutter") = "0";
    // Page numbers go on from page 2 of the document; later sections continue the count.
    if (is_first && document.page_numbers)
        properties.append_child("w:titlePg");
}

// A section other than the last ends with the w:sectPr in its last paragraph (17.6.18). A table
// or a framed paragraph cannot carry it, so a small empty paragraph is added then.
pugi::xml_node section_end_paragraph(pugi::xml_node body) {
    pugi::xml_node last = body.last_child();
    const bool usable =
        std::string_view(last.name()) == "w:p" && !last.child("w:pPr").child("w:framePr");
    if (usable)
        return last;
    ParagraphProps props;
    props.role = model::Role::Requisite;
    props.mark_size_pt = 2;
    props.exact_line_pt = 2;
    return add_paragraph(body, props);
}

// A section already starts on a new page (w:type nextPage), so a page break at its start or at
// its end would leave a page blank in Word and LibreOffice: such breaks are not written.
void write_section_blocks(pugi::xml_node body, const model::Blocks& blocks, BlockContext& context) {
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

pugi::xml_node add_paragraph(pugi::xml_node parent, const ParagraphProps& props) {
    pugi::xml_node paragraph = parent.append_child("w:p");
    pugi::xml_node properties = paragraph.append_child("w:pPr");
    add_valued(properties, "w:pStyle", model::role_name(props.role));
    if (props.keep_next)
        properties.append_child("w:keepNext");
    if (props.keep_lines)
        properties.append_child("w:keepLines");
    if (props.bottom_frame_width_mm) {
        // ECMA-376 17.3.1.11: a frame anchored to the bottom of the text area of its page.
        pugi::xml_node frame = properties.append_child("w:framePr");
        frame.append_attribute("w:w").set_value(twips_text(*props.bottom_frame_width_mm).c_str());
        frame.append_attribute("w:wrap") = "around";
        frame.append_attribute("w:vAnchor") = "margin";
        frame.append_attribute("w:hAnchor") = "margin";
        frame.append_attribute("w:xAlign") = "left";
        frame.append_attribute("w:yAlign") = "bottom";
    }
    if (props.numbering) {
        pugi::xml_node numbering = properties.append_child("w:numPr");
        add_valued(numbering, "w:ilvl", number_text(props.numbering->level));
        add_valued(numbering, "w:numId", number_text(props.numbering->num_id));
    }
    if (!props.tabs.empty()) {
        pugi::xml_node tabs = properties.append_child("w:tabs");
        for (const auto& stop : props.tabs) {
            pugi::xml_node tab = tabs.append_child("w:tab");
            tab.append_attribute("w:val") = stop.kind;
            if (stop.leader != nullptr)
                tab.append_attribute("w:leader") = stop.leader;
            tab.append_attribute("w:pos").set_value(twips_text(stop.position_mm).c_str());
        }
    }
    if (props.hyphenate) {
        pugi::xml_node suppress = properties.append_child("w:suppressAutoHyphens");
        if (*props.hyphenate)
            suppress.append_attribute("w:val") = "0";
    }
    if (props.space_before_pt || props.space_after_pt || props.exact_line_pt) {
        pugi::xml_node spacing = properties.append_child("w:spacing");
        if (props.space_before_pt) {
            spacing.append_attribute("w:before")
                .set_value(pt_twips_text(*props.space_before_pt).c_str());
        }
        if (props.space_after_pt) {
            spacing.append_attribute("w:after").set_value(
                pt_twips_text(*props.space_after_pt).c_str());
        }
        if (props.exact_line_pt) {
            spacing.append_attribute("w:line").set_value(
                pt_twips_text(*props.exact_line_pt).c_str());
            spacing.append_attribute("w:lineRule") = "exact";
        }
    }
    if (props.left_indent_mm || props.right_indent_mm || props.first_line_indent_mm) {
        pugi::xml_node indent = properties.append_child("w:ind");
        if (props.left_indent_mm) {
            indent.append_attribute("w:left").set_value(twips_text(*props.left_indent_mm).c_str());
        }
        if (props.right_indent_mm) {
            indent.append_attribute("w:right").set_value(
                twips_text(*props.right_indent_mm).c_str());
        }
        if (props.first_line_indent_mm) {
            const double first = *props.first_line_indent_mm;
            indent.append_attribute(first < 0 ? "w:hanging" : "w:firstLine")
                .set_value(twips_text(first < 0 ? -first : first).c_str());
        }
    }
    if (props.align)
        add_valued(properties, "w:jc", alignment_value(*props.align));
    if (props.mark_size_pt) {
        pugi::xml_node mark = properties.append_child("w:rPr");
        add_valued(mark, "w:sz", half_points_text(*props.mark_size_pt));
        add_valued(mark, "w:szCs", half_points_text(*props.mark_size_pt));
    }
    return paragraph;
}

pugi::xml_node write_paragraph(pugi::xml_node parent, const model::Paragraph& paragraph,
                               BlockContext& context, const ListPosition* list,
                               const std::string& label) {
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
    pugi::xml_node node = add_paragraph(parent, props);
    if (!label.empty())
        write_text_run(node, label + " ", {}, defaults);
    write_inlines(node, paragraph.content, defaults);
    return node;
}

void write_blocks(pugi::xml_node parent, const model::Blocks& blocks, BlockContext& context) {
    for (const auto& block : blocks)
        write_block(parent, block, context);
}

std::string write_document_part(const model::Document& document, NumberingRegistry& numbering) {
    pugi::xml_document xml;
    add_declaration(xml);
    pugi::xml_node root = xml.append_child("w:document");
    root.append_attribute("xmlns:w") = kWordNamespace;
    root.append_attribute("xmlns:r") = kRelationshipsNamespace;
    pugi::xml_node body = root.append_child("w:body");
    const std::size_t count = document.sections.size();
    for (std::size_t i = 0; i < count; ++i) {
        const model::Section& section = document.sections[i];
        BlockContext context{document,     numbering,    section.page.text_width_mm(),
                             std::nullopt, std::nullopt, false};
        write_section_blocks(body, section.blocks, context);
        if (i + 1 < count) {
            pugi::xml_node paragraph = section_end_paragraph(body);
            write_section_properties(paragraph.child("w:pPr"), document, section, i == 0);
        } else {
            // ECMA-376 17.2.2: the body ends with a paragraph, then the last section's w:sectPr.
            if (std::string_view(body.last_child().name()) != "w:p") {
                ParagraphProps props;
                props.role = model::Role::Requisite;
                props.mark_size_pt = 2;
                props.exact_line_pt = 2;
                add_paragraph(body, props);
            }
            write_section_properties(body, document, section, i == 0);
        }
    }
    if (count == 0) {
        add_paragraph(body, ParagraphProps{});
        write_section_properties(body, document, model::Section{}, true);
    }
    return to_string(xml);
}

}  // namespace nastavdoc::render::docx
