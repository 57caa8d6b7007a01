#include "engine/render/pdf/shared_lines.h"

#include "engine/base/bytes.h"
#include "engine/render/pdf/content_stream.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace nastavdoc::render::pdf {

namespace {

void append_int(std::string& out, long long value) {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

constexpr std::size_t kMaxSeen = 1 << 15;
constexpr std::size_t kMaxKnownBytes = 4 << 20;

// Everything append_runs writes for the line, relative to its first run's origin. Written in
// place: this runs for every line of every page.
void make_line_key(std::span<const layout::GlyphRun> line, std::string& key) {
    std::size_t size = 1;
    for (const layout::GlyphRun& run : line) {
        if (!run.glyphs.empty()) {
            size += sizeof run.font + sizeof run.size_pt + sizeof(double) + sizeof(std::size_t) +
                    run.glyphs.size() * (sizeof(std::uint16_t) + sizeof(double));
        }
    }
    key.resize(size);
    char* at = key.data();
    auto write = [&at](const auto& value) {
        std::memcpy(at, &value, sizeof value);
        at += sizeof value;
    };
    *at++ = 'l';
    const double x0 = line.front().x_pt;
    for (const layout::GlyphRun& run : line) {
        if (run.glyphs.empty()) {
            continue;
        }
        write(run.font);
        write(run.size_pt);
        write(run.x_pt - x0);
        write(run.glyphs.size());
        for (const layout::PositionedGlyph& glyph : run.glyphs) {
            write(glyph.glyph);
            write(glyph.x_pt);
        }
    }
}

void append_placement(std::string& out, std::uint32_t form, long long x, long long y) {
    out += "q 1 0 0 1 ";
    append_hundredths(out, x);
    out += ' ';
    append_hundredths(out, y);
    out += " cm/L";
    append_int(out, form);
    out += " Do Q\n";
}

}  // namespace

long long to_hundredths(double value) {
    return static_cast<long long>(value * 100 + (value >= 0 ? 0.5 : -0.5));
}

void append_hundredths(std::string& out, long long hundredths) {
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    append_int(out, hundredths / 100);
    const long long fraction = hundredths % 100;
    if (fraction != 0) {
        out += '.';
        out += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) {
            out += static_cast<char>('0' + fraction % 10);
        }
    }
}

SharedLines::SharedLines(ObjectWriter& file, std::uint32_t font_resources)
    : file_(file), font_resources_(font_resources) {}

bool SharedLines::first_use(const std::string& key) {
    if (seen_.size() >= kMaxSeen) {
        seen_.clear();
    }
    return seen_.insert(std::hash<std::string_view>{}(key)).second;
}

std::uint32_t SharedLines::find(std::span<const layout::GlyphRun> line,
                                const fonts::FontBook& fonts) {
    make_line_key(line, key_);
    if (const auto found = known_.find(key_); found != known_.end()) {
        return found->second;
    }
    if (first_use(key_)) {
        return 0;  // drawn inline, remembered by its hash
    }
    const double x0 = line.front().x_pt;
    const double y0 = line.front().y_pt;
    content_ = "BT\n";
    int font = -1;
    double size = -1;
    // Page height 0 and origin (x0, -y0): the first run's origin becomes (0, 0).
    append_runs(line, x0, -y0, 0, fonts, content_, font, size);
    content_ += "ET\n";

    // The box clips the form: ample room around the glyphs (their advances bound them, and a
    // glyph's ink stays within an em or two of its origin).
    double left = 0, right = 0, margin = 0;
    for (const layout::GlyphRun& run : line) {
        if (run.glyphs.empty()) {
            continue;
        }
        const layout::PositionedGlyph& last = run.glyphs.back();
        left = std::min(left, run.x_pt - x0);
        right = std::max(
            right, run.x_pt - x0 + last.x_pt + fonts.advance(run.font, last.glyph) * run.size_pt);
        margin = std::max(margin, 2 * run.size_pt);
    }
    dictionary_ = "/Type/XObject/Subtype/Form/BBox[";
    append_number(dictionary_, std::floor(left - margin));
    dictionary_ += ' ';
    append_number(dictionary_, -std::ceil(margin));
    dictionary_ += ' ';
    append_number(dictionary_, std::ceil(right + margin));
    dictionary_ += ' ';
    append_number(dictionary_, std::ceil(margin));
    dictionary_ += "]/Resources<</Font ";
    dictionary_ += std::to_string(font_resources_);
    dictionary_ += " 0 R>>";
    return add_form(dictionary_);
}

std::uint32_t SharedLines::find_block(std::span<const PlacedForm> lines, double width_pt,
                                      double height_pt) {
    key_.clear();
    key_ += 'b';
    const PlacedForm& origin = lines.front();
    for (const PlacedForm& line : lines) {
        append_bytes(key_, line.form);
        append_bytes(key_, line.x - origin.x);
        append_bytes(key_, line.y - origin.y);
    }
    if (const auto found = known_.find(key_); found != known_.end()) {
        return found->second;
    }
    if (first_use(key_)) {
        return 0;
    }
    content_.clear();
    for (const PlacedForm& line : lines) {
        append_placement(content_, line.form, line.x - origin.x, line.y - origin.y);
    }
    // Every line of the block is on the page, so the page's size around the origin holds it.
    dictionary_ = "/Type/XObject/Subtype/Form/BBox[";
    append_number(dictionary_, -std::ceil(width_pt));
    dictionary_ += ' ';
    append_number(dictionary_, -std::ceil(height_pt));
    dictionary_ += ' ';
    append_number(dictionary_, std::ceil(width_pt));
    dictionary_ += ' ';
    append_number(dictionary_, std::ceil(height_pt));
    dictionary_ += "]/Resources<</XObject ";
    if (resources_ == 0) {
        resources_ = file_.reserve();
    }
    dictionary_ += std::to_string(resources_);
    dictionary_ += " 0 R>>";
    return add_form(dictionary_);
}

std::uint32_t SharedLines::add_form(const std::string& dictionary_keys) {
    if (resources_ == 0) {
        resources_ = file_.reserve();
    }
    if (known_bytes_ + key_.size() > kMaxKnownBytes) {
        known_.clear();
        known_bytes_ = 0;
    }
    const std::uint32_t number = file_.reserve();
    file_.stream_object(number, dictionary_keys, content_);
    forms_.push_back(number);
    known_bytes_ += key_.size() + 64;
    known_.emplace(key_, number);
    return number;
}

void SharedLines::write_resources() {
    if (resources_ == 0) {
        return;
    }
    std::string text = "<<";
    for (const std::uint32_t form : forms_) {
        text += "/L";
        text += std::to_string(form);
        text += ' ';
        text += std::to_string(form);
        text += " 0 R";
    }
    text += ">>";
    file_.begin_object(resources_);
    file_.write(text);
    file_.end_object();
}

void append_form(std::string& out, std::uint32_t form, long long x, long long y) {
    append_placement(out, form, x, y);
}

}  // namespace nastavdoc::render::pdf
