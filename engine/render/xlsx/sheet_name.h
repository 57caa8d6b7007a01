// Internal to render/xlsx. Sheet names within Excel's rules: at most 31 characters (UTF-16
// units), none of []:*?/\, no apostrophe at either end, unique ignoring case.
#pragma once
#include <set>
#include <string>
#include <string_view>

namespace nastavdoc::render::xlsx {

inline constexpr std::size_t kMaxSheetNameUnits = 31;

/// `title` made acceptable: / and \ become '-', : becomes '.', [ ] become ( ), * and ? and
/// control characters are dropped, runs of spaces collapse, apostrophes at the ends go; then
/// it is cut to `max_units` UTF-16 units on a character boundary. May return "".
std::string clean_sheet_name(std::string_view title, std::size_t max_units = kMaxSheetNameUnits);

/// Hands out unique names in call order: a repeated name gets " (2)", " (3)" … with the base
/// cut so the whole still fits; an empty name becomes "Лист N".
class SheetNamer {
public:
    std::string unique(std::string_view title);
    /// Marks a name as taken without returning it (the hidden sheet of drop-down lists).
    void reserve(std::string_view name);

private:
    bool is_taken(const std::string& name) const;
    std::set<std::string> taken_;  // case-folded
    int count_ = 0;
};

/// Case folding as Excel compares sheet names: ASCII and Cyrillic letters to lower case.
std::string fold_case(std::string_view name);

}  // namespace nastavdoc::render::xlsx
