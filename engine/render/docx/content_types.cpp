#include "engine/render/docx/parts.h"
#include "engine/render/docx/xml.h"

namespace nastavdoc::render::docx {

std::string write_content_types(const std::vector<Part>& parts) {
    pugi::xml_document xml;
    add_declaration(xml);
    pugi::xml_node types = xml.append_child("Types");
    types.append_attribute("xmlns") =
        "http://schemas.openxmlformats.org/package/2006/content-types";
    const auto add_default = [&](const char* extension, const char* type) {
        pugi::xml_node node = types.append_child("Default");
        node.append_attribute("Extension") = extension;
        node.append_attribute("ContentType") = type;
    };
    add_default("rels", "application/vnd.openxmlformats-package.relationships+xml");
    add_default("xml", "application/xml");
    for (const auto& part : parts) {
        if (part.content_type.empty())
            continue;
        pugi::xml_node node = types.append_child("Override");
        node.append_attribute("PartName").set_value(("/" + part.name).c_str());
        node.append_attribute("ContentType").set_value(part.content_type.c_str());
    }
    return to_string(xml);
}

}  // namespace nastavdoc::render::docx
