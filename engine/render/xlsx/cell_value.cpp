#include "engine/render/xlsx/cell_value.h"

#include <cmath>

namespace nastavdoc::render::xlsx {

namespace {

void append_list_lines(const model::List& list, const std::string& parent_label,
                       std::vector<std::string>& lines) {
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const std::string label = model::list_label(list, i, parent_label);
        bool first = true;
        for (const auto& block : list.items[i].blocks) {
            if (const auto* nested = block.as<model::List>()) {
                append_list_lines(*nested, label, lines);
                continue;
            }
            std::vector<std::string> item_lines;
            append_block_lines(block, item_lines);
            for (auto& line : item_lines) {
                lines.push_back(first ? label + " " + line : std::move(line));
                first = false;
            }
        }
        if (first)
            lines.push_back(label);
    }
}

void append_inlines_lines(const std::vector<model::Inlines>& source,
                          std::vector<std::string>& lines) {
    for (const auto& inlines : source)
        lines.push_back(model::plain_text(inlines));
}

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool parse_digits(std::string_view text, int& value) {
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return !text.empty();
}

// Removes a space of any of the kinds the typography puts before % from the end of `text`.
std::string_view drop_trailing_space(std::string_view text) {
    for (const std::string_view space : {" ", "\u00A0", "\u2009", "\u202F"}) {
        if (text.ends_with(space)) {
            return text.substr(0, text.size() - space.size());
        }
    }
    return text;
}

}  // namespace

void append_block_lines(const model::Block& block, std::vector<std::string>& lines) {
    if (const auto* paragraph = block.as<model::Paragraph>()) {
        lines.push_back(model::plain_text(paragraph->content));
    } else if (const auto* list = block.as<model::List>()) {
        append_list_lines(*list, "", lines);
    } else if (const auto* org = block.as<model::OrgBlock>()) {
        append_inlines_lines(org->lines, lines);
        append_inlines_lines(org->reference_lines, lines);
    } else if (const auto* requisites = block.as<model::RequisitesLine>()) {
        std::string line = requisites->date;
        if (!requisites->number.empty())
            line += (line.empty() ? "" : "    ") + requisites->number;
        lines.push_back(line);
        if (!requisites->place.empty())
            lines.push_back(requisites->place);
    } else if (const auto* grifs = block.as<model::GrifRow>()) {
        for (const auto& grif : grifs->grifs)
            append_inlines_lines(grif.lines, lines);
    } else if (const auto* signature = block.as<model::Signature>()) {
        std::string line;
        for (const auto& part : signature->position_lines) {
            if (!line.empty())
                line += ' ';
            line += model::plain_text(part);
        }
        if (!signature->name.empty())
            line += (line.empty() ? "" : "    ") + signature->name;
        lines.push_back(line);
    } else if (const auto* executor = block.as<model::Executor>()) {
        append_inlines_lines(executor->lines, lines);
    } else if (const auto* blank = block.as<model::BlankLines>()) {
        for (int i = 0; i < blank->count; ++i)
            lines.emplace_back();
    }
}

std::string truncate_chars(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        // A byte that is not a continuation byte starts a character.
        if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) {
            if (chars == max_chars)
                return std::string(text.substr(0, pos));
            ++chars;
        }
    }
    return std::string(text);
}

std::string blocks_text(const model::Blocks& blocks) {
    // The common cell: one paragraph (no list of lines to build).
    if (blocks.size() == 1) {
        if (const auto* paragraph = blocks.front().as<model::Paragraph>()) {
            std::string text = model::plain_text(paragraph->content);
            if (text.size() > kMaxCellChars)
                return truncate_chars(text, kMaxCellChars);
            return text;
        }
    }
    std::vector<std::string> lines;
    for (const auto& block : blocks)
        append_block_lines(block, lines);
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0)
            text += '\n';
        text += lines[i];
    }
    if (text.size() > kMaxCellChars)
        return truncate_chars(text, kMaxCellChars);
    return text;
}

std::optional<CivilDate> parse_iso_date(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    CivilDate date;
    if (!parse_digits(iso.substr(0, 4), date.year) || !parse_digits(iso.substr(5, 2), date.month) ||
        !parse_digits(iso.substr(8, 2), date.day)) {
        return std::nullopt;
    }
    if (date.year < 1900 || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > days_in_month(date.year, date.month)) {
        return std::nullopt;
    }
    return date;
}

std::int64_t unix_time(const CivilDate& date) {
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, no time zone.
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (date.month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + date.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468;
    return days * 86400;
}

std::optional<Percentage> parse_percentage(std::string_view text) {
    if (!text.ends_with('%')) {
        return std::nullopt;
    }
    const std::string_view number = drop_trailing_space(text.substr(0, text.size() - 1));
    const std::size_t comma = number.find(',');
    const std::string_view whole = number.substr(0, comma);
    const std::string_view fraction =
        comma == std::string_view::npos ? std::string_view() : number.substr(comma + 1);
    constexpr std::size_t kMaxDigits = 15;  // exact in a double
    if (whole.empty() || (comma != std::string_view::npos && fraction.empty()) ||
        whole.size() + fraction.size() > kMaxDigits) {
        return std::nullopt;
    }
    double digits = 0;
    for (const std::string_view part : {whole, fraction}) {
        for (const char c : part) {
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            digits = digits * 10 + (c - '0');
        }
    }
    // One division of exact integers: «42,9» is 429 / 1000, the double nearest to 0.429.
    const auto decimals = static_cast<int>(fraction.size());
    return Percentage{digits / std::pow(10.0, decimals + 2), decimals};
}

bool looks_like_formula(std::string_view text) {
    if (text.empty())
        return false;
    const char first = text.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
           first == '\r';
}

CellValue cell_value(const model::TableCell& cell) {
    CellValue value;
    if (cell.type == model::ValueType::Number && std::isfinite(cell.number)) {
        value.kind = CellKind::Number;
        value.number = cell.number;
        return value;
    }
    if (cell.type == model::ValueType::Date) {
        if (const auto date = parse_iso_date(cell.date_iso)) {
            value.kind = CellKind::Date;
            value.date = *date;
            return value;
        }
    }
    value.text = blocks_text(cell.blocks);
    if (value.text.empty() && cell.type == model::ValueType::Date)
        value.text = cell.date_iso;
    if (const auto percentage = parse_percentage(value.text)) {
        value.kind = CellKind::Percent;
        value.number = percentage->fraction;
        value.decimals = percentage->decimals;
        return value;
    }
    value.kind = value.text.empty() ? CellKind::Blank : CellKind::Text;
    return value;
}

}  // namespace nastavdoc::render::xlsx
