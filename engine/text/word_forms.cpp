#include "engine/text/word_forms.h"

#include "engine/base/utf8.h"

namespace nastavdoc::text::detail {

namespace {

// utf8::decode with ASCII and two-byte sequences (all of Cyrillic) inline.
std::size_t decode_char(std::string_view text, std::size_t i, char32_t& c) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
        c = b0;
        return 1;
    }
    if (b0 >= 0xC2 && b0 < 0xE0 && i + 1 < text.size()) {
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        if ((b1 & 0xC0) != 0x80) {
            return 0;
        }
        c = (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3F);
        return 2;
    }
    return utf8::decode(text, i, c);
}

}  // namespace

LowerWord::LowerWord(std::string_view word, std::size_t tail) {
    // Keep the tail: endings decide everything.
    tail = tail < data_.size() ? tail : data_.size();
    std::size_t from = 0;
    if (word.size() > tail) {
        from = word.size() - tail;
        while (from < word.size() && (static_cast<unsigned char>(word[from]) & 0xC0) == 0x80) {
            ++from;
        }
    }
    for (std::size_t i = from; i < word.size();) {
        const auto b0 = static_cast<unsigned char>(word[i]);
        if (b0 < 0x80) {
            data_[size_++] = static_cast<char>(b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0);
            ++i;
            continue;
        }
        if (i + 1 < word.size() && (b0 == 0xD0 || b0 == 0xD1)) {
            const auto b1 = static_cast<unsigned char>(word[i + 1]);
            if (b0 == 0xD0 && b1 >= 0x90 && b1 <= 0x9F) {  // А–П
                data_[size_++] = static_cast<char>(0xD0);
                data_[size_++] = static_cast<char>(b1 + 0x20);
            } else if (b0 == 0xD0 && b1 >= 0xA0 && b1 <= 0xAF) {  // Р–Я
                data_[size_++] = static_cast<char>(0xD1);
                data_[size_++] = static_cast<char>(b1 - 0x20);
            } else if (b0 == 0xD0 && b1 == 0x81) {  // Ё
                data_[size_++] = static_cast<char>(0xD1);
                data_[size_++] = static_cast<char>(0x91);
            } else {
                data_[size_++] = static_cast<char>(b0);
                data_[size_++] = static_cast<char>(b1);
            }
            i += 2;
            continue;
        }
        data_[size_++] = static_cast<char>(b0);
        ++i;
    }
}

std::size_t char_count(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) {
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

std::size_t drop_last_chars(std::string_view text, std::size_t n) {
    std::size_t end = text.size();
    while (n > 0 && end > 0) {
        --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
            --end;
        }
        --n;
    }
    return end;
}

char32_t last_char(std::string_view text) {
    if (text.empty()) {
        return 0;
    }
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
        --start;
    }
    char32_t c = 0;
    return utf8::decode(text, start, c) != 0 ? c : 0;
}

char32_t first_char(std::string_view text) {
    char32_t c = 0;
    return !text.empty() && decode_char(text, 0, c) != 0 ? c : 0;
}

bool is_cyrillic_upper(char32_t c) {
    return (c >= 0x410 && c <= 0x42F) || c == 0x401;
}
bool is_cyrillic_lower(char32_t c) {
    return (c >= 0x430 && c <= 0x44F) || c == 0x451;
}
bool is_cyrillic_letter(char32_t c) {
    return c >= 0x400 && c <= 0x52F;
}

bool is_letter(char32_t c) {
    if (c < 0x80) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (c >= 0xC0 && c <= 0x24F) {
        return c != 0xD7 && c != 0xF7;
    }
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x52F);
}

char32_t to_lower_char(char32_t c) {
    if (c >= 0x410 && c <= 0x42F) {
        return c + 0x20;
    }
    if (c == 0x401) {
        return 0x451;
    }
    if (c >= 'A' && c <= 'Z') {
        return c + 32;
    }
    return c;
}

char32_t to_upper_char(char32_t c) {
    if (c >= 0x430 && c <= 0x44F) {
        return c - 0x20;
    }
    if (c == 0x451) {
        return 0x401;
    }
    if (c >= 'a' && c <= 'z') {
        return c - 32;
    }
    return c;
}

bool is_all_caps(std::string_view word) {
    int letters = 0;
    for (std::size_t i = 0; i < word.size();) {
        char32_t c = 0;
        const std::size_t n = decode_char(word, i, c);
        if (n == 0) {
            return false;
        }
        i += n;
        if (is_cyrillic_lower(c) || (c >= 'a' && c <= 'z')) {
            return false;
        }
        if (is_cyrillic_upper(c) || (c >= 'A' && c <= 'Z')) {
            ++letters;
        }
    }
    return letters >= 2;
}

void append_ending(std::string& out, std::string_view ending, bool upper) {
    if (!upper) {
        out.append(ending);
        return;
    }
    for (std::size_t i = 0; i < ending.size();) {
        char32_t c = 0;
        const std::size_t n = utf8::decode(ending, i, c);
        if (n == 0) {
            out.append(ending.substr(i));
            return;
        }
        utf8::append(out, to_upper_char(c));
        i += n;
    }
}

void apply_mod(std::string& out, std::string_view word, std::string_view mod) {
    if (mod == ".") {
        out.append(word);
        return;
    }
    std::size_t drop = 0;
    while (drop < mod.size() && mod[drop] == '-') {
        ++drop;
    }
    out.append(word.substr(0, drop_last_chars(word, drop)));
    append_ending(out, mod.substr(drop), is_all_caps(word));
}

}  // namespace nastavdoc::text::detail
