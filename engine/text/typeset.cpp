#include "engine/base/utf8.h"
#include "engine/text/typography.h"
#include "engine/text/typography_fast_path.h"
#include "engine/text/typography_words.h"
#include "engine/text/word_forms.h"

#include <array>
#include <cstdint>
#include <vector>

// The typography pass in four linear steps over one token list: tokenize (spaces collapsed,
// URLs and e-mails protected), quotes by depth, dashes, then the no-break spaces of
// documents.md B.2, each rule a small function over its neighbours. No regular expressions.

namespace nastavdoc::text {

namespace {

using detail::LowerWord;

constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr std::string_view kNarrowNbsp = "\xE2\x80\xAF";
constexpr char32_t kEllipsis = 0x2026;
constexpr char32_t kMultiDash = 0xFFFF;  // "--" or "---" typed for a dash
constexpr std::size_t kNoRun = static_cast<std::size_t>(-1);

enum class Kind : std::uint8_t { Space, Newline, Word, Number, Punct, Protected };
enum class SpaceOut : std::uint8_t { Space, Nbsp, Narrow, Drop };
enum class Quote : std::uint8_t { None, Opening, Closing };

// Replacements a token may print instead of what was typed (Token::out indexes this table).
constexpr std::string_view kOut[] = {"",   "«",         "»", "„", "“",      "—", "–",
                                     "– ", "\xC2\xA0–", "…", "№", "\u2011", ""};
enum Out : std::uint8_t {
    kAsTyped,
    kOpenOuter,
    kCloseOuter,
    kOpenInner,
    kCloseInner,
    kEmDash,
    kEnDash,
    kEnDashSpaceAfter,
    kNbspEnDash,
    kEllipsisOut,
    kNumberSign,
    kNoBreakHyphen,  // documents.md B.1: U+2011 in codes and phone numbers (DOCX w:noBreakHyphen)
    kDropped         // printed as nothing: the second period of «Н.И..»
};

// Facts about a word, found once from its lower-case form (typography_words.h) and cached.
enum WordFlag : std::uint16_t {
    kClassified = 1 << 0,
    kBindNext = 1 << 1,
    kBindPrevious = 1 << 2,
    kAbbreviationBeforeName = 1 << 3,
    kCompletesT = 1 << 4,
    kUnit = 1 << 5,
    kGluedUnit = 1 << 6,
    kMonth = 1 << 7,
    kMonthGenitive = 1 << 8,
    kReference = 1 << 9,
    kAdjective = 1 << 10,
    kGroupWord = 1 << 11,
    kClassWord = 1 << 12,
    kShort = 1 << 13,
    kAdjectiveKnown = 1 << 14,  // kAdjective is found only when a rule asks (numbers are rare)
    kLongKnown = 1 << 15,       // so are the facts about longer words below
};

// Facts that only rules about months, references and classes ask for, found on demand so that
// most words are never folded to lower case.
constexpr std::uint16_t kLongFlags = kMonth | kMonthGenitive | kReference | kGroupWord | kClassWord;

// 20 bytes: a 1 MB paragraph makes about 200,000 of them.
struct Token {
    std::uint32_t begin = 0, end = 0;
    char32_t ch = 0;  // Punct: its code point
    Kind kind = Kind::Punct;
    SpaceOut space = SpaceOut::Space;
    Quote quote = Quote::None;
    Out out = kAsTyped;
    bool nbsp_after : 1 = false;
    bool group_thousands : 1 = false;
    mutable std::uint16_t word_flags = 0;
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// detail::is_letter with Cyrillic, the common case, inline.
inline bool is_letter_fast(char32_t c) {
    return (c >= 0x400 && c <= 0x52F) || detail::is_letter(c);
}

// utf8::decode with the ASCII and two-byte (Cyrillic) cases inline: most of the text.
inline std::size_t decode_fast(std::string_view text, std::size_t i, char32_t& c) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
        c = b0;
        return 1;
    }
    if (b0 >= 0xC2 && b0 < 0xE0 && i + 1 < text.size()) {
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        if ((b1 & 0xC0) == 0x80) {
            c = (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3F);
            return 2;
        }
        return 0;
    }
    return utf8::decode(text, i, c);
}

// Characters that may stand before or after a URL or an e-mail address without being part of it.
bool is_wrapper(char32_t c) {
    switch (c) {
        case '(':
        case ')':
        case '[':
        case ']':
        case '"':
        case '\'':
        case '.':
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case 0xAB:
        case 0xBB:
        case 0x201E:
        case 0x201C:
        case 0x201D:
            return true;
        default:
            return false;
    }
}

bool is_domain_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '.' ||
           c == '-' || c == '_' || c == '/' || c == '~' || c == '%' || c == '?' || c == '=' ||
           c == '&' || c == '#' || c == ':' || c == '+';
}

// kerchpoliteh.ru, technolyceum.ru/nastavnik, школа.рф: dots inside and a top-level domain.
bool looks_like_domain(std::string_view core) {
    if (detail::ends_with(core, ".рф") || core.find(".рф/") != std::string_view::npos) {
        return true;
    }
    std::size_t host_end = core.find('/');
    const std::string_view host = core.substr(0, host_end);
    const std::size_t dot = host.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || host.size() - dot < 3) {
        return false;
    }
    for (std::size_t i = dot + 1; i < host.size(); ++i) {
        if (!((host[i] | 0x20) >= 'a' && (host[i] | 0x20) <= 'z')) {
            return false;
        }
    }
    for (const char c : core) {
        if (!is_domain_char(c)) {
            return false;
        }
    }
    return true;
}

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
}

// mo_technolyceum@mosreg.ru, школа@мойсайт.рф: a plain local part, a dotted domain.
bool looks_like_email(std::string_view core, std::size_t at) {
    if (at == 0 || at + 1 >= core.size() || core.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    for (std::size_t i = 0; i < at; ++i) {
        const char c = core[i];
        if (!is_ascii_alnum(c) && c != '.' && c != '_' && c != '%' && c != '+' && c != '-') {
            return false;
        }
    }
    const std::string_view domain = core.substr(at + 1);
    if (domain.find('.') == std::string_view::npos) {
        return false;
    }
    for (std::size_t i = 0; i < domain.size(); ++i) {
        const auto c = static_cast<unsigned char>(domain[i]);
        const bool cyrillic = (c == 0xD0 || c == 0xD1) && i + 1 < domain.size();
        if (cyrillic) {
            ++i;
        } else if (!is_ascii_alnum(static_cast<char>(c)) && c != '.' && c != '-') {
            return false;
        }
    }
    return true;
}

// https://…, ftp://…: a scheme of ASCII letters before "://".
bool looks_like_url(std::string_view core) {
    const std::size_t scheme_end = core.find("://");
    if (scheme_end == std::string_view::npos || scheme_end == 0 || scheme_end + 3 >= core.size()) {
        return false;
    }
    for (std::size_t i = 0; i < scheme_end; ++i) {
        if (!((core[i] | 0x20) >= 'a' && (core[i] | 0x20) <= 'z')) {
            return false;
        }
    }
    return true;
}

bool is_protected(std::string_view core) {
    if (core.size() < 4) {
        return false;
    }
    // Most words hold none of @ . : and are done in one scan.
    std::size_t at = std::string_view::npos;
    bool candidate = false;
    for (std::size_t i = 0; i < core.size(); ++i) {
        const char c = core[i];
        if (c == '@' && at == std::string_view::npos) {
            at = i;
        }
        candidate = candidate || c == '@' || c == '.' || c == ':';
    }
    if (!candidate) {
        return false;
    }
    if (at != std::string_view::npos) {
        return looks_like_email(core, at);
    }
    if (looks_like_url(core)) {
        return true;
    }
    if (core.size() > 4 && (core.compare(0, 4, "www.") == 0 || core.compare(0, 4, "WWW.") == 0)) {
        return true;
    }
    return looks_like_domain(core);
}

// What a byte may start, for the scan that finds the end of a span between spaces.
constexpr std::uint8_t kPlainByte = 0;
constexpr std::uint8_t kSpaceByte = 1;  // ' ', '\t' and the lead bytes of U+00A0, U+202F, U+2009
constexpr std::uint8_t kLineByte = 2;   // '\n', '\r'
constexpr std::uint8_t kHintByte = 3;   // '@', '.', ':' of a URL or an e-mail address

constexpr std::array<std::uint8_t, 256> kByteKinds = [] {
    std::array<std::uint8_t, 256> kinds{};
    kinds[' '] = kinds['\t'] = kinds[0xC2] = kinds[0xE2] = kSpaceByte;
    kinds['\n'] = kinds['\r'] = kLineByte;
    kinds['@'] = kinds['.'] = kinds[':'] = kHintByte;
    return kinds;
}();

// Whitespace that collapses: space, tab, U+00A0, U+202F, U+2009 (thin space).
std::size_t space_at(std::string_view text, std::size_t i, SpaceOut& kind) {
    const char c = text[i];
    if (c == ' ' || c == '\t') {
        return 1;
    }
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
        kind = SpaceOut::Nbsp;
        return 2;
    }
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
        const auto c2 = static_cast<unsigned char>(text[i + 2]);
        if (c2 == 0xAF) {
            if (kind == SpaceOut::Space) {
                kind = SpaceOut::Narrow;
            }
            return 3;
        }
        if (c2 == 0x89) {
            return 3;
        }
    }
    return 0;
}

class Typesetter {
public:
    explicit Typesetter(std::string_view text, std::vector<Token>& tokens, bool verbatim)
        : text_(text), t_(tokens), verbatim_(verbatim) {}

    std::string run() {
        t_.clear();
        t_.reserve(text_.size() / 4 + 8);
        tokenize();
        decide_quotes();
        decide_dashes();
        decide_codes();
        decide_spaces();
        decide_double_periods();
        return emit();
    }

private:
    std::string_view text_;
    std::vector<Token>& t_;
    bool verbatim_ = false;
    // False in a text set in capitals: no word there is an abbreviation. Found when first asked.
    mutable std::int8_t has_lower_ = -1;

    // ---- tokens ----------------------------------------------------------------------------

    void push(std::size_t begin, std::size_t end, Kind kind, char32_t ch = 0) {
        Token token;
        token.begin = static_cast<std::uint32_t>(begin);
        token.end = static_cast<std::uint32_t>(end);
        token.kind = kind;
        token.ch = ch;
        t_.push_back(token);
    }

    void tokenize() {
        const std::size_t n = text_.size();
        std::size_t i = 0;
        while (i < n) {
            SpaceOut kind = SpaceOut::Space;
            if (std::size_t len = space_at(text_, i, kind); len > 0) {
                const std::size_t begin = i;
                while (i < n && (len = space_at(text_, i, kind)) > 0) {
                    i += len;
                }
                push(begin, i, Kind::Space);
                t_.back().space = kind;
                continue;
            }
            if (text_[i] == '\n' || text_[i] == '\r') {
                push(i, i + 1, Kind::Newline);
                ++i;
                continue;
            }
            std::size_t end = i;
            SpaceOut ignored = SpaceOut::Space;
            bool maybe_protected = false;  // an @ . or : seen: the span may be a URL or e-mail
            while (end < n) {
                if (end + 8 <= n && detail::is_four_cyrillic_letters(text_.data() + end)) {
                    end += 8;
                    continue;
                }
                const auto byte = static_cast<unsigned char>(text_[end]);
                const std::uint8_t byte_kind = kByteKinds[byte];
                if (byte_kind == kPlainByte) {
                    // A two-byte letter at once, so that the test above stays in step.
                    end += (byte == 0xD0 || byte == 0xD1) && end + 1 < n &&
                                   (static_cast<unsigned char>(text_[end + 1]) & 0xC0) == 0x80
                               ? 2
                               : 1;
                    continue;
                }
                if (byte_kind == kLineByte ||
                    (byte_kind == kSpaceByte && space_at(text_, end, ignored) != 0)) {
                    break;
                }
                maybe_protected = maybe_protected || byte_kind == kHintByte;
                ++end;
            }
            if (maybe_protected) {
                tokenize_span(i, end);
            } else {
                tokenize_plain(i, end);
            }
            i = end;
        }
    }

    void tokenize_span(std::size_t begin, std::size_t end) {
        // Strip wrappers to find a URL or an e-mail address in the middle.
        std::size_t core_begin = begin;
        std::size_t core_end = end;
        char32_t c = 0;
        std::size_t len = 0;
        while (core_begin < core_end && (len = utf8::decode(text_, core_begin, c)) > 0 &&
               is_wrapper(c) && c != '.') {
            core_begin += len;
        }
        while (core_end > core_begin) {
            std::size_t start = core_end - 1;
            while (start > core_begin &&
                   (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) {
                --start;
            }
            if (utf8::decode(text_, start, c) == 0 || !is_wrapper(c)) {
                break;
            }
            core_end = start;
        }
        if (core_begin < core_end &&
            is_protected(text_.substr(core_begin, core_end - core_begin))) {
            tokenize_plain(begin, core_begin);
            push(core_begin, core_end, Kind::Protected);
            tokenize_plain(core_end, end);
            return;
        }
        tokenize_plain(begin, end);
    }

    void tokenize_plain(std::size_t i, std::size_t end) {
        while (i < end) {
            const char b = text_[i];
            if (is_digit(b)) {
                std::size_t j = i + 1;
                while (j < end && is_digit(text_[j])) {
                    ++j;
                }
                push(i, j, Kind::Number);
                i = j;
                continue;
            }
            if (b == '.' || b == '-') {
                std::size_t j = i + 1;
                while (j < end && text_[j] == b) {
                    ++j;
                }
                if (b == '.' && j - i == 3) {
                    push(i, j, Kind::Punct, kEllipsis);
                    t_.back().out = kEllipsisOut;
                } else if (b == '-' && j - i >= 2) {
                    push(i, j, Kind::Punct, kMultiDash);
                } else {
                    for (std::size_t k = i; k < j; ++k) {
                        push(k, k + 1, Kind::Punct, static_cast<char32_t>(b));
                    }
                }
                i = j;
                continue;
            }
            char32_t c = 0;
            const std::size_t len = decode_fast(text_, i, c);
            if (len == 0) {
                push(i, i + 1, Kind::Punct, 0);
                ++i;
                continue;
            }
            if (is_letter_fast(c)) {
                std::size_t j = i + len;
                while (j < end) {
                    if (j + 8 <= end && detail::is_four_cyrillic_letters(text_.data() + j)) {
                        j += 8;
                        continue;
                    }
                    char32_t d = 0;
                    const std::size_t l = decode_fast(text_, j, d);
                    if (l == 0) {
                        break;
                    }
                    if (is_letter_fast(d)) {
                        j += l;
                        continue;
                    }
                    // An apostrophe between letters belongs to the word (д'Артаньян).
                    if ((d == '\'' || d == 0x2019) && j + l < end) {
                        char32_t e = 0;
                        if (decode_fast(text_, j + l, e) > 0 && is_letter_fast(e)) {
                            j += l;
                            continue;
                        }
                    }
                    break;
                }
                push(i, j, Kind::Word);
                i = j;
                continue;
            }
            push(i, i + len, Kind::Punct, c);
            i += len;
        }
    }

    // ---- queries over neighbours -----------------------------------------------------------

    std::size_t size() const { return t_.size(); }
    bool valid(std::size_t i) const { return i < t_.size(); }
    std::string_view text(std::size_t i) const {
        return text_.substr(t_[i].begin, t_[i].end - t_[i].begin);
    }
    bool is(std::size_t i, Kind kind) const { return valid(i) && t_[i].kind == kind; }
    bool is_punct(std::size_t i, char32_t c) const { return is(i, Kind::Punct) && t_[i].ch == c; }
    bool is_gap(std::size_t i) const {
        return !valid(i) || t_[i].kind == Kind::Space || t_[i].kind == Kind::Newline;
    }
    // A gap before token i: a space, or a no-break space this pass puts after token i - 1.
    bool gap_before(std::size_t i) const { return i == 0 || is_gap(i - 1) || t_[i - 1].nbsp_after; }
    bool is_opening(std::size_t i) const {
        return valid(i) && (t_[i].quote == Quote::Opening || is_punct(i, '(') || is_punct(i, '['));
    }
    bool is_dash_char(char32_t c) const {
        return c == '-' || c == 0x2013 || c == 0x2014 || c == kMultiDash;
    }

    // The token starts a run: nothing glued before it but an opening quote or bracket.
    bool starts_run(std::size_t i) const { return gap_before(i) || is_opening(i - 1); }
    // The token ends a run: nothing glued after it but closing punctuation.
    bool ends_run(std::size_t i) const {
        if (is_gap(i + 1)) {
            return true;
        }
        const Token& next = t_[i + 1];
        if (next.kind != Kind::Punct) {
            return false;
        }
        if (next.quote == Quote::Closing) {
            return true;
        }
        switch (next.ch) {
            case '.':
            case ',':
            case ';':
            case ':':
            case '!':
            case '?':
            case ')':
            case ']':
            case kEllipsis:
                return true;
            default:
                return false;
        }
    }

    // The cached facts about word i (0 for anything but a word).
    std::uint16_t flags(std::size_t i) const {
        if (!is(i, Kind::Word)) {
            return 0;
        }
        const Token& token = t_[i];
        if ((token.word_flags & kClassified) == 0) {
            token.word_flags = classify(text(i));
        }
        return token.word_flags;
    }

    static std::uint16_t classify(std::string_view word) {
        std::uint16_t f = kClassified;
        if (word.size() > 40) {
            return f | kLongKnown;
        }
        f |= kShort;
        // The lists of short words hold nothing longer than five letters.
        if (word.size() <= 10) {
            const LowerWord lower_word(word);
            const std::string_view lower = lower_word.view();
            const auto set = [&](bool condition, WordFlag flag) {
                if (condition) {
                    f |= flag;
                }
            };
            const std::uint8_t lists = detail::short_word_lists(lower);
            set((lists & detail::kBindsToNextWord) != 0, kBindNext);
            set((lists & detail::kBindsToPreviousWord) != 0, kBindPrevious);
            set((lists & detail::kAbbreviationBeforeName) != 0, kAbbreviationBeforeName);
            set((lists & detail::kCompletesTAbbreviation) != 0, kCompletesT);
            set((lists & detail::kUnitAfterNumber) != 0, kUnit);
            set((lists & detail::kGluedUnit) != 0, kGluedUnit);
        }
        return f;
    }

    static std::uint16_t classify_long(std::string_view word) {
        std::uint16_t f = kLongKnown;
        if (word.size() > 40 || word.size() < 4) {
            return f;
        }
        const LowerWord lower_word(word);
        const std::string_view lower = lower_word.view();
        const auto set = [&](bool condition, WordFlag flag) {
            if (condition) {
                f |= flag;
            }
        };
        if (lower.size() >= 6 && lower.size() <= 16) {
            set(detail::is_month_name(lower), kMonth);
            set(detail::is_month_genitive(lower), kMonthGenitive);
        }
        if (lower.size() >= 6) {
            set(detail::is_reference_word(lower), kReference);
        }
        set(lower.starts_with("групп"), kGroupWord);
        set(lower.starts_with("класс") || lower.starts_with("групп"), kClassWord);
        return f;
    }

    bool has(std::size_t i, WordFlag flag) const {
        const std::uint16_t f = flags(i);
        if (f == 0) {
            return false;
        }
        if ((flag & kLongFlags) != 0 && (f & kLongKnown) == 0) {
            t_[i].word_flags = static_cast<std::uint16_t>(f | classify_long(text(i)));
        }
        return (t_[i].word_flags & flag) != 0;
    }

    bool is_lower_word(std::size_t i) const {
        return is(i, Kind::Word) && detail::is_cyrillic_lower(detail::first_char(text(i)));
    }

    bool is_single_upper_letter(std::size_t i) const {
        if (!is(i, Kind::Word)) {
            return false;
        }
        const std::string_view w = text(i);
        const char32_t c = detail::first_char(w);
        return (detail::is_cyrillic_upper(c) && w.size() == 2) ||
               (c >= 'A' && c <= 'Z' && w.size() == 1);
    }

    // "Д." of Д.В.: a capital letter with a period glued to it.
    bool is_initial(std::size_t i) const {
        return is_single_upper_letter(i) && is_punct(i + 1, '.');
    }

    // The period at `i` closes a run of initials (Д.В., В.), the first standing free.
    bool closes_initials(std::size_t i) const {
        if (!is_punct(i, '.') || i == 0 || !is_initial(i - 1)) {
            return false;
        }
        // At most three initials (bounded, so that a long run of «А.Б.В.…» stays linear).
        std::size_t k = i - 1;
        for (int more = 0; more < 2 && k >= 2 && is_punct(k - 1, '.') && is_initial(k - 2);
             ++more) {
            k -= 2;
        }
        // Spaced initials (Д. В.) are compacted by the rules below; accept them too.
        for (int more = 0; more < 2 && k >= 3 && t_[k - 1].kind == Kind::Space &&
                           is_punct(k - 2, '.') && is_initial(k - 3);
             ++more) {
            k -= 3;
        }
        return k == 0 || is_gap(k - 1) || is_opening(k - 1) || is_punct(k - 1, '.');
    }

    bool is_proper_word(std::size_t i) const {
        if (!is(i, Kind::Word)) {
            return false;
        }
        const std::string_view w = text(i);
        const char32_t c = detail::first_char(w);
        if (!detail::is_cyrillic_upper(c)) {
            return false;
        }
        const std::size_t n = detail::char_count(w);
        return n >= 2 && !detail::is_all_caps(w);
    }

    bool is_caps_word(std::size_t i) const {
        return is(i, Kind::Word) && detail::is_cyrillic_upper(detail::first_char(text(i))) &&
               detail::is_all_caps(text(i));
    }

    // ГБПОУ, РК, МБОУ, ГКОУКО: a word in capitals short enough to be an abbreviation (B.5), in a
    // text that has lower-case letters (in a line set in capitals, «КРЫМ» and «КОЛЛЕДЖ» are
    // words, and gluing them makes an unbreakable run wider than the line).
    bool is_caps_abbreviation(std::size_t i) const {
        return is_caps_word(i) && detail::char_count(text(i)) <= 6 && has_lower();
    }

    bool has_lower() const {
        if (has_lower_ < 0) {
            has_lower_ = has_lower_case_letter() ? 1 : 0;
        }
        return has_lower_ == 1;
    }

    bool has_lower_case_letter() const {
        for (std::size_t i = 0; i < size(); ++i) {
            if (t_[i].kind == Kind::Word && !detail::is_all_caps(text(i)) &&
                detail::char_count(text(i)) > 1) {
                return true;
            }
        }
        return false;
    }

    // Р, ТМ, ОД, ФЗ, COVID: the letter part of a code (1–6 capitals, Cyrillic or Latin).
    bool is_code_letters(std::size_t i) const {
        if (!is(i, Kind::Word)) {
            return false;
        }
        const std::string_view w = text(i);
        std::size_t letters = 0;
        for (std::size_t k = 0; k < w.size();) {
            char32_t c = 0;
            const std::size_t n = utf8::decode(w, k, c);
            if (n == 0 || !(detail::is_cyrillic_upper(c) || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
            k += n;
            ++letters;
        }
        return letters >= 1 && letters <= 6;
    }

    // XXI, II, IV: a Roman numeral written in Latin capitals, bound like a number (XXI␣в.).
    bool is_roman(std::size_t i) const {
        if (!is(i, Kind::Word) || !starts_run(i) || !ends_run(i)) {
            return false;
        }
        for (const char c : text(i)) {
            if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' && c != 'D' && c != 'M') {
                return false;
            }
        }
        return true;
    }

    bool run_has_digit(std::size_t i) const {
        for (std::size_t k = i; valid(k) && !is_gap(k); ++k) {
            if (t_[k].kind == Kind::Number) {
                return true;
            }
        }
        return false;
    }

    enum class Shape : std::uint8_t { None, Integer, Decimal, Range, Date, Other };

    // The shape of the number run ending at token `i` (a Number): 36, 1,25, 10–15, 28.05.2021.
    Shape number_shape(std::size_t i) const {
        if (!is(i, Kind::Number)) {
            return Shape::None;
        }
        const std::size_t start = run_start(i);
        if (start == kNoRun) {
            return Shape::Other;
        }
        const std::size_t count = i - start + 1;
        if (count == 1) {
            return Shape::Integer;
        }
        if (count == 3 && is(start, Kind::Number)) {
            const char32_t mid = t_[start + 1].kind == Kind::Punct ? t_[start + 1].ch : 0;
            if (mid == ',') {
                return Shape::Decimal;
            }
            if (mid == '-' || mid == 0x2013) {
                return Shape::Range;
            }
        }
        if (count == 5 && is(start, Kind::Number) && is_punct(start + 1, '.') &&
            is(start + 2, Kind::Number) && is_punct(start + 3, '.')) {
            return Shape::Date;
        }
        return Shape::Other;
    }

    // The first token of the run holding token i, looking back at most kMaxRunLookBehind tokens
    // (a longer run is a code, never a number with a shape; the bound keeps the pass linear).
    static constexpr std::size_t kMaxRunLookBehind = 8;

    std::size_t run_start(std::size_t i) const {
        const std::size_t from = i;
        while (!gap_before(i) && !is_opening(i - 1)) {
            if (from - i >= kMaxRunLookBehind) {
                return kNoRun;
            }
            --i;
        }
        return i;
    }

    // A number written after №, ИНН, КПП … is an identifier, not a count.
    bool is_identifier_number(std::size_t i) const {
        const std::size_t start = run_start(i);
        if (start == kNoRun) {
            return true;
        }
        if (start < 2 || t_[start - 1].kind != Kind::Space) {
            return start >= 1 && is_punct(start - 1, 0x2116);
        }
        const std::size_t before = start - 2;
        return is_punct(before, 0x2116) || is_punct(before, 0xA7) ||
               (is(before, Kind::Word) && detail::is_code_word(text(before)));
    }

    // A number written right after «№» (with or without a space): a registration number.
    bool follows_number_sign(std::size_t i) const {
        if (i >= 1 && is_punct(i - 1, 0x2116)) {
            return true;
        }
        return i >= 2 && t_[i - 1].kind == Kind::Space && is_punct(i - 2, 0x2116);
    }

    bool is_counted_word(std::size_t i) const {
        if (!is_lower_word(i) || is_punct(i + 1, '.')) {
            return false;
        }
        const std::uint16_t f = flags(i);
        if ((f & kShort) == 0 || (f & (kBindNext | kBindPrevious)) != 0) {
            return false;
        }
        if ((f & kAdjectiveKnown) == 0) {
            const LowerWord lower(text(i));
            t_[i].word_flags = static_cast<std::uint16_t>(
                f | kAdjectiveKnown |
                (detail::looks_like_adjective(lower.view()) ? kAdjective : 0));
        }
        return (t_[i].word_flags & kAdjective) == 0;
    }

    bool is_unit(std::size_t i) const {
        return is_lower_word(i) && has(i, kUnit) && (is_punct(i + 1, '.') || ends_run(i));
    }

    bool is_year_abbreviation_period(std::size_t i) const {
        if (!is_punct(i, '.') || i == 0) {
            return false;
        }
        const std::string_view w = is(i - 1, Kind::Word) ? text(i - 1) : std::string_view{};
        return (w == "г" || w == "гг") && i >= 2 &&
               (is(i - 2, Kind::Number) ||
                (t_[i - 2].kind == Kind::Space && is(i - 3, Kind::Number)));
    }

    // ---- quotes ----------------------------------------------------------------------------

    void decide_quotes() {
        int depth = 0;
        bool balanced = true;
        for (std::size_t i = 0; i < size() && balanced; ++i) {
            Token& token = t_[i];
            if (token.kind != Kind::Punct) {
                continue;
            }
            const char32_t c = token.ch;
            bool opening = false;
            if (c == 0xAB || c == 0x201E) {
                opening = true;
            } else if (c == 0xBB) {
                opening = false;
            } else if ((c == 0x201C && depth >= 2) || (c == 0x201D && depth >= 1)) {
                // “ closes an inner quotation in Russian text (and is what this pass prints
                // there, which keeps the pass idempotent); ” closes in English text.
                opening = false;
            } else if (c == '"' || c == 0x201C || c == 0x201D) {
                const bool after_space =
                    i == 0 || is_gap(i - 1) || is_opening(i - 1) ||
                    (t_[i - 1].kind == Kind::Punct && is_dash_char(t_[i - 1].ch));
                opening = depth == 0 || (after_space && !is_gap(i + 1));
            } else {
                continue;
            }
            if (opening) {
                ++depth;
                token.quote = Quote::Opening;
                token.out = depth == 1 ? kOpenOuter : kOpenInner;
            } else {
                if (depth == 0) {
                    balanced = false;
                    break;
                }
                token.quote = Quote::Closing;
                token.out = depth == 1 ? kCloseOuter : kCloseInner;
                --depth;
            }
        }
        if (!balanced || depth != 0) {
            // documents.md B.3: unbalanced quotes are left as they are.
            for (Token& token : t_) {
                if (token.quote != Quote::None) {
                    token.out = kAsTyped;
                }
            }
        }
    }

    // ---- dashes ----------------------------------------------------------------------------

    bool is_relation_word(std::size_t i) const {
        if (!is(i, Kind::Word) || t_[i].end - t_[i].begin > 40) {
            return false;
        }
        const LowerWord lower(text(i));
        return detail::is_relation_word(lower.view());
    }

    bool is_date_side(std::size_t i) const {
        return has(i, kMonth) || is_year_abbreviation_period(i) ||
               (is(i, Kind::Number) && number_shape(i) == Shape::Integer &&
                t_[i].end - t_[i].begin == 4);
    }

    bool is_small_integer(std::size_t i) const {
        return is(i, Kind::Number) && number_shape(i) == Shape::Integer &&
               t_[i].end - t_[i].begin <= 4;
    }

    void decide_dashes() {
        for (std::size_t i = 0; i < size(); ++i) {
            if (t_[i].kind != Kind::Punct || !is_dash_char(t_[i].ch)) {
                continue;
            }
            const bool space_left = i > 0 && t_[i - 1].kind == Kind::Space;
            const bool space_right = is(i + 1, Kind::Space);
            const bool line_start = i == 0 || is(i - 1, Kind::Newline) ||
                                    (space_left && (i == 1 || is(i - 2, Kind::Newline)));
            if (line_start) {
                if (space_right && valid(i + 2) && !is_gap(i + 2)) {
                    t_[i].out = kEnDash;  // a list item: «–␣утверждение …»
                    t_[i + 1].space = SpaceOut::Nbsp;
                }
                continue;
            }
            const std::size_t left = space_left ? i - 2 : i - 1;
            const std::size_t right = space_right ? i + 2 : i + 1;
            if (!valid(right) || is_gap(right) || is_gap(left)) {
                continue;
            }
            if (space_left && space_right) {
                decide_spaced_dash(i, left, right);
            } else if (space_left != space_right && t_[i].ch == '-' && has(left, kMonth) &&
                       has(right, kMonth)) {
                // «август- сентябрь» (seed 000): a range of months.
                if (space_left) {
                    t_[i - 1].space = SpaceOut::Nbsp;
                    t_[i].out = kEnDashSpaceAfter;
                } else {
                    t_[i].out = kNbspEnDash;
                }
            }
        }
    }

    void decide_spaced_dash(std::size_t i, std::size_t left, std::size_t right) {
        // «ученик – ученик»: the name of a relation keeps a spaced en dash.
        if (is(left, Kind::Word) && left > 0 && t_[left - 1].quote == Quote::Opening &&
            is(right, Kind::Word) && valid(right + 1) && t_[right + 1].quote == Quote::Closing) {
            t_[i].out = kEnDash;
            t_[i - 1].space = SpaceOut::Nbsp;
            return;
        }
        // педагог – студент: a form of mentorship (C.4) unquoted, in a table cell or a list of
        // options, keeps the spaced en dash it has in quotes.
        if (is_relation_word(left) && is_relation_word(right)) {
            t_[i].out = kEnDash;
            t_[i - 1].space = SpaceOut::Nbsp;
            return;
        }
        // 10 - 15, 2023 - 2024: a range of numbers, unspaced.
        if (is_small_integer(left) && is_small_integer(right) && ends_run(right) &&
            !is_punct(right + 1, '.')) {
            t_[i].out = kEnDash;
            t_[i - 1].space = SpaceOut::Drop;
            t_[i + 1].space = SpaceOut::Drop;
            return;
        }
        // сентябрь 2023 г. – август 2026 г., 1 сентября – 31 мая: a spaced en dash.
        if (is_date_side(left) && (has(right, kMonth) || is(right, Kind::Number))) {
            t_[i].out = kEnDash;
            t_[i - 1].space = SpaceOut::Nbsp;
            return;
        }
        if (t_[left].quote == Quote::Opening || is_punct(left, '(') || is_punct(left, '[')) {
            return;
        }
        t_[i].out = kEmDash;
        t_[i - 1].space = SpaceOut::Nbsp;
    }

    // ---- codes and phone numbers (documents.md B.1, B.2 rules 12 and 13) --------------------

    void decide_codes() {
        for (std::size_t i = 0; i < size(); ++i) {
            if (t_[i].kind == Kind::Number && (i == 0 || !is_punct(i - 1, '-'))) {
                decide_phone(i);
            }
        }
        for (std::size_t i = 1; i + 1 < size(); ++i) {
            if (!is_punct(i, '-') || t_[i].out != kAsTyped) {
                continue;
            }
            const std::size_t l = i - 1;
            const std::size_t r = i + 1;
            // Р-145, ТМ-21, АЗ-1128/08, 154-У, 56-ОД, 152-ФЗ; № 996-р, № 12-к, № 152-од.
            const std::size_t suffix =
                is(r, Kind::Word) ? detail::char_count(text(r)) : std::size_t{0};
            const bool code = (is(l, Kind::Number) && is_code_letters(r)) ||
                              (is_code_letters(l) && is(r, Kind::Number)) ||
                              (is(l, Kind::Number) && suffix > 0 && ends_run(r) &&
                               ((suffix == 1 && is_identifier_number(l)) ||
                                (suffix <= 3 && follows_number_sign(l))));
            if (code) {
                t_[i].out = kNoBreakHyphen;
            }
        }
    }

    // 802-45-73, 2-34-56, 8-978-123-45-67 with what stands before them: +7 (978), 8 800.
    void decide_phone(std::size_t first) {
        if (!starts_run(first)) {
            return;
        }
        std::vector<std::size_t> groups{first};
        std::size_t k = first;
        while (is_punct(k + 1, '-') && is(k + 2, Kind::Number) && groups.size() < 8) {
            k += 2;
            groups.push_back(k);
        }
        if (groups.size() < 3 || !ends_run(k)) {
            return;
        }
        const auto digits = [&](std::size_t token) { return t_[token].end - t_[token].begin; };
        std::size_t total = 0;
        for (const std::size_t g : groups) {
            if (digits(g) > 5) {
                return;
            }
            total += digits(g);
        }
        const std::size_t n = groups.size();
        if (digits(groups[n - 1]) != 2 || digits(groups[n - 2]) != 2 || total < 5 || total > 12 ||
            (digits(first) > 3 && n < 4)) {
            return;  // 2021-05-28, 1-2-3, 8-499-557
        }
        for (std::size_t g = 0; g + 1 < n; ++g) {
            t_[groups[g] + 1].out = kNoBreakHyphen;
        }
        // The area code and the country code before it: +7␣(978)␣802‑45‑73, 8␣800␣555‑35‑35.
        std::size_t at = first;
        for (int part = 0; part < 2; ++part) {
            if (at < 2 || !is(at - 1, Kind::Space) || t_[at - 1].space != SpaceOut::Space) {
                return;
            }
            const std::size_t p = at - 2;
            std::size_t begin = kNoRun;
            if (part == 0 && is_punct(p, ')') && p >= 2 && is(p - 1, Kind::Number) &&
                is_punct(p - 2, '(') && digits(p - 1) >= 3 && digits(p - 1) <= 5) {
                begin = p - 2;
            } else if (is(p, Kind::Number) && gap_before(p) && part == 0 && digits(p) >= 3 &&
                       digits(p) <= 5) {
                begin = p;
            } else if (is(p, Kind::Number) && (text(p) == "7" || text(p) == "8") &&
                       (gap_before(p) || (is_punct(p - 1, '+') && gap_before(p - 1)))) {
                t_[at - 1].space = SpaceOut::Nbsp;
                return;
            }
            if (begin == kNoRun || (part == 0 && !gap_before(begin))) {
                return;
            }
            // Only a country code makes «978 802-45-73» a phone number's parts.
            const bool country = begin >= 2 && is(begin - 1, Kind::Space) &&
                                 is(begin - 2, Kind::Number) &&
                                 (text(begin - 2) == "7" || text(begin - 2) == "8");
            if (!country && !is_punct(begin, '(')) {
                return;
            }
            t_[at - 1].space = SpaceOut::Nbsp;
            at = begin;
        }
    }

    // ---- periods ---------------------------------------------------------------------------

    // «Ярошенко Н.И..», «2023 г..»: the period of an abbreviation ends the sentence too.
    void decide_double_periods() {
        for (std::size_t i = 1; i + 1 < size(); ++i) {
            if (is_punct(i, '.') && is_punct(i + 1, '.') && !is_punct(i + 2, '.') &&
                is(i - 1, Kind::Word) && detail::char_count(text(i - 1)) <= 5) {
                t_[i + 1].out = kDropped;
                t_[i].nbsp_after = false;
            }
        }
    }

    // ---- no-break spaces -------------------------------------------------------------------

    void decide_spaces() {
        for (std::size_t i = 0; i < size(); ++i) {
            const Token& token = t_[i];
            if (token.kind == Kind::Space) {
                decide_space(i);
            } else if (token.kind == Kind::Punct) {
                decide_glued_punct(i);
            } else if (token.kind == Kind::Number) {
                decide_glued_number(i);
            } else if (token.kind == Kind::Word && text(i) == "N" && starts_run(i) &&
                       is(i + 1, Kind::Space) && valid(i + 2) && !is_gap(i + 2) &&
                       run_has_digit(i + 2) && !is_lower_word(i + 2)) {
                t_[i].out = kNumberSign;  // documents.md B.1: never «N» for the number sign
            }
        }
    }

    // Rules for a punctuation mark glued to what follows (№26, г.Керчь, Д.В.Колесник, 2023-2024).
    void decide_glued_punct(std::size_t i) {
        const char32_t c = t_[i].ch;
        if ((c == 0x2116 || c == 0xA7) && valid(i + 1) && !is_gap(i + 1) &&
            (is(i + 1, Kind::Number) || is(i + 1, Kind::Word))) {
            t_[i].nbsp_after = true;
            return;
        }
        if (c == '.' && valid(i + 1) && !is_gap(i + 1) && binds_after_period(i, i + 1)) {
            t_[i].nbsp_after = true;
            return;
        }
        if (c == '-' && i > 0 && is(i - 1, Kind::Number) && is(i + 1, Kind::Number) &&
            starts_run(i - 1)) {
            decide_number_range(i);
        }
    }

    // 2023-2024, 10-15 человек: a hyphen between numbers becomes an en dash.
    void decide_number_range(std::size_t i) {
        if (t_[i].out != kAsTyped) {
            return;  // a phone number's no-break hyphen
        }
        const std::size_t after = i + 2;
        const bool clean_end = is_gap(after) || (ends_run(i + 1) && !is(after + 1, Kind::Number)) ||
                               (is(after, Kind::Word) && has(after, kGluedUnit));
        if (!clean_end) {
            return;
        }
        const std::string_view a = text(i - 1);
        const std::string_view b = text(i + 1);
        const auto value = [](std::string_view digits) {
            long v = 0;
            for (const char d : digits) {
                v = v * 10 + (d - '0');
            }
            return v;
        };
        if (a.size() > 4 || b.size() > 4) {
            return;
        }
        const long x = value(a);
        const long y = value(b);
        const bool years = a.size() == 4 && b.size() == 4 && x >= 1000 && x <= y && y <= 2999;
        const bool counted =
            x < y &&
            ((is(after, Kind::Space) && (is_counted_word(after + 1) || is_unit(after + 1))) ||
             (is(after, Kind::Word) && has(after, kGluedUnit)));
        if (years || counted) {
            t_[i].out = kEnDash;
        }
    }

    // 2021г. -> 2021␣г.
    void decide_glued_number(std::size_t i) {
        if (!is(i + 1, Kind::Word) || !has(i + 1, kGluedUnit) ||
            !(is_punct(i + 2, '.') || ends_run(i + 1))) {
            return;
        }
        const Shape shape = number_shape(i);
        if (shape == Shape::Integer || shape == Shape::Date || shape == Shape::Range) {
            t_[i].nbsp_after = true;
        }
    }

    // The word is the second half of т. е., т. ч. …
    bool completes_t(std::size_t word) const {
        const auto is_t = [&](std::size_t k) { return is(k, Kind::Word) && text(k) == "т"; };
        return (word >= 2 && is_punct(word - 1, '.') && is_t(word - 2)) ||
               (word >= 3 && t_[word - 1].kind == Kind::Space && is_punct(word - 2, '.') &&
                is_t(word - 3));
    }

    // After a period at `dot`, is the token `next` bound to it? (abbreviations and initials)
    bool binds_after_period(std::size_t dot, std::size_t next) const {
        if (dot == 0) {
            return false;
        }
        const std::size_t word = dot - 1;
        if (closes_initials(dot)) {
            return is_proper_word(next);
        }
        if (!is(word, Kind::Word) || !starts_run(word) || !is_lower_word(word)) {
            return false;
        }
        if (text(word) == "т") {
            return has(next, kCompletesT) && is_punct(next + 1, '.');
        }
        if (!has(word, kAbbreviationBeforeName) || completes_t(word)) {
            return false;
        }
        // «2021 г. приказом»: г. after a number is the year, not a town (but «ч. 4 ст. 9»).
        const bool after_number = (word >= 2 && t_[word - 1].kind == Kind::Space &&
                                   (is(word - 2, Kind::Number) || is_roman(word - 2))) ||
                                  (word >= 1 && is(word - 1, Kind::Number));
        if (after_number && has(word, kUnit)) {
            return false;
        }
        return is(next, Kind::Number) || is(next, Kind::Word);
    }

    void decide_space(std::size_t s) {
        Token& space = t_[s];
        if (space.space == SpaceOut::Drop || s == 0 || is_gap(s - 1) || is_gap(s + 1)) {
            return;
        }
        const std::size_t l = s - 1;
        const std::size_t r = s + 1;
        // Д. В. Колесник -> Д.В.␣Колесник (documents.md B.2 rule 1, compact style).
        if (is_punct(l, '.') && l > 0 && is_initial(l - 1) && is_initial(r) && closes_initials(l)) {
            space.space = SpaceOut::Drop;
            return;
        }
        if (space.space == SpaceOut::Nbsp) {
            return;
        }
        if (binds(l, r, s)) {
            space.space = SpaceOut::Nbsp;
        }
    }

    bool binds(std::size_t l, std::size_t r, std::size_t s) {
        const Token& left = t_[l];
        // № 26, § 3.
        if (is_punct(l, 0x2116) || is_punct(l, 0xA7)) {
            return true;
        }
        if (left.kind == Kind::Word && text(l) == "N" && left.out == kNumberSign) {
            return true;
        }
        if (left.kind == Kind::Punct && left.ch == '.') {
            return binds_after_period(l, r);
        }
        if (is_roman(l)) {
            return is_unit(r) || is_counted_word(r);  // XXI␣в., II␣полугодие
        }
        if (left.kind == Kind::Word) {
            return binds_after_word(l, r);
        }
        if (left.kind == Kind::Number) {
            return binds_after_number(l, r, s);
        }
        if (left.quote == Quote::Closing && l >= 2 && is_single_letter_word(l - 1) &&
            t_[l - 2].quote == Quote::Opening) {
            // 7 «Б» класса.
            return has(r, kClassWord);
        }
        return false;
    }

    bool is_single_letter_word(std::size_t i) const {
        return is(i, Kind::Word) && detail::char_count(text(i)) == 1;
    }

    bool binds_after_word(std::size_t l, std::size_t r) {
        const std::uint16_t f = flags(l);
        // Short prepositions and conjunctions: в␣школе, и␣в␣колледже.
        if ((f & kBindNext) != 0 && starts_run(l)) {
            const Token& right = t_[r];
            if (right.kind == Kind::Word || right.kind == Kind::Number ||
                right.kind == Kind::Protected || right.quote == Quote::Opening ||
                is_punct(r, '(') || is_punct(r, 0x2116) || is_punct(r, 0xA7)) {
                return true;
            }
        }
        // Particles: если␣бы.
        if (is(r, Kind::Word) && ends_run(r) && has(r, kBindPrevious)) {
            return true;
        }
        // Колесник␣Д.В.
        if (is_initial(r) && is_proper_word(l)) {
            return true;
        }
        // МБОУ␣«Ашеванская ООШ», ГБПОУ␣РК␣«…» (B.2 rule 11: only the abbreviations).
        if (is_caps_abbreviation(l) && starts_run(l) && caps_chain_reaches_quote(r)) {
            return true;
        }
        // приложение␣1, Приложение␣№␣1, группы␣ТМ-21 (the neighbour first: it is cheaper).
        if ((is(r, Kind::Number) || is_punct(r, 0x2116)) && has(l, kReference)) {
            return true;
        }
        if (is(r, Kind::Word) && run_has_digit(r) && has(l, kGroupWord)) {
            return true;
        }
        // 28␣мая␣2021 г.: a date in words does not break.
        return l >= 2 && t_[l - 1].kind == Kind::Space && t_[l - 1].space == SpaceOut::Nbsp &&
               is(l - 2, Kind::Number) && is(r, Kind::Number) && t_[r].end - t_[r].begin == 4 &&
               has(l, kMonthGenitive);
    }

    bool caps_chain_reaches_quote(std::size_t r) const {
        for (int hops = 0; hops < 4; ++hops) {
            if (valid(r) && t_[r].quote == Quote::Opening) {
                return true;
            }
            if (!is_caps_abbreviation(r) || !is(r + 1, Kind::Space)) {
                return false;
            }
            r += 2;
        }
        return false;
    }

    bool binds_after_number(std::size_t l, std::size_t r, std::size_t s) {
        const Shape shape = number_shape(l);
        if (shape == Shape::Other || shape == Shape::None) {
            return false;
        }
        // 2021␣г., 100␣руб., 28.05.2021␣г.
        if (is_unit(r)) {
            if (shape == Shape::Date) {
                return text(r) == "г" || text(r) == "гг";
            }
            maybe_group(l, shape);
            return true;
        }
        if (shape == Shape::Date) {
            return false;
        }
        if (is_punct(r, '%')) {
            return true;
        }
        // 7␣«Б» класса.
        if (t_[r].quote == Quote::Opening && is_single_letter_word(r + 1) && valid(r + 2) &&
            t_[r + 2].quote == Quote::Closing) {
            return true;
        }
        // 36␣часов, 28␣мая, 3␣наставника (not «2024 учебный год»).
        if (is_counted_word(r) && !is_identifier_number(l) && t_[l].end - t_[l].begin <= 9) {
            maybe_group(l, shape);
            return true;
        }
        (void)s;
        return false;
    }

    // 10000 руб. -> 10⍽000␣руб. (documents.md B.2 rule 14; never years, codes or 4 digits).
    void maybe_group(std::size_t l, Shape shape) {
        const std::size_t digits = t_[l].end - t_[l].begin;
        if (shape == Shape::Integer && digits >= 5 && digits <= 9 && !is_identifier_number(l) &&
            text(l)[0] != '0') {
            t_[l].group_thousands = true;
        }
    }

    // ---- output ----------------------------------------------------------------------------

    // Verbatim (A.18): what was typed, with only the invisible changes: a no-break space where a
    // single space was, a no-break hyphen, a dropped doubled period.
    bool is_printed_as_typed_verbatim(const Token& token) const {
        if (token.kind == Kind::Space) {
            return token.space != SpaceOut::Nbsp || written(token) != " ";
        }
        return token.out != kNoBreakHyphen && token.out != kDropped;
    }

    void append_verbatim(std::string& out, const Token& token) const {
        if (token.kind == Kind::Space) {
            out.append(kNbsp);  // the one change a space gets: a single space bound
        } else {
            out.append(kOut[token.out]);
        }
    }

    bool is_printed_as_typed(const Token& token) const {
        if (token.kind == Kind::Space) {
            switch (token.space) {
                case SpaceOut::Space:
                    return written(token) == " ";
                case SpaceOut::Nbsp:
                    return written(token) == kNbsp;
                case SpaceOut::Narrow:
                    return written(token) == kNarrowNbsp;
                case SpaceOut::Drop:
                    return false;
            }
        }
        return token.out == kAsTyped && !token.group_thousands && !token.nbsp_after;
    }

    void append_typeset(std::string& out, const Token& token) const {
        if (token.kind == Kind::Space) {
            switch (token.space) {
                case SpaceOut::Space:
                    out += ' ';
                    break;
                case SpaceOut::Nbsp:
                    out += kNbsp;
                    break;
                case SpaceOut::Narrow:
                    out += kNarrowNbsp;
                    break;
                case SpaceOut::Drop:
                    break;
            }
            return;
        }
        const std::string_view typed = written(token);
        if (token.group_thousands) {
            const std::size_t first = typed.size() % 3 == 0 ? 3 : typed.size() % 3;
            out.append(typed.substr(0, first));
            for (std::size_t k = first; k < typed.size(); k += 3) {
                out += kNarrowNbsp;
                out.append(typed.substr(k, 3));
            }
        } else {
            out.append(token.out == kAsTyped ? typed : kOut[token.out]);
        }
        if (token.nbsp_after) {
            out += kNbsp;
        }
    }

    std::string_view written(const Token& token) const {
        return text_.substr(token.begin, token.end - token.begin);
    }

    // The tokens cover the text end to end, so what is printed as typed is copied a stretch at a
    // time, between the tokens that change.
    std::string emit() const {
        std::string out;
        out.reserve(text_.size() + (verbatim_ ? 0 : text_.size() / 8) + 16);
        std::size_t copied = 0;
        for (const Token& token : t_) {
            if (verbatim_ ? is_printed_as_typed_verbatim(token) : is_printed_as_typed(token)) {
                continue;
            }
            out.append(text_.substr(copied, token.begin - copied));
            if (verbatim_) {
                append_verbatim(out, token);
            } else {
                append_typeset(out, token);
            }
            copied = token.end;
        }
        out.append(text_.substr(copied));
        return out;
    }
};

}  // namespace

std::string detail::typeset_full(std::string_view text, TextMode mode) {
    if (text.size() >= 0xFFFFFFFFu) {
        return std::string(text);  // token offsets are 32-bit; nobody typesets 4 GiB at once
    }
    thread_local std::vector<Token> tokens;
    Typesetter typesetter(text, tokens, mode == TextMode::Verbatim);
    std::string out = typesetter.run();
    if (tokens.capacity() > (1u << 18)) {
        std::vector<Token>().swap(tokens);  // keep at most 5 MB between calls
    }
    return out;
}

std::string typeset(std::string_view text, TextMode mode) {
    if (!detail::may_typeset(text)) {
        return std::string(text);
    }
    return detail::typeset_full(text, mode);
}

}  // namespace nastavdoc::text
