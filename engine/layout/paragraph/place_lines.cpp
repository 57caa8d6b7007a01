// Lines -> fragments: glyphs at their x (glue widths from the line's ratio), the hyphen of a
// hyphenated line, checkboxes as squares and blanks as rules with a small caption under them.
#include "engine/layout/paragraph/paragraph.h"

namespace nastavdoc::layout {

namespace {

void place_checkbox(Fragment& line, double x, double baseline, double size, bool checked) {
    const double side = size * 0.62;
    const double left = x + size * 0.08;
    const double bottom = baseline + size * 0.02;
    const double top = bottom - side;
    Shape square;
    square.line_width_pt = 0.6;
    square.path.push_back({PathOp::Move, {left, 0, 0}, {bottom, 0, 0}});
    square.path.push_back({PathOp::Line, {left + side, 0, 0}, {bottom, 0, 0}});
    square.path.push_back({PathOp::Line, {left + side, 0, 0}, {top, 0, 0}});
    square.path.push_back({PathOp::Line, {left, 0, 0}, {top, 0, 0}});
    square.path.push_back({PathOp::Close, {0, 0, 0}, {0, 0, 0}});
    line.shapes.push_back(std::move(square));
    if (checked) {
        const double inset = side * 0.2;
        line.rules.push_back(
            {left + inset, top + inset, left + side - inset, bottom - inset, 0.8, {}});
        line.rules.push_back(
            {left + inset, bottom - inset, left + side - inset, top + inset, 0.8, {}});
    }
}

void place_blank(Fragment& line, const Item& item, double x, double baseline,
                 const fonts::FontBook& fonts) {
    const double y = baseline + item.size_pt * 0.12;
    line.rules.push_back({x, y, x + item.width_pt, y, 0.5, {}});
    if (item.caption.empty()) {
        return;
    }
    const double caption_size = item.size_pt * 0.55;
    const fonts::FontId font = fonts::font_id(fonts::family_of(item.font), false, false);
    const ShapedText shaped = shape_text(fonts, font, caption_size, item.caption);
    double cx = x + (item.width_pt - shaped.width_pt) / 2;
    for (const ShapedText::Piece& piece : shaped.pieces) {
        GlyphRun run;
        run.font = piece.font;
        run.size_pt = caption_size;
        run.x_pt = cx;
        run.y_pt = y + caption_size;
        run.glyphs = piece.glyphs;
        line.runs.push_back(std::move(run));
        cx += piece.width_pt;
    }
}

// Appends a box's glyphs at x, continuing the current run when the face and size match.
void place_glyphs(Fragment& line, fonts::FontId font, double size,
                  const std::vector<PositionedGlyph>& glyphs, double x, double baseline) {
    GlyphRun* run = line.runs.empty() ? nullptr : &line.runs.back();
    if (run == nullptr || run->font != font || run->size_pt != size || run->y_pt != baseline) {
        run = &line.runs.emplace_back();
        run->font = font;
        run->size_pt = size;
        run->x_pt = x;
        run->y_pt = baseline;
    }
    for (const PositionedGlyph& glyph : glyphs) {
        run->glyphs.push_back({glyph.glyph, glyph.code_point, x - run->x_pt + glyph.x_pt});
    }
}

}  // namespace

std::vector<Fragment> place_lines(const std::vector<Item>& items,
                                  const std::vector<LineSpec>& lines, const Measure& measure,
                                  model::Align align, const LineGeometry& geometry,
                                  const fonts::FontBook& fonts) {
    std::vector<Fragment> out;
    out.reserve(lines.size());
    for (std::size_t index = 0; index < lines.size(); ++index) {
        const LineSpec& spec = lines[index];
        Fragment line;
        line.height_pt = geometry.line_height_pt;
        const double baseline = geometry.ascent_pt;
        const double target = measure.at(index);
        double width = spec.natural_pt;
        for (std::size_t i = spec.begin; i < spec.end; ++i) {
            if (items[i].kind == ItemKind::Glue) {
                const Item& glue = items[i];
                width +=
                    spec.ratio >= 0 ? spec.ratio * glue.stretch_pt : spec.ratio * glue.shrink_pt;
            }
        }
        double x = index == 0 ? geometry.indent_first_pt : geometry.indent_rest_pt;
        if (align == model::Align::Center) {
            x += (target - width) / 2;
        } else if (align == model::Align::Right) {
            x += target - width;
        }
        for (std::size_t i = spec.begin; i < spec.end; ++i) {
            const Item& item = items[i];
            if (item.kind == ItemKind::Glue) {
                x += item.width_pt +
                     (spec.ratio >= 0 ? spec.ratio * item.stretch_pt : spec.ratio * item.shrink_pt);
                continue;
            }
            if (item.kind == ItemKind::Penalty) {
                continue;
            }
            if (item.object == ObjectKind::Checkbox) {
                place_checkbox(line, x, baseline, item.size_pt, item.checked);
            } else if (item.object == ObjectKind::Blank) {
                place_blank(line, item, x, baseline, fonts);
            } else {
                place_glyphs(line, item.font, item.size_pt, item.glyphs, x, baseline);
            }
            x += item.width_pt;
        }
        if (spec.hyphenated) {
            // The flagged penalty that ended the line carries the hyphen glyph.
            std::size_t at = spec.end;
            while (at < items.size() &&
                   !(items[at].kind == ItemKind::Penalty && items[at].flagged)) {
                ++at;
            }
            if (at < items.size() && !items[at].glyphs.empty()) {
                place_glyphs(line, items[at].font, items[at].size_pt, items[at].glyphs, x,
                             baseline);
            }
        }
        out.push_back(std::move(line));
    }
    return out;
}

}  // namespace nastavdoc::layout
