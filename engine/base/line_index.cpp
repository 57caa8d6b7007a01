#include "engine/base/line_index.h"

#include "engine/base/utf8.h"

#include <algorithm>

namespace nastavdoc {

LineIndex::LineIndex(std::string file, std::string_view text)
    : file_(std::move(file)), text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
        line_starts_.push_back(i + 1);
}

SourceSpan LineIndex::span_at(std::size_t byte_offset) const {
    byte_offset = std::min(byte_offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    const std::size_t start = line_starts_[line - 1];
    const std::size_t column = utf8::count_chars(text_.substr(start, byte_offset - start)) + 1;
    return SourceSpan{file_, static_cast<int>(line), static_cast<int>(column)};
}

}  // namespace nastavdoc
