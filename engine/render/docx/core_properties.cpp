#include "engine/render/docx/parts.h"
#include "engine/render/docx/xml.h"

namespace nastavdoc::render::docx {

namespace {

// The document's own date at midnight UTC: never the clock, so the same input gives the same
// bytes in every time zone. An absent or malformed date gives the DOS epoch of the zip entries.
std::string w3cdtf(const std::string& iso_date) {
    const bool is_date = iso_date.size() == 10 && iso_date[4] == '-' && iso_date[7] == '-';
    return (is_date ? iso_date : std::string("1980-01-01")) + "T00:00:00Z";
}

void add_text(pugi::xml_node parent, const char* name, const std::string& text) {
    if (text.empty())
        return;
    parent.append_child(name).text().set(clean_text(text).c_str());
}

}  // namespace

std::string write_core_properties(const model::Document& document) {
    const model::Metadata& metadata = document.metadata;
    pugi::xml_document xml;
    add_declaration(xml);
    pugi::xml_node root = xml.append_child("cp:coreProperties");
    root.append_attribute("xmlns:cp") =
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    add_text(root, "dc:title", metadata.title);
    add_text(root, "dc:subject", metadata.subject);
    add_text(root, "dc:creator", metadata.author);
    add_text(root, "cp:keywords", metadata.keywords);
    add_text(root, "cp:lastModifiedBy", metadata.author);
    add_text(root, "dc:language", metadata.language);
    if (metadata.published)
        add_text(root, "cp:contentStatus", "Для публикации");
    const std::string date = w3cdtf(metadata.created);
    for (const char* name : {"dcterms:created", "dcterms:modified"}) {
        pugi::xml_node node = root.append_child(name);
        node.append_attribute("xsi:type") = "dcterms:W3CDTF";
        node.text().set(date.c_str());
    }
    return to_string(xml);
}

}  // namespace nastavdoc::render::docx
