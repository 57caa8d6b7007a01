#include "engine/render/docx/parts.h"
#include "engine/render/docx/xml.h"

namespace nastavdoc::render::docx {

std::string write_settings_part(const model::Document& document) {
    pugi::xml_document xml;
    add_declaration(xml);
    pugi::xml_node settings = xml.append_child("w:settings");
    settings.append_attribute("xmlns:w") = kWordNamespace;
    // ECMA-376 17.15.1: children in schema order.
    settings.append_child("w:zoom").append_attribute("w:percent") = "100";
    // Word hyphenates by itself with its Russian dictionary; styles switch it off where
    // ГОСТ Р 7.0.97 forbids it (headings, requisites).
    add_valued(settings, "w:defaultTabStop", "709");  // 1.25 cm, the paragraph indent
    settings.append_child("w:autoHyphenation");
    add_valued(settings, "w:hyphenationZone", "357");
    settings.append_child("w:doNotHyphenateCaps");
    add_valued(settings, "w:characterSpacingControl", "doNotCompress");
    pugi::xml_node compat = settings.append_child("w:compat");
    pugi::xml_node mode = compat.append_child("w:compatSetting");
    mode.append_attribute("w:name") = "compatibilityMode";
    mode.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
    mode.append_attribute("w:val") = "15";
    const std::string& language =
        document.metadata.language.empty() ? std::string("ru-RU") : document.metadata.language;
    pugi::xml_node theme_language = settings.append_child("w:themeFontLang");
    theme_language.append_attribute("w:val").set_value(language.c_str());
    return to_string(xml);
}

}  // namespace nastavdoc::render::docx
