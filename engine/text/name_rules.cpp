#include "engine/text/name_rules.h"

#include "engine/text/word_forms.h"

#include <algorithm>
#include <vector>

namespace nastavdoc::text::detail {

namespace {

using enum RuleGender;

// Endings of the oblique cases: gen, dat, acc, ins, pre. "." leaves the word as it is; each '-'
// drops a letter before the rest is added. Sources: Розенталь, «Справочник по правописанию и
// стилистике», § 136–139 (surnames), Гл. 4 of «Словарь собственных имён русского языка»
// (Ф. Л. Агеенко), checked against the practice of official orders.
constexpr std::array<std::string_view, 5> kKeep{".", ".", ".", ".", "."};
// A male noun ending in a hard consonant: Колесник -> Колесника, …, Колесником, о Колеснике.
constexpr std::array<std::string_view, 5> kHard{"а", "у", "а", "ом", "е"};
// After ж ш ч щ ц an unstressed ending gives -ем: Шостакович -> Шостаковичем.
constexpr std::array<std::string_view, 5> kHardSibilant{"а", "у", "а", "ем", "е"};
// -ь and -й (not adjectival) of a male noun: Гоголь -> Гоголя, Гайдай -> Гайдаем.
constexpr std::array<std::string_view, 5> kSoft{"-я", "-ю", "-я", "-ем", "-е"};
// A noun in -ий: Дмитрий -> Дмитрии (prepositional -и).
constexpr std::array<std::string_view, 5> kIj{"-я", "-ю", "-я", "-ем", "-и"};
// The first declension in -а: Никита, Сковорода, Анна.
constexpr std::array<std::string_view, 5> kA{"-ы", "-е", "-у", "-ой", "-е"};
// -а after г к х: Ольга -> Ольги.
constexpr std::array<std::string_view, 5> kVelarA{"-и", "-е", "-у", "-ой", "-е"};
// -а after ж ш ч щ (unstressed): Наташа -> Наташи, Наташей.
constexpr std::array<std::string_view, 5> kSibilantA{"-и", "-е", "-у", "-ей", "-е"};
// -а after ц (unstressed): Птица -> Птицы, Птицей.
constexpr std::array<std::string_view, 5> kTsA{"-ы", "-е", "-у", "-ей", "-е"};
// -я: Таня, Наталья -> Натальи, Наталье, Натальей.
constexpr std::array<std::string_view, 5> kYa{"-и", "-е", "-ю", "-ей", "-е"};
// -ия: Мария -> Марии, Марии, Марию, Марией, о Марии.
constexpr std::array<std::string_view, 5> kIya{"-и", "-и", "-ю", "-ей", "-и"};
// Female -ь (third declension): Любовь -> Любови, Любовь, Любовью.
constexpr std::array<std::string_view, 5> kThird{"-и", "-и", ".", "ю", "-и"};
// Male possessive surnames: Иванов -> Иванова, …, Ивановым, об Иванове.
constexpr std::array<std::string_view, 5> kPossessiveMale{"а", "у", "а", "ым", "е"};
// Female possessive surnames: Иванова -> Ивановой, Иванову.
constexpr std::array<std::string_view, 5> kPossessiveFemale{"-ой", "-ой", "-у", "-ой", "-ой"};
// Adjectival, male: Белый, Толстой -> Толстого, Толстым, о Толстом.
constexpr std::array<std::string_view, 5> kAdjHard{"--ого", "--ому", "--ого", "--ым", "--ом"};
// Adjectival after г к х (and ж ш in -ой): Горький, Донской -> Донским.
constexpr std::array<std::string_view, 5> kAdjVelar{"--ого", "--ому", "--ого", "--им", "--ом"};
// Adjectival, soft or after ж ш ч щ: Крайний -> Крайнего, Крайним, о Крайнем.
constexpr std::array<std::string_view, 5> kAdjSoft{"--его", "--ему", "--его", "--им", "--ем"};
// Adjectival, female: Толстая -> Толстой, Толстую.
constexpr std::array<std::string_view, 5> kAdjFemale{"--ой", "--ой", "--ую", "--ой", "--ой"};
// Adjectival, female after ж ш ч щ (unstressed): Рыжая -> Рыжей.
constexpr std::array<std::string_view, 5> kAdjFemaleSoft{"--ей", "--ей", "--ую", "--ей", "--ей"};
// Adjectival, female soft: Верхняя -> Верхней, Верхнюю.
constexpr std::array<std::string_view, 5> kAdjFemaleYa{"--ей", "--ей", "--юю", "--ей", "--ей"};

// Surnames. Order matters: the first rule whose ending matches wins, so longer endings and
// exceptions come first.
constexpr NameRule kLastRules[] = {
    // Short -ой surnames are nouns, not adjectives (Цой -> Цоя).
    {Male, "цой", kSoft, true},
    {Male, "гой", kSoft, true},
    {Male, "хой", kSoft, true},
    {Female, "большая", kAdjFemale, true},
    // Indeclinable for both: Шевченко, Дурново, Живаго, Гёте, Гарибальди, Шоу, Ву, Долгих,
    // Черных; foreign surnames in a stressed -а after a vowel (Моруа, Делакруа).
    {Any, "о", kKeep},
    {Any, "е", kKeep},
    {Any, "ё", kKeep},
    {Any, "э", kKeep},
    {Any, "и", kKeep},
    {Any, "ы", kKeep},
    {Any, "у", kKeep},
    {Any, "ю", kKeep},
    {Any, "их", kKeep},
    {Any, "ых", kKeep},
    {Any, "уа", kKeep},
    {Any, "оа", kKeep},
    {Any, "иа", kKeep},
    {Any, "еа", kKeep},
    {Any, "эа", kKeep},
    {Any, "аа", kKeep},
    {Any, "юа", kKeep},
    {Any, "яа", kKeep},
    // Women: possessive and adjectival surnames decline as adjectives.
    {Female, "ова", kPossessiveFemale},
    {Female, "ева", kPossessiveFemale},
    {Female, "ёва", kPossessiveFemale},
    {Female, "ина", kPossessiveFemale},
    {Female, "ына", kPossessiveFemale},
    {Female, "жая", kAdjFemaleSoft},
    {Female, "шая", kAdjFemaleSoft},
    {Female, "чая", kAdjFemaleSoft},
    {Female, "щая", kAdjFemaleSoft},
    {Female, "ая", kAdjFemale},
    {Female, "яя", kAdjFemaleYa},
    // Men: possessive surnames.
    {Male, "ов", kPossessiveMale},
    {Male, "ев", kPossessiveMale},
    {Male, "ёв", kPossessiveMale},
    {Male, "ин", kPossessiveMale},
    {Male, "ын", kPossessiveMale},
    // Men: adjectival surnames.
    {Male, "кий", kAdjVelar},
    {Male, "гий", kAdjVelar},
    {Male, "хий", kAdjVelar},
    {Male, "жий", kAdjSoft},
    {Male, "ший", kAdjSoft},
    {Male, "чий", kAdjSoft},
    {Male, "щий", kAdjSoft},
    {Male, "ний", kAdjSoft},
    {Male, "ый", kAdjHard},
    {Male, "кой", kAdjVelar},
    {Male, "гой", kAdjVelar},
    {Male, "хой", kAdjVelar},
    {Male, "жой", kAdjVelar},
    {Male, "шой", kAdjVelar},
    {Male, "ой", kAdjHard},
    // Men: other -ий, -й and -ь surnames are nouns (Мотрий, Гайдай, Гоголь).
    {Male, "ий", kIj},
    {Male, "й", kSoft},
    {Male, "ь", kSoft},
    // Both: -а and -я after a consonant decline as nouns (Сковорода, Груша, Берия).
    {Any, "ия", kIya},
    {Any, "я", kYa},
    {Any, "га", kVelarA},
    {Any, "ка", kVelarA},
    {Any, "ха", kVelarA},
    {Any, "жа", kSibilantA},
    {Any, "ша", kSibilantA},
    {Any, "ча", kSibilantA},
    {Any, "ща", kSibilantA},
    {Any, "ца", kTsA},
    {Any, "а", kA},
    // Men: any other consonant (Колесник, Шмидт, Мороз, Шостакович, Кравец).
    {Male, "ж", kHardSibilant},
    {Male, "ш", kHardSibilant},
    {Male, "ч", kHardSibilant},
    {Male, "щ", kHardSibilant},
    {Male, "ц", kHardSibilant},
    {Male, "", kHard},
    // Women with a consonant, -ь or -й surname: indeclinable (Колесник, Гоголь, Гайдай).
    {Female, "", kKeep},
};

constexpr NameRule kFirstRules[] = {
    // Fleeting vowels and other single words that break the pattern.
    {Male, "лев", {"--ьва", "--ьву", "--ьва", "--ьвом", "--ьве"}, true},
    {Male, "павел", {"--ла", "--лу", "--ла", "--лом", "--ле"}, true},
    {Male, "пётр", {"---етра", "---етру", "---етра", "---етром", "---етре"}, true},
    {Male, "илья", {"-и", "-е", "-ю", "-ёй", "-е"}, true},
    // Indeclinable endings (Гоги, Нелли, Алсу, Данко).
    {Any, "о", kKeep},
    {Any, "е", kKeep},
    {Any, "ё", kKeep},
    {Any, "э", kKeep},
    {Any, "и", kKeep},
    {Any, "ы", kKeep},
    {Any, "у", kKeep},
    {Any, "ю", kKeep},
    {Any, "уа", kKeep},
    {Any, "оа", kKeep},
    {Any, "иа", kKeep},
    {Any, "еа", kKeep},
    // -ия, -я, -а for both genders (Мария, Наталья, Анна, Никита, Фома, Лука, Миша).
    {Any, "ия", kIya},
    {Any, "я", kYa},
    {Any, "га", kVelarA},
    {Any, "ка", kVelarA},
    {Any, "ха", kVelarA},
    {Any, "жа", kSibilantA},
    {Any, "ша", kSibilantA},
    {Any, "ча", kSibilantA},
    {Any, "ща", kSibilantA},
    {Any, "ца", kTsA},
    {Any, "а", kA},
    // Women: -ь declines (Любовь, Нинель), a consonant does not (Кармен).
    {Female, "ь", kThird},
    {Female, "", kKeep},
    // Men.
    {Male, "ий", kIj},
    {Male, "й", kSoft},
    {Male, "ь", kSoft},
    {Male, "ж", kHardSibilant},
    {Male, "ш", kHardSibilant},
    {Male, "ч", kHardSibilant},
    {Male, "щ", kHardSibilant},
    {Male, "ц", kHardSibilant},
    {Male, "", kHard},
};

constexpr NameRule kMiddleRules[] = {
    // Turkic patronymic words.
    {Any, "оглы", kKeep, true},
    {Any, "улы", kKeep, true},
    {Any, "кызы", kKeep, true},
    {Any, "гызы", kKeep, true},
    // The ending is unstressed in -ович/-евич and in most short -ич (Никитич, Саввич): -ем; it is
    // stressed after names stressed at the end (Илья́ -> Ильи́ч, Кузьма́, Фома́, Лука́): -ом.
    {Male, "ьич", {"а", "у", "а", "ом", "е"}},
    {Male, "мич", {"а", "у", "а", "ом", "е"}},
    {Male, "кич", {"а", "у", "а", "ом", "е"}},
    {Male, "ич", kHardSibilant},
    // -овна, -евна, -ична, -инична.
    {Female, "на", kA},
    {Any, "ия", kIya},
    {Any, "я", kYa},
    {Any, "а", kA},
    {Male, "ь", kSoft},
    {Male, "й", kSoft},
    {Male, "", kHard},
    {Female, "", kKeep},
};

// First names whose ending points to the other gender, and the ambiguous ones (Саша, Женя).
constexpr std::string_view kMaleNamesInA[] = {
    "алёша",  "алеша", "аникита", "боря", "ваня",   "веня",   "витя",  "вова",   "гаврила", "гена",
    "гоша",   "гриша", "данила",  "дима", "жора",   "иона",   "илия",  "илья",   "коля",    "костя",
    "кузьма", "лёва",  "лёша",    "лева", "леша",   "лука",   "миша",  "никита", "паша",    "петя",
    "рома",   "савва", "сёма",    "сема", "серёжа", "сережа", "стёпа", "степа",  "тёма",    "тема",
    "толя",   "федя",  "фока",    "фома", "юра",    "яша"};
constexpr std::string_view kAmbiguousNames[] = {"валя", "женя", "саша", "слава", "шура"};
constexpr std::string_view kFemaleNamesOther[] = {
    "адель",   "айгерим", "айгуль",   "алсу",     "асель",  "ассоль", "гузель",
    "гульнар", "гульнур", "гюзель",   "жизель",   "ирен",   "кармен", "любовь",
    "ляйсан",  "мари",    "маргарет", "мэри",     "натали", "нелли",  "нинель",
    "рахиль",  "рут",     "софи",     "элизабет", "элли",   "эсфирь", "юдифь"};

bool contains(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool gender_matches(RuleGender rule, Gender gender) {
    switch (rule) {
        case Any:
            return true;
        case Male:
            return gender != Gender::Female;
        case Female:
            return gender == Gender::Female;
    }
    return false;
}

// Common first names, so that «Колесник Дмитрий» and «Дмитрий Колесник» both parse.
constexpr std::string_view kCommonFirstNames[] = {
    "августа",   "айгуль",   "айдар",    "александр", "александра", "алексей",    "алина",
    "алиса",     "алла",     "альберт",  "альбина",   "анастасия",  "анатолий",   "андрей",
    "анжела",    "анна",     "антон",    "антонина",  "арина",      "аркадий",    "арсений",
    "артем",     "артур",    "артём",    "богдан",    "борис",      "вадим",      "валентин",
    "валентина", "валерий",  "валерия",  "варвара",   "василий",    "василиса",   "вера",
    "вероника",  "виктор",   "виктория", "виталий",   "владимир",   "владислав",  "вячеслав",
    "галина",    "геннадий", "георгий",  "герман",    "глеб",       "григорий",   "дана",
    "даниил",    "данил",    "дарина",   "дарья",     "денис",      "диана",      "дина",
    "дмитрий",   "евгений",  "евгения",  "егор",      "екатерина",  "елена",      "елизавета",
    "жанна",     "зинаида",  "злата",    "зоя",       "иван",       "игорь",      "илья",
    "инна",      "ирина",    "кира",     "кирилл",    "клавдия",    "константин", "кристина",
    "ксения",    "лариса",   "лев",      "леонид",    "лидия",      "лилия",      "любовь",
    "людмила",   "майя",     "макар",    "максим",    "маргарита",  "марина",     "мария",
    "марк",      "матвей",   "милана",   "мирон",     "михаил",     "надежда",    "наталия",
    "наталья",   "никита",   "николай",  "нина",      "оксана",     "олег",       "олеся",
    "ольга",     "павел",    "петр",     "полина",    "пётр",       "раиса",      "ренат",
    "роберт",    "родион",   "роман",    "руслан",    "светлана",   "семен",      "семён",
    "сергей",    "софия",    "софья",    "станислав", "степан",     "таисия",     "тамара",
    "тарас",     "татьяна",  "тимофей",  "тимур",     "ульяна",     "федор",      "филипп",
    "фёдор",     "эдуард",   "элина",    "эльвира",   "эмилия",     "юлия",       "юрий",
    "яна",       "ярослав",  "ярослава"};

}  // namespace

bool is_common_first_name(std::string_view lower_word) {
    return std::binary_search(std::begin(kCommonFirstNames), std::end(kCommonFirstNames),
                              lower_word) ||
           contains(kMaleNamesInA, lower_word) || contains(kFemaleNamesOther, lower_word);
}

std::span<const NameRule> name_rules(NamePart part) {
    switch (part) {
        case NamePart::Last:
            return kLastRules;
        case NamePart::First:
            return kFirstRules;
        case NamePart::Middle:
            return kMiddleRules;
    }
    return {};
}

namespace {

// The rules of each part bucketed by the last letter of their ending (a rule with an empty
// ending goes in every bucket), keeping their order: a word is matched against its bucket only.
constexpr std::size_t kBucketCount = 34;  // а..я, ё, anything else

std::size_t bucket_of(char32_t c) {
    if (c >= 0x430 && c <= 0x44F) {
        return c - 0x430;
    }
    return c == 0x451 ? 32 : 33;
}

struct RuleIndex {
    std::array<std::vector<const NameRule*>, kBucketCount> buckets;

    explicit RuleIndex(std::span<const NameRule> rules) {
        for (const NameRule& rule : rules) {
            if (rule.ending.empty()) {
                for (auto& bucket : buckets) {
                    bucket.push_back(&rule);
                }
            } else {
                buckets[bucket_of(last_char(rule.ending))].push_back(&rule);
            }
        }
    }
};

const RuleIndex& rule_index(NamePart part) {
    static const RuleIndex last(kLastRules);
    static const RuleIndex first(kFirstRules);
    static const RuleIndex middle(kMiddleRules);
    return part == NamePart::Last ? last : part == NamePart::First ? first : middle;
}

}  // namespace

const NameRule* find_name_rule(NamePart part, Gender gender, std::string_view lower_word) {
    for (const NameRule* rule_pointer :
         rule_index(part).buckets[bucket_of(last_char(lower_word))]) {
        const NameRule& rule = *rule_pointer;
        if (!gender_matches(rule.gender, gender)) {
            continue;
        }
        if (rule.whole ? lower_word == rule.ending : ends_with(lower_word, rule.ending)) {
            // An ending must leave at least one letter of stem (a bare «а» is not a surname).
            if (!rule.whole && lower_word.size() <= rule.ending.size() && !rule.ending.empty()) {
                continue;
            }
            return &rule;
        }
    }
    return nullptr;
}

Gender first_name_gender(std::string_view lower_first) {
    if (lower_first.empty()) {
        return Gender::Unknown;
    }
    if (contains(kAmbiguousNames, lower_first)) {
        return Gender::Unknown;
    }
    if (contains(kMaleNamesInA, lower_first)) {
        return Gender::Male;
    }
    if (contains(kFemaleNamesOther, lower_first)) {
        return Gender::Female;
    }
    const char32_t last = last_char(lower_first);
    if (last == U'а' || last == U'я') {
        return Gender::Female;
    }
    if (last == U'ь' || last == U'й' ||
        (is_cyrillic_lower(last) && last != U'о' && last != U'е' && last != U'и' && last != U'у' &&
         last != U'ю' && last != U'ы' && last != U'э' && last != U'ё')) {
        return Gender::Male;
    }
    return Gender::Unknown;
}

}  // namespace nastavdoc::text::detail
