// Internal to template/. The expression language inside `{{ … }}`, `if="…"` and `for="x in …"`:
// dotted paths, string and number literals, comparisons, and/or/not, parentheses and filters
// with arguments after `|`.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/base/line_index.h"
#include "engine/template/syntax.h"

#include <cstddef>
#include <string_view>

namespace nastavdoc::tmpl {

/// Parses `source`, which starts at byte `offset` of the file `lines` describes. Returns nullptr
/// after reporting `template.syntax` when the text is not an expression.
ExprPtr parse_expression(std::string_view source, std::size_t offset, const LineIndex& lines,
                         Diagnostics& diagnostics);

/// Splits text into literal pieces and `{{ expr }}` holes (an unclosed `{{` is a diagnostic).
Interpolated parse_interpolated(std::string_view source, std::size_t offset, const LineIndex& lines,
                                Diagnostics& diagnostics);

/// Prints an expression back in its canonical form (for messages and tests).
std::string to_source(const Expr& expr);

}  // namespace nastavdoc::tmpl
