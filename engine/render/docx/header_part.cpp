#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

namespace nastavdoc::render::docx {

namespace {

void add_field_char(pugi::xml_node paragraph, const char* type) {
    paragraph.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") =
        type;
}

}  // namespace

std::string write_header_part(const model::Document& document, bool with_page_number) {
    pugi::xml_document xml;
    add_declaration(xml);
    pugi::xml_node header = xml.append_child("w:hdr");
    header.append_attribute("xmlns:w") = kWordNamespace;
    header.append_attribute("xmlns:r") = kRelationshipsNamespace;
    ParagraphProps props;
    props.role = model::Role::Requisite;
    props.align = model::Align::Center;
    props.first_line_indent_mm = 0;
    pugi::xml_node paragraph = add_paragraph(header, props);
    if (!with_page_number)
        return to_string(xml);
    // The page number alone, Arabic, centred (ГОСТ Р 7.0.97): a complex PAGE field
    // (ECMA-376 17.16.18) with "1" as its cached result for readers that do not update fields.
    const RunDefaults defaults{document.styles[model::Role::Body].size_pt, std::nullopt};
    add_field_char(paragraph, "begin");
    pugi::xml_node instruction = paragraph.append_child("w:r").append_child("w:instrText");
    instruction.append_attribute("xml:space") = "preserve";
    instruction.text().set(" PAGE ");
    add_field_char(paragraph, "separate");
    write_text_run(paragraph, "1", {}, defaults);
    add_field_char(paragraph, "end");
    return to_string(xml);
}

}  // namespace nastavdoc::render::docx
