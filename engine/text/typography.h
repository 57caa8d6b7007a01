// The typography pass: the characters a Russian proof-reader expects (documents.md B.2–B.6).
// In: UTF-8 text, one paragraph or a run of one. Out: the same words with «ёлочки» and „лапки“ by
// nesting depth, em and en dashes, no-break spaces, … and collapsed spaces.
// Never changes words, e-mail addresses, URLs, phone numbers, codes or registration numbers;
// never trims (a run's edge spaces belong to its neighbours); idempotent.
#pragma once
#include <string>
#include <string_view>

namespace nastavdoc::text {

/// Applies every typographic rule in one call. Invalid UTF-8 bytes are copied unchanged.
std::string typeset(std::string_view text);

}  // namespace nastavdoc::text
