#include "engine/render/xlsx/column_width.h"

#include "engine/base/utf8.h"

#include <algorithm>
#include <array>

namespace nastavdoc::render::xlsx {

namespace {

// Excel's column unit: the digit width of Calibri 11 at 96 dpi.
constexpr double kUnitPx = 7;
constexpr double kPxPerPt = 96.0 / 72.0;
constexpr double kPadding = 1.2;  // cell margins and the autofilter button's share

bool is_one_of(char32_t c, std::u32string_view set) {
    return set.find(c) != std::u32string_view::npos;
}

template <typename Measure>
double widest_piece(std::string_view text, double size_pt, bool bold, Measure&& is_break) {
    double widest = 0, current = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = 0;
        const std::size_t used = utf8::decode(text, pos, c);
        if (used == 0) {
            pos += 1;
            current += 0.5;
            continue;
        }
        pos += used;
        if (is_break(c)) {
            widest = std::max(widest, current);
            current = 0;
        } else {
            current += char_width_em(c);
        }
    }
    widest = std::max(widest, current);
    return widest * size_pt * kPxPerPt * (bold ? 1.06 : 1.0) / kUnitPx;
}

double classify_char_width(char32_t c) {
    if (c >= '0' && c <= '9')
        return 0.5;
    if (c == ' ' || c == 0xA0 || c == 0x202F)
        return 0.25;
    if (is_one_of(c, U".,:;'!|ilj"))
        return 0.28;
    if (is_one_of(c, U"ftrI()[]/\\-\u2011"))
        return 0.34;
    if (is_one_of(c, U"mwMW@%\u2014\u2116"))
        return 0.92;  // № and the em dash too
    if (c >= 'a' && c <= 'z')
        return 0.48;
    if (c >= 'A' && c <= 'Z')
        return 0.68;
    if (is_one_of(c, U"жшщыюмЖШЩЫЮМФ"))
        return c >= 0x0430 ? 0.7 : 0.9;
    if (c >= 0x0430 && c <= 0x045F)
        return 0.5;  // а..я, ё and the rest of the lower case
    if (c >= 0x0400 && c <= 0x042F)
        return 0.68;  // А..Я, Ё
    if (c == 0x2013 || c == 0xAB || c == 0xBB)
        return 0.5;  // – « »
    return 0.6;
}

}  // namespace

// The ASCII and Cyrillic blocks from a table built once: this runs for every character of a
// 100,000-row register.
double char_width_em(char32_t c) {
    static const auto kTable = [] {
        std::array<float, 0x460> table{};
        for (char32_t i = 0; i < table.size(); ++i)
            table[i] = static_cast<float>(classify_char_width(i));
        return table;
    }();
    return c < kTable.size() ? kTable[c] : classify_char_width(c);
}

double text_width(std::string_view text, double size_pt, bool bold) {
    return widest_piece(text, size_pt, bold, [](char32_t c) { return c == '\n'; });
}

double widest_word_width(std::string_view text, double size_pt, bool bold) {
    return widest_piece(text, size_pt, bold, [](char32_t c) { return c == '\n' || c == ' '; });
}

void ColumnWidths::want(int column, double width) {
    if (column < 0 || column >= static_cast<int>(wanted_.size()))
        return;
    auto& wanted = wanted_[static_cast<std::size_t>(column)];
    wanted = std::max(wanted, width);
}

std::vector<double> ColumnWidths::finish(const std::vector<double>& fallback) const {
    std::vector<double> widths(wanted_.size());
    for (std::size_t i = 0; i < wanted_.size(); ++i) {
        double width = wanted_[i] > 0 ? wanted_[i] + kPadding : 0;
        if (width == 0 && i < fallback.size())
            width = fallback[i];
        // Round to a tenth once, here, so the written XML never depends on float noise.
        width = std::clamp(width, kMinColumnWidth, kMaxColumnWidth);
        widths[i] = static_cast<double>(static_cast<long>(width * 10 + 0.5)) / 10;
    }
    return widths;
}

}  // namespace nastavdoc::render::xlsx
