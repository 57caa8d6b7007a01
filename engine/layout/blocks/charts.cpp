// Bar and pie charts as vector graphics. Pie slices are cubic Bézier arcs of at most a quarter
// turn; sine and cosine come from a Taylor polynomial after reduction to ±1/8 turn, so layout
// uses only + − × ÷ and gives the same coordinates on every machine (style.md 2.9).
#include "engine/base/units.h"
#include "engine/layout/blocks/blocks.h"
#include "engine/layout/paragraph/paragraph.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace nastavdoc::layout {

namespace {

constexpr double kTwoPi = 6.283185307179586;

struct SinCos {
    double sin = 0, cos = 1;
};

// sin and cos of `turns` full turns, |error| < 1e-12.
SinCos unit_circle(double turns) {
    turns -= static_cast<double>(static_cast<long long>(turns));
    if (turns < 0) {
        turns += 1;
    }
    const long long quadrant = static_cast<long long>(turns * 4 + 0.5);
    const double x = (turns - static_cast<double>(quadrant) / 4) * kTwoPi;  // |x| <= pi/4
    const double x2 = x * x;
    double s = 1, c = 1, term_s = 1, term_c = 1;
    for (int k = 1; k <= 8; ++k) {
        term_s *= -x2 / ((2 * k) * (2 * k + 1));
        term_c *= -x2 / ((2 * k - 1) * (2 * k));
        s += term_s;
        c += term_c;
    }
    s *= x;
    switch (quadrant % 4) {
        case 0:
            return {s, c};
        case 1:
            return {c, -s};
        case 2:
            return {-s, -c};
        default:
            return {-c, s};
    }
}

constexpr std::array<Color, 8> kPalette = {{{0.27, 0.45, 0.70},
                                            {0.89, 0.47, 0.20},
                                            {0.42, 0.64, 0.33},
                                            {0.80, 0.30, 0.30},
                                            {0.55, 0.45, 0.70},
                                            {0.60, 0.60, 0.60},
                                            {0.85, 0.70, 0.25},
                                            {0.35, 0.65, 0.70}}};

std::string format_value(double value) {
    // Whole numbers as they are, others with one decimal and a comma (Russian).
    const long long tenths = static_cast<long long>(value * 10 + (value >= 0 ? 0.5 : -0.5));
    std::array<char, 32> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), tenths / 10);
    std::string text(buffer.data(), end);
    if (tenths % 10 != 0) {
        text += ',';
        text += static_cast<char>('0' + (tenths < 0 ? -(tenths % 10) : tenths % 10));
    }
    return text;
}

void add_text(Fragment& fragment, const Context& context, const std::string& text, double size,
              bool bold, double x, double baseline, double align /*0 left, .5 centre, 1 right*/) {
    const fonts::FontId font = fonts::font_id(context.family, bold, false);
    const ShapedText shaped = shape_text(context.fonts, font, size, text);
    double cx = x - shaped.width_pt * align;
    for (const ShapedText::Piece& piece : shaped.pieces) {
        GlyphRun run;
        run.font = piece.font;
        run.size_pt = size;
        run.x_pt = cx;
        run.y_pt = baseline;
        run.glyphs = piece.glyphs;
        fragment.runs.push_back(std::move(run));
        cx += piece.width_pt;
    }
}

Shape rectangle(double x, double y, double w, double h, Color fill) {
    Shape shape;
    shape.fill = true;
    shape.fill_color = fill;
    shape.stroke = false;
    shape.path.push_back({PathOp::Move, {x, 0, 0}, {y, 0, 0}});
    shape.path.push_back({PathOp::Line, {x + w, 0, 0}, {y, 0, 0}});
    shape.path.push_back({PathOp::Line, {x + w, 0, 0}, {y + h, 0, 0}});
    shape.path.push_back({PathOp::Line, {x, 0, 0}, {y + h, 0, 0}});
    shape.path.push_back({PathOp::Close, {0, 0, 0}, {0, 0, 0}});
    return shape;
}

// A round step for the value axis: 1, 2 or 5 times a power of ten, about five ticks.
double axis_step(double maximum) {
    if (maximum <= 0) {
        return 1;
    }
    double power = 1;
    while (power * 10 <= maximum) {
        power *= 10;
    }
    while (power > maximum) {
        power /= 10;
    }
    for (double factor : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0}) {
        if (maximum / (power * factor) <= 6) {
            return power * factor;
        }
    }
    return power * 10;
}

void draw_legend(Fragment& fragment, const Context& context, const std::vector<std::string>& names,
                 double y, double width) {
    const double size = 9;
    double x = 0;
    double line_y = y;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const fonts::FontId font = fonts::font_id(context.family, false, false);
        const double w = shape_text(context.fonts, font, size, names[i]).width_pt + size * 2.2;
        if (x > 0 && x + w > width) {
            x = 0;
            line_y += size * 1.4;
        }
        fragment.shapes.push_back(rectangle(x, line_y - size * 0.7, size * 0.7, size * 0.7,
                                            kPalette[i % kPalette.size()]));
        add_text(fragment, context, names[i], size, false, x + size, line_y, 0);
        x += w;
    }
    fragment.height_pt = std::max(fragment.height_pt, line_y + size * 0.5);
}

void draw_bars(Fragment& fragment, const model::Chart& chart, const Context& context, double top,
               double width, double height) {
    double maximum = 0;
    for (const model::ChartSeries& series : chart.series) {
        for (double v : series.values) {
            maximum = std::max(maximum, v);
        }
    }
    const double step = axis_step(maximum);
    int ticks = 1;
    while (step * ticks < maximum) {
        ++ticks;
    }
    const double left = 30, bottom = top + height - 18;
    const double plot_w = width - left, plot_h = bottom - top - 10;
    const double scale = plot_h / (step * ticks);
    for (int t = 0; t <= ticks; ++t) {
        const double y = bottom - step * t * scale;
        fragment.rules.push_back({left, y, left + plot_w, y, t == 0 ? 0.8 : 0.3,
                                  t == 0 ? Color{} : Color{0.75, 0.75, 0.75}});
        add_text(fragment, context, format_value(step * t), 8, false, left - 4, y + 3, 1);
    }
    const std::size_t categories = chart.categories.size();
    if (categories == 0 || chart.series.empty()) {
        return;
    }
    const double group = plot_w / static_cast<double>(categories);
    const double bar = group * 0.7 / static_cast<double>(chart.series.size());
    for (std::size_t c = 0; c < categories; ++c) {
        const double gx = left + group * static_cast<double>(c) + group * 0.15;
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const double value = c < chart.series[s].values.size() ? chart.series[s].values[c] : 0;
            const double h = value * scale;
            const double x = gx + bar * static_cast<double>(s);
            fragment.shapes.push_back(
                rectangle(x, bottom - h, bar * 0.92, h, kPalette[s % kPalette.size()]));
            add_text(fragment, context, format_value(value), 8, false, x + bar * 0.46,
                     bottom - h - 2, 0.5);
        }
        add_text(fragment, context, chart.categories[c], 9, false, gx + group * 0.35, bottom + 11,
                 0.5);
    }
}

void draw_pie(Fragment& fragment, const model::Chart& chart, const Context& context, double top,
              double width, double height) {
    if (chart.series.empty()) {
        return;
    }
    const std::vector<double>& values = chart.series.front().values;
    double total = 0;
    for (double v : values) {
        total += std::max(0.0, v);
    }
    if (total <= 0) {
        return;
    }
    const double radius = std::min(width, height) / 2 - 4;
    const double cx = width / 2, cy = top + height / 2;
    double start = 0;  // in turns, clockwise from twelve o'clock
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double share = std::max(0.0, values[i]) / total;
        if (share <= 0) {
            continue;
        }
        const double end = start + share;
        Shape slice;
        slice.fill = true;
        slice.fill_color = kPalette[i % kPalette.size()];
        slice.stroke = true;
        slice.stroke_color = Color{1, 1, 1};
        slice.line_width_pt = 0.8;
        auto point = [&](double turns, double r) {
            const SinCos sc = unit_circle(turns);
            return std::array<double, 2>{cx + r * sc.sin, cy - r * sc.cos};
        };
        slice.path.push_back({PathOp::Move, {cx, 0, 0}, {cy, 0, 0}});
        const auto p0 = point(start, radius);
        slice.path.push_back({PathOp::Line, {p0[0], 0, 0}, {p0[1], 0, 0}});
        const int segments = static_cast<int>(share * 4) + 1;
        const double sweep = share / segments;
        const SinCos quarter = unit_circle(sweep / 4);
        const double k = 4.0 / 3.0 * quarter.sin / quarter.cos;  // 4/3 tan(θ/4)
        for (int s = 0; s < segments; ++s) {
            const double a0 = start + sweep * s, a1 = a0 + sweep;
            const SinCos c0 = unit_circle(a0), c1 = unit_circle(a1);
            const double x0 = cx + radius * c0.sin, y0 = cy - radius * c0.cos;
            const double x3 = cx + radius * c1.sin, y3 = cy - radius * c1.cos;
            PathSegment curve;
            curve.op = PathOp::Curve;
            curve.x_pt[0] = x0 + k * radius * c0.cos;
            curve.y_pt[0] = y0 + k * radius * c0.sin;
            curve.x_pt[1] = x3 - k * radius * c1.cos;
            curve.y_pt[1] = y3 - k * radius * c1.sin;
            curve.x_pt[2] = x3;
            curve.y_pt[2] = y3;
            slice.path.push_back(curve);
        }
        slice.path.push_back({PathOp::Close, {0, 0, 0}, {0, 0, 0}});
        fragment.shapes.push_back(std::move(slice));
        const auto label = point(start + share / 2, radius * 0.65);
        add_text(fragment, context, format_value(share * 100) + "\u00A0%", 9, true, label[0],
                 label[1] + 3, 0.5);
        start = end;
    }
}

}  // namespace

void layout_chart(const model::Chart& chart, const Context& context, Units& out) {
    const double width = std::min(mm_to_pt(chart.width_mm), context.width_pt);
    const double height = mm_to_pt(chart.height_mm);
    Fragment fragment;
    double top = 0;
    if (!chart.title.empty()) {
        add_text(fragment, context, chart.title, 11, true, width / 2, 11, 0.5);
        top = 18;
    }
    if (chart.kind == model::ChartKind::Bar) {
        draw_bars(fragment, chart, context, top, width, height - top);
    } else {
        draw_pie(fragment, chart, context, top, width, height - top);
    }
    fragment.height_pt = height;
    std::vector<std::string> legend;
    if (chart.kind == model::ChartKind::Pie) {
        legend = chart.categories;
    } else if (chart.series.size() > 1) {
        for (const model::ChartSeries& series : chart.series) {
            legend.push_back(series.name);
        }
    }
    if (!legend.empty()) {
        draw_legend(fragment, context, legend, height + 12, width);
    }
    fragment.height_pt += 6;
    // Centred in the column.
    Fragment centred;
    centred.append(fragment, (context.width_pt - width) / 2, 0);
    centred.height_pt = fragment.height_pt;
    Unit unit;
    unit.content = std::move(centred);
    out.push_back(std::move(unit));
}

}  // namespace nastavdoc::layout
