#include "engine/render/docx/xml.h"

#include "engine/base/units.h"
#include "engine/base/utf8.h"

#include <charconv>
#include <cmath>

namespace nastavdoc::render::docx {

namespace {

struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void* data, size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

bool is_xml_char(char32_t c) {
    if (c < 0x20)
        return false;  // C0 controls; TAB and LF are handled by the run writer
    if (c >= 0x7F && c <= 0x9F)
        return false;  // DEL and C1 controls
    return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

void add_declaration(pugi::xml_document& xml) {
    pugi::xml_node declaration = xml.prepend_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    declaration.append_attribute("standalone") = "yes";
}

std::string to_string(const pugi::xml_document& xml) {
    StringWriter writer;
    writer.out.reserve(4096);
    xml.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
    return std::move(writer.out);
}

std::string number_text(long value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string twips_text(double mm) {
    return number_text(mm_to_twips(mm));
}

std::string pt_twips_text(double pt) {
    return number_text(pt_to_twips(pt));
}

std::string half_points_text(double pt) {
    return number_text(std::lround(pt * 2.0));
}

pugi::xml_node add_valued(pugi::xml_node parent, const char* name, std::string_view value) {
    pugi::xml_node node = parent.append_child(name);
    node.append_attribute("w:val").set_value(std::string(value).c_str());
    return node;
}

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte >= 0x20 && byte < 0x7F) {
            out += text[pos++];
            continue;
        }
        char32_t code_point = 0;
        const std::size_t length = utf8::decode(text, pos, code_point);
        if (length == 0) {
            ++pos;
            continue;
        }
        if (is_xml_char(code_point))
            out.append(text.substr(pos, length));
        pos += length;
    }
    return out;
}

}  // namespace nastavdoc::render::docx
