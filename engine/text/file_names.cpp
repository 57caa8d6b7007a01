#include "engine/text/file_names.h"

#include "engine/text/icu_support.h"

#include <unicode/translit.h>

#include <memory>

namespace nastavdoc::text {

namespace {

// Our own transliteration for file names, close to the passport practice (ICAO 9303) but with
// the more familiar y for й and ya/yu for я/ю; a digraph keeps its capital only on its first
// letter unless the next letter is a capital too (Щукин -> Shchukin, ЩУКИН -> SHCHUKIN).
// № becomes No; Latin letters with accents lose them; everything else is left for the caller
// to turn into '_' (libraries.md section 6).
constexpr const char* kRules = R"(
:: NFC;
Ж } [:Lu:] > ZH;  Х } [:Lu:] > KH;  Ц } [:Lu:] > TS;  Ч } [:Lu:] > CH;  Ш } [:Lu:] > SH;
Щ } [:Lu:] > SHCH;  Ю } [:Lu:] > YU;  Я } [:Lu:] > YA;
А > A;  Б > B;  В > V;  Г > G;  Д > D;  Е > E;  Ё > E;  Ж > Zh;  З > Z;  И > I;  Й > Y;
К > K;  Л > L;  М > M;  Н > N;  О > O;  П > P;  Р > R;  С > S;  Т > T;  У > U;  Ф > F;
Х > Kh;  Ц > Ts;  Ч > Ch;  Ш > Sh;  Щ > Shch;  Ъ > ;  Ы > Y;  Ь > ;  Э > E;  Ю > Yu;  Я > Ya;
а > a;  б > b;  в > v;  г > g;  д > d;  е > e;  ё > e;  ж > zh;  з > z;  и > i;  й > y;
к > k;  л > l;  м > m;  н > n;  о > o;  п > p;  р > r;  с > s;  т > t;  у > u;  ф > f;
х > kh;  ц > ts;  ч > ch;  ш > sh;  щ > shch;  ъ > ;  ы > y;  ь > ;  э > e;  ю > yu;  я > ya;
№ > No;
:: Latin-ASCII;
)";

icu::Transliterator& transliterator() {
    // Transliterator::transliterate is not documented as thread-safe: one per thread.
    thread_local std::unique_ptr<icu::Transliterator> instance;
    if (!instance) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse_error;
        instance.reset(icu::Transliterator::createFromRules(
            icu::UnicodeString::fromUTF8("nastavdoc-file-name"),
            icu::UnicodeString::fromUTF8(kRules), UTRANS_FORWARD, parse_error, status));
        detail::check_icu(status, "build the file name transliteration");
    }
    return *instance;
}

bool is_safe(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace

std::string safe_file_name(std::string_view text) {
    icu::UnicodeString s = detail::to_unicode(text);
    transliterator().transliterate(s);
    const std::string latin = detail::to_utf8(s);
    std::string out;
    out.reserve(latin.size());
    bool pending_separator = false;
    for (const char c : latin) {
        if (is_safe(c)) {
            if (pending_separator && !out.empty()) {
                out += '_';
            }
            pending_separator = false;
            out += c;
        } else {
            pending_separator = true;
        }
    }
    // Leading or trailing hyphens make awkward names on a command line.
    while (!out.empty() && out.front() == '-') {
        out.erase(out.begin());
    }
    while (!out.empty() && out.back() == '-') {
        out.pop_back();
    }
    return out.empty() ? std::string("file") : out;
}

}  // namespace nastavdoc::text
