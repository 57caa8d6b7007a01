// Internal to template/. "Did you mean …?" hints: the closest candidate by edit distance.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::tmpl {

/// The candidate nearest to `word` (at most a third of its length away), or empty.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// `did you mean 'x'?` when a candidate is close, else nothing; appended to `hints`.
void add_suggestion(std::vector<std::string>& hints, std::string_view word,
                    const std::vector<std::string>& candidates);

}  // namespace nastavdoc::tmpl
