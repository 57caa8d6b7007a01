#include "engine/text/hyphenation.h"

#include "engine/base/diagnostics.h"
#include "engine/base/utf8.h"
#include "engine/text/word_forms.h"

#include <cstdlib>
#include <filesystem>
#include <hyphen.h>
#include <memory>

#ifndef NASTAVDOC_TEXT_DATA_DIR
#define NASTAVDOC_TEXT_DATA_DIR ""
#endif

namespace nastavdoc::text {

namespace {

constexpr const char* kDictionaryName = "nastavdoc_hyph_ru_utf8.dic";

// documents.md B.7 and libraries.md section 5: two letters at least on each side.
constexpr std::size_t kLeftMin = 2;
constexpr std::size_t kRightMin = 2;

std::string find_dictionary() {
    namespace fs = std::filesystem;
    std::error_code error;
    if (const char* dir = std::getenv("NASTAVDOC_DATA_DIR"); dir != nullptr && *dir != '\0') {
        for (const fs::path& candidate :
             {fs::path(dir) / kDictionaryName, fs::path(dir) / "text" / kDictionaryName}) {
            if (fs::is_regular_file(candidate, error)) {
                return candidate.string();
            }
        }
    }
    const fs::path built = fs::path(NASTAVDOC_TEXT_DATA_DIR) / kDictionaryName;
    if (fs::is_regular_file(built, error)) {
        return built.string();
    }
    throw_environment_error("environment.hyphenation-dictionary",
                            "the Russian hyphenation patterns are missing (rebuild, or set "
                            "NASTAVDOC_DATA_DIR to the folder that holds " +
                                std::string(kDictionaryName) + ")",
                            built.string());
}

// Only plain lower-case Russian words are hyphenated: a capital marks a proper name or an
// abbreviation, a digit, period or hyphen a code, an initial or a compound (documents.md B.7).
bool is_hyphenatable(std::string_view word) {
    std::size_t letters = 0;
    for (std::size_t i = 0; i < word.size();) {
        char32_t c = 0;
        const std::size_t n = utf8::decode(word, i, c);
        if (n == 0 || !detail::is_cyrillic_lower(c)) {
            return false;
        }
        i += n;
        ++letters;
    }
    return letters >= kLeftMin + kRightMin;
}

bool is_word_char(char32_t c) {
    return detail::is_letter(c) || (c >= '0' && c <= '9');
}

}  // namespace

struct Hyphenator::Patterns {
    HyphenDict* dict = nullptr;
};

const Hyphenator& Hyphenator::instance() {
    static const Hyphenator hyphenator(find_dictionary());
    return hyphenator;
}

Hyphenator::Hyphenator(const std::string& dictionary_path)
    : patterns_(std::make_unique<Patterns>()) {
    // libhyphen leaks a little when it cannot open the file: look first.
    std::error_code error;
    if (std::filesystem::is_regular_file(dictionary_path, error)) {
        patterns_->dict = hnj_hyphen_load(dictionary_path.c_str());
    }
    if (patterns_->dict == nullptr) {
        throw_environment_error("environment.hyphenation-dictionary",
                                "cannot load the hyphenation patterns", dictionary_path);
    }
}

Hyphenator::~Hyphenator() {
    hnj_hyphen_free(patterns_->dict);
}

std::vector<std::size_t> Hyphenator::break_points(std::string_view word) const {
    std::vector<std::size_t> points;
    if (!is_hyphenatable(word) || word.size() > 200) {
        return points;
    }
    std::string buffer(word);
    std::vector<char> hyphens(word.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    // With a UTF-8 dictionary libhyphen 2.8 indexes `hyphens` by letter, not by byte: an odd
    // value at letter k allows a break after it (checked on hyph_ru_RU; libraries.md section 5
    // says bytes, which holds for the `hyphword` output only).
    const int failed = hnj_hyphen_hyphenate3(
        patterns_->dict, buffer.c_str(), static_cast<int>(buffer.size()), hyphens.data(), nullptr,
        &rep, &pos, &cut, static_cast<int>(kLeftMin), static_cast<int>(kRightMin), 0, 0);
    if (rep != nullptr) {
        for (std::size_t i = 0; i < word.size(); ++i) {
            std::free(rep[i]);
        }
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    if (failed != 0) {
        return points;
    }
    const std::size_t total = detail::char_count(word);
    std::size_t letter = 0;
    for (std::size_t i = 0; i < word.size(); ++letter) {
        char32_t c = 0;
        i += utf8::decode(word, i, c);
        const std::size_t letters_before = letter + 1;
        if ((hyphens[letter] & 1) == 0 || letters_before < kLeftMin ||
            total - letters_before < kRightMin) {
            continue;
        }
        const char32_t after = detail::first_char(word.substr(i));
        if (after == U'ь' || after == U'ъ' || after == U'й') {
            continue;
        }
        points.push_back(i);
    }
    return points;
}

std::string Hyphenator::hyphenate(std::string_view text, std::string_view mark) const {
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = 0;
        std::size_t n = utf8::decode(text, i, c);
        if (n == 0 || !is_word_char(c)) {
            out.append(text.substr(i, n == 0 ? 1 : n));
            i += n == 0 ? 1 : n;
            continue;
        }
        // A word: letters and digits, with periods and hyphens inside (т.е, учитель-логопед).
        std::size_t end = i;
        while (end < text.size()) {
            n = utf8::decode(text, end, c);
            if (n > 0 && is_word_char(c)) {
                end += n;
                continue;
            }
            char32_t d = 0;
            if (n == 1 && (c == '.' || c == '-') && end + 1 < text.size() &&
                utf8::decode(text, end + 1, d) > 0 && is_word_char(d)) {
                end += 1;
                continue;
            }
            break;
        }
        const std::string_view word = text.substr(i, end - i);
        std::size_t copied = 0;
        for (const std::size_t point : break_points(word)) {
            out.append(word.substr(copied, point - copied));
            out.append(mark);
            copied = point;
        }
        out.append(word.substr(copied));
        i = end;
    }
    return out;
}

}  // namespace nastavdoc::text
