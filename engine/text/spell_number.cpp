#include "engine/text/icu_support.h"
#include "engine/text/numbers.h"

#include <unicode/fieldpos.h>
#include <unicode/rbnf.h>

#include <memory>
#include <mutex>

namespace nastavdoc::text {

namespace {

// ICU's RBNF names its Russian rule sets %spellout-cardinal-<gender>[-<case>], with the
// instrumental called "ablative" and the prepositional "locative" (libraries.md section 6).
icu::UnicodeString rule_set_name(NumberGender g, Case c) {
    std::string name = "%spellout-cardinal-";
    name += g == NumberGender::Masculine  ? "masculine"
            : g == NumberGender::Feminine ? "feminine"
                                          : "neuter";
    switch (c) {
        case Case::Nom:
            break;
        case Case::Gen:
            name += "-genitive";
            break;
        case Case::Dat:
            name += "-dative";
            break;
        case Case::Acc:
            name += "-accusative";
            break;
        case Case::Ins:
            name += "-ablative";
            break;
        case Case::Pre:
            name += "-locative";
            break;
    }
    return icu::UnicodeString::fromUTF8(name);
}

}  // namespace

std::string spell_number(long long n, NumberGender g, Case c) {
    // RuleBasedNumberFormat::format is const but keeps no promise about threads: one per thread.
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> format;
    if (!format) {
        UErrorCode status = U_ZERO_ERROR;
        format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                              detail::russian_locale(), status);
        detail::check_icu(status, "open the Russian spell-out rules");
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out;
    icu::FieldPosition position;
    format->format(static_cast<std::int64_t>(n), rule_set_name(g, c), out, position, status);
    detail::check_icu(status, "spell out a number");
    return detail::to_utf8(out);
}

}  // namespace nastavdoc::text
