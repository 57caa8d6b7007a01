#include "engine/text/dates.h"
#include "tests/support/test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace nastavdoc::text {
namespace {

using nastavdoc::testing::show_nbsp;

TEST(DateFormatTest, ParsesIsoDatesAndPartialDates) {
    const auto full = parse_iso_date("2021-05-28");
    ASSERT_TRUE(full);
    EXPECT_EQ(full->year, 2021);
    EXPECT_EQ(full->month, 5);
    EXPECT_EQ(full->day, 28);
    const auto month = parse_iso_date("2021-05");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->day, 0);
    const auto year = parse_iso_date("2021");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->month, 0);
    const auto only_month = parse_iso_date("--08");
    ASSERT_TRUE(only_month);
    EXPECT_EQ(only_month->year, 0);
    EXPECT_EQ(only_month->month, 8);
    EXPECT_TRUE(parse_iso_date("--02-29"));
    EXPECT_TRUE(parse_iso_date("2024-02-29"));
}

TEST(DateFormatTest, RejectsMalformedDates) {
    for (const std::string_view bad :
         {"", "21-05-28", "2021-13-01", "2021-02-29", "2021-04-31", "2021-5-28", "2021-05-28T00:00",
          "28.05.2021", "--13", "0000", "abcd", "2021-00", "2021-05-00", "--02-30"}) {
        EXPECT_FALSE(parse_iso_date(bad)) << bad;
    }
}

TEST(DateFormatTest, FormatsBothStylesOfDocumentsA6) {
    const Date date{2021, 5, 28};
    EXPECT_EQ(format_date(date, DateStyle::Numeric), "28.05.2021");
    EXPECT_EQ(show_nbsp(format_date(date, DateStyle::Words)), "28~мая~2021~г.");
    EXPECT_EQ(format_date({2023, 6, 5}, DateStyle::Numeric), "05.06.2023");
    EXPECT_EQ(show_nbsp(format_date({2023, 6, 5}, DateStyle::Words)), "5~июня~2023~г.");
}

TEST(DateFormatTest, FormatsEveryMonthInTheGenitive) {
    const char* const months[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                  "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
    for (int m = 1; m <= 12; ++m) {
        EXPECT_EQ(show_nbsp(format_date({2025, m, 1}, DateStyle::Words)),
                  std::string("1~") + months[m - 1] + "~2025~г.");
    }
}

TEST(DateFormatTest, FormatsPartialDates) {
    EXPECT_EQ(show_nbsp(format_date({2021, 5, 0}, DateStyle::Words)), "май~2021~г.");
    EXPECT_EQ(show_nbsp(format_date({2021, 0, 0}, DateStyle::Words)), "2021~г.");
    EXPECT_EQ(format_date({2021, 5, 0}, DateStyle::Numeric), "05.2021");
    EXPECT_EQ(format_date({2021, 0, 0}, DateStyle::Numeric), "2021");
    EXPECT_EQ(format_date({0, 8, 0}, DateStyle::Words), "август");
    EXPECT_EQ(show_nbsp(format_date({0, 8, 15}, DateStyle::Words)), "15~августа");
    EXPECT_EQ(format_date({0, 8, 15}, DateStyle::Numeric), "15.08");
    EXPECT_EQ(format_date({0, 0, 0}, DateStyle::Words), "");
}

TEST(DateFormatTest, NeverShiftsTheDayWhateverTheTimeZone) {
    // CTest runs this binary with TZ=Pacific/Chatham; try the other side of the world too.
    for (const char* zone : {"Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Moscow"}) {
        ::setenv("TZ", zone, 1);
        EXPECT_EQ(format_date({2021, 1, 1}, DateStyle::Numeric), "01.01.2021") << zone;
        EXPECT_EQ(format_date({2021, 12, 31}, DateStyle::Numeric), "31.12.2021") << zone;
        EXPECT_EQ(format_date({1919, 3, 31}, DateStyle::Numeric), "31.03.1919") << zone;
    }
}

TEST(DateFormatTest, FormatsAcademicYears) {
    EXPECT_EQ(academic_year(2023), "2023/2024 учебный год");
    EXPECT_EQ(academic_year(2023, Case::Gen), "2023/2024 учебного года");
    EXPECT_EQ(academic_year(2023, Case::Dat), "2023/2024 учебному году");
    EXPECT_EQ(academic_year(2023, Case::Acc), "2023/2024 учебный год");
    EXPECT_EQ(academic_year(2023, Case::Ins), "2023/2024 учебным годом");
    EXPECT_EQ(academic_year(2023, Case::Pre), "2023/2024 учебном году");
    EXPECT_EQ(academic_year(2023, Case::Nom, '-'), "2023–2024 учебный год");
}

}  // namespace
}  // namespace nastavdoc::text

namespace nastavdoc::text {
namespace {

TEST(DateFormatTest, MatchesIcuPatternsForEveryShapeOfDate) {
    // format_date writes the dates itself; ICU's SimpleDateFormat with the same patterns is the
    // oracle: every day of two years (one leap), month-days, months, years, in both styles.
    int compared = 0;
    const auto days_in = [](int year, int month) {
        constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
        return month == 2 && leap ? 29 : kDays[month - 1];
    };
    // Years from 1600 on: ICU's Gregorian calendar is Julian before 1582.
    for (const int year : {0, 1600, 2020, 2021, 2099, 10000}) {
        for (int month = 0; month <= 12; ++month) {
            for (int day = 0; day <= 31; ++day) {
                if ((month == 0 && day > 0) || (month > 0 && day > days_in(year, month)))
                    continue;
                const Date date{year, month, day};
                for (const DateStyle style : {DateStyle::Numeric, DateStyle::Words}) {
                    ASSERT_EQ(format_date(date, style), detail::format_date_icu(date, style))
                        << year << "-" << month << "-" << day;
                    ++compared;
                }
            }
        }
    }
    EXPECT_GT(compared, 4000);
}

}  // namespace
}  // namespace nastavdoc::text
