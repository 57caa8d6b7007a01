// Documents the XLSX tests write: what the template engine will make for registers,
// questionnaires and reports, built by hand until templates produce them.
#pragma once
#include "engine/model/document.h"

#include <string>
#include <vector>

namespace nastavdoc::render::xlsx::samples {

inline model::Paragraph paragraph(const std::string& text, model::Role role = model::Role::Body) {
    model::Paragraph p;
    p.role = role;
    model::append_text(p.content, text);
    return p;
}

inline model::TableCell text_cell(const std::string& text) {
    model::TableCell cell;
    cell.blocks.push_back(paragraph(text, model::Role::TableText));
    return cell;
}

inline model::TableCell number_cell(double number) {
    model::TableCell cell;
    cell.type = model::ValueType::Number;
    cell.number = number;
    return cell;
}

inline model::TableCell date_cell(const std::string& iso) {
    model::TableCell cell;
    cell.type = model::ValueType::Date;
    cell.date_iso = iso;
    return cell;
}

inline model::TableRow row(std::vector<model::TableCell> cells) {
    model::TableRow r;
    r.cells = std::move(cells);
    return r;
}

inline model::TableRow header_row(const std::vector<std::string>& titles) {
    model::TableRow r;
    for (const auto& title : titles)
        r.cells.push_back(text_cell(title));
    return r;
}

inline model::Document base_document(const std::string& title) {
    model::Document document;
    document.kind = "register";
    document.profile = "gost2016";
    document.metadata.title = title;
    document.metadata.author = "МБОУ «СОШ № 1»";
    document.metadata.subject = "Реестр";
    document.metadata.created = "2023-10-01";
    document.styles.roles[static_cast<std::size_t>(model::Role::TableText)].size_pt = 12;
    document.styles.roles[static_cast<std::size_t>(model::Role::Title)].bold = true;
    document.sections.emplace_back();
    return document;
}

inline const std::vector<std::string>& forms() {
    static const std::vector<std::string> list = {"ученик – ученик", "педагог – педагог",
                                                  "педагог – ученик", "студент – ученик",
                                                  "работодатель – ученик"};
    return list;
}

/// REG-04: typed columns, digit strings that must stay text, values that look like formulas.
inline model::Document mentors_register() {
    auto document = base_document("Реестр наставников");
    auto& blocks = document.sections.front().blocks;
    model::OrgBlock org;
    org.lines.emplace_back();
    model::append_text(org.lines.back(), "МБОУ «СОШ № 1» г. Керчи");
    blocks.push_back(org);
    blocks.push_back(paragraph("Реестр наставников", model::Role::Title));
    blocks.push_back(paragraph("по состоянию на 01.10.2023"));
    model::Table table;
    table.title = "Реестр наставников";
    table.header_rows = 1;
    table.columns.resize(8);
    table.columns[6].validation = model::Validation::List;
    table.columns[6].options = forms();
    table.columns[5].validation = model::Validation::Date;
    table.columns[7].validation = model::Validation::WholeNumber;
    table.columns[7].min = 0;
    table.columns[7].max = 60;
    table.rows.push_back(
        header_row({"№ п/п", "ФИО", "Телефон", "ИНН", "Класс", "Дата включения в реестр",
                    "Форма наставничества", "Стаж, лет"}));
    struct Person {
        const char* name;
        const char* phone;
        const char* inn;
        const char* klass;
        const char* date;
        int form;
        double years;
    };
    const Person people[] = {
        {"Колесник Дарья Викторовна", "+7 (978) 123-45-67", "0012345678", "09", "2023-09-01", 1,
         12},
        {"=HYPERLINK(\"http://evil\",\"x\")", "-2+3", "7701234567", "5А", "2023-09-15", 2, 3},
        {"@SUM(A1)", "=1+1", "000000000001", "11Б", "2024-02-29", 0, 0},
        {"Щукина Жанна Юрьевна", "8 800 555-35-35", "123456789012", "7В", "2023-10-01", 4, 25},
    };
    int number = 1;
    for (const auto& person : people) {
        table.rows.push_back(
            row({number_cell(number++), text_cell(person.name), text_cell(person.phone),
                 text_cell(person.inn), text_cell(person.klass), date_cell(person.date),
                 text_cell(forms()[static_cast<std::size_t>(person.form)]),
                 number_cell(person.years)}));
    }
    blocks.push_back(table);
    return document;
}

/// REG-05: two header rows with a spanned group, a mentor spanning the rows of two mentees.
inline model::Document pairs_register() {
    auto document = base_document("Список наставнических пар");
    auto& blocks = document.sections.front().blocks;
    document.sections.front().page.orientation = model::Orientation::Landscape;
    blocks.push_back(paragraph("по состоянию на 01.10.2023"));
    model::Table table;
    table.title = "Пары";
    table.header_rows = 2;
    table.columns.resize(5);
    model::TableCell number = text_cell("№");
    number.rowspan = 2;
    model::TableCell mentor = text_cell("Наставник");
    mentor.colspan = 2;
    model::TableCell mentee = text_cell("Наставляемый");
    mentee.rowspan = 2;
    model::TableCell since = text_cell("Дата закрепления");
    since.rowspan = 2;
    table.rows.push_back(row({number, mentor, mentee, since}));
    table.rows.push_back(header_row({"ФИО", "Должность"}));
    model::TableCell first = number_cell(1);
    first.rowspan = 2;
    model::TableCell name = text_cell("Иванова Мария Петровна");
    name.rowspan = 2;
    model::TableCell position = text_cell("учитель математики");
    position.rowspan = 2;
    table.rows.push_back(
        row({first, name, position, text_cell("Петров Илья, 7А"), date_cell("2023-09-01")}));
    table.rows.push_back(row({text_cell("Сидорова Анна, 7А"), date_cell("2023-09-05")}));
    table.rows.push_back(
        row({number_cell(2), text_cell("Орлов Глеб Сергеевич"), text_cell("учитель истории"),
             text_cell("Бойко Ян, 8Б"), date_cell("2023-09-12")}));
    blocks.push_back(table);
    blocks.push_back(paragraph("Заместитель директора по УВР  Д.В. Колесник"));
    return document;
}

/// SRV: a questionnaire to fill by hand: empty answer rows, drop-downs (one too long for an
/// inline list, so it goes to the hidden sheet), a date and a whole number.
inline model::Document questionnaire() {
    auto document = base_document("Анкета наставляемого");
    document.kind = "questionnaire";
    auto& blocks = document.sections.front().blocks;
    blocks.push_back(paragraph("Уважаемый участник! Ответьте, пожалуйста, на вопросы анкеты."));
    model::Table table;
    table.title = "Анкета: ответы/2023?";
    table.header_rows = 1;
    table.columns.resize(5);
    table.columns[0].width = 3;
    table.columns[1].width = 1;
    table.columns[1].validation = model::Validation::List;
    table.columns[1].options = {"Да", "Нет"};
    table.columns[2].width = 1;
    table.columns[2].validation = model::Validation::Date;
    table.columns[3].width = 1;
    table.columns[3].validation = model::Validation::WholeNumber;
    table.columns[3].min = 1;
    table.columns[3].max = 10;
    table.columns[4].width = 2;
    table.columns[4].validation = model::Validation::List;
    for (int i = 1; i <= 12; ++i) {
        table.columns[4].options.push_back("Вариант ответа номер " + std::to_string(i) +
                                           ", подробный");
    }
    table.rows.push_back(header_row({"Вопрос", "Согласие", "Дата", "Оценка", "Сфера"}));
    for (const char* question :
         {"Нужна ли вам помощь наставника?", "Когда удобно начать?", "Оцените полезность встреч"}) {
        table.rows.push_back(row({text_cell(question), model::TableCell{}, model::TableCell{},
                                  model::TableCell{}, model::TableCell{}}));
    }
    blocks.push_back(table);
    return document;
}

/// RPT: text, a bar chart with two series, a pie chart, and a table of indicators (numbers and
/// percentages) whose header ends far below the top of the sheet.
inline model::Document report_with_charts() {
    auto document = base_document("Отчёт о реализации программы наставничества");
    document.kind = "report";
    auto& blocks = document.sections.front().blocks;
    blocks.push_back(paragraph("Итоги 2022/2023 учебного года", model::Role::Heading));
    model::Chart bar;
    bar.title = "Пары по формам наставничества";
    bar.categories = {"ученик – ученик", "педагог – педагог", "педагог – ученик"};
    bar.series = {{"2022", {4, 2, 7}}, {"2023", {6, 3, 9}}};
    blocks.push_back(bar);
    model::Chart pie;
    pie.kind = model::ChartKind::Pie;
    pie.title = "Доля наставляемых";
    pie.categories = {"5–7 классы", "8–9 классы", "10–11 классы"};
    pie.series = {{"Наставляемые", {12, 8, 5}}};
    pie.width_mm = 120;
    pie.height_mm = 70;
    blocks.push_back(pie);
    model::Table table;
    table.title = "Показатели";
    table.header_rows = 1;
    table.columns.resize(3);
    table.rows.push_back(header_row({"Показатель", "План", "Факт"}));
    table.rows.push_back(
        row({text_cell("Доля обучающихся в программе, %"), number_cell(20), number_cell(24.5)}));
    table.rows.push_back(row({text_cell("Число пар"), number_cell(15), number_cell(18)}));
    // Shares as the percent filter writes them: text, read back as numbers with a % format.
    table.rows.push_back(row({text_cell("Доля завершивших программу"), text_cell("50\u00A0%"),
                              text_cell("42,9\u00A0%")}));
    blocks.push_back(table);
    return document;
}

}  // namespace nastavdoc::render::xlsx::samples
