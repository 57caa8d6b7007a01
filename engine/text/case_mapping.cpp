#include "engine/text/case_mapping.h"

#include "engine/text/icu_support.h"

namespace nastavdoc::text {

std::string upper(std::string_view text) {
    icu::UnicodeString s = detail::to_unicode(text);
    s.toUpper(detail::russian_locale());
    return detail::to_utf8(s);
}

std::string lower(std::string_view text) {
    icu::UnicodeString s = detail::to_unicode(text);
    s.toLower(detail::russian_locale());
    return detail::to_utf8(s);
}

}  // namespace nastavdoc::text
