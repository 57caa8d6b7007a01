#include "engine/render/pdf/content_stream.h"

#include "engine/render/pdf/shared_lines.h"

#include <charconv>
#include <cstdint>

namespace nastavdoc::render::pdf {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_int(std::string& out, long long value) {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

void append_color(std::string& out, const layout::Color& color, const char* op) {
    append_number(out, color.r);
    out += ' ';
    append_number(out, color.g);
    out += ' ';
    append_number(out, color.b);
    out += ' ';
    out += op;
    out += '\n';
}

void append_point(std::string& out, double x, double y, double height) {
    append_number(out, x);
    out += ' ';
    append_number(out, height - y);
}

// The runs of one line: consecutive runs on the same baseline, the empty ones skipped.
std::size_t line_end(const std::vector<layout::GlyphRun>& runs, std::size_t begin) {
    std::size_t end = begin + 1;
    while (end < runs.size() && (runs[end].y_pt == runs[begin].y_pt || runs[end].glyphs.empty())) {
        ++end;
    }
    while (end > begin + 1 && runs[end - 1].glyphs.empty()) {
        --end;  // a trailing empty run belongs to no line
    }
    return end;
}

// Draws the lines placed by forms in [begin, end): a run of them that SharedLines holds as a
// block is placed at once.
void place_forms(std::span<const PlacedForm> lines, const layout::Page& page, std::string& out,
                 SharedLines& shared) {
    if (lines.size() >= 2) {
        if (const std::uint32_t block = shared.find_block(lines, page.width_pt, page.height_pt)) {
            append_form(out, block, lines.front().x, lines.front().y);
            return;
        }
    }
    for (const PlacedForm& line : lines) {
        append_form(out, line.form, line.x, line.y);
    }
}

void write_text(const layout::Page& page, const fonts::FontBook& fonts, std::string& out,
                FontUsage& usage, SharedLines* shared) {
    int current_font = -1;
    double current_size = -1;
    bool in_text = false;
    std::vector<PlacedForm> placed;  // consecutive lines drawn by forms, not yet written
    auto flush_forms = [&]() {
        if (!placed.empty()) {
            place_forms(placed, page, out, *shared);
            placed.clear();
        }
    };
    const std::vector<layout::GlyphRun>& runs = page.runs;
    std::size_t begin = 0;
    while (begin < runs.size()) {
        if (runs[begin].glyphs.empty()) {
            ++begin;
            continue;
        }
        const std::size_t end = line_end(runs, begin);
        const std::span<const layout::GlyphRun> line(runs.data() + begin, end - begin);
        for (const layout::GlyphRun& run : line) {
            if (!run.glyphs.empty()) {
                usage.on_page[run.font] = true;
            }
        }
        begin = end;
        if (shared != nullptr) {
            if (const std::uint32_t form = shared->find(line, fonts)) {
                if (in_text) {
                    out += "ET\n";
                    in_text = false;
                }
                placed.push_back({form, to_hundredths(line.front().x_pt),
                                  to_hundredths(page.height_pt - line.front().y_pt)});
                current_font = -1;  // a form sets its own font
                continue;
            }
            flush_forms();
        }
        if (!in_text) {
            out += "BT\n";
            in_text = true;
        }
        append_runs(line, 0, 0, page.height_pt, fonts, out, current_font, current_size);
    }
    if (shared != nullptr) {
        flush_forms();
    }
    if (in_text) {
        out += "ET\n";
    }
}

void write_rules(const layout::Page& page, std::string& out) {
    if (page.rules.empty()) {
        return;
    }
    double width = -1;
    layout::Color color;
    out += "0 0 0 RG\n";
    for (const layout::Rule& rule : page.rules) {
        if (rule.width_pt != width) {
            append_number(out, rule.width_pt);
            out += " w\n";
            width = rule.width_pt;
        }
        if (!(rule.color == color)) {
            append_color(out, rule.color, "RG");
            color = rule.color;
        }
        append_point(out, rule.x1_pt, rule.y1_pt, page.height_pt);
        out += " m ";
        append_point(out, rule.x2_pt, rule.y2_pt, page.height_pt);
        out += " l S\n";
    }
}

void write_shapes(const layout::Page& page, std::string& out) {
    for (const layout::Shape& shape : page.shapes) {
        if (shape.fill) {
            append_color(out, shape.fill_color, "rg");
        }
        if (shape.stroke) {
            append_color(out, shape.stroke_color, "RG");
            append_number(out, shape.line_width_pt);
            out += " w\n";
        }
        for (const layout::PathSegment& segment : shape.path) {
            switch (segment.op) {
                case layout::PathOp::Move:
                    append_point(out, segment.x_pt[0], segment.y_pt[0], page.height_pt);
                    out += " m\n";
                    break;
                case layout::PathOp::Line:
                    append_point(out, segment.x_pt[0], segment.y_pt[0], page.height_pt);
                    out += " l\n";
                    break;
                case layout::PathOp::Curve:
                    for (int i = 0; i < 3; ++i) {
                        append_point(out, segment.x_pt[i], segment.y_pt[i], page.height_pt);
                        out += ' ';
                    }
                    out += "c\n";
                    break;
                case layout::PathOp::Close:
                    out += "h\n";
                    break;
            }
        }
        out += shape.fill && shape.stroke ? "B\n" : shape.fill ? "f\n" : "S\n";
    }
}

}  // namespace

void append_number(std::string& out, double value) {
    append_hundredths(out, to_hundredths(value));
}

void append_runs(std::span<const layout::GlyphRun> runs, double x0_pt, double y0_pt,
                 double page_height_pt, const fonts::FontBook& fonts, std::string& out, int& font,
                 double& size) {
    for (const layout::GlyphRun& run : runs) {
        if (run.glyphs.empty()) {
            continue;
        }
        if (run.font != font || run.size_pt != size) {
            out += "/F";
            append_int(out, run.font);
            out += ' ';
            append_number(out, run.size_pt);
            out += " Tf\n";
            font = run.font;
            size = run.size_pt;
        }
        out += "1 0 0 1 ";
        append_number(out, run.x_pt - x0_pt);
        out += ' ';
        append_number(out, page_height_pt - run.y_pt - y0_pt);
        out += " Tm\n[<";
        // Where the text position is after each glyph, to express the layout's x positions as
        // TJ adjustments in thousandths of the type size.
        double pen = 0;
        bool first = true;
        for (const layout::PositionedGlyph& glyph : run.glyphs) {
            if (!first) {
                const double adjust = (pen - glyph.x_pt) * 1000 / run.size_pt;
                const long long hundredths =
                    static_cast<long long>(adjust * 100 + (adjust >= 0 ? 0.5 : -0.5));
                if (hundredths != 0) {
                    out += "> ";
                    append_number(out, static_cast<double>(hundredths) / 100);
                    out += " <";
                    pen -= static_cast<double>(hundredths) / 100 * run.size_pt / 1000;
                }
            }
            first = false;
            out += kHex[(glyph.glyph >> 12) & 15];
            out += kHex[(glyph.glyph >> 8) & 15];
            out += kHex[(glyph.glyph >> 4) & 15];
            out += kHex[glyph.glyph & 15];
            pen += fonts.advance(run.font, glyph.glyph) * run.size_pt;
        }
        out += ">] TJ\n";
    }
}

void write_content_stream(const layout::Page& page, const fonts::FontBook& fonts, std::string& out,
                          FontUsage& usage, SharedLines* shared) {
    write_shapes(page, out);
    write_rules(page, out);
    out += "0 g\n";
    write_text(page, fonts, out, usage, shared);
}

}  // namespace nastavdoc::render::pdf
