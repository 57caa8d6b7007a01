#include "engine/render/docx/part_writer.h"

#include <charconv>

namespace nastavdoc::render::docx {

void PartWriter::insert(std::size_t at, std::string_view text) {
    xml.insert(at, text);
    // Blocks are in text order: only the last ones can lie at or past `at`.
    for (auto block = blocks.rbegin(); block != blocks.rend(); ++block) {
        for (std::size_t* offset : {&block->begin, &block->keep_next_at, &block->properties_end}) {
            if (*offset >= at)
                *offset += text.size();
        }
        if (block->begin < at)
            break;
    }
}

void append_number(std::string& out, long value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void append_number_attribute(std::string& out, std::string_view name, long value) {
    out += ' ';
    out += name;
    out += "=\"";
    append_number(out, value);
    out += '"';
}

void append_valued(std::string& out, std::string_view name, std::string_view value) {
    out += '<';
    out += name;
    out += " w:val=\"";
    out += value;
    out += "\"/>";
}

void append_valued_number(std::string& out, std::string_view name, long value) {
    out += '<';
    out += name;
    out += " w:val=\"";
    append_number(out, value);
    out += "\"/>";
}

}  // namespace nastavdoc::render::docx
