#include "engine/text/icu_support.h"
#include "engine/text/numbers.h"

#include <unicode/numfmt.h>

#include <algorithm>
#include <memory>

namespace nastavdoc::text {

std::string format_number(double value, int decimals) {
    decimals = std::clamp(decimals, 0, 15);
    thread_local std::unique_ptr<icu::NumberFormat> format;
    if (!format) {
        UErrorCode status = U_ZERO_ERROR;
        format.reset(icu::NumberFormat::createInstance(detail::russian_locale(), status));
        detail::check_icu(status, "open the Russian number format");
        format->setRoundingMode(icu::NumberFormat::kRoundHalfUp);
        format->setGroupingUsed(true);
    }
    format->setMinimumFractionDigits(decimals);
    format->setMaximumFractionDigits(decimals);
    icu::UnicodeString out;
    format->format(value, out);
    return detail::to_utf8(out);
}

}  // namespace nastavdoc::text
