// Internal to dataset/. A strict JSON (RFC 8259) parser that keeps byte offsets for every value
// and reports problems as diagnostics instead of throwing.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/base/line_index.h"
#include "engine/dataset/value.h"

#include <optional>
#include <string_view>

namespace nastavdoc::dataset {

struct ParseLimits {
    std::size_t max_depth = 256;  // nesting of arrays and objects
    std::size_t max_bytes = std::size_t{1} << 30;
};

/// Parses `text` (which `lines` indexes). A syntax error stops the parse (JSON cannot be
/// resumed reliably) and returns nullopt; softer problems (a byte order mark, duplicate keys)
/// are reported and parsing goes on. The tree views `text` and `arena`: both must outlive it.
std::optional<Value> parse_json(std::string_view text, const LineIndex& lines,
                                Diagnostics& diagnostics, ValueArena& arena,
                                const ParseLimits& limits = {});

}  // namespace nastavdoc::dataset
