// Internal to text/.
// The Russian collation of collation.h built from rules: ICU's Russian tailoring plus ё as its
// own letter after е. Shared by collation.cpp (fallback) and collation_blob/main.cpp, which
// stores the built collator at build time so that a process only loads it.
#pragma once
#include <unicode/coll.h>
#include <unicode/tblcoll.h>
#include <unicode/unistr.h>

#include <memory>

namespace nastavdoc::text::detail {

// ICU's Russian collation treats ё as е with an accent (dictionary practice); documents.md B.8
// and the registers want ё as its own letter after е, so the tailoring moves it there
// (libraries.md section 6). Building it takes ~46M instructions (canonical closure), hence the
// stored binary (collation_blob/main.cpp).
inline std::unique_ptr<icu::RuleBasedCollator> build_russian_collator(const icu::Locale& locale,
                                                                      UErrorCode& status) {
    std::unique_ptr<icu::Collator> base(icu::Collator::createInstance(locale, status));
    if (U_FAILURE(status)) {
        return nullptr;
    }
    const auto* rules = dynamic_cast<const icu::RuleBasedCollator*>(base.get());
    icu::UnicodeString tailored = rules != nullptr ? rules->getRules() : icu::UnicodeString();
    tailored += icu::UnicodeString::fromUTF8("&е<ё<<<Ё");
    auto result = std::make_unique<icu::RuleBasedCollator>(tailored, status);
    if (U_FAILURE(status)) {
        return nullptr;
    }
    return result;
}

}  // namespace nastavdoc::text::detail
