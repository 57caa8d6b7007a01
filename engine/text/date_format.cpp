#include "engine/text/dates.h"
#include "engine/text/icu_support.h"

#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <array>
#include <memory>

namespace nastavdoc::text {

namespace {

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && (year == 0 || is_leap(year))) {
        return 29;  // a month-day without a year may be 29 February
    }
    return kDays[static_cast<std::size_t>(month - 1)];
}

bool read_digits(std::string_view text, std::size_t pos, std::size_t count, int& value) {
    if (pos + count > text.size()) {
        return false;
    }
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

// The patterns, U+00A0 between the parts so a date never breaks (documents.md B.2 rule 9).
// LLLL is the stand-alone (nominative) month, MMMM the genitive one («28 мая», «май 2021»).
enum Pattern : std::size_t {
    kDayMonthYearNumeric,
    kMonthYearNumeric,
    kYearNumeric,
    kMonthDayNumeric,
    kMonthNumeric,
    kDayMonthYearWords,
    kMonthYearWords,
    kYearWords,
    kMonthDayWords,
    kMonthWords,
    kPatternCount
};

constexpr std::array<const char*, kPatternCount> kPatterns = {"dd.MM.yyyy",
                                                              "MM.yyyy",
                                                              "yyyy",
                                                              "dd.MM",
                                                              "MM",
                                                              "d\u00A0MMMM\u00A0y\u00A0'г.'",
                                                              "LLLL\u00A0y\u00A0'г.'",
                                                              "y\u00A0'г.'",
                                                              "d\u00A0MMMM",
                                                              "LLLL"};

// Dates are calendar dates: the calendar and the formatter share one fixed zone, so the fields
// set are the fields printed whatever TZ the process has.
icu::SimpleDateFormat& formatter(Pattern pattern) {
    thread_local std::array<std::unique_ptr<icu::SimpleDateFormat>, kPatternCount> formats;
    auto& slot = formats[pattern];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot = std::make_unique<icu::SimpleDateFormat>(
            icu::UnicodeString::fromUTF8(kPatterns[pattern]), detail::russian_locale(), status);
        detail::check_icu(status, "open a Russian date format");
        auto calendar = std::make_unique<icu::GregorianCalendar>(
            icu::TimeZone::createTimeZone("Europe/Moscow"), detail::russian_locale(), status);
        detail::check_icu(status, "open the Gregorian calendar");
        slot->adoptCalendar(calendar.release());
    }
    return *slot;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view iso) {
    Date date;
    if (iso.size() >= 4 && iso[0] == '-' && iso[1] == '-') {
        if (!read_digits(iso, 2, 2, date.month) || date.month < 1 || date.month > 12) {
            return std::nullopt;
        }
        if (iso.size() == 4) {
            return date;
        }
        if (iso.size() != 7 || iso[4] != '-' || !read_digits(iso, 5, 2, date.day) || date.day < 1 ||
            date.day > days_in_month(0, date.month)) {
            return std::nullopt;
        }
        return date;
    }
    if (!read_digits(iso, 0, 4, date.year) || date.year < 1) {
        return std::nullopt;
    }
    if (iso.size() == 4) {
        return date;
    }
    if (iso.size() < 7 || iso[4] != '-' || !read_digits(iso, 5, 2, date.month) || date.month < 1 ||
        date.month > 12) {
        return std::nullopt;
    }
    if (iso.size() == 7) {
        return date;
    }
    if (iso.size() != 10 || iso[7] != '-' || !read_digits(iso, 8, 2, date.day) || date.day < 1 ||
        date.day > days_in_month(date.year, date.month)) {
        return std::nullopt;
    }
    return date;
}

namespace {

constexpr std::array<std::string_view, 12> kGenitive = {"января",   "февраля", "марта",  "апреля",
                                                        "мая",      "июня",    "июля",   "августа",
                                                        "сентября", "октября", "ноября", "декабря"};
constexpr std::array<std::string_view, 12> kNominative = {
    "январь", "февраль", "март",     "апрель",  "май",    "июнь",
    "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
constexpr std::string_view kNbsp = "\u00A0";

// `value` in decimal, zero-padded to `width` digits.
void append_number(std::string& out, int value, int width) {
    char digits[12];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += digits[--n];
}

}  // namespace

std::string format_date(const Date& date, DateStyle style) {
    // Written out directly: ICU's SimpleDateFormat with a calendar took ~17,000 instructions a
    // date. detail::format_date_icu keeps the ICU patterns, and the tests compare the two.
    const bool words = style == DateStyle::Words;
    const bool day = date.day > 0, month = date.month > 0 && date.month <= 12, year = date.year > 0;
    std::string out;
    if (!month && !year)
        return out;
    const auto month_index = static_cast<std::size_t>(date.month - 1);
    if (words) {
        if (month && day) {
            append_number(out, date.day, 1);
            out += kNbsp;
            out += kGenitive[month_index];
        } else if (month) {
            out += kNominative[month_index];
        }
        if (year) {
            if (month)
                out += kNbsp;
            append_number(out, date.year, 1);
            out += kNbsp;
            out += "г.";
        }
        return out;
    }
    if (month && day) {
        append_number(out, date.day, 2);
        out += '.';
    }
    if (month) {
        append_number(out, date.month, 2);
        if (year)
            out += '.';
    }
    if (year)
        append_number(out, date.year, 4);
    return out;
}

namespace detail {

std::string format_date_icu(const Date& date, DateStyle style) {
    const bool words = style == DateStyle::Words;
    Pattern pattern;
    if (date.year > 0 && date.month > 0 && date.day > 0) {
        pattern = words ? kDayMonthYearWords : kDayMonthYearNumeric;
    } else if (date.year > 0 && date.month > 0) {
        pattern = words ? kMonthYearWords : kMonthYearNumeric;
    } else if (date.year > 0) {
        pattern = words ? kYearWords : kYearNumeric;
    } else if (date.month > 0 && date.day > 0) {
        pattern = words ? kMonthDayWords : kMonthDayNumeric;
    } else if (date.month > 0) {
        pattern = words ? kMonthWords : kMonthNumeric;
    } else {
        return {};
    }
    icu::SimpleDateFormat& format = formatter(pattern);
    icu::Calendar* calendar = const_cast<icu::Calendar*>(format.getCalendar());
    calendar->clear();
    // Noon, so no daylight-saving edge can move the day; year 2000 stands in when absent
    // (a leap year, so 29 February of a month-day survives).
    calendar->set(date.year > 0 ? date.year : 2000, date.month > 0 ? date.month - 1 : 0,
                  date.day > 0 ? date.day : 1, 12, 0, 0);
    UErrorCode status = U_ZERO_ERROR;
    const UDate when = calendar->getTime(status);
    detail::check_icu(status, "compute a date");
    icu::UnicodeString out;
    format.format(when, out);
    return detail::to_utf8(out);
}

}  // namespace detail

std::string academic_year(int first_year, Case c, char separator) {
    static constexpr std::array<std::string_view, kCaseCount> kWords = {
        "учебный год", "учебного года", "учебному году",
        "учебный год", "учебным годом", "учебном году"};
    std::string out = std::to_string(first_year);
    if (separator == '-') {
        out += "–";  // documents.md B.5: a hyphen in an academic year becomes an en dash
    } else {
        out += separator;
    }
    out += std::to_string(first_year + 1);
    out += ' ';
    out += kWords[static_cast<std::size_t>(c)];
    return out;
}

}  // namespace nastavdoc::text
