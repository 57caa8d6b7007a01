#include "engine/layout/page.h"

#include "engine/base/utf8.h"

#include <charconv>

namespace nastavdoc::layout {

namespace {

void append_number(std::string& out, double value) {
    const double rounded =
        static_cast<double>(static_cast<long long>(value * 100 + (value >= 0 ? 0.5 : -0.5))) / 100;
    char buffer[32];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
    out.append(buffer, end);
}

}  // namespace

std::string dump_pages(const std::vector<Page>& pages, const fonts::FontBook& fonts) {
    std::string out;
    for (const Page& page : pages) {
        out += "page ";
        out += std::to_string(page.number);
        out += ' ';
        append_number(out, page.width_pt);
        out += 'x';
        append_number(out, page.height_pt);
        out += '\n';
        for (const GlyphRun& run : page.runs) {
            out += "  text ";
            out += fonts.name(run.font);
            out += ' ';
            append_number(out, run.size_pt);
            out += " at ";
            append_number(out, run.x_pt);
            out += ',';
            append_number(out, run.y_pt);
            out += " \"";
            for (const PositionedGlyph& glyph : run.glyphs) {
                utf8::append(out, glyph.code_point);
            }
            out += "\" end ";
            const double last = run.glyphs.empty() ? 0 : run.glyphs.back().x_pt;
            append_number(out, run.x_pt + last);
            out += '\n';
        }
        for (const Rule& rule : page.rules) {
            out += "  rule ";
            append_number(out, rule.x1_pt);
            out += ',';
            append_number(out, rule.y1_pt);
            out += " -> ";
            append_number(out, rule.x2_pt);
            out += ',';
            append_number(out, rule.y2_pt);
            out += '\n';
        }
        for (const Shape& shape : page.shapes) {
            out += "  shape ";
            out += shape.fill ? "fill " : "";
            out += shape.stroke ? "stroke " : "";
            out += std::to_string(shape.path.size());
            out += " segments from ";
            if (!shape.path.empty()) {
                append_number(out, shape.path.front().x_pt[0]);
                out += ',';
                append_number(out, shape.path.front().y_pt[0]);
            }
            out += '\n';
        }
    }
    return out;
}

}  // namespace nastavdoc::layout
