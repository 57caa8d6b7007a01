#include "engine/text/collation.h"

#include "engine/text/icu_support.h"

#include <unicode/coll.h>
#include <unicode/tblcoll.h>

#include <memory>

namespace nastavdoc::text {

namespace {

// ICU's Russian collation treats ё as е with an accent (dictionary practice); documents.md B.8
// and the registers want ё as its own letter after е, so the tailoring moves it there
// (libraries.md section 6).
const icu::Collator& russian_collator() {
    static const std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> base(
            icu::Collator::createInstance(detail::russian_locale(), status));
        detail::check_icu(status, "open the Russian collator");
        const auto* rules = dynamic_cast<const icu::RuleBasedCollator*>(base.get());
        icu::UnicodeString tailored = rules != nullptr ? rules->getRules() : icu::UnicodeString();
        tailored += icu::UnicodeString::fromUTF8("&е<ё<<<Ё");
        auto result = std::make_unique<icu::RuleBasedCollator>(tailored, status);
        detail::check_icu(status, "build the Russian collation with ё after е");
        return std::unique_ptr<icu::Collator>(result.release());
    }();
    return *collator;
}

}  // namespace

int compare(std::string_view a, std::string_view b) {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = russian_collator().compareUTF8(
        icu::StringPiece(a.data(), static_cast<std::int32_t>(a.size())),
        icu::StringPiece(b.data(), static_cast<std::int32_t>(b.size())), status);
    detail::check_icu(status, "compare strings");
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

std::string sort_key(std::string_view text) {
    const icu::UnicodeString s = detail::to_unicode(text);
    const icu::Collator& collator = russian_collator();
    std::string key(64, '\0');
    auto* bytes = reinterpret_cast<std::uint8_t*>(key.data());
    std::int32_t length = collator.getSortKey(s, bytes, static_cast<std::int32_t>(key.size()));
    if (length > static_cast<std::int32_t>(key.size())) {
        key.resize(static_cast<std::size_t>(length));
        bytes = reinterpret_cast<std::uint8_t*>(key.data());
        length = collator.getSortKey(s, bytes, length);
    }
    // The key ends with a zero byte; dropping it keeps prefixes sorting first.
    key.resize(length > 0 ? static_cast<std::size_t>(length) - 1 : 0);
    return key;
}

}  // namespace nastavdoc::text
