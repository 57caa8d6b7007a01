// Where something came from: a file and a 1-based line and column.
#pragma once
#include <string>

namespace nastavdoc {

struct SourceSpan {
    std::string file;
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based, in characters, not bytes; 0 when unknown
};

}  // namespace nastavdoc
