// Internal to render/xlsx. The typed value a table cell is written as, decided without
// libxlsxwriter so it can be tested: numbers stay numbers, dates become Excel dates, everything
// else (phones, ИНН, СНИЛС, class codes) stays text exactly as the model spells it.
#pragma once
#include "engine/model/block.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::render::xlsx {

enum class CellKind : std::uint8_t { Blank, Text, Number, Percent, Date };

struct CivilDate {
    int year = 0, month = 0, day = 0;
    bool operator==(const CivilDate&) const = default;
};

struct CellValue {
    CellKind kind = CellKind::Blank;
    std::string text;   // Text; Percent: the text it was read from (for the column width)
    double number = 0;  // Number; Percent: the fraction (42,9 % -> 0.429)
    CivilDate date;     // Date
    int decimals = 0;   // Percent: the digits after the comma, shown by the number format
};

/// A percentage read from a cell's text.
struct Percentage {
    double fraction = 0;  // «42,9 %» -> 0.429
    int decimals = 0;     // «42,9 %» -> 1
};

/// Excel's limit on the characters of one cell.
inline constexpr std::size_t kMaxCellChars = 32767;

/// The value of `cell`: a Number cell with a finite number, a Date cell with a valid ISO date,
/// a text that is a percentage as a Percent, otherwise the cell's text (a Date cell with a bad
/// date keeps its text, never a wrong date).
CellValue cell_value(const model::TableCell& cell);

/// The plain text of blocks as a cell shows it: paragraphs on their own lines, list items with
/// their labels, truncated on a character boundary to kMaxCellChars.
std::string blocks_text(const model::Blocks& blocks);

/// Appends the lines a block shows as text: a paragraph, each list item with its label, each line
/// of an organization block, grif, signature or executor note. Tables and charts add nothing.
void append_block_lines(const model::Block& block, std::vector<std::string>& lines);

/// "2021-05-28" -> {2021, 5, 28}; nullopt for anything that is not a real date in 1900..9999
/// (Excel's date range).
std::optional<CivilDate> parse_iso_date(std::string_view iso);

/// «42,9 %», «42,9%», «100 %» -> the fraction and the decimals shown: digits, an optional
/// decimal comma with digits, an optional space (plain, no-break, thin or narrow no-break), then
/// % and nothing more. No sign, so nothing that starts like a formula is ever read as a number.
std::optional<Percentage> parse_percentage(std::string_view text);

/// Seconds since 1970-01-01 UTC of midnight of `date` (proleptic Gregorian, no time zone).
std::int64_t unix_time(const CivilDate& date);

/// True when a spreadsheet would take the text for a formula if it were typed in: it starts with
/// =, +, -, @, a tab or a carriage return (OWASP's list for CSV injection).
bool looks_like_formula(std::string_view text);

/// Cuts `text` to at most `max_chars` code points, never inside a UTF-8 sequence.
std::string truncate_chars(std::string_view text, std::size_t max_chars);

}  // namespace nastavdoc::render::xlsx
