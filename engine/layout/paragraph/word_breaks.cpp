// Break opportunities inside one word, in order of preference: after the hyphen or dash of a
// compound («педагог-|психолог», «2021–|2022»), inside an e-mail address or a URL (after '@',
// '/', '_', '-', before '.'), and the hyphenation points of engine/text in each lower-case
// Russian part of the word. Never at U+2011 (no-break hyphen). Text is never changed here: the
// breaks are byte offsets, so copying text from the PDF still gives the address.
#include "engine/base/utf8.h"
#include "engine/layout/paragraph/paragraph.h"
#include "engine/text/hyphenation.h"

#include <algorithm>

namespace nastavdoc::layout {

namespace {

bool is_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0x0400 && c <= 0x04FF);
}

bool has_vowel(std::string_view text) {
    static constexpr std::u32string_view kVowels = U"аеёиоуыэюяАЕЁИОУЫЭЮЯaeiouyAEIOUY";
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = 0;
        const std::size_t length = utf8::decode(text, pos, c);
        if (length == 0) {
            return false;
        }
        if (kVowels.find(c) != std::u32string_view::npos) {
            return true;
        }
        pos += length;
    }
    return false;
}

// The length in bytes of an explicit hyphen or dash at `i` (0 when there is none there).
std::size_t dash_length(std::string_view word, std::size_t i) {
    if (word[i] == '-') {
        return 1;
    }
    if (i + 2 < word.size() && word.compare(i, 2, "\xE2\x80") == 0 &&
        (word[i + 2] == '\x93' || word[i + 2] == '\x94')) {
        return 3;  // – or —
    }
    return 0;
}

bool is_opening_wrapper(char32_t c) {
    static constexpr std::u32string_view kOpening = U"\"'([<«„“";
    return kOpening.find(c) != std::u32string_view::npos;
}

bool is_closing_wrapper(char32_t c) {
    static constexpr std::u32string_view kClosing = U"\"'.,;:!?)]>»“”";
    return kClosing.find(c) != std::u32string_view::npos;
}

struct Span {
    std::size_t begin = 0, end = 0;
};

// The word without the quotes, brackets and final punctuation around it.
Span strip_wrappers(std::string_view word) {
    Span core{0, word.size()};
    char32_t c = 0;
    std::size_t length = 0;
    while (core.begin < core.end && (length = utf8::decode(word, core.begin, c)) > 0 &&
           is_opening_wrapper(c)) {
        core.begin += length;
    }
    while (core.end > core.begin) {
        std::size_t start = core.end - 1;
        while (start > core.begin && (static_cast<unsigned char>(word[start]) & 0xC0) == 0x80) {
            --start;
        }
        if (utf8::decode(word, start, c) == 0 || !is_closing_wrapper(c)) {
            break;
        }
        core.end = start;
    }
    return core;
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// mo_technolyceum@mosreg.ru, школа@мойсайт.рф, https://kerch-school.ru/docs, www.edu.ru.
bool is_address(std::string_view core) {
    if (core.find("://") != std::string_view::npos || starts_with(core, "www.")) {
        return true;
    }
    const std::size_t at = core.find('@');
    return at != std::string_view::npos && at > 0 && core.find('@', at + 1) == std::string::npos &&
           core.find('.', at + 2) != std::string_view::npos;
}

void address_breaks(std::string_view word, Span core, std::vector<WordBreak>& out) {
    for (std::size_t i = core.begin + 1; i < core.end; ++i) {
        const char before = word[i - 1];
        const char here = word[i];
        if (before == '@' || (before == '/' && here != '/')) {
            out.push_back({i, WordBreakKind::Address});
        } else if (before == '_' || before == '-' ||
                   (here == '.' && before != '/' && before != '.' && i + 1 < core.end)) {
            out.push_back({i, WordBreakKind::AddressMinor});
        }
    }
}

// Hyphenation points of one part of a compound; each side keeps a vowel (no «пр-едседатель»).
void hyphenation_breaks(std::string_view word, Span part, std::vector<WordBreak>& out) {
    const std::string_view text = word.substr(part.begin, part.end - part.begin);
    for (const std::size_t point : text::Hyphenator::instance().break_points(text)) {
        if (has_vowel(text.substr(0, point)) && has_vowel(text.substr(point))) {
            out.push_back({part.begin + point, WordBreakKind::Hyphenation});
        }
    }
}

// A part of a word to hyphenate: its letters only, punctuation around them left out.
Span letters_of(std::string_view word, Span part) {
    Span letters = part;
    char32_t c = 0;
    std::size_t length = 0;
    while (letters.begin < letters.end && (length = utf8::decode(word, letters.begin, c)) > 0 &&
           !is_letter(c)) {
        letters.begin += length;
    }
    while (letters.end > letters.begin) {
        std::size_t start = letters.end - 1;
        while (start > letters.begin && (static_cast<unsigned char>(word[start]) & 0xC0) == 0x80) {
            --start;
        }
        if (utf8::decode(word, start, c) == 0 || is_letter(c)) {
            break;
        }
        letters.end = start;
    }
    return letters;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// A dash that must not end a line: a short numeric range («2021–2024», «5–9», not two full
// dates «01.09.2021–31.05.2022») or an ordinal ending («1-й», «10-го»).
bool holds_together(std::string_view word, Span core, std::size_t i, std::size_t length) {
    std::size_t before = 0;
    while (i - before > core.begin && is_digit(word[i - before - 1])) {
        ++before;
    }
    if (before == 0 || before > 4 || (i - before > core.begin && word[i - before - 1] == '.')) {
        return false;
    }
    const std::size_t after_begin = i + length;
    std::size_t digits = 0;
    while (after_begin + digits < core.end && is_digit(word[after_begin + digits])) {
        ++digits;
    }
    if (digits > 0) {
        return digits <= 4 &&
               (after_begin + digits == core.end || word[after_begin + digits] != '.');
    }
    // An ordinal ending: up to three letters to the end of the word.
    std::size_t letters = 0;
    std::size_t pos = after_begin;
    char32_t c = 0;
    std::size_t step = 0;
    while (pos < core.end && (step = utf8::decode(word, pos, c)) > 0 && is_letter(c)) {
        ++letters;
        pos += step;
    }
    return pos == core.end && letters > 0 && letters <= 3;
}

}  // namespace

std::vector<WordBreak> word_breaks(std::string_view word, bool hyphenate) {
    std::vector<WordBreak> out;
    const Span core = strip_wrappers(word);
    if (core.begin >= core.end) {
        return out;
    }
    if (is_address(word.substr(core.begin, core.end - core.begin))) {
        address_breaks(word, core, out);
        return out;
    }
    // A compound breaks after its hyphen or dash, which stays at the line's end and is not
    // repeated («учитель-|наставник», «01.09.2021–|31.05.2022»), except in a short numeric range
    // or an ordinal («2021–2024», «1-й»); each part may be hyphenated.
    std::size_t part_begin = core.begin;
    for (std::size_t i = core.begin; i < core.end; ++i) {
        const std::size_t length = dash_length(word, i);
        if (length == 0) {
            continue;
        }
        if (hyphenate) {
            hyphenation_breaks(word, letters_of(word, {part_begin, i}), out);
        }
        if (i > core.begin && i + length < core.end && !holds_together(word, core, i, length)) {
            out.push_back({i + length, WordBreakKind::Compound});
        }
        part_begin = i + length;
        i += length - 1;
    }
    if (hyphenate) {
        hyphenation_breaks(word, letters_of(word, {part_begin, core.end}), out);
    }
    std::sort(out.begin(), out.end(),
              [](const WordBreak& a, const WordBreak& b) { return a.offset < b.offset; });
    return out;
}

}  // namespace nastavdoc::layout
