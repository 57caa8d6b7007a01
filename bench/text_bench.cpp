// Throughput of the Russian text rules (design.md section 8: over 1 million name declensions a
// second and over 50 MB of text typeset a second, on one core).
#include "engine/text/text.h"

#include <benchmark/benchmark.h>
#include <string>
#include <vector>

namespace {

using namespace nastavdoc::text;

const std::vector<PersonName>& sample_names() {
    static const std::vector<PersonName> names = [] {
        std::vector<PersonName> out;
        for (const char* fio :
             {"Колесник Дмитрий Викторович", "Бухардина Зоя Михайловна", "Иванова Мария Петровна",
              "Петров Павел Ильич", "Толстой Лев Николаевич", "Шевченко Тарас Григорьевич",
              "Долгих Владимир Иванович", "Гоголь Любовь Петровна", "Сковорода Григорий Саввич",
              "Ярославская Наталья Игоревна", "Петров-Водкин Кузьма Сергеевич", "Ким Илья Никитич",
              "Соловьёва Анастасия Юрьевна", "Мороз Никита Фомич", "Горький Максим Алексеевич",
              "Зима Ольга Кузьминична"}) {
            out.push_back(*parse_name(fio));
        }
        return out;
    }();
    return names;
}

// One declension = one full name (surname, first name, patronymic) into one case.
void BM_DeclineName(benchmark::State& state) {
    const auto& names = sample_names();
    std::size_t i = 0;
    for (auto _ : state) {
        PersonName declined = decline_name(names[i % names.size()], static_cast<Case>(1 + i % 5));
        benchmark::DoNotOptimize(declined);
        ++i;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_DeclineName);

// Parsing included: what `nastavdoc text decline` and the template filter do per name.
void BM_DeclineWrittenName(benchmark::State& state) {
    const char* const texts[] = {"Колесник Дмитрий Викторович", "Д.В. Колесник", "Бухардина З.М.",
                                 "Иванова Мария Петровна"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto declined = decline_written_name(texts[i % 4], Case::Gen);
        benchmark::DoNotOptimize(declined);
        ++i;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_DeclineWrittenName);

void BM_DeclinePosition(benchmark::State& state) {
    const char* const positions[] = {"заместитель директора по учебно-воспитательной работе",
                                     "педагог-психолог", "социальный педагог",
                                     "заведующий отделением"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto declined = decline_position(positions[i % 4], Case::Dat);
        benchmark::DoNotOptimize(declined);
        ++i;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_DeclinePosition);

// A paragraph of seed-like text, repeated to about 1 MB, typeset paragraph by paragraph.
void BM_Typeset(benchmark::State& state) {
    const std::string paragraph =
        "Приказ № 287/п от 28.05.2021г. \"Об утверждении Положения о наставничестве в МБОУ "
        "\"Ашеванская ООШ\"\". Сроки реализации дорожной карты - сентябрь 2023г. - август 2026г. "
        "Наставничество - универсальная технология передачи опыта и знаний, т.е. формирования "
        "навыков и компетенций... Д.В. Колесник, Бухардина З.М., г.Керчь, им.В.И.Долгих. "
        "Сайт: kerchpoliteh.ru, E-mail: mo_technolyceum@mosreg.ru, ИНН/КПП 5032353199/501701001. "
        "В программе участвуют 15 наставников и 36 человек, 5-9 классов, 10000 руб. в месяц.";
    std::vector<std::string> paragraphs(1024 * 1024 / paragraph.size(), paragraph);
    std::size_t bytes = 0;
    for (const auto& p : paragraphs) {
        bytes += p.size();
    }
    for (auto _ : state) {
        for (const auto& p : paragraphs) {
            std::string out = typeset(p);
            benchmark::DoNotOptimize(out);
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_Typeset)->Unit(benchmark::kMillisecond);

// One long text (a whole roadmap in one call).
void BM_TypesetLongText(benchmark::State& state) {
    constexpr std::string_view kLine =
        "Этап 1. Подготовка условий для запуска программы наставничества в колледже - "
        "август- сентябрь 2021г.; ответственный: заместитель директора по УПР, "
        "педагог-психолог \"Школы наставника\" (п.10 формы), 2023-2024 учебный год.\n";
    std::string text;
    text.reserve(1024 * 1024 + kLine.size());
    while (text.size() < 1024 * 1024) {
        text.append(kLine.data(), kLine.size());
    }
    for (auto _ : state) {
        std::string out = typeset(text);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TypesetLongText)->Unit(benchmark::kMillisecond);

void BM_Hyphenate(benchmark::State& state) {
    const Hyphenator& h = Hyphenator::instance();
    const char* const words[] = {"наставничество", "образовательной", "профессионального",
                                 "распоряжением", "педагогического"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto points = h.break_points(words[i % 5]);
        benchmark::DoNotOptimize(points);
        ++i;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_Hyphenate);

void BM_SortKey(benchmark::State& state) {
    const char* const names[] = {"Ёлкин", "Колесник", "Бухардина", "Ежов"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto key = sort_key(names[i % 4]);
        benchmark::DoNotOptimize(key);
        ++i;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_SortKey);

}  // namespace
