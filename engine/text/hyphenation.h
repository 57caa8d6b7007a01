// Hyphenation points for the PDF layout: libhyphen with Debian's Russian patterns (hyphen-ru),
// converted to UTF-8 at build time into the build tree (data/text/nastavdoc_hyph_ru_utf8.dic).
// Never hyphenates proper names, initials, abbreviations, words with digits or hyphens.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::text {

class Hyphenator {
public:
    /// The shared instance. Looks in $NASTAVDOC_DATA_DIR first, then in the build tree; throws
    /// nastavdoc::Error (code "environment.hyphenation-dictionary") when the file is missing.
    static const Hyphenator& instance();

    /// Loads a UTF-8 pattern file; throws nastavdoc::Error when it cannot.
    explicit Hyphenator(const std::string& dictionary_path);
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    /// Byte offsets inside `word` where a hyphen may go: at least two letters on each side, never
    /// before ь ъ й; none for capitalised words, ALL CAPS, words with digits, periods or hyphens.
    std::vector<std::size_t> break_points(std::string_view word) const;

    /// Every break point of every word of `text` marked with `mark`.
    std::string hyphenate(std::string_view text, std::string_view mark = "-") const;

private:
    struct Patterns;
    std::unique_ptr<Patterns> patterns_;
};

}  // namespace nastavdoc::text
