// Internal to text/. The byte scans that let `normalize_strict`, `typeset` and the model pass hand
// a string back untouched without decoding it: most strings of a document (names, positions)
// need nothing. Each scan is conservative: false means "no rule can apply", true means "run the
// rules". The full passes stay callable so that a test holds the two paths to the same output.
#pragma once
#include "engine/text/typography.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::text::detail {

/// The eight bytes at `bytes` are four two-byte letters U+0400–U+047F (D0 or D1, then 80–BF),
/// tested at once: most of a Russian text is such runs. Reads eight bytes.
inline bool is_four_cyrillic_letters(const char* bytes) {
    constexpr std::array<unsigned char, 8> kMask = {0xFE, 0xC0, 0xFE, 0xC0, 0xFE, 0xC0, 0xFE, 0xC0};
    constexpr std::array<unsigned char, 8> kBits = {0xD0, 0x80, 0xD0, 0x80, 0xD0, 0x80, 0xD0, 0x80};
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, sizeof word);
    return (word & std::bit_cast<std::uint64_t>(kMask)) == std::bit_cast<std::uint64_t>(kBits);
}

/// False when no rewrite of normalize_strict can start anywhere in `text`.
bool may_normalize(std::string_view text);

/// False when `typeset` (in either mode) returns `text` unchanged: words of four letters or more
/// (Cyrillic or Latin, none a Roman numeral), single spaces, hyphens inside words, a few marks
/// that no rule reads (, ; : ! ? ( ) /), and digits only in a text without letters or spaces.
bool may_typeset(std::string_view text);

/// False when the model pass (`typeset_model_text`) returns `text` unchanged in `mode`; such a
/// text is also valid UTF-8.
bool may_change(std::string_view text, TextMode mode);

/// normalize_strict without the scan: every matcher tried at every word start.
std::string normalize_strict_full(std::string_view text, std::vector<Normalisation>* found);

/// typeset without the scan: the text tokenized and every rule applied.
std::string typeset_full(std::string_view text, TextMode mode);

}  // namespace nastavdoc::text::detail
