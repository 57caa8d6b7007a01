// FontBook: the bundled fonts (Liberation Serif and Sans, PT Serif as the fallback) by file path.
// In: the fonts/ folder of the build ($NASTAVDOC_FONTS overrides it). Out: glyph ids, advances,
// kerning and vertical metrics in em, and the file of each face for embedding.
// Never asks the system for fonts by family name. Not thread-safe: faces load lazily.
#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace nastavdoc::fonts {

enum class Family : std::uint8_t { Serif, Sans, Fallback };

/// A face: family × bold × italic, 12 in all. Stable numbers: they key caches and page dumps.
using FontId = std::uint8_t;
inline constexpr std::size_t kFaceCount = 12;

constexpr FontId font_id(Family family, bool bold, bool italic) {
    return static_cast<FontId>(static_cast<int>(family) * 4 + (bold ? 1 : 0) + (italic ? 2 : 0));
}
constexpr Family family_of(FontId id) {
    return static_cast<Family>(id / 4);
}
constexpr bool is_bold(FontId id) {
    return (id & 1) != 0;
}
constexpr bool is_italic(FontId id) {
    return (id & 2) != 0;
}

/// A glyph found for a character: the face that has it (maybe the fallback) and its index.
struct GlyphRef {
    FontId font = 0;
    std::uint16_t glyph = 0;  // 0: .notdef, no face has the character
};

class FontBook {
public:
    /// Checks that every font file is present; throws nastavdoc::Error (code
    /// "environment.font-missing", exit 3) naming the first missing file.
    explicit FontBook(std::filesystem::path directory = default_directory());
    ~FontBook();
    FontBook(const FontBook&) = delete;
    FontBook& operator=(const FontBook&) = delete;

    /// One FontBook for the whole process, from default_directory(), made on first use; its
    /// faces load lazily, only those a document uses, and stay loaded for the next document.
    /// Not thread-safe, like every FontBook.
    static const FontBook& shared();

    /// $NASTAVDOC_FONTS when set, else the fonts/ folder of the build tree.
    static std::filesystem::path default_directory();

    /// The glyph of `code_point` in `font`, or in the same style of PT Serif when `font` lacks it.
    /// U+00A0 is drawn with the space glyph.
    GlyphRef find_glyph(FontId font, char32_t code_point) const;
    /// The glyph of `code_point` in `font` alone; 0 when it has none.
    std::uint16_t glyph_index(FontId font, char32_t code_point) const;

    /// Horizontal advance of a glyph, in em.
    double advance(FontId font, std::uint16_t glyph) const;
    /// Kerning between two glyphs of one face, in em (negative: closer).
    double kerning(FontId font, std::uint16_t left, std::uint16_t right) const;
    /// Typographic ascent and descent (both positive), in em; their sum is single line spacing.
    double ascent(FontId font) const;
    double descent(FontId font) const;

    const std::filesystem::path& file(FontId font) const;
    /// A unique name per face ("LiberationSerif-Bold"), used as the PDF base font name.
    std::string_view name(FontId font) const;

private:
    struct Face;
    Face& face(FontId font) const;

    std::filesystem::path directory_;
    std::array<std::filesystem::path, kFaceCount> files_;
    mutable std::array<std::unique_ptr<Face>, kFaceCount> faces_;
    struct Library;
    std::unique_ptr<Library> library_;
};

}  // namespace nastavdoc::fonts
