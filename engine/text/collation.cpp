#include "engine/text/collation.h"

#include "engine/text/collation_rules.h"
#include "engine/text/icu_support.h"

#include <unicode/coll.h>
#include <unicode/tblcoll.h>
#include <unicode/uversion.h>

#include <cstdint>
#include <memory>
#include <string_view>

namespace nastavdoc::text {

namespace {

#include NASTAVDOC_COLLATION_INC

// The collator of collation_rules.h, loaded from the binary form stored at build time (a copy
// of the data, no rule parsing); built from the rules when this process's ICU cannot read it.
std::unique_ptr<icu::Collator> load_russian_collator() {
    UErrorCode status = U_ZERO_ERROR;
    if (std::string_view(kRussianCollationIcuVersion) == U_ICU_VERSION) {
        std::unique_ptr<icu::Collator> root(
            icu::Collator::createInstance(icu::Locale::getRoot(), status));
        const auto* base = dynamic_cast<const icu::RuleBasedCollator*>(root.get());
        if (U_SUCCESS(status) && base != nullptr) {
            auto loaded = std::make_unique<icu::RuleBasedCollator>(
                kRussianCollationBinary, static_cast<std::int32_t>(sizeof kRussianCollationBinary),
                base, status);
            if (U_SUCCESS(status)) {
                return loaded;
            }
        }
        status = U_ZERO_ERROR;
    }
    std::unique_ptr<icu::Collator> built =
        detail::build_russian_collator(detail::russian_locale(), status);
    detail::check_icu(status, "build the Russian collation with ё after е");
    return built;
}

const icu::Collator& russian_collator() {
    static const std::unique_ptr<icu::Collator> collator = load_russian_collator();
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
