// Internal to render/pdf/.
// Lines of text that recur across pages (a merge of a thousand consent forms sets the same
// paragraphs on every form) are written once as a form XObject (PDF 32000-1, 8.10) and then only
// placed: the page's content stream says "q 1 0 0 1 x y cm/L7 Do Q" instead of the glyphs. A run
// of such lines that recurs as a whole (a form's static paragraphs, shifted or not) becomes one
// more form that places them, so a page costs a few placements to write and to compress.
// A line or a block becomes a form on its second use (the first is drawn as before, so a
// document without repeats is written as before). Lines are compared by their exact fonts, sizes,
// glyphs and positions relative to the line's first run; blocks by their lines' forms and
// offsets in hundredths of a point, the precision of the content stream. Memory is bounded, not
// by the page count: only a hash of what was seen once is kept, and the tables are emptied past
// a limit (forms already written stay valid).
#pragma once
#include "engine/fonts/font_book.h"
#include "engine/layout/page.h"
#include "engine/render/pdf/object_writer.h"

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace nastavdoc::render::pdf {

/// A line drawn by a form, placed at (x, y) in hundredths of a point (PDF coordinates).
struct PlacedForm {
    std::uint32_t form = 0;
    long long x = 0, y = 0;
};

class SharedLines {
public:
    /// Forms are written to `file`; their /Resources use the font dictionary `font_resources`.
    SharedLines(ObjectWriter& file, std::uint32_t font_resources);

    /// The object number of the form that draws `line` (runs on one baseline, the first not
    /// empty) with its first run's origin at (0, 0), written now on the line's second use;
    /// 0 when the line is to be drawn inline.
    std::uint32_t find(std::span<const layout::GlyphRun> line, const fonts::FontBook& fonts);

    /// The form that places `lines` (two or more) relative to the first one's origin, written
    /// now on the sequence's second use; 0 when they are to be placed one by one. The box is
    /// `width_pt` × `height_pt` (the page's) around that origin.
    std::uint32_t find_block(std::span<const PlacedForm> lines, double width_pt, double height_pt);

    /// The /XObject resource dictionary of every form (named /L<number>); 0 before the first.
    std::uint32_t resources() const { return resources_; }
    /// Writes that dictionary (at close, once every form is known).
    void write_resources();

private:
    std::uint32_t add_form(const std::string& dictionary_keys);
    bool first_use(const std::string& key);

    ObjectWriter& file_;
    std::uint32_t font_resources_;
    std::uint32_t resources_ = 0;
    std::string key_;  // reused for every line
    std::unordered_set<std::size_t> seen_;
    std::unordered_map<std::string, std::uint32_t> known_;
    std::size_t known_bytes_ = 0;
    std::vector<std::uint32_t> forms_;  // 4 bytes a form, for the resource dictionary
    std::string content_, dictionary_;
};

/// Appends a number given in hundredths ("12.5", "-3", "0.07").
void append_hundredths(std::string& out, long long hundredths);

/// A number rounded as append_number rounds it, in hundredths.
long long to_hundredths(double value);

/// Appends "q 1 0 0 1 x y cm/L<form> Do Q" (x, y in hundredths).
void append_form(std::string& out, std::uint32_t form, long long x, long long y);

}  // namespace nastavdoc::render::pdf
