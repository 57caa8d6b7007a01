// Internal to render/pdf/.
// The embedded fonts: each subset (TrueType glyf subset with the glyph ids kept, CIDFontType2
// with Identity-H, /W widths and a ToUnicode CMap) is built by PoDoFo 0.9.8 in the module
// libnastavdoc-podofo.so (engine/render/podofo), loaded on the first PDF; its objects come back
// with their references renumbered and are written here. Page objects, content streams and the
// file structure are object_writer's.
#pragma once
#include "engine/fonts/font_book.h"
#include "engine/render/pdf/object_writer.h"

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>

namespace nastavdoc::render::pdf {

/// The characters drawn with one face (PoDoFo finds their glyphs; ToUnicode maps them back).
using CharacterSet = std::bitset<0x10000>;

struct UsedFace {
    std::uint32_t object = 0;  // the number reserved for the Type0 font dictionary; 0: unused
    std::unique_ptr<CharacterSet> characters;
};

/// Writes the Type0 font of every used face as object `object`, with its descendants after it.
void write_font_subsets(ObjectWriter& writer, const fonts::FontBook& fonts,
                        const std::array<UsedFace, fonts::kFaceCount>& faces);

}  // namespace nastavdoc::render::pdf
