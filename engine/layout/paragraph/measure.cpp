// Shaping for Cyrillic and Latin text: one glyph per character (no ligatures), pair kerning
// from the font's kern table, PT Serif for characters the face lacks (₽, U+2011).
#include "engine/base/utf8.h"
#include "engine/layout/paragraph/paragraph.h"

namespace nastavdoc::layout {

ShapedText shape_text(const fonts::FontBook& fonts, fonts::FontId font, double size_pt,
                      std::string_view utf8) {
    ShapedText shaped;
    shaped.pieces.reserve(2);
    ShapedText::Piece* piece = nullptr;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        char32_t code_point = 0;
        std::size_t length = utf8::decode(utf8, pos, code_point);
        if (length == 0) {
            code_point = 0xFFFD;
            length = 1;
        }
        pos += length;
        const fonts::GlyphRef ref = fonts.find_glyph(font, code_point);
        if (piece == nullptr || piece->font != ref.font) {
            piece = &shaped.pieces.emplace_back();
            piece->font = ref.font;
            piece->glyphs.reserve(utf8.size() - pos + length);  // at most one glyph a byte
        } else if (!piece->glyphs.empty()) {
            piece->width_pt +=
                fonts.kerning(ref.font, piece->glyphs.back().glyph, ref.glyph) * size_pt;
        }
        const char32_t stored = code_point == 0x00A0 ? U' ' : code_point;
        piece->glyphs.push_back({ref.glyph, stored, piece->width_pt});
        piece->width_pt += fonts.advance(ref.font, ref.glyph) * size_pt;
    }
    for (const ShapedText::Piece& p : shaped.pieces) {
        shaped.width_pt += p.width_pt;
    }
    return shaped;
}

}  // namespace nastavdoc::layout
