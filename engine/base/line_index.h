// Turns byte offsets into 1-based line:column (columns in characters), the one helper every
// parser uses for locations.
#pragma once
#include "engine/base/source_span.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc {

class LineIndex {
public:
    /// Keeps a view of `text`: the text must outlive the index.
    LineIndex(std::string file, std::string_view text);

    SourceSpan span_at(std::size_t byte_offset) const;
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace nastavdoc
