// Internal to layout/.
// A paragraph goes collect_runs -> break_lines -> justify -> place_lines (measure shapes text for
// collect_runs). Items follow Knuth and Plass: boxes (unbreakable material), glue (spaces that
// stretch and shrink) and penalties (possible breaks: hyphens, forced line ends).
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/fonts/font_book.h"
#include "engine/layout/fragment.h"
#include "engine/model/inline.h"
#include "engine/model/style.h"

#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nastavdoc::layout {

inline constexpr double kInfinitePenalty = 10000;

enum class ItemKind : std::uint8_t { Box, Glue, Penalty };
enum class ObjectKind : std::uint8_t { None, Checkbox, Blank };

struct Item {
    ItemKind kind = ItemKind::Box;
    double width_pt = 0;
    double stretch_pt = 0, shrink_pt = 0;  // Glue
    double penalty = 0;                    // Penalty: cost of breaking here
    bool flagged = false;                  // Penalty: a hyphen is printed when broken here
    // Box: glyphs of one face and size, x from the box's start; or an inline object.
    fonts::FontId font = 0;
    double size_pt = 12;
    std::vector<PositionedGlyph> glyphs;
    ObjectKind object = ObjectKind::None;
    bool checked = false;
    std::string caption;  // Blank: printed small under the rule
};

/// Shaped text: glyphs with kerning, and the font fallback (PT Serif) where a face lacks one.
struct ShapedText {
    struct Piece {
        fonts::FontId font = 0;
        std::vector<PositionedGlyph> glyphs;
        double width_pt = 0;
    };
    std::vector<Piece> pieces;  // one per face used, in order
    double width_pt = 0;
};
ShapedText shape_text(const fonts::FontBook& fonts, fonts::FontId font, double size_pt,
                      std::string_view utf8);

/// Everything collect_runs needs to know about the paragraph's type.
struct TextStyle {
    fonts::Family family = fonts::Family::Serif;
    double size_pt = 14;
    bool bold = false, italic = false, caps = false;
    bool hyphenate = false;
    // > 0: words wider than this are hyphenated even when `hyphenate` is false or they are
    // capitalised (the second try for a paragraph with an overfull line).
    double hyphenate_wider_than_pt = 0;
};

/// Where a line may end inside a word (a run of text without spaces).
enum class WordBreakKind : std::uint8_t {
    Hyphenation,   // a hyphen is printed at the line's end
    Compound,      // after the word's own hyphen or dash: nothing is added
    Address,       // after '@' or '/' of an e-mail or URL: nothing is added, dearer than a space
    AddressMinor,  // before '.', after '_' or '-' of an e-mail or URL: dearer still
};
struct WordBreak {
    std::size_t offset = 0;  // bytes into the word: the line ends before this byte
    WordBreakKind kind = WordBreakKind::Hyphenation;
};

/// Break opportunities inside `word`, in byte order: after a compound's hyphen or dash (never
/// U+2011), after '@' '/' '_' '-' and before '.' of an e-mail or URL, and, when `hyphenate`,
/// the Russian hyphenation points of each lower-case part (two letters at least on each side).
std::vector<WordBreak> word_breaks(std::string_view word, bool hyphenate);

/// The items of words already collected (shaped, with their break points), for paragraphs that
/// share words: by the word's text, face, size and the hyphenation settings that apply to it.
/// Bounded: emptied past kMaxBytes.
struct WordCache {
    static constexpr std::size_t kMaxBytes = 4 << 20;
    std::unordered_map<std::string, std::vector<Item>> words;
    std::string key;  // reused
    std::size_t bytes = 0;
};

/// `words` (may be null) holds the items of words seen before.
std::vector<Item> collect_runs(const model::Inlines& inlines, const TextStyle& style,
                               const fonts::FontBook& fonts, WordCache* words = nullptr);

/// Line widths: the first line may be shorter (first-line indent).
struct Measure {
    double first_pt = 0;
    double rest_pt = 0;
    double at(std::size_t line) const { return line == 0 ? first_pt : rest_pt; }
};

struct BreakResult {
    std::vector<std::size_t> breaks;  // item index of each line's end (the last is the end)
    int overfull_lines = 0;
};

/// Total-fit line breaking (Knuth–Plass): minimises the sum of demerits over the paragraph.
/// Falls back to overfull lines only when no feasible set of breaks exists.
BreakResult break_lines(const std::vector<Item>& items, const Measure& measure);

struct LineSpec {
    std::size_t begin = 0, end = 0;  // items [begin, end) on the line, discardables trimmed
    double ratio = 0;                // glue adjustment: >0 stretch, <0 shrink
    double natural_pt = 0;           // width before adjustment
    bool hyphenated = false;         // ends at a flagged penalty
};

/// The last resort (CSS overflow-wrap: anywhere): every stretch with no break opportunity that is
/// wider than `width_pt` may break between any two of its glyphs, with no hyphen added.
std::vector<Item> add_emergency_breaks(const std::vector<Item>& items, double width_pt,
                                       const fonts::FontBook& fonts);

/// Turns breaks into lines with the glue ratio of each (0 for the last line and ragged text).
std::vector<LineSpec> justify(const std::vector<Item>& items, const BreakResult& breaks,
                              const Measure& measure, model::Align align);

struct LineGeometry {
    double indent_first_pt = 0, indent_rest_pt = 0;  // from the left of the text area
    double line_height_pt = 0;                       // single spacing × line spacing
    double ascent_pt = 0;                            // baseline from the top of a line
};

/// One fragment per line, x from the left of the text area.
std::vector<Fragment> place_lines(const std::vector<Item>& items,
                                  const std::vector<LineSpec>& lines, const Measure& measure,
                                  model::Align align, const LineGeometry& geometry,
                                  const fonts::FontBook& fonts);

/// The lines of a paragraph, and whether one of them is still wider than its column.
struct SetParagraph {
    std::vector<Fragment> lines;
    bool overfull = false;
};
/// layout_paragraph without the warning.
SetParagraph set_paragraph(const model::Inlines& inlines, const model::ParagraphStyle& style,
                           fonts::Family family, double column_pt, const fonts::FontBook& fonts,
                           WordCache* words = nullptr);

/// The whole pipeline for one paragraph in a column `column_pt` wide; its lines fill less of it
/// when the style sets a narrower block (`width_mm`).
std::vector<Fragment> layout_paragraph(const model::Inlines& inlines,
                                       const model::ParagraphStyle& style, fonts::Family family,
                                       double column_pt, const fonts::FontBook& fonts,
                                       Diagnostics& diagnostics, const SourceSpan& span);

/// The face of a family with the style's weight and slant.
fonts::FontId text_font(const TextStyle& style, const model::CharStyle& run);

}  // namespace nastavdoc::layout
