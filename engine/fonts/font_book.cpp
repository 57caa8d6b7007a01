#include "engine/fonts/font_book.h"

#include "engine/base/diagnostics.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <cstdlib>
#include <vector>

namespace nastavdoc::fonts {

namespace {

// File names in fonts/ and the unique names the PDF uses, in FontId order:
// family × (regular, bold, italic, bold italic).
constexpr std::array<std::string_view, kFaceCount> kFiles = {"LiberationSerif-Regular.ttf",
                                                             "LiberationSerif-Bold.ttf",
                                                             "LiberationSerif-Italic.ttf",
                                                             "LiberationSerif-BoldItalic.ttf",
                                                             "LiberationSans-Regular.ttf",
                                                             "LiberationSans-Bold.ttf",
                                                             "LiberationSans-Italic.ttf",
                                                             "LiberationSans-BoldItalic.ttf",
                                                             "PTF55F.ttf",
                                                             "PTF75F.ttf",
                                                             "PTF56F.ttf",
                                                             "PTF76F.ttf"};
constexpr std::array<std::string_view, kFaceCount> kNames = {
    "LiberationSerif",        "LiberationSerif-Bold",
    "LiberationSerif-Italic", "LiberationSerif-BoldItalic",
    "LiberationSans",         "LiberationSans-Bold",
    "LiberationSans-Italic",  "LiberationSans-BoldItalic",
    "PTSerif-Regular",        "PTSerif-Bold",
    "PTSerif-Italic",         "PTSerif-BoldItalic"};

constexpr std::size_t kBmp = 0x10000;

}  // namespace

struct FontBook::Library {
    FT_Library handle = nullptr;
    Library() {
        if (FT_Init_FreeType(&handle) != 0) {
            throw_environment_error("environment.freetype", "cannot initialise FreeType");
        }
    }
    ~Library() { FT_Done_FreeType(handle); }
};

// One loaded face: the BMP character map and the advances, read once and cached, so layout
// never calls FreeType in its inner loops.
struct FontBook::Face {
    FT_Face handle = nullptr;
    double units_per_em = 1000;
    double ascent = 0.9, descent = 0.2;
    std::vector<std::uint16_t> glyph_of;  // code point (BMP) -> glyph index
    std::vector<std::int32_t> advance;    // glyph -> advance in font units; -1: not read yet
    bool has_kerning = false;
    // Kerning pairs asked for so far, in an open-addressing table: FT_Get_Kerning costs about
    // 170 instructions a call and shaping asks for every pair of adjacent glyphs.
    std::vector<std::uint32_t> kern_keys;  // (left << 16 | right) + 1; 0: empty slot
    std::vector<std::int16_t> kern_values;
    std::size_t kern_count = 0;

    Face(FT_Library library, const std::filesystem::path& path) {
        if (FT_New_Face(library, path.c_str(), 0, &handle) != 0) {
            throw_environment_error("environment.font-unreadable", "cannot read the font",
                                    path.string());
        }
        FT_Select_Charmap(handle, FT_ENCODING_UNICODE);
        units_per_em = handle->units_per_EM;
        ascent = handle->ascender / units_per_em;
        descent = -handle->descender / units_per_em;
        has_kerning = FT_HAS_KERNING(handle);
        glyph_of.assign(kBmp, 0);
        FT_UInt index = 0;
        FT_ULong code = FT_Get_First_Char(handle, &index);
        while (index != 0) {
            if (code < kBmp) {
                glyph_of[code] = static_cast<std::uint16_t>(index);
            }
            code = FT_Get_Next_Char(handle, code, &index);
        }
        advance.assign(static_cast<std::size_t>(handle->num_glyphs), -1);
    }
    ~Face() { FT_Done_Face(handle); }
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;
};

FontBook::FontBook(std::filesystem::path directory)
    : directory_(std::move(directory)), library_(std::make_unique<Library>()) {
    for (std::size_t i = 0; i < kFaceCount; ++i) {
        files_[i] = directory_ / kFiles[i];
        std::error_code error;
        if (!std::filesystem::is_regular_file(files_[i], error)) {
            throw_environment_error("environment.font-missing",
                                    "font file not found (set NASTAVDOC_FONTS to the fonts folder)",
                                    files_[i].string());
        }
    }
}

FontBook::~FontBook() {
    for (auto& face : faces_) {
        face.reset();  // faces before the library that owns them
    }
}

const FontBook& FontBook::shared() {
    static const FontBook book;
    return book;
}

std::filesystem::path FontBook::default_directory() {
    if (const char* overridden = std::getenv("NASTAVDOC_FONTS"); overridden && *overridden) {
        return overridden;
    }
    return NASTAVDOC_FONT_DIR;
}

FontBook::Face& FontBook::face(FontId font) const {
    auto& slot = faces_[font];
    if (!slot) {
        slot = std::make_unique<Face>(library_->handle, files_[font]);
    }
    return *slot;
}

std::uint16_t FontBook::glyph_index(FontId font, char32_t code_point) const {
    if (code_point == 0x00A0) {
        code_point = U' ';
    }
    if (code_point >= kBmp) {
        return 0;
    }
    return face(font).glyph_of[code_point];
}

GlyphRef FontBook::find_glyph(FontId font, char32_t code_point) const {
    if (std::uint16_t glyph = glyph_index(font, code_point); glyph != 0) {
        return {font, glyph};
    }
    const FontId fallback = font_id(Family::Fallback, is_bold(font), is_italic(font));
    if (fallback != font) {
        if (std::uint16_t glyph = glyph_index(fallback, code_point); glyph != 0) {
            return {fallback, glyph};
        }
    }
    return {font, 0};
}

double FontBook::advance(FontId font, std::uint16_t glyph) const {
    Face& f = face(font);
    if (glyph >= f.advance.size()) {
        return 0;
    }
    std::int32_t& cached = f.advance[glyph];
    if (cached < 0) {
        FT_Fixed value = 0;
        FT_Get_Advance(f.handle, glyph, FT_LOAD_NO_SCALE, &value);
        cached = static_cast<std::int32_t>(value);
    }
    return cached / f.units_per_em;
}

namespace {

std::size_t kern_slot(std::uint32_t key, std::size_t mask) {
    return (static_cast<std::size_t>(key) * 0x9E3779B97F4A7C15ULL >> 20) & mask;
}

}  // namespace

double FontBook::kerning(FontId font, std::uint16_t left, std::uint16_t right) const {
    Face& f = face(font);
    if (!f.has_kerning) {
        return 0;
    }
    const std::uint32_t key = ((static_cast<std::uint32_t>(left) << 16) | right) + 1;
    if (f.kern_keys.empty()) {
        f.kern_keys.assign(1024, 0);
        f.kern_values.assign(1024, 0);
    }
    std::size_t mask = f.kern_keys.size() - 1;
    std::size_t slot = kern_slot(key, mask);
    while (f.kern_keys[slot] != 0) {
        if (f.kern_keys[slot] == key) {
            return f.kern_values[slot] / f.units_per_em;
        }
        slot = (slot + 1) & mask;
    }
    FT_Vector delta{};
    if (FT_Get_Kerning(f.handle, left, right, FT_KERNING_UNSCALED, &delta) != 0) {
        delta.x = 0;
    }
    const auto value = static_cast<std::int16_t>(delta.x);
    if (2 * (f.kern_count + 1) > f.kern_keys.size()) {  // grow at half full
        std::vector<std::uint32_t> keys(f.kern_keys.size() * 2, 0);
        std::vector<std::int16_t> values(keys.size(), 0);
        mask = keys.size() - 1;
        for (std::size_t i = 0; i < f.kern_keys.size(); ++i) {
            if (f.kern_keys[i] != 0) {
                std::size_t to = kern_slot(f.kern_keys[i], mask);
                while (keys[to] != 0) {
                    to = (to + 1) & mask;
                }
                keys[to] = f.kern_keys[i];
                values[to] = f.kern_values[i];
            }
        }
        f.kern_keys = std::move(keys);
        f.kern_values = std::move(values);
        slot = kern_slot(key, mask);
        while (f.kern_keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
    }
    f.kern_keys[slot] = key;
    f.kern_values[slot] = value;
    ++f.kern_count;
    return value / f.units_per_em;
}

double FontBook::ascent(FontId font) const {
    return face(font).ascent;
}
double FontBook::descent(FontId font) const {
    return face(font).descent;
}
const std::filesystem::path& FontBook::file(FontId font) const {
    return files_[font];
}
std::string_view FontBook::name(FontId font) const {
    return kNames[font];
}

}  // namespace nastavdoc::fonts
