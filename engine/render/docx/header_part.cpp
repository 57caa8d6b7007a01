#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

namespace nastavdoc::render::docx {

namespace {

void add_field_char(XmlText& out, std::string_view type) {
    out += "<w:r><w:fldChar w:fldCharType=\"";
    out += type;
    out += "\"/></w:r>";
}

}  // namespace

std::string write_header_part(const model::Document& document, bool with_page_number) {
    PartWriter writer;
    open_part(writer.xml, "w:hdr");
    writer.xml += '>';
    Container header(writer);
    ParagraphProps props;
    props.role = model::Role::Requisite;
    props.align = model::Align::Center;
    props.first_line_indent_mm = 0;
    begin_paragraph(header, props);
    if (with_page_number) {
        // The page number alone, Arabic, centred (ГОСТ Р 7.0.97): a complex PAGE field
        // (ECMA-376 17.16.18) with "1" as its cached result for readers that do not update
        // fields.
        const RunDefaults defaults{document.styles[model::Role::Body].size_pt, std::nullopt};
        add_field_char(writer.xml, "begin");
        writer.xml += "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>";
        add_field_char(writer.xml, "separate");
        write_text_run(writer, "1", {}, defaults);
        add_field_char(writer.xml, "end");
    }
    end_paragraph(header);
    writer.xml += "</w:hdr>";
    return writer.xml.take();
}

}  // namespace nastavdoc::render::docx
