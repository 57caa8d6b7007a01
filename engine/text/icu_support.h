// Internal to text/. The only place where ICU types meet our strings: conversions between
// UTF-8 and icu::UnicodeString, the Russian locale, and ICU errors turned into ours.
#pragma once
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <string>
#include <string_view>

namespace nastavdoc::text::detail {

/// The one locale of this module: ru-RU, never the process default.
const icu::Locale& russian_locale();

icu::UnicodeString to_unicode(std::string_view utf8);
std::string to_utf8(const icu::UnicodeString& text);

/// Throws nastavdoc::Error ("environment.icu") when ICU reports a failure.
void check_icu(UErrorCode status, std::string_view what);

}  // namespace nastavdoc::text::detail
