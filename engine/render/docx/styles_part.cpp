#include "engine/render/docx/parts.h"
#include "engine/render/docx/xml.h"

#include <cmath>

namespace nastavdoc::render::docx {

namespace {

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

void add_fonts(pugi::xml_node run_properties, const std::string& family) {
    pugi::xml_node fonts = run_properties.append_child("w:rFonts");
    for (const char* slot : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) {
        fonts.append_attribute(slot).set_value(family.c_str());
    }
}

void add_language(pugi::xml_node run_properties, const std::string& language) {
    // ECMA-376 17.3.2.20: marks runs as Russian for Word's proofing and hyphenation.
    pugi::xml_node lang = run_properties.append_child("w:lang");
    lang.append_attribute("w:val").set_value(language.c_str());
    lang.append_attribute("w:eastAsia").set_value(language.c_str());
    lang.append_attribute("w:bidi") = "ar-SA";
}

void add_doc_defaults(pugi::xml_node styles, const model::Document& document) {
    pugi::xml_node defaults = styles.append_child("w:docDefaults");
    pugi::xml_node run = defaults.append_child("w:rPrDefault").append_child("w:rPr");
    add_fonts(run, document.styles.font_family);
    const double size = document.styles[model::Role::Body].size_pt;
    add_valued(run, "w:sz", half_points_text(size));
    add_valued(run, "w:szCs", half_points_text(size));
    add_language(run, document.metadata.language.empty() ? "ru-RU" : document.metadata.language);
    pugi::xml_node paragraph = defaults.append_child("w:pPrDefault").append_child("w:pPr");
    pugi::xml_node spacing = paragraph.append_child("w:spacing");
    spacing.append_attribute("w:after") = "0";
    spacing.append_attribute("w:line") = "240";
    spacing.append_attribute("w:lineRule") = "auto";
}

// w:pPr and w:rPr of a role's style, children in schema order.
void add_style_properties(pugi::xml_node style, const model::ParagraphStyle& properties) {
    pugi::xml_node paragraph = style.append_child("w:pPr");
    if (properties.keep_with_next)
        paragraph.append_child("w:keepNext");
    pugi::xml_node hyphens = paragraph.append_child("w:suppressAutoHyphens");
    if (properties.hyphenate)
        hyphens.append_attribute("w:val") = "0";
    pugi::xml_node spacing = paragraph.append_child("w:spacing");
    spacing.append_attribute("w:before")
        .set_value(pt_twips_text(properties.space_before_pt).c_str());
    spacing.append_attribute("w:after").set_value(pt_twips_text(properties.space_after_pt).c_str());
    const long line = std::lround(properties.line_spacing * 240.0);
    spacing.append_attribute("w:line").set_value(number_text(line).c_str());
    spacing.append_attribute("w:lineRule") = "auto";
    pugi::xml_node indent = paragraph.append_child("w:ind");
    indent.append_attribute("w:left").set_value(twips_text(properties.left_indent_mm).c_str());
    const double first = properties.first_line_indent_mm;
    indent.append_attribute(first < 0 ? "w:hanging" : "w:firstLine")
        .set_value(twips_text(first < 0 ? -first : first).c_str());
    add_valued(paragraph, "w:jc", alignment_value(properties.align));

    pugi::xml_node run = style.append_child("w:rPr");
    if (properties.bold) {
        run.append_child("w:b");
        run.append_child("w:bCs");
    }
    if (properties.italic) {
        run.append_child("w:i");
        run.append_child("w:iCs");
    }
    if (properties.caps)
        run.append_child("w:caps");
    add_valued(run, "w:sz", half_points_text(properties.size_pt));
    add_valued(run, "w:szCs", half_points_text(properties.size_pt));
}

void add_normal_style(pugi::xml_node styles, const model::Document& document) {
    pugi::xml_node style = styles.append_child("w:style");
    style.append_attribute("w:type") = "paragraph";
    style.append_attribute("w:default") = "1";
    style.append_attribute("w:styleId") = "Normal";
    add_valued(style, "w:name", "Normal");
    style.append_child("w:qFormat");
    add_style_properties(style, document.styles[model::Role::Body]);
}

void add_role_style(pugi::xml_node styles, const model::Document& document, model::Role role) {
    pugi::xml_node style = styles.append_child("w:style");
    style.append_attribute("w:type") = "paragraph";
    style.append_attribute("w:customStyle") = "1";
    style.append_attribute("w:styleId").set_value(std::string(model::role_name(role)).c_str());
    add_valued(style, "w:name", model::role_display_name(role));
    add_valued(style, "w:basedOn", "Normal");
    if (role == model::Role::DocumentType || role == model::Role::Heading ||
        role == model::Role::Title || role == model::Role::SectionHeading) {
        add_valued(style, "w:next", "Body");
    }
    style.append_child("w:qFormat");
    add_style_properties(style, document.styles[role]);
}

// The default table style Word expects, with its cell margins (ECMA-376 17.7.6).
void add_table_normal(pugi::xml_node styles) {
    pugi::xml_node style = styles.append_child("w:style");
    style.append_attribute("w:type") = "table";
    style.append_attribute("w:default") = "1";
    style.append_attribute("w:styleId") = "TableNormal";
    add_valued(style, "w:name", "Normal Table");
    style.append_child("w:uiPriority").append_attribute("w:val") = "99";
    style.append_child("w:semiHidden");
    pugi::xml_node properties = style.append_child("w:tblPr");
    pugi::xml_node indent = properties.append_child("w:tblInd");
    indent.append_attribute("w:w") = "0";
    indent.append_attribute("w:type") = "dxa";
    pugi::xml_node margins = properties.append_child("w:tblCellMar");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        pugi::xml_node margin = margins.append_child(side);
        const bool is_vertical = side[2] == 't' || side[2] == 'b';
        margin.append_attribute("w:w") = is_vertical ? "0" : "108";
        margin.append_attribute("w:type") = "dxa";
    }
}

}  // namespace

std::string write_styles_part(const model::Document& document) {
    pugi::xml_document xml;
    add_declaration(xml);
    pugi::xml_node styles = xml.append_child("w:styles");
    styles.append_attribute("xmlns:w") = kWordNamespace;
    add_doc_defaults(styles, document);
    add_normal_style(styles, document);
    for (std::size_t i = 0; i < model::kRoleCount; ++i) {
        add_role_style(styles, document, static_cast<model::Role>(i));
    }
    add_table_normal(styles);
    return to_string(xml);
}

}  // namespace nastavdoc::render::docx
