// Inline content of a paragraph: runs of text with character style, and the few inline objects
// a Russian official form needs (line break, tab, checkbox, a blank to fill by hand).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace nastavdoc::model {

struct CharStyle {
    bool bold = false;
    bool italic = false;
    bool underline = false;
    double size_pt = 0;  // 0: the paragraph style's size
    bool operator==(const CharStyle&) const = default;
};

enum class InlineKind : std::uint8_t {
    Text,       // `text` in `style`; may hold U+00A0 (no-break space) and U+2011 (no-break hyphen)
    LineBreak,  // a line break inside the paragraph (multi-line requisites only)
    Tab,        // to the next tab stop (rare; signatures use their own block)
    Checkbox,   // ☐ / ☒ in questionnaires and consents
    Blank,      // a line to fill by hand: `width_mm` of underline, `text` printed under it if any
};

struct Inline {
    InlineKind kind = InlineKind::Text;
    std::string text;
    CharStyle style;
    bool checked = false;  // Checkbox
    double width_mm = 0;   // Blank
};

using Inlines = std::vector<Inline>;

/// The plain text of inline content (line breaks as '\n', checkboxes as ☐/☒, blanks as '_').
std::string plain_text(const Inlines& inlines);

/// Appends text with a style, merging with the previous run when the style is the same.
void append_text(Inlines& inlines, std::string_view text, const CharStyle& style = {});

}  // namespace nastavdoc::model
