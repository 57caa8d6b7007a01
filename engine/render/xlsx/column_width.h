// Internal to render/xlsx. Column widths computed from the text (libxlsxwriter 1.1.4 has no
// autofit). Excel measures a column in widths of the digit 0 of the workbook's default font
// (Calibri 11: 7 px); we estimate the text's width in em of a Times-like serif, Cyrillic-aware,
// and convert at the cell's font size.
#pragma once
#include <string_view>
#include <vector>

namespace nastavdoc::render::xlsx {

inline constexpr double kMinColumnWidth = 4;
inline constexpr double kMaxColumnWidth = 60;  // longer text wraps

/// Width of one code point in em: narrow punctuation, Latin and Cyrillic letters by class
/// (ж, ш, щ, ы, ю, м and their capitals are wide), digits half an em.
double char_width_em(char32_t code_point);

/// Width in Excel character units of the widest line of `text` set at `size_pt`.
double text_width(std::string_view text, double size_pt, bool bold = false);

/// Width of the widest word of `text`: a header cell wraps between words, so its widest word is
/// all the width it insists on.
double widest_word_width(std::string_view text, double size_pt, bool bold = true);

/// Collects the width each column asks for while rows are written, then caps it.
class ColumnWidths {
public:
    explicit ColumnWidths(int columns) : wanted_(static_cast<std::size_t>(columns), 0) {}
    void want(int column, double width);
    /// Columns that asked for nothing (a blank form) get `fallback[column]` instead; every width
    /// is padded and kept within [kMinColumnWidth, kMaxColumnWidth].
    std::vector<double> finish(const std::vector<double>& fallback) const;

private:
    std::vector<double> wanted_;
};

}  // namespace nastavdoc::render::xlsx
