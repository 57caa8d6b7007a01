// Joins pieces of text into one string with one allocation. Used where a chain of operator+
// starting with a literal trips GCC 12's false -Wrestrict warning at -O2 and above.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

namespace nastavdoc {

inline std::string concat(std::initializer_list<std::string_view> pieces) {
    std::size_t size = 0;
    for (const std::string_view piece : pieces)
        size += piece.size();
    std::string out;
    out.reserve(size);
    for (const std::string_view piece : pieces)
        out.append(piece);
    return out;
}

}  // namespace nastavdoc
