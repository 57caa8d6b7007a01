// Internal to template/. "Did you mean …?" hints: the closest candidate by edit distance.
#pragma once
#include "engine/base/diagnostics.h"

#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::tmpl {

/// The candidate nearest to `word` (at most a third of its length away), or empty.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// `did you mean 'x'?` when a candidate is close, else nothing; appended to `hints`.
void add_suggestion(std::vector<std::string>& hints, std::string_view word,
                    const std::vector<std::string>& candidates);

/// Reports an error with hints (Diagnostics::error takes a JSON path, not hints).
void report_error(Diagnostics& diagnostics, std::string code, std::string message,
                  const SourceSpan& span, std::vector<std::string> hints);

}  // namespace nastavdoc::tmpl
