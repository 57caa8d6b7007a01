// The last resort of line breaking, as CSS overflow-wrap: anywhere: a stretch of material with no
// break opportunity that is wider than the column may break between any two glyphs, with no
// hyphen added. Stretches that fit are left alone, so ordinary words never break this way.
#include "engine/layout/paragraph/paragraph.h"

namespace nastavdoc::layout {

namespace {

constexpr double kEmergencyPenalty = 5000;

bool is_legal_break(const std::vector<Item>& items, std::size_t i) {
    const Item& item = items[i];
    if (item.kind == ItemKind::Penalty) {
        return item.penalty < kInfinitePenalty;
    }
    return item.kind == ItemKind::Glue && i > 0 && items[i - 1].kind == ItemKind::Box;
}

Item emergency_penalty() {
    Item penalty;
    penalty.kind = ItemKind::Penalty;
    penalty.penalty = kEmergencyPenalty;
    return penalty;
}

// One box per glyph. The kerning between two glyphs follows the break as a glue that cannot
// stretch: kept when the line goes on, dropped with the break (as TeX drops a kern).
void split_box(const Item& box, const fonts::FontBook& fonts, std::vector<Item>& out) {
    const std::size_t count = box.glyphs.size();
    for (std::size_t g = 0; g < count; ++g) {
        const PositionedGlyph& glyph = box.glyphs[g];
        const double advance = fonts.advance(box.font, glyph.glyph) * box.size_pt;
        Item piece = box;
        piece.glyphs = {glyph};
        piece.glyphs.front().x_pt = 0;
        piece.width_pt = advance;
        out.push_back(std::move(piece));
        if (g + 1 == count) {
            break;
        }
        out.push_back(emergency_penalty());
        const double kern = box.glyphs[g + 1].x_pt - glyph.x_pt - advance;
        if (kern != 0) {
            Item glue;
            glue.kind = ItemKind::Glue;
            glue.width_pt = kern;
            out.push_back(glue);
        }
    }
}

}  // namespace

std::vector<Item> add_emergency_breaks(const std::vector<Item>& items, double width_pt,
                                       const fonts::FontBook& fonts) {
    std::vector<Item> out;
    out.reserve(items.size() * 2);
    std::size_t begin = 0;
    while (begin < items.size()) {
        // A stretch runs up to and including the next legal break.
        std::size_t end = begin;
        double width = 0;
        while (end < items.size() && !is_legal_break(items, end)) {
            const Item& item = items[end];
            width += item.kind == ItemKind::Penalty ? 0 : item.width_pt - item.shrink_pt;
            ++end;
        }
        if (end < items.size() && items[end].kind == ItemKind::Penalty) {
            width += items[end].width_pt;  // the hyphen printed when the line ends there
        }
        const bool too_wide = width > width_pt;
        for (std::size_t i = begin; i < end; ++i) {
            const Item& item = items[i];
            const bool box_before = i > begin && items[i - 1].kind == ItemKind::Box;
            if (too_wide && item.kind == ItemKind::Box && box_before) {
                out.push_back(emergency_penalty());
            }
            if (too_wide && item.kind == ItemKind::Box && item.glyphs.size() > 1) {
                split_box(item, fonts, out);
            } else {
                out.push_back(item);
            }
        }
        if (end < items.size()) {
            out.push_back(items[end]);
        }
        begin = end + 1;
    }
    return out;
}

}  // namespace nastavdoc::layout
