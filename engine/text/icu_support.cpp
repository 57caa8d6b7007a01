#include "engine/text/icu_support.h"

#include "engine/base/diagnostics.h"

namespace nastavdoc::text::detail {

const icu::Locale& russian_locale() {
    static const icu::Locale locale("ru", "RU");
    return locale;
}

icu::UnicodeString to_unicode(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

void check_icu(UErrorCode status, std::string_view what) {
    if (U_FAILURE(status)) {
        throw_environment_error(
            "environment.icu",
            std::string("ICU failed to ") + std::string(what) + ": " + u_errorName(status));
    }
}

}  // namespace nastavdoc::text::detail
