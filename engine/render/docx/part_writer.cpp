#include "engine/render/docx/part_writer.h"

#include <algorithm>
#include <charconv>
#include <new>

namespace nastavdoc::render::docx {

void XmlText::insert(std::size_t at, std::string_view text) {
    if (text.size() > capacity_ - size_)
        grow(text.size());
    std::memmove(data_ + at + text.size(), data_ + at, size_ - at);
    std::memcpy(data_ + at, text.data(), text.size());
    size_ += text.size();
}

std::string XmlText::take() {
    std::string text(data_, size_);
    size_ = 0;
    return text;
}

void XmlText::grow(std::size_t more) {
    // Four times as much: a body of 1-4 MB is copied at most once on its way.
    const std::size_t capacity = std::max(capacity_ * 4, size_ + more);
    void* data = std::realloc(data_, capacity);
    if (data == nullptr)
        throw std::bad_alloc();
    data_ = static_cast<char*>(data);
    capacity_ = capacity;
}

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

void append_number(XmlText& out, long value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

}  // namespace nastavdoc::render::docx
