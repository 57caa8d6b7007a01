#include "engine/text/typography_fast_path.h"

#include "engine/text/typography_words.h"
#include "engine/text/word_forms.h"

#include <array>
#include <cstdint>
#include <cstring>

// The scans read bytes, not code points: every byte they let through is ASCII or half of a
// two-byte Cyrillic letter, and every rule they must not miss starts at a byte they can see.

namespace nastavdoc::text::detail {

namespace {

enum ByteClass : std::uint8_t {
    kOther,     // a byte some rule reads, or one that is not UTF-8 in this place
    kLatin,     // an ASCII letter
    kRoman,     // I V X L C D M: a Roman numeral binds to the word after it (XXI␣в.)
    kCyrillic,  // D0, D1: the lead byte of U+0400–U+047F, all letters
    kSpace,
    kHyphen,
    kColon,
    kDigit,
    kMark,  // , ; ! ? ( ) /: read by no rule but as the edge of a run
};

constexpr std::array<std::uint8_t, 256> kClasses = [] {
    std::array<std::uint8_t, 256> classes{};
    for (int c = 'a'; c <= 'z'; ++c) {
        classes[c] = kLatin;
        classes[c - 32] = kLatin;
    }
    for (const char c : {'I', 'V', 'X', 'L', 'C', 'D', 'M'}) {
        classes[static_cast<unsigned char>(c)] = kRoman;
    }
    classes[0xD0] = classes[0xD1] = kCyrillic;
    classes[' '] = kSpace;
    classes['-'] = kHyphen;
    classes[':'] = kColon;
    for (int c = '0'; c <= '9'; ++c) {
        classes[c] = kDigit;
    }
    for (const char c : {',', ';', '!', '?', '(', ')', '/'}) {
        classes[static_cast<unsigned char>(c)] = kMark;
    }
    return classes;
}();

bool is_continuation(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

std::uint64_t load8(const char* bytes) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, sizeof word);
    return word;
}

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// Some byte of `word` is less than `limit` (at most 128): exact, as in «Bit Twiddling Hacks».
bool has_byte_below(std::uint64_t word, std::uint64_t limit) {
    return ((word - limit * kOnes) & ~word & kHighs) != 0;
}

// Eight bytes without a digit, a '-', or the second byte of т or Т (82 and A2: the same with
// bit 5 clear): nothing there for may_normalize to look at.
bool is_plain_for_normalize(const char* bytes) {
    const std::uint64_t word = load8(bytes);
    return !has_byte_below(word ^ ('0' * kOnes), 10) && !has_byte_below(word ^ ('-' * kOnes), 1) &&
           !has_byte_below((word & (0xDF * kOnes)) ^ (0x82 * kOnes), 1);
}

bool is_ascii_letter(unsigned char b) {
    return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}

// The word of ASCII and two-byte Cyrillic letters that ends at `end` (exclusive).
std::string_view word_before(std::string_view text, std::size_t end) {
    std::size_t begin = end;
    while (begin > 0) {
        const auto b = static_cast<unsigned char>(text[begin - 1]);
        if (is_ascii_letter(b)) {
            --begin;
        } else if (begin >= 2 && is_continuation(b) &&
                   (text[begin - 2] == '\xD0' || text[begin - 2] == '\xD1')) {
            begin -= 2;
        } else {
            break;
        }
    }
    return text.substr(begin, end - begin);
}

// The word of ASCII and two-byte Cyrillic letters that starts at `begin`.
std::string_view word_after(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    while (end < text.size()) {
        const auto b = static_cast<unsigned char>(text[end]);
        if (is_ascii_letter(b)) {
            ++end;
        } else if ((b == 0xD0 || b == 0xD1) && end + 1 < text.size() &&
                   is_continuation(static_cast<unsigned char>(text[end + 1]))) {
            end += 2;
        } else {
            break;
        }
    }
    return text.substr(begin, end - begin);
}

bool is_relation(std::string_view word) {
    constexpr std::size_t kLongest = 24;  // работодатель, in bytes
    if (word.empty() || word.size() > kLongest) {
        return false;
    }
    const LowerWord lower(word);
    return is_relation_word(lower.view());
}

// The hyphen at `pos` joins two names of a relation (ученик-ученик). The Normaliser's words run
// over every letter; when they are longer than these, they hold a letter no relation word has.
bool joins_relation_words(std::string_view text, std::size_t pos) {
    // The word after first: in «ПКС-21» there is none.
    return is_relation(word_after(text, pos + 1)) && is_relation(word_before(text, pos));
}

// «в» or «В» and one or more spaces (' ', '\t', U+00A0, U+202F) before the byte at `pos`.
bool follows_v_and_space(std::string_view text, std::size_t pos) {
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t k = pos;
    bool spaced = false;
    while (true) {
        if (k >= 1 && (at(k - 1) == ' ' || at(k - 1) == '\t')) {
            k -= 1;
        } else if (k >= 2 && at(k - 2) == 0xC2 && at(k - 1) == 0xA0) {
            k -= 2;
        } else if (k >= 3 && at(k - 3) == 0xE2 && at(k - 2) == 0x80 && at(k - 1) == 0xAF) {
            k -= 3;
        } else {
            break;
        }
        spaced = true;
    }
    return spaced && k >= 2 && at(k - 2) == 0xD0 && (at(k - 1) == 0xB2 || at(k - 1) == 0x92);
}

enum NormaliseByte : std::uint8_t { kPlain, kNormDigit, kNormHyphen, kTeSecond };

// The bytes at which a rewrite of normalize_strict may show itself; 0x82 and 0xA2 are the second
// bytes of т (D1 82) and Т (D0 A2).
constexpr std::array<std::uint8_t, 256> kNormaliseBytes = [] {
    std::array<std::uint8_t, 256> bytes{};
    for (int c = '0'; c <= '9'; ++c) {
        bytes[c] = kNormDigit;
    }
    bytes['-'] = kNormHyphen;
    bytes[0x82] = bytes[0xA2] = kTeSecond;
    return bytes;
}();

}  // namespace

// Why nothing else can change such a text: spaces are single U+0020, so none collapses and the
// only rules left are those between neighbours. A word of one to three letters may be a
// preposition, a conjunction, a particle or «N»; a Roman numeral binds to a counted word; every
// rule about numbers needs a space, a letter or a hyphen next to the digits; quotes, periods,
// dashes, №, §, tabs, line breaks and the other spaces are not among the bytes let through; a
// hyphen between two letters is neither a dash, a range nor a code (those need a number beside
// it); «://», '.' and '@' would make a URL or an e-mail address.
bool may_typeset(std::string_view text) {
    const std::size_t n = text.size();
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t letters = 0;  // of the word being read
    bool roman = true;
    bool has_digit = false;
    bool has_other = false;  // a space, a letter or a hyphen
    std::size_t i = 0;
    while (i < n) {
        const std::uint8_t kind = kClasses[at(i)];
        if (kind == kCyrillic) {
            roman = false;
            while (i + 8 <= n && is_four_cyrillic_letters(text.data() + i)) {
                letters += 4;
                i += 8;
            }
            if (i < n && kClasses[at(i)] == kCyrillic) {
                if (i + 1 == n || !is_continuation(at(i + 1))) {
                    return true;
                }
                ++letters;
                i += 2;
            }
            continue;
        }
        if (kind == kLatin || kind == kRoman) {
            ++letters;
            roman = roman && kind == kRoman;
            ++i;
            continue;
        }
        const bool after_letter = letters > 0;
        if (after_letter) {
            if (letters <= 3 || roman) {
                return true;
            }
            has_other = true;
            letters = 0;
            roman = true;
        }
        switch (kind) {
            case kSpace:
                if (i + 1 < n && at(i + 1) == ' ') {
                    return true;
                }
                has_other = true;
                break;
            case kHyphen:
                if (!after_letter || i + 1 == n ||
                    (kClasses[at(i + 1)] != kLatin && kClasses[at(i + 1)] != kRoman &&
                     kClasses[at(i + 1)] != kCyrillic)) {
                    return true;
                }
                has_other = true;
                break;
            case kColon:
                if (i + 1 < n && at(i + 1) == '/') {
                    return true;
                }
                break;
            case kDigit:
                has_digit = true;
                break;
            case kMark:
                break;
            default:
                return true;
        }
        ++i;
    }
    if (letters > 0 && (letters <= 3 || roman)) {
        return true;
    }
    return has_digit && (has_other || letters > 0);
}

// What each matcher of the Normaliser needs at some byte, in UTF-8:
//   quoted_day            an opening quote (" « „ “, last byte '"' AB 9E 9C) just before a digit;
//   numeric dates, list numbers, year ranges, date_with_goda
//                         a digit just before '.', '-' or a space (' ', '\t', U+00A0 = C2 A0,
//                         U+202F = E2 80 AF);
//   v_techenii            «в», spaces and «течении» in any case: т or Т (D1 82, D0 A2) just
//                         before е or Е (D0 B5, D0 95), the only letters to_lower_char folds to
//                         them, after в or В (D0 B2, D0 92) and spaces;
//   relation_hyphen       '-' between two relation words.
bool may_normalize(std::string_view text) {
    const std::size_t n = text.size();
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t checked = 0;  // bytes before this are plain or looked at one by one
    for (std::size_t i = 0; i < n; ++i) {
        if (i == checked) {
            while (i + 8 <= n && is_plain_for_normalize(text.data() + i)) {
                i += 8;
            }
            checked = i + 8;
            if (i >= n) {
                break;
            }
        }
        switch (kNormaliseBytes[at(i)]) {
            case kPlain:
                break;
            case kNormDigit: {
                if (i > 0) {
                    const unsigned char before = at(i - 1);
                    if (before == '"' || before == 0xAB || before == 0x9E || before == 0x9C) {
                        return true;
                    }
                }
                if (i + 1 < n) {
                    const unsigned char after = at(i + 1);
                    if (after == '.' || after == '-' || after == ' ' || after == '\t' ||
                        after == 0xC2 || after == 0xE2) {
                        return true;
                    }
                }
                break;
            }
            case kNormHyphen:
                if (joins_relation_words(text, i)) {
                    return true;
                }
                break;
            case kTeSecond:
                if (i >= 1 && i + 2 < n &&
                    ((at(i) == 0x82 && at(i - 1) == 0xD1) ||
                     (at(i) == 0xA2 && at(i - 1) == 0xD0)) &&
                    at(i + 1) == 0xD0 && (at(i + 2) == 0xB5 || at(i + 2) == 0x95) &&
                    follows_v_and_space(text, i - 1)) {
                    return true;
                }
                break;
            default:
                break;
        }
    }
    return false;
}

// When may_typeset lets a text through, digits stand only in a text without letters, spaces or
// hyphens, and no word is «в»: of the rewrites of normalize_strict only relation_hyphen can
// start there.
bool may_change(std::string_view text, TextMode mode) {
    if (may_typeset(text)) {
        return true;
    }
    if (mode == TextMode::Verbatim) {
        return false;
    }
    for (std::size_t pos = text.find('-'); pos != std::string_view::npos;
         pos = text.find('-', pos + 1)) {
        if (joins_relation_words(text, pos)) {
            return true;
        }
    }
    return false;
}

}  // namespace nastavdoc::text::detail
