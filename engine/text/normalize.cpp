// The strict-mode normaliser (documents.md A.6, A.18, B.4, B.11): the rewrites that change words,
// each a small matcher over code points, tried left to right at word starts. No regular
// expressions; linear in the text.
#include "engine/base/utf8.h"
#include "engine/text/typography.h"
#include "engine/text/typography_fast_path.h"
#include "engine/text/typography_words.h"
#include "engine/text/word_forms.h"

namespace nastavdoc::text {

namespace {

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x202F;
}
bool is_digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
bool is_letter(char32_t c) {
    return detail::is_letter(c);
}
bool is_upper(char32_t c) {
    return detail::is_cyrillic_upper(c) || (c >= U'A' && c <= U'Z');
}
bool is_opening_quote(char32_t c) {
    return c == U'"' || c == 0xAB || c == 0x201E || c == 0x201C;
}
bool is_closing_quote(char32_t c) {
    return c == U'"' || c == 0xBB || c == 0x201C || c == 0x201D;
}

// Words after «в течении» where «течении» is the noun (в течении реки), not the preposition.
constexpr std::u32string_view kFlowNouns[] = {U"реки",    U"ручья",    U"потока",
                                              U"воды",    U"болезни",  U"процесса",
                                              U"событий", U"жидкости", U"газа"};

class Normaliser {
public:
    explicit Normaliser(std::string_view text, std::vector<Normalisation>* found) : found_(found) {
        std::size_t pos = 0;
        while (pos < text.size()) {
            char32_t c = 0;
            std::size_t used = utf8::decode(text, pos, c);
            if (used == 0) {
                c = 0xDC00 + static_cast<unsigned char>(text[pos]);  // a lone byte, copied back
                used = 1;
            }
            s_ += c;
            offsets_.push_back(pos);
            pos += used;
        }
        offsets_.push_back(text.size());
        text_ = text;
    }

    std::string run() {
        std::size_t i = 0;
        while (i < s_.size()) {
            const bool word_start = i == 0 || !(is_letter(s_[i - 1]) || is_digit(s_[i - 1]));
            std::size_t next = 0;
            if (word_start &&
                (quoted_day(i, next) || numeric_date_with_year_word(i, next) ||
                 date_with_goda(i, next) || v_techenii(i, next) || year_range(i, next) ||
                 list_number(i, next) || relation_hyphen(i, next))) {
                i = next;
                continue;
            }
            append(s_[i]);
            ++i;
        }
        return std::move(out_);
    }

private:
    std::u32string s_;
    std::vector<std::size_t> offsets_;  // byte offset of each code point, and the text's size
    std::string_view text_;
    std::vector<Normalisation>* found_;
    std::string out_;

    void append(char32_t c) {
        if (c >= 0xDC00 && c <= 0xDCFF) {
            out_ += static_cast<char>(c - 0xDC00);
        } else {
            utf8::append(out_, c);
        }
    }
    void append(std::u32string_view text) {
        for (const char32_t c : text) {
            append(c);
        }
    }
    char32_t at(std::size_t i) const { return i < s_.size() ? s_[i] : 0; }
    std::size_t skip_spaces(std::size_t i) const {
        while (i < s_.size() && is_space(s_[i])) {
            ++i;
        }
        return i;
    }
    std::size_t digits_at(std::size_t i) const {
        std::size_t n = 0;
        while (is_digit(at(i + n))) {
            ++n;
        }
        return n;
    }
    int value(std::size_t i, std::size_t n) const {
        int v = 0;
        for (std::size_t k = 0; k < n; ++k) {
            v = v * 10 + static_cast<int>(s_[i + k] - U'0');
        }
        return v;
    }
    std::size_t word_end(std::size_t i) const {
        while (i < s_.size() && is_letter(s_[i])) {
            ++i;
        }
        return i;
    }
    std::u32string lower(std::size_t begin, std::size_t end) const {
        std::u32string w;
        for (std::size_t k = begin; k < end; ++k) {
            w += detail::to_lower_char(s_[k]);
        }
        return w;
    }
    bool is_month_genitive(std::size_t begin, std::size_t end) const {
        std::string utf8_word;
        for (std::size_t k = begin; k < end; ++k) {
            utf8::append(utf8_word, detail::to_lower_char(s_[k]));
        }
        return end - begin >= 3 && end - begin <= 8 && detail::is_month_genitive(utf8_word);
    }

    void record(std::string code, std::size_t begin, std::size_t end, std::size_t out_begin) {
        if (found_ == nullptr) {
            return;
        }
        Normalisation n;
        n.code = std::move(code);
        n.from = std::string(text_.substr(offsets_[begin], offsets_[end] - offsets_[begin]));
        n.to = out_.substr(out_begin);
        n.offset = offsets_[begin];
        found_->push_back(std::move(n));
    }

    // The words before `i`, counted up to 4: a date that ends a sentence keeps its period.
    bool sentence_before(std::size_t i) const {
        int words = 0;
        for (std::size_t k = 0; k < i && words < 4; ++k) {
            if (is_letter(s_[k]) && (k == 0 || !is_letter(s_[k - 1]))) {
                ++words;
            }
        }
        return words >= 4;
    }

    // After «г.» dropped from a numeric date at `date_begin`, ending at `after`: the period stays
    // when it also ends the sentence (a capital or the end of the text follows).
    void period_after_year_word(std::size_t date_begin, std::size_t after) {
        const std::size_t k = skip_spaces(after);
        if (k >= s_.size() ? sentence_before(date_begin)
                           : (k > after && is_upper(s_[k])) || s_[k] == U'.') {
            if (at(after) != U'.') {
                out_ += '.';
            }
        }
    }

    // DD.MM.YYYY at i (1–2 digits for day and month); the end in `end`, printed with zeros.
    bool numeric_date(std::size_t i, std::size_t& end, std::u32string& printed) const {
        const std::size_t d = digits_at(i);
        if (d < 1 || d > 2 || at(i + d) != U'.') {
            return false;
        }
        const std::size_t m_at = i + d + 1;
        const std::size_t m = digits_at(m_at);
        if (m < 1 || m > 2 || at(m_at + m) != U'.') {
            return false;
        }
        const std::size_t y_at = m_at + m + 1;
        if (digits_at(y_at) != 4) {
            return false;
        }
        const int day = value(i, d);
        const int month = value(m_at, m);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        end = y_at + 4;
        if (at(end) == U'.' && is_digit(at(end + 1))) {
            return false;
        }
        printed.clear();
        if (d == 1) {
            printed += U'0';
        }
        printed.append(s_, i, d);
        printed += U'.';
        if (m == 1) {
            printed += U'0';
        }
        printed.append(s_, m_at, m);
        printed += U'.';
        printed.append(s_, y_at, 4);
        return true;
    }

    // « г.» at i (spaces allowed before it, none after the letter): the end in `end`.
    bool year_word(std::size_t i, std::size_t& end) const {
        const std::size_t g = skip_spaces(i);
        if (at(g) != U'г' || at(g + 1) != U'.' || is_letter(at(g + 2))) {
            return false;
        }
        end = g + 2;
        return true;
    }

    // 28.05.2021г., 25.12.2019 г. -> 28.05.2021, 25.12.2019 (A.6: no «г.» after a numeric date).
    bool numeric_date_with_year_word(std::size_t i, std::size_t& next) {
        std::size_t end = 0;
        std::u32string printed;
        std::size_t year_end = 0;
        if (!numeric_date(i, end, printed) || !year_word(end, year_end)) {
            return false;
        }
        const std::size_t out_begin = out_.size();
        append(printed);
        period_after_year_word(i, year_end);
        record("date.year-word", i, year_end, out_begin);
        next = year_end;
        return true;
    }

    // от «20» 11 2023 г. -> от 20.11.2023; «23» августа 2021 г. -> 23 августа 2021 г.
    bool quoted_day(std::size_t i, std::size_t& next) {
        if (!is_opening_quote(at(i))) {
            return false;
        }
        const std::size_t d = digits_at(i + 1);
        if (d < 1 || d > 2 || !is_closing_quote(at(i + 1 + d))) {
            return false;
        }
        const int day = value(i + 1, d);
        const std::size_t after_quote = i + 2 + d;
        const std::size_t k = skip_spaces(after_quote);
        if (day < 1 || day > 31 || k == after_quote) {
            return false;
        }
        const std::size_t out_begin = out_.size();
        if (const std::size_t m = digits_at(k); m >= 1 && m <= 2) {
            const int month = value(k, m);
            const std::size_t y = skip_spaces(k + m);
            if (month < 1 || month > 12 || y == k + m || digits_at(y) != 4) {
                return false;
            }
            std::size_t end = y + 4;
            std::u32string printed;
            if (d == 1) {
                printed += U'0';
            }
            printed.append(s_, i + 1, d);
            printed += U'.';
            if (m == 1) {
                printed += U'0';
            }
            printed.append(s_, k, m);
            printed += U'.';
            printed.append(s_, y, 4);
            append(printed);
            if (std::size_t year_end = 0; year_word(end, year_end)) {
                period_after_year_word(i, year_end);
                end = year_end;
            }
            record("date.quoted-day", i, end, out_begin);
            next = end;
            return true;
        }
        const std::size_t month_end = word_end(k);
        if (!is_month_genitive(k, month_end)) {
            return false;
        }
        // The day without a leading zero in the words form.
        const std::size_t first = (d == 2 && s_[i + 1] == U'0') ? i + 2 : i + 1;
        append(std::u32string_view(s_).substr(first, i + 1 + d - first));
        append(std::u32string_view(s_).substr(after_quote, month_end - after_quote));
        record("date.quoted-day", i, month_end, out_begin);
        next = month_end;
        return true;
    }

    // 28 мая 2021 года -> 28 мая 2021 г.
    bool date_with_goda(std::size_t i, std::size_t& next) {
        const std::size_t d = digits_at(i);
        if (d < 1 || d > 2) {
            return false;
        }
        const std::size_t month = skip_spaces(i + d);
        const std::size_t month_end = word_end(month);
        if (month == i + d || !is_month_genitive(month, month_end)) {
            return false;
        }
        const std::size_t year = skip_spaces(month_end);
        if (year == month_end || digits_at(year) != 4) {
            return false;
        }
        const std::size_t goda = skip_spaces(year + 4);
        const std::size_t goda_end = word_end(goda);
        if (goda == year + 4 || lower(goda, goda_end) != U"года") {
            return false;
        }
        const std::size_t out_begin = out_.size();
        append(std::u32string_view(s_).substr(i, goda - i));
        out_ += "г.";
        const std::size_t end = at(goda_end) == U'.' ? goda_end + 1 : goda_end;
        record("date.goda", i, end, out_begin);
        next = end;
        return true;
    }

    // в течении года -> в течение года (the preposition of time; «в течении реки» stays).
    bool v_techenii(std::size_t i, std::size_t& next) {
        if ((at(i) != U'в' && at(i) != U'В') || !is_space(at(i + 1))) {
            return false;
        }
        const std::size_t w = skip_spaces(i + 1);
        const std::size_t w_end = word_end(w);
        if (lower(w, w_end) != U"течении") {
            return false;
        }
        const std::size_t n = skip_spaces(w_end);
        const std::u32string following = lower(n, word_end(n));
        for (const std::u32string_view noun : kFlowNouns) {
            if (following == noun) {
                return false;
            }
        }
        const std::size_t out_begin = out_.size();
        append(std::u32string_view(s_).substr(i, w_end - 1 - i));
        append(s_[w_end - 1] == U'И' ? U'Е' : U'е');
        record("grammar.v-techenie", i, w_end, out_begin);
        next = w_end;
        return true;
    }

    // 2023-2024 -> 2023–2024 (B.4: an unspaced en dash between years).
    bool year_range(std::size_t i, std::size_t& next) {
        if (digits_at(i) != 4 || at(i + 4) != U'-' || digits_at(i + 5) != 4 || at(i + 9) == U'-' ||
            (i > 0 && (s_[i - 1] == U'-' || s_[i - 1] == U'.'))) {
            return false;
        }
        const int a = value(i, 4);
        const int b = value(i + 5, 4);
        if (a < 1000 || b > 2999 || a > b) {
            return false;
        }
        const std::size_t out_begin = out_.size();
        append(std::u32string_view(s_).substr(i, 4));
        append(U'\u2013');
        append(std::u32string_view(s_).substr(i + 5, 4));
        record("dash.year-range", i, i + 9, out_begin);
        next = i + 9;
        return true;
    }

    // 1.Издание, 2.«Деятельность …» -> 1. Издание, 2. «Деятельность …» (list numbers).
    bool list_number(std::size_t i, std::size_t& next) {
        if (i > 0 && !is_space(s_[i - 1]) && s_[i - 1] != U'\n' && s_[i - 1] != U'(') {
            return false;
        }
        std::size_t k = i;
        while (true) {
            const std::size_t d = digits_at(k);
            if (d == 0 || d > 3 || at(k + d) != U'.') {
                return false;
            }
            k += d + 1;
            if (!is_digit(at(k))) {
                break;
            }
        }
        const char32_t c = at(k);
        if (!(is_upper(c) || c == 0xAB || c == U'"')) {
            return false;
        }
        const std::size_t out_begin = out_.size();
        append(std::u32string_view(s_).substr(i, k - i));
        out_ += ' ';
        record("space.list-number", i, k, out_begin);
        next = k;
        return true;
    }

    // ученик-ученик -> ученик – ученик (B.4 heuristic 5: the name of a form of mentorship).
    bool relation_hyphen(std::size_t i, std::size_t& next) {
        const std::size_t left_end = word_end(i);
        if (left_end == i || at(left_end) != U'-') {
            return false;
        }
        const std::size_t right_end = word_end(left_end + 1);
        if (right_end == left_end + 1 || at(right_end) == U'-') {
            return false;
        }
        const auto relation = [&](std::size_t b, std::size_t e) {
            std::string w;
            for (std::size_t k = b; k < e; ++k) {
                utf8::append(w, detail::to_lower_char(s_[k]));
            }
            return detail::is_relation_word(w);
        };
        if (!relation(i, left_end) || !relation(left_end + 1, right_end)) {
            return false;
        }
        const std::size_t out_begin = out_.size();
        append(std::u32string_view(s_).substr(i, left_end - i));
        out_ += " \u2013 ";
        append(std::u32string_view(s_).substr(left_end + 1, right_end - left_end - 1));
        record("dash.relation", i, right_end, out_begin);
        next = right_end;
        return true;
    }
};

}  // namespace

std::string detail::normalize_strict_full(std::string_view text,
                                          std::vector<Normalisation>* found) {
    return Normaliser(text, found).run();
}

std::string normalize_strict(std::string_view text, std::vector<Normalisation>* found) {
    if (!detail::may_normalize(text)) {
        return std::string(text);  // the output of every matcher failing: the text, re-encoded
    }
    return detail::normalize_strict_full(text, found);
}

}  // namespace nastavdoc::text
