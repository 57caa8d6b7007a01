// Blocks of a document: paragraphs, lists, tables, charts, and the requisites of ГОСТ Р 7.0.97
// as their own node types, so each writer can lay them out properly (documents.md part A).
#pragma once
#include "engine/base/source_span.h"
#include "engine/model/inline.h"
#include "engine/model/style.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace nastavdoc::model {

struct Block;
using Blocks = std::vector<Block>;

struct Paragraph {
    Role role = Role::Body;
    ParagraphOverrides overrides;
    Inlines content;
    SourceSpan span;
};

enum class ListFormat : std::uint8_t {
    Decimal,       // 1. 2. 3.; nested Decimal lists continue the label: 1.1., 1.1.1.
    DecimalParen,  // 1) 2) 3)
    CyrillicParen,  // а) б) в) (the letters ё, з, й, о, ч, ъ, ы, ь are skipped, as in legal texts)
    Bullet,  // `marker` before each item: «–» by default, «•» in some seeds
};

struct ListItem {
    Blocks blocks;  // the first block is usually the item's paragraph; nested lists follow
};

struct List {
    ListFormat format = ListFormat::Decimal;
    std::string marker = "\u2013";  // Bullet
    int start = 1;
    Role role = Role::ListItem;  // the role of the items' paragraphs
    std::vector<ListItem> items;
    SourceSpan span;
};

/// The label of item `index` (0-based) of `list` nested under the given parent labels:
/// Decimal under "2." gives "2.1."; DecimalParen gives "1)"; CyrillicParen gives "а)".
std::string list_label(const List& list, std::size_t index, const std::string& parent_label);

enum class VAlign : std::uint8_t { Top, Center, Bottom };

enum class ValueType : std::uint8_t { Text, Number, Date };

struct TableCell {
    Blocks blocks;
    int colspan = 1;
    int rowspan = 1;  // HTML rules: the rows below omit the cells this one covers
    std::optional<Align> align;
    VAlign valign = VAlign::Top;
    // For XLSX: the typed value of the cell. Text cells keep `blocks` only.
    ValueType type = ValueType::Text;
    double number = 0;     // Number
    std::string date_iso;  // Date: "2021-05-28"
};

struct TableRow {
    std::vector<TableCell> cells;
    bool cant_split = false;  // the row may not break across pages
};

enum class Validation : std::uint8_t { None, List, Date, WholeNumber };

struct TableColumn {
    double width = 1;  // relative weight; widths are scaled to the text width
    Validation validation = Validation::None;
    std::vector<std::string> options;  // List validation
    double min = 0, max = 0;           // WholeNumber validation
};

struct Table {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
    int header_rows = 0;  // repeated on every page; bold in XLSX, frozen pane under them
    bool borders = true;
    std::string title;  // a name for the XLSX sheet and for messages
    std::optional<double> font_size_pt;
    SourceSpan span;
};

/// Where every cell of a table sits once spans are applied.
struct GridCell {
    int row = 0, column = 0;  // the anchor's position in the grid
    int rowspan = 1, colspan = 1;
    const TableCell* cell = nullptr;  // nullptr: a gap (a row shorter than the grid)
    bool is_anchor = true;            // false: covered by a span from above or the left
};
struct TableGrid {
    int rows = 0, columns = 0;
    std::vector<GridCell> cells;  // rows × columns, row-major
    const GridCell& at(int row, int column) const {
        return cells[static_cast<std::size_t>(row * columns + column)];
    }
};
/// Resolves spans; a span that runs past the table is clipped.
TableGrid build_grid(const Table& table);

enum class ChartKind : std::uint8_t { Bar, Pie };

struct ChartSeries {
    std::string name;
    std::vector<double> values;
};

struct Chart {
    ChartKind kind = ChartKind::Bar;
    std::string title;
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;
    double width_mm = 160, height_mm = 80;
    SourceSpan span;
};

/// The organization block at the top of a blank (A.5): parent body, full name, short name,
/// reference data; centred.
struct OrgBlock {
    std::vector<Inlines> lines;  // each a centred line; the writer keeps them single-spaced
    std::vector<Inlines> reference_lines;  // справочные данные in smaller type (letterhead)
    SourceSpan span;
};

/// Date and registration number on one line (date flush left, number flush right), and the
/// place of issue centred under them.
struct RequisitesLine {
    std::string date;    // already formatted: "28.05.2021"
    std::string number;  // "№ 287/п" (with the sign and a no-break space)
    std::string place;   // "г. Керчь"; empty: no place line
    SourceSpan span;
};

enum class Side : std::uint8_t { Left, Right };

/// A grif (УТВЕРЖДАЮ, УТВЕРЖДЕНО приказом …, СОГЛАСОВАНО, ПРИНЯТО …) or an attachment header
/// (Приложение 1 к приказу …): lines in a block of at most `width_mm` in a corner of the page.
struct Grif {
    std::vector<Inlines> lines;
    int signature_line = -1;  // the line with the signer's name gets a signature rule before it
    Side side = Side::Right;
    double width_mm = 75;
    SourceSpan span;
};

/// Grifs side by side (adoption marks on the left, approval on the right) or one alone.
struct GrifRow {
    std::vector<Grif> grifs;
    SourceSpan span;
};

/// The signature: position on the left (it may take several lines), initials and surname flush
/// right on the level of the position's last line; optional «М.П.».
struct Signature {
    std::vector<Inlines> position_lines;
    std::string name;  // "Д.В. Колесник"
    bool seal = false;
    bool signature_rule = false;  // print a line for the handwritten signature before the name
    SourceSpan span;
};

/// Отметка об исполнителе: small type at the bottom of the last page.
struct Executor {
    std::vector<Inlines> lines;
    SourceSpan span;
};

/// Lines to fill by hand: `count` full-width rules (an answer to an open question).
struct BlankLines {
    int count = 1;
    SourceSpan span;
};

struct PageBreak {
    SourceSpan span;
};

/// Vertical space in points (an empty line between requisites is about one line of text).
struct Spacer {
    double height_pt = 0;
    SourceSpan span;
};

struct Block {
    std::variant<Paragraph, List, Table, Chart, OrgBlock, RequisitesLine, GrifRow, Signature,
                 Executor, BlankLines, PageBreak, Spacer>
        node;

    template <typename T>
    Block(T value) : node(std::move(value)) {}  // NOLINT: implicit by design

    template <typename T>
    const T* as() const {
        return std::get_if<T>(&node);
    }
    template <typename T>
    T* as() {
        return std::get_if<T>(&node);
    }
};

}  // namespace nastavdoc::model
