// XLSX writer benchmark: a register of N people (10 columns: numbers, dates, text with digit
// strings) written by render::xlsx. Two ways to run it:
//   xlsx_bench [google benchmark flags]          timings of 1,000 and 100,000 rows
//   xlsx_bench --write N OUT.xlsx [--model-only]  one whole-process run for /usr/bin/time -v;
//                                                 --model-only builds the model and stops, so
//                                                 the writer's own share of memory shows
#include "engine/render/xlsx/xlsx.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

using namespace nastavdoc;

model::TableCell text(std::string value) {
    model::TableCell cell;
    model::Paragraph paragraph;
    paragraph.role = model::Role::TableText;
    model::append_text(paragraph.content, value);
    cell.blocks.push_back(std::move(paragraph));
    return cell;
}

model::TableCell number(double value) {
    model::TableCell cell;
    cell.type = model::ValueType::Number;
    cell.number = value;
    return cell;
}

model::TableCell date(int year, int month, int day) {
    model::TableCell cell;
    cell.type = model::ValueType::Date;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    cell.date_iso = iso;
    return cell;
}

model::Document make_register(int people) {
    static const char* const kSurnames[] = {"Иванов", "Петрова", "Сидоренко", "Кузнецова",
                                            "Щукин",  "Жданова", "Орлов",     "Ёлкина"};
    static const char* const kNames[] = {"Мария Петровна", "Илья Сергеевич", "Анна Юрьевна",
                                         "Глеб Андреевич", "Дарья Викторовна"};
    static const char* const kForms[] = {"ученик – ученик", "педагог – педагог", "педагог – ученик",
                                         "студент – ученик"};
    model::Document document;
    document.kind = "register";
    document.metadata.title = "База наставляемых";
    document.metadata.author = "МБОУ «СОШ № 1»";
    document.metadata.created = "2023-10-01";
    document.sections.emplace_back();
    document.sections.back().page.orientation = model::Orientation::Landscape;
    model::Table table;
    table.title = "База наставляемых";
    table.header_rows = 1;
    table.columns.resize(10);
    table.columns[7].validation = model::Validation::List;
    for (const char* form : kForms)
        table.columns[7].options.emplace_back(form);
    model::TableRow header;
    for (const char* title : {"№", "ФИО наставляемого", "Телефон", "СНИЛС", "Класс",
                              "Дата рождения", "Дата вхождения в программу", "Форма наставничества",
                              "ФИО наставника", "Часов в месяц"}) {
        header.cells.push_back(text(title));
    }
    table.rows.push_back(std::move(header));
    table.rows.reserve(static_cast<std::size_t>(people) + 1);
    for (int i = 0; i < people; ++i) {
        model::TableRow row;
        row.cells.reserve(10);
        row.cells.push_back(number(i + 1));
        row.cells.push_back(text(std::string(kSurnames[i % 8]) + " " + kNames[i % 5]));
        row.cells.push_back(text("+7 (9" + std::to_string(10 + i % 90) + ") " +
                                 std::to_string(100 + i % 900) + "-45-67"));
        row.cells.push_back(text("0" + std::to_string(10000000000LL + i)));
        row.cells.push_back(text(std::to_string(5 + i % 7) + "А"));
        row.cells.push_back(date(2008 + i % 10, 1 + i % 12, 1 + i % 28));
        row.cells.push_back(date(2023, 9, 1 + i % 30));
        row.cells.push_back(text(kForms[i % 4]));
        row.cells.push_back(text(std::string(kSurnames[(i + 3) % 8]) + " " + kNames[(i + 1) % 5]));
        row.cells.push_back(number(2 + i % 6));
        table.rows.push_back(std::move(row));
    }
    document.sections.back().blocks.push_back(std::move(table));
    return document;
}

void BM_WriteRegister(benchmark::State& state) {
    const auto document = make_register(static_cast<int>(state.range(0)));
    const auto output = std::filesystem::temp_directory_path() / "nastavdoc_xlsx_bench.xlsx";
    for (auto _ : state)
        render::xlsx::write_xlsx(document, output);
    state.SetItemsProcessed(state.iterations() * state.range(0));
    std::filesystem::remove(output);
}
BENCHMARK(BM_WriteRegister)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

int run_once(int people, const char* output, bool model_only) {
    const auto start = std::chrono::steady_clock::now();
    const auto document = make_register(people);
    const auto built = std::chrono::steady_clock::now();
    if (!model_only)
        render::xlsx::write_xlsx(document, output);
    const auto written = std::chrono::steady_clock::now();
    const auto ms = [](auto from, auto to) {
        return std::chrono::duration<double, std::milli>(to - from).count();
    };
    std::printf("people %d: model %.0f ms, write %.0f ms\n", people, ms(start, built),
                ms(built, written));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 4 && std::string(argv[1]) == "--write") {
        const bool model_only = argc >= 5 && std::string(argv[4]) == "--model-only";
        return run_once(std::atoi(argv[2]), argv[3], model_only);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
