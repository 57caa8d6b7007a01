#include "engine/text/phrases.h"

#include "engine/text/word_forms.h"

#include <algorithm>
#include <array>
#include <span>

namespace nastavdoc::text {

namespace {

using detail::ends_with;
using detail::LowerWord;
using Mods = std::array<std::string_view, 5>;  // gen dat acc ins pre, as in name_rules.h

enum class WordGender : std::uint8_t { Masculine, Feminine, Neuter };

// Substantivised participles that head a position and govern what follows
// («заведующий отделением», «исполняющий обязанности директора»).
constexpr std::string_view kParticipleHeads[] = {"заведующая",  "заведующий",  "исполняющая",
                                                 "исполняющий", "управляющая", "управляющий"};

// Words after which the phrase is a complement, never declined.
constexpr std::string_view kPrepositions[] = {
    "без", "в",  "во",  "для", "до", "за",  "и",   "из",  "или", "к",  "ко", "на",   "над",
    "о",   "об", "обо", "от",  "по", "под", "при", "про", "с",   "со", "у",  "через"};

// Feminine nouns in -ь that a phrase may end with (the rest in -ь are masculine: учитель).
constexpr std::string_view kFeminineSoftNouns[] = {
    "власть", "дверь",   "жизнь",   "запись",  "кровь",  "мель",    "мысль",
    "модель", "новь",    "обувь",   "очередь", "память", "печать",  "площадь",
    "помощь", "постель", "речь",    "роль",    "связь",  "сеть",    "смесь",
    "соль",   "степень", "тетрадь", "цель",    "часть",  "церковь", "щель"};

// Masculine nouns with a stressed ending after ж ш ч щ ц (-ом, not -ем) or -ь (-ём).
constexpr std::string_view kStressedNouns[] = {"врач",     "ткач",    "секретарь", "вратарь",
                                               "богатырь", "кобзарь", "главврач",  "звонарь"};

// Parts of compound nouns that never change (вице-президент, экс-директор).
constexpr std::string_view kFixedPrefixes[] = {"вице", "экс",  "обер",    "унтер",
                                               "штаб", "лейб", "генерал", "премьер"};

// Adjectives with a stressed ending after a sibilant (большая -> большой, not *большей).
constexpr std::string_view kStressedSibilantAdjectives[] = {"большая", "чужая", "большое", "чужое"};

bool contains(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_sibilant(char32_t c) {
    return c == U'ж' || c == U'ш' || c == U'ч' || c == U'щ';
}
bool is_velar(char32_t c) {
    return c == U'г' || c == U'к' || c == U'х';
}

char32_t char_before_ending(std::string_view lower, std::size_t ending_chars) {
    return detail::last_char(lower.substr(0, detail::drop_last_chars(lower, ending_chars)));
}

bool is_adjective(std::string_view lower) {
    if (detail::char_count(lower) < 4) {
        return false;
    }
    for (const std::string_view e :
         {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ыйся", "ийся", "аяся", "ееся", "оеся"}) {
        if (ends_with(lower, e)) {
            return true;
        }
    }
    return false;
}

WordGender adjective_gender(std::string_view lower) {
    if (ends_with(lower, "ая") || ends_with(lower, "яя") || ends_with(lower, "аяся")) {
        return WordGender::Feminine;
    }
    if (ends_with(lower, "ое") || ends_with(lower, "ее") || ends_with(lower, "оеся") ||
        ends_with(lower, "ееся")) {
        return WordGender::Neuter;
    }
    return WordGender::Masculine;
}

// The endings of an adjective (without a reflexive -ся) in the nominative singular.
Mods adjective_mods(std::string_view lower, bool animate) {
    const char32_t before = char_before_ending(lower, 2);
    if (ends_with(lower, "ая")) {
        if (is_sibilant(before) && !contains(kStressedSibilantAdjectives, lower)) {
            return {"--ей", "--ей", "--ую", "--ей", "--ей"};
        }
        return {"--ой", "--ой", "--ую", "--ой", "--ой"};
    }
    if (ends_with(lower, "яя")) {
        return {"--ей", "--ей", "--юю", "--ей", "--ей"};
    }
    if (ends_with(lower, "ое")) {
        const bool soft_ins = is_velar(before) || is_sibilant(before);
        return {"--ого", "--ому", ".", soft_ins ? "--им" : "--ым", "--ом"};
    }
    if (ends_with(lower, "ее")) {
        return {"--его", "--ему", ".", "--им", "--ем"};
    }
    if (ends_with(lower, "ий")) {
        if (is_velar(before)) {
            return {"--ого", "--ому", animate ? "--ого" : ".", "--им", "--ом"};
        }
        return {"--его", "--ему", animate ? "--его" : ".", "--им", "--ем"};
    }
    // -ый, -ой
    const bool soft_ins = is_velar(before) || is_sibilant(before);
    return {"--ого", "--ому", animate ? "--ого" : ".", soft_ins ? "--им" : "--ым", "--ом"};
}

void decline_adjective(std::string& out, std::string_view word, Case c, bool animate) {
    const LowerWord lower_word(word);
    std::string_view lower = lower_word.view();
    const bool reflexive = ends_with(lower, "ся");
    std::string_view stem = word;
    if (reflexive) {
        lower = lower.substr(0, lower.size() - 4);
        stem = word.substr(0, word.size() - 4);
    }
    detail::apply_mod(out, stem, adjective_mods(lower, animate)[static_cast<std::size_t>(c) - 1]);
    if (reflexive) {
        out.append(word.substr(word.size() - 4));
    }
}

WordGender noun_gender(std::string_view lower) {
    const char32_t last = detail::last_char(lower);
    if (last == U'а' || last == U'я') {
        return WordGender::Feminine;
    }
    if (last == U'о' || last == U'е' || last == U'ё') {
        return WordGender::Neuter;
    }
    if (last == U'ь') {
        const char32_t before = char_before_ending(lower, 1);
        if (contains(kFeminineSoftNouns, lower) || ends_with(lower, "ость") ||
            ends_with(lower, "есть") || is_sibilant(before)) {
            return WordGender::Feminine;
        }
    }
    return WordGender::Masculine;
}

Mods noun_mods(std::string_view lower, WordGender gender, bool animate) {
    const char32_t last = detail::last_char(lower);
    const char32_t before = char_before_ending(lower, 1);
    if (last == U'а') {
        if (is_velar(before)) {
            return {"-и", "-е", "-у", "-ой", "-е"};
        }
        if (is_sibilant(before)) {
            return {"-и", "-е", "-у", "-ей", "-е"};
        }
        if (before == U'ц') {
            return {"-ы", "-е", "-у", "-ей", "-е"};
        }
        return {"-ы", "-е", "-у", "-ой", "-е"};
    }
    if (last == U'я') {
        if (before == U'и') {
            return {"-и", "-и", "-ю", "-ей", "-и"};
        }
        return {"-и", "-е", "-ю", "-ей", "-е"};
    }
    if (last == U'о') {
        return {"-а", "-у", ".", "-ом", "-е"};
    }
    if (last == U'е' || last == U'ё') {
        if (before == U'и') {
            return {"-я", "-ю", ".", "-ем", "-и"};
        }
        return {"-я", "-ю", ".", "-ем", "-е"};
    }
    if (last == U'ь') {
        if (gender == WordGender::Feminine) {
            return {"-и", "-и", ".", "ю", "-и"};
        }
        const bool stressed = contains(kStressedNouns, lower);
        return {"-я", "-ю", animate ? "-я" : ".", stressed ? "-ём" : "-ем", "-е"};
    }
    if (last == U'й') {
        if (before == U'и') {
            return {"-я", "-ю", animate ? "-я" : ".", "-ем", "-и"};
        }
        return {"-я", "-ю", animate ? "-я" : ".", "-ем", "-е"};
    }
    if (ends_with(lower, "ец") && detail::char_count(lower) > 4) {
        // Fleeting е: продавец -> продавца, образец -> образца; -анец/-инец are unstressed.
        const char32_t pre = char_before_ending(lower, 2);
        const bool unstressed =
            pre == U'н' && (ends_with(lower, "анец") || ends_with(lower, "янец") ||
                            ends_with(lower, "инец") || ends_with(lower, "енец"));
        return {"--ца", "--цу", animate ? "--ца" : ".", unstressed ? "--цем" : "--цом", "--це"};
    }
    const bool soft_ins = (is_sibilant(last) || last == U'ц') && !contains(kStressedNouns, lower);
    return {"а", "у", animate ? "а" : ".", soft_ins ? "ем" : "ом", "е"};
}

void decline_noun(std::string& out, std::string_view word, Case c, WordGender gender,
                  bool animate) {
    const LowerWord lower(word);
    if (contains(kFixedPrefixes, lower.view())) {
        out.append(word);
        return;
    }
    detail::apply_mod(out, word,
                      noun_mods(lower.view(), gender, animate)[static_cast<std::size_t>(c) - 1]);
}

// Suffixes and words of animate nouns: people and their roles.
bool is_animate_noun(std::string_view lower) {
    static constexpr std::string_view kAnimateWords[] = {
        "человек",     "студент",    "педагог",      "психолог",      "логопед",     "дефектолог",
        "директор",    "куратор",    "методист",     "специалист",    "мастер",      "наставник",
        "ученик",      "участник",   "ребёнок",      "ребенок",       "родитель",    "выпускник",
        "сотрудник",   "работник",   "руководитель", "преподаватель", "воспитатель", "учитель",
        "тьютор",      "инструктор", "председатель", "секретарь",     "член",        "эксперт",
        "организатор", "бухгалтер",  "лаборант",     "ассистент",     "врач"};
    if (contains(kAnimateWords, lower)) {
        return true;
    }
    for (const std::string_view e : {"тель", "ник", "щик", "чик", "ист", "лог"}) {
        if (ends_with(lower, e) && detail::char_count(lower) > 4) {
            return true;
        }
    }
    return false;
}

bool has_lower_case(std::string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        if ((b0 == 0xD0 && b1 >= 0xB0) || (b0 == 0xD1 && b1 >= 0x80 && b1 <= 0x9F)) {
            return true;
        }
    }
    return false;
}

// An abbreviation in capitals (УВР, ОБЖ) is a complement, unless the whole phrase is in capitals.
bool stops_declension(std::string_view word, std::string_view lower, bool caps_phrase) {
    if (contains(kPrepositions, lower) || (!caps_phrase && detail::is_all_caps(word))) {
        return true;
    }
    for (const char ch : word) {
        if ((ch >= '0' && ch <= '9') || ch == '"' || ch == '(' || ch == ')' || ch == ',') {
            return true;
        }
    }
    // Quotes «» and „“ are multibyte; a word starting with one is a name, not a head.
    const char32_t first = detail::first_char(word);
    return !(detail::is_letter(first));
}

// Declines an adjective or a compound adjective (учебно-методический: only the last part).
void decline_adjective_word(std::string& out, std::string_view word, Case c, bool animate) {
    const std::size_t hyphen = word.rfind('-');
    if (hyphen != std::string_view::npos) {
        out.append(word.substr(0, hyphen + 1));
        word = word.substr(hyphen + 1);
    }
    decline_adjective(out, word, c, animate);
}

// Declines a head noun; both parts of a compound (педагог-психолог) change.
void decline_head_word(std::string& out, std::string_view word, Case c, WordGender gender,
                       bool animate) {
    std::size_t start = 0;
    while (true) {
        const std::size_t hyphen = word.find('-', start);
        const std::string_view part = word.substr(start, hyphen - start);
        const LowerWord lower(part);
        if (is_adjective(lower.view())) {
            decline_adjective(out, part, c, animate);
        } else {
            decline_noun(out, part, c, start == 0 ? gender : noun_gender(lower.view()), animate);
        }
        if (hyphen == std::string_view::npos) {
            break;
        }
        out += '-';
        start = hyphen + 1;
    }
}

enum class Animacy : std::uint8_t { Animate, Guess };

// Words are separated by spaces or no-break spaces (a phrase may come typeset, or be typed so).
std::size_t space_length(std::string_view text, std::size_t i) {
    if (text[i] == ' ') {
        return 1;
    }
    return text.compare(i, 2, "\xC2\xA0") == 0 ? 2 : 0;
}

std::size_t find_space(std::string_view text, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        if (space_length(text, i) != 0) {
            return i;
        }
    }
    return std::string_view::npos;
}

std::string decline(std::string_view phrase, Case c, Animacy animacy) {
    if (c == Case::Nom) {
        return std::string(phrase);
    }
    std::string out;
    out.reserve(phrase.size() + 16);
    std::size_t i = 0;
    bool have_gender = false;
    WordGender gender = WordGender::Masculine;
    // Adjectives first: their declension needs the head's animacy, so find the head first.
    std::size_t head_begin = std::string_view::npos;
    std::size_t head_end = 0;
    const bool caps_phrase = !has_lower_case(phrase);
    for (std::size_t k = 0; k < phrase.size();) {
        while (k < phrase.size() && space_length(phrase, k) != 0) {
            k += space_length(phrase, k);
        }
        std::size_t end = find_space(phrase, k);
        if (end == std::string_view::npos) {
            end = phrase.size();
        }
        if (k == end) {
            break;
        }
        const std::string_view word = phrase.substr(k, end - k);
        const LowerWord lower(word);
        const std::string_view last_part = lower.view().substr(lower.view().rfind('-') + 1);
        if (stops_declension(word, lower.view(), caps_phrase)) {
            break;
        }
        if (contains(kParticipleHeads, lower.view()) || !is_adjective(last_part)) {
            head_begin = k;
            head_end = end;
            break;
        }
        if (!have_gender) {
            gender = adjective_gender(last_part);
            have_gender = true;
        }
        k = end;
        head_end = end;
    }
    // A phrase of adjectives alone names a person (наставляемый, обучающаяся, дежурный).
    bool animate = animacy == Animacy::Animate || head_begin == std::string_view::npos;
    if (head_begin != std::string_view::npos) {
        const std::string_view head = phrase.substr(head_begin, head_end - head_begin);
        const LowerWord lower(head);
        if (!have_gender) {
            gender = contains(kParticipleHeads, lower.view())
                         ? adjective_gender(lower.view())
                         : noun_gender(lower.view().substr(0, lower.view().find('-')));
        }
        if (animacy == Animacy::Guess) {
            animate = is_animate_noun(lower.view().substr(0, lower.view().find('-')));
        }
    }
    const std::size_t decline_end = head_end;
    while (i < decline_end) {
        if (const std::size_t space = space_length(phrase, i); space != 0) {
            out.append(phrase.substr(i, space));
            i += space;
            continue;
        }
        std::size_t end = find_space(phrase, i);
        if (end == std::string_view::npos || end > decline_end) {
            end = decline_end;
        }
        const std::string_view word = phrase.substr(i, end - i);
        const LowerWord lower(word);
        if (i == head_begin && !contains(kParticipleHeads, lower.view())) {
            decline_head_word(out, word, c, gender, animate);
        } else {
            decline_adjective_word(out, word, c, animate);
        }
        i = end;
    }
    out.append(phrase.substr(i));
    return out;
}

}  // namespace

std::string decline_position(std::string_view position, Case c) {
    return decline(position, c, Animacy::Animate);
}

std::string decline_phrase(std::string_view phrase, Case c) {
    return decline(phrase, c, Animacy::Guess);
}

}  // namespace nastavdoc::text
