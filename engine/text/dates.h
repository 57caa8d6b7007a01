// Calendar dates as Russian documents write them (documents.md A.6), through ICU's Russian data.
// In: year, month, day (month and day may be absent). Out: «28.05.2021» or «28 мая 2021 г.».
// Dates are calendar dates: no time zone ever shifts them and the process locale is never read.
#pragma once
#include "engine/text/grammar.h"

#include <optional>
#include <string>
#include <string_view>

namespace nastavdoc::text {

/// month and day are 0 when absent; year is 0 in a month-only date ("--08").
struct Date {
    int year = 0, month = 0, day = 0;
};

/// Parses "2021-05-28", "2021-05", "2021", "--08" and "--08-15"; nullopt when malformed or
/// when the day does not exist in that month.
std::optional<Date> parse_iso_date(std::string_view iso);

enum class DateStyle : std::uint8_t { Numeric, Words };

/// Numeric: «28.05.2021», «05.2021», «2021». Words: «28 мая 2021 г.», «май 2021 г.», «2021 г.»,
/// «август», «15 августа», joined by U+00A0 so the date never breaks.
std::string format_date(const Date& date, DateStyle style);

namespace detail {
/// format_date through ICU's SimpleDateFormat ("dd.MM.yyyy", "d MMMM y 'г.'", ...): the oracle
/// the tests compare format_date with.
std::string format_date_icu(const Date& date, DateStyle style);
}  // namespace detail

/// «2023/2024 учебный год»; the case changes the words («в 2023/2024 учебном году» for Pre);
/// separator '-' gives an en dash (2023–2024).
std::string academic_year(int first_year, Case c = Case::Nom, char separator = '/');

}  // namespace nastavdoc::text
