#include "engine/base/utf8.h"
#include "engine/text/numbers.h"
#include "engine/text/word_forms.h"

namespace nastavdoc::text {

namespace {

struct NounForms {
    std::string_view one, few, many;
};

// The domain's nouns with the forms that agree with 1, 2 and 5 (documents.md C, the registers
// and reports). Substantivised adjectives take the genitive plural after 2–4 too.
constexpr NounForms kNouns[] = {
    {"анкета", "анкеты", "анкет"},
    {"балл", "балла", "баллов"},
    {"встреча", "встречи", "встреч"},
    {"год", "года", "лет"},
    {"группа", "группы", "групп"},
    {"день", "дня", "дней"},
    {"документ", "документа", "документов"},
    {"занятие", "занятия", "занятий"},
    {"заседание", "заседания", "заседаний"},
    {"класс", "класса", "классов"},
    {"копейка", "копейки", "копеек"},
    {"куратор", "куратора", "кураторов"},
    {"лист", "листа", "листов"},
    {"лицо", "лица", "лиц"},
    {"место", "места", "мест"},
    {"мероприятие", "мероприятия", "мероприятий"},
    {"месяц", "месяца", "месяцев"},
    {"минута", "минуты", "минут"},
    {"наставник", "наставника", "наставников"},
    {"наставляемая", "наставляемых", "наставляемых"},
    {"наставляемый", "наставляемых", "наставляемых"},
    {"неделя", "недели", "недель"},
    {"обучающаяся", "обучающихся", "обучающихся"},
    {"обучающийся", "обучающихся", "обучающихся"},
    {"организация", "организации", "организаций"},
    {"пара", "пары", "пар"},
    {"педагог", "педагога", "педагогов"},
    {"преподаватель", "преподавателя", "преподавателей"},
    {"приказ", "приказа", "приказов"},
    {"приложение", "приложения", "приложений"},
    {"программа", "программы", "программ"},
    {"протокол", "протокола", "протоколов"},
    {"процент", "процента", "процентов"},
    {"пункт", "пункта", "пунктов"},
    {"работник", "работника", "работников"},
    {"раз", "раза", "раз"},
    {"рубль", "рубля", "рублей"},
    {"согласие", "согласия", "согласий"},
    {"сотрудник", "сотрудника", "сотрудников"},
    {"специалист", "специалиста", "специалистов"},
    {"страница", "страницы", "страниц"},
    {"студент", "студента", "студентов"},
    {"участник", "участника", "участников"},
    {"ученик", "ученика", "учеников"},
    {"учитель", "учителя", "учителей"},
    {"форма", "формы", "форм"},
    {"час", "часа", "часов"},
    {"человек", "человека", "человек"},
    {"экземпляр", "экземпляра", "экземпляров"},
    {"этап", "этапа", "этапов"},
};

// Keeps the capital of the given noun: plural_noun(5, "Наставник") == "Наставников".
std::string with_capital_of(std::string_view original, std::string_view form) {
    std::string out(form);
    const char32_t first = detail::first_char(original);
    if (detail::is_cyrillic_upper(first) && !out.empty()) {
        const char32_t lower_first = detail::first_char(form);
        std::string capital;
        utf8::append(capital, detail::to_upper_char(lower_first));
        out.replace(0, lower_first < 0x80 ? 1 : 2, capital);
    }
    return out;
}

}  // namespace

Plural plural_category(long long n) {
    // CLDR ru, integers: one = v0 and i%10=1 and i%100!=11; few = i%10 in 2..4 and i%100 not in
    // 12..14; many = the rest (ICU's PluralRules agree; the unit test checks it).
    const unsigned long long i =
        n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    const unsigned long long d10 = i % 10;
    const unsigned long long d100 = i % 100;
    if (d10 == 1 && d100 != 11) {
        return Plural::One;
    }
    if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) {
        return Plural::Few;
    }
    return Plural::Many;
}

std::string plural_noun(long long n, std::string_view one, std::string_view few,
                        std::string_view many) {
    switch (plural_category(n)) {
        case Plural::One:
            return std::string(one);
        case Plural::Few:
            return std::string(few);
        case Plural::Many:
            return std::string(many);
    }
    return std::string(many);
}

std::string plural_noun(long long n, std::string_view noun) {
    const detail::LowerWord lower(noun);
    for (const NounForms& forms : kNouns) {
        if (forms.one == lower.view()) {
            return with_capital_of(noun, plural_noun(n, forms.one, forms.few, forms.many));
        }
    }
    return std::string(noun);
}

std::string with_count(long long n, std::string_view noun) {
    std::string out = std::to_string(n);
    out += "\xC2\xA0";
    out += plural_noun(n, noun);
    return out;
}

}  // namespace nastavdoc::text
