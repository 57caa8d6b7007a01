// Internal to render/xlsx. Writes one planned sheet strictly row by row (so constant-memory
// mode never loses a cell): the document's title and the text above the table, the table with
// its header, spans, validations and print setup, then anything below it.
#pragma once
#include "engine/render/xlsx/sheet_plan.h"
#include "engine/render/xlsx/workbook.h"

#include <string>
#include <vector>

namespace nastavdoc::render::xlsx {

/// Drop-down lists too long for Excel's inline form (over 255 characters, or with commas) go to
/// a hidden sheet, one list per column; validations point at their range.
class ListSheet {
public:
    static constexpr const char* kName = "Списки";
    /// The formula of the range holding `items` (equal lists share a column).
    std::string range_formula(const std::vector<std::string>& items);
    bool is_empty() const { return lists_.empty(); }
    /// Adds the hidden sheet and writes the lists, row by row.
    void write(Workbook& workbook) const;

private:
    std::vector<std::vector<std::string>> lists_;
};

/// Validations reach this many rows past a table that has nothing below it, so new rows can be
/// added by hand with the same drop-downs.
inline constexpr int kValidationSpareRows = 200;

/// The pane is frozen under a table's header only when the header ends within this many rows of
/// the top of the sheet (a register under a few title lines). Frozen lower, the rows above the
/// pane would fill the window and the table could not be scrolled (a report with pages of text
/// above its table); such a sheet keeps its autofilter and repeated print rows, unfrozen.
inline constexpr int kMaxFrozenRows = 8;

/// True when a header whose last row is `header_last_row` (1-based) is frozen.
bool freezes_header(int header_last_row);

/// True when Excel accepts `items` as an inline list: no commas or double quotes, at most 255
/// characters joined with commas.
bool fits_inline_list(const std::vector<std::string>& items);

void write_sheet(Workbook& workbook, ListSheet& lists, const model::Document& document,
                 const SheetPlan& plan, const std::string& name);

}  // namespace nastavdoc::render::xlsx
