#include "engine/text/typography_words.h"

#include "engine/text/word_forms.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>

namespace nastavdoc::text::detail {

namespace {

// documents.md B.2 rule 6: every one- and two-letter preposition and conjunction, the negation,
// and the listed three-letter words.
constexpr std::string_view kBindNext[] = {"а",   "в",   "и",   "к",   "о",   "с",   "у",   "во",
                                          "ко",  "со",  "об",  "на",  "по",  "за",  "из",  "от",
                                          "до",  "не",  "ни",  "но",  "да",  "без", "для", "изо",
                                          "над", "обо", "под", "при", "про", "или"};

// documents.md B.2 rule 7.
constexpr std::string_view kBindPrevious[] = {"же", "ли", "ль", "бы", "б"};

// documents.md B.2 rule 4 and B.5.
constexpr std::string_view kAbbreviationsBeforeName[] = {
    "г",   "гг",    "ул",  "д",    "кв",  "им",  "п",   "пп", "ст",  "ч",
    "рис", "табл",  "с",   "корп", "обл", "стр", "гл",  "см", "тел", "пер",
    "пос", "просп", "мкр", "пл",   "р",   "х",   "дер", "пгт"};

constexpr std::string_view kTAbbreviationEnds[] = {"е", "д", "п", "к", "ч"};

// documents.md B.2 rule 3, B.5, B.6.
constexpr std::string_view kUnitsAfterNumber[] = {
    "г",   "гг",  "в",  "вв", "тыс", "млн", "млрд", "руб", "коп", "чел", "экз", "л", "с", "ч",
    "мин", "сек", "км", "м",  "см",  "мм",  "кг",   "т",   "га",  "ак",  "шт",  "р", "ед"};

constexpr std::string_view kGluedUnits[] = {"г",   "гг",  "тыс", "млн", "млрд", "руб", "коп",
                                            "чел", "экз", "ч",   "мин", "шт",   "км",  "кг"};

constexpr std::string_view kMonthsGenitive[] = {"января",   "февраля", "марта",  "апреля",
                                                "мая",      "июня",    "июля",   "августа",
                                                "сентября", "октября", "ноября", "декабря"};

constexpr std::string_view kMonthsOther[] = {
    "январь",   "февраль", "март",   "апрель",  "май",      "июнь",    "июль",   "август",
    "сентябрь", "октябрь", "ноябрь", "декабрь", "январе",   "феврале", "марте",  "апреле",
    "мае",      "июне",    "июле",   "августе", "сентябре", "октябре", "ноябре", "декабре"};

// documents.md C.4: the sides of the forms of mentorship («педагог – студент»).
constexpr std::string_view kRelationWords[] = {
    "ученик",  "ученица",      "учитель",     "студент",     "студентка",
    "педагог", "работодатель", "обучающийся", "обучающаяся", "выпускник"};

// Stems of words that name a numbered part (documents.md B.2 rule 10).
constexpr std::string_view kReferenceStems[] = {
    "приложени", "пункт", "подпункт", "част",  "стать",   "раздел",
    "глав",      "этап",  "таблиц",   "рисун", "страниц", "групп",
    "протокол",  "шаг",   "модул",    "урок",  "кабинет", "аудитори"};

constexpr std::string_view kCodeWords[] = {"ИНН",   "КПП",   "ОГРН",  "ОГРНИП", "ОКПО",
                                           "ОКВЭД", "ОКТМО", "ОКАТО", "БИК",    "СНИЛС",
                                           "ОКОГУ", "ОКФС",  "ОКОПФ"};

constexpr std::string_view kAdjectiveEndings[] = {"ый",  "ий",  "ая",  "яя",  "ое",  "ее",
                                                  "ого", "его", "ому", "ему", "ых",  "их",
                                                  "ую",  "юю",  "ым",  "им",  "ыми", "ими"};

// The six short-word lists merged and sorted, each word with the lists that hold it.
struct ShortWord {
    std::string_view word;
    std::uint8_t lists = 0;
};

constexpr std::size_t kShortWordCount =
    std::size(kBindNext) + std::size(kBindPrevious) + std::size(kAbbreviationsBeforeName) +
    std::size(kTAbbreviationEnds) + std::size(kUnitsAfterNumber) + std::size(kGluedUnits);

constexpr std::array<ShortWord, kShortWordCount> kShortWords = [] {
    std::array<ShortWord, kShortWordCount> words{};
    std::size_t k = 0;
    const auto add = [&](std::span<const std::string_view> list, ShortWordList bit) {
        for (const std::string_view word : list) {
            words[k++] = {word, bit};
        }
    };
    add(kBindNext, kBindsToNextWord);
    add(kBindPrevious, kBindsToPreviousWord);
    add(kAbbreviationsBeforeName, kAbbreviationBeforeName);
    add(kTAbbreviationEnds, kCompletesTAbbreviation);
    add(kUnitsAfterNumber, kUnitAfterNumber);
    add(kGluedUnits, kGluedUnit);
    std::sort(words.begin(), words.end(),
              [](const ShortWord& a, const ShortWord& b) { return a.word < b.word; });
    return words;
}();

// Every month name starts with one of these two letters: most words are no month after a few
// integer comparisons.
constexpr std::string_view kMonthStarts[] = {"ян", "фе", "ма", "ап", "ию",
                                             "ав", "се", "ок", "но", "де"};

constexpr std::uint32_t first_four_bytes(std::string_view word) {
    std::uint32_t bytes = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        bytes = bytes << 8 | static_cast<unsigned char>(word[i]);
    }
    return bytes;
}

constexpr std::array<std::uint32_t, std::size(kMonthStarts)> kMonthStartBytes = [] {
    std::array<std::uint32_t, std::size(kMonthStarts)> starts{};
    for (std::size_t i = 0; i < starts.size(); ++i) {
        starts[i] = first_four_bytes(kMonthStarts[i]);
    }
    return starts;
}();

constexpr bool starts_like_month(std::string_view word) {
    if (word.size() < 4) {
        return false;
    }
    const std::uint32_t start = first_four_bytes(word);
    for (const std::uint32_t month : kMonthStartBytes) {
        if (start == month) {
            return true;
        }
    }
    return false;
}

static_assert([] {
    for (const std::string_view start : kMonthStarts) {
        if (start.size() != 4) {
            return false;
        }
    }
    for (const std::string_view month : kMonthsGenitive) {
        if (!starts_like_month(month)) {
            return false;
        }
    }
    for (const std::string_view month : kMonthsOther) {
        if (!starts_like_month(month)) {
            return false;
        }
    }
    return true;
}());

// The last byte first: it tells most words apart without a call to memcmp.
bool in(std::span<const std::string_view> list, std::string_view word) {
    if (word.empty()) {
        return false;
    }
    for (const std::string_view w : list) {
        if (w.size() == word.size() && w.back() == word.back() &&
            std::memcmp(w.data(), word.data(), w.size()) == 0) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool binds_to_next_word(std::string_view lower) {
    return in(kBindNext, lower);
}
bool binds_to_previous_word(std::string_view lower) {
    return in(kBindPrevious, lower);
}
bool is_abbreviation_before_name(std::string_view lower) {
    return in(kAbbreviationsBeforeName, lower);
}
bool completes_t_abbreviation(std::string_view lower) {
    return in(kTAbbreviationEnds, lower);
}
bool is_unit_after_number(std::string_view lower) {
    return in(kUnitsAfterNumber, lower);
}
bool is_glued_unit(std::string_view lower) {
    return in(kGluedUnits, lower);
}
std::uint8_t short_word_lists(std::string_view lower) {
    auto it = std::lower_bound(
        kShortWords.begin(), kShortWords.end(), lower,
        [](const ShortWord& entry, std::string_view word) { return entry.word < word; });
    std::uint8_t lists = 0;
    for (; it != kShortWords.end() && it->word == lower; ++it) {
        lists |= it->lists;
    }
    return lists;
}

bool is_month_genitive(std::string_view lower) {
    return starts_like_month(lower) && in(kMonthsGenitive, lower);
}
bool is_month_name(std::string_view lower) {
    return starts_like_month(lower) && (in(kMonthsGenitive, lower) || in(kMonthsOther, lower));
}

bool is_reference_word(std::string_view lower) {
    for (const std::string_view stem : kReferenceStems) {
        if (lower.size() >= stem.size() && lower.size() <= stem.size() + 6 && lower[1] == stem[1] &&
            lower.compare(0, stem.size(), stem) == 0) {
            return true;
        }
    }
    return false;
}

bool is_relation_word(std::string_view lower) {
    return in(kRelationWords, lower);
}

bool is_code_word(std::string_view word) {
    return in(kCodeWords, word);
}

bool looks_like_adjective(std::string_view lower) {
    if (ends_with(lower, "ся")) {
        lower.remove_suffix(4);
    }
    if (char_count(lower) < 4) {
        return false;
    }
    // Nouns in -ий (мероприятий, занятий) are genitive plurals, not adjectives: only a few
    // adjective stems end -ий.
    if (ends_with(lower, "ий")) {
        for (const std::string_view e : {"ский", "цкий", "кий", "гий", "хий", "жий", "ший", "чий",
                                         "щий", "шний", "тний", "дний", "жний"}) {
            if (ends_with(lower, e)) {
                return true;
            }
        }
        return false;
    }
    for (const std::string_view e : kAdjectiveEndings) {
        if (ends_with(lower, e)) {
            return true;
        }
    }
    return false;
}

}  // namespace nastavdoc::text::detail
