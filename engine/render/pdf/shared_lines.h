// Internal to render/pdf/.
// Lines of text that recur across pages (a merge of a thousand consent forms sets the same
// paragraphs on every form) are written once as a form XObject (PDF 32000-1, 8.10) and then only
// placed: the page's content stream says "q 1 0 0 1 x y cm/L7 Do Q" instead of the glyphs, so a
// repeated line costs a few bytes to write and to compress. A line becomes an XObject on its
// second use (the first is drawn inline, so a document without repeats is written as before).
// Lines are compared by their exact fonts, sizes, glyphs and positions relative to the line's
// first run: the XObject draws what the inline text would. Memory is bounded, not by the page
// count: only a hash of a line seen once is kept, and both tables are emptied past a limit.
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

class SharedLines {
public:
    /// Forms are written to `file`; their /Resources use the font dictionary `font_resources`.
    SharedLines(ObjectWriter& file, std::uint32_t font_resources);

    /// The object number of the form that draws `line` (runs on one baseline, the first not
    /// empty) with its first run's origin at (0, 0), written now on the line's second use;
    /// 0 when the line is to be drawn inline.
    std::uint32_t find(std::span<const layout::GlyphRun> line, const fonts::FontBook& fonts);

    /// Every form written so far, in order: the /XObject resources (named /L<number>).
    const std::vector<std::uint32_t>& forms() const { return forms_; }

private:
    std::uint32_t make_form(std::span<const layout::GlyphRun> line, const fonts::FontBook& fonts);

    ObjectWriter& file_;
    std::uint32_t font_resources_;
    std::string key_;  // reused for every line
    std::unordered_set<std::size_t> seen_;
    std::unordered_map<std::string, std::uint32_t> known_;
    std::size_t known_bytes_ = 0;
    std::vector<std::uint32_t> forms_;
    std::string content_, dictionary_;
};

}  // namespace nastavdoc::render::pdf
