#include "engine/render/pdf/shared_lines.h"

#include "engine/render/pdf/content_stream.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace nastavdoc::render::pdf {

namespace {

constexpr std::size_t kMaxSeen = 1 << 15;
constexpr std::size_t kMaxKnownBytes = 4 << 20;

template <typename T>
void put(std::string& key, const T& value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    key.append(bytes, sizeof(T));
}

// Everything append_runs writes for the line, relative to its first run's origin.
void make_key(std::span<const layout::GlyphRun> line, std::string& key) {
    key.clear();
    const double x0 = line.front().x_pt;
    for (const layout::GlyphRun& run : line) {
        if (run.glyphs.empty()) {
            continue;
        }
        put(key, run.font);
        put(key, run.size_pt);
        put(key, run.x_pt - x0);
        put(key, run.glyphs.size());
        for (const layout::PositionedGlyph& glyph : run.glyphs) {
            put(key, glyph.glyph);
            put(key, glyph.x_pt);
        }
    }
}

}  // namespace

SharedLines::SharedLines(ObjectWriter& file, std::uint32_t font_resources)
    : file_(file), font_resources_(font_resources) {}

std::uint32_t SharedLines::find(std::span<const layout::GlyphRun> line,
                                const fonts::FontBook& fonts) {
    make_key(line, key_);
    if (const auto found = known_.find(key_); found != known_.end()) {
        return found->second;
    }
    if (seen_.size() >= kMaxSeen) {
        seen_.clear();
    }
    if (seen_.insert(std::hash<std::string_view>{}(key_)).second) {
        return 0;  // first use: drawn inline, remembered by its hash
    }
    if (known_bytes_ + key_.size() > kMaxKnownBytes) {
        known_.clear();
        known_bytes_ = 0;
    }
    const std::uint32_t form = make_form(line, fonts);
    known_bytes_ += key_.size() + 64;
    known_.emplace(key_, form);
    return form;
}

std::uint32_t SharedLines::make_form(std::span<const layout::GlyphRun> line,
                                     const fonts::FontBook& fonts) {
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

    const std::uint32_t number = file_.reserve();
    file_.stream_object(number, dictionary_, content_);
    forms_.push_back(number);
    return number;
}

}  // namespace nastavdoc::render::pdf
