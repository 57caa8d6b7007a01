// Internal to text/. Small helpers over UTF-8 Russian words shared by the declension rules:
// case folding of Cyrillic without ICU (the hot path), endings and the rewriting of endings.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace nastavdoc::text::detail {

/// A word folded to lower case (Cyrillic and ASCII only; other bytes copied), in a fixed buffer
/// so the declension path does not allocate. Longer words are truncated at a character boundary
/// from the left, which keeps their ending.
class LowerWord {
public:
    /// Folds the last `tail` bytes at most (rounded to a character boundary).
    explicit LowerWord(std::string_view word, std::size_t tail = 96);
    std::string_view view() const { return {data_.data() + start_, size_ - start_}; }

private:
    std::array<char, 96> data_;  // only [start_, size_) is ever read
    std::size_t start_ = 0;
    std::size_t size_ = 0;
};

inline bool ends_with(std::string_view text, std::string_view suffix) {
    // The last byte first: in Cyrillic it names the letter, and most tests fail there.
    return text.size() >= suffix.size() && (suffix.empty() || text.back() == suffix.back()) &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// Number of code points in valid UTF-8 (continuation bytes are skipped).
std::size_t char_count(std::string_view text);

/// Byte length of `text` without its last `n` code points (0 when it has fewer).
std::size_t drop_last_chars(std::string_view text, std::size_t n);

/// The last code point of `text` (0 when empty or malformed).
char32_t last_char(std::string_view text);
/// The first code point of `text` (0 when empty or malformed).
char32_t first_char(std::string_view text);

bool is_cyrillic_upper(char32_t c);
bool is_cyrillic_lower(char32_t c);
bool is_cyrillic_letter(char32_t c);
bool is_letter(char32_t c);  // Latin, Greek and Cyrillic letters and combining marks
char32_t to_lower_char(char32_t c);
char32_t to_upper_char(char32_t c);

/// True when every letter of `word` is a capital and it has at least two letters (УВР, ГБПОУ).
bool is_all_caps(std::string_view word);

/// Appends `ending` in upper case when `upper` (for words written in capitals), else as is.
void append_ending(std::string& out, std::string_view ending, bool upper);

/// An ending rule in the manner of petrovich: `mod` is "." for "unchanged", else some '-' (each
/// removes one letter) followed by the letters to add ("--ой": Ивановa -> Ивановой).
void apply_mod(std::string& out, std::string_view word, std::string_view mod);

}  // namespace nastavdoc::text::detail
