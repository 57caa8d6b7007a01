// Documents for the DOCX tests, the end-to-end check and the benchmark, built in C++ until the
// template engine makes them: a приказ with a landscape attachment of mentor–mentee pairs,
// a лист ознакомления and a questionnaire. Header-only so every target can include it.
#pragma once
#include "engine/model/document.h"

#include <string>
#include <string_view>

namespace nastavdoc::testing {

/// The style sheet of the gost2016 profile (documents.md A.3).
inline model::StyleSheet gost_styles() {
    using model::Align;
    using model::Role;
    model::StyleSheet sheet;
    auto& body = sheet[Role::Body];
    body.first_line_indent_mm = 12.5;
    body.hyphenate = true;
    auto& heading = sheet[Role::Heading];
    heading.bold = true;
    heading.align = Align::Left;
    auto& type = sheet[Role::DocumentType];
    type.bold = true;
    type.caps = true;
    type.align = Align::Center;
    type.size_pt = 16;
    auto& title = sheet[Role::Title];
    title.bold = true;
    title.align = Align::Center;
    title.space_after_pt = 6;
    auto& section = sheet[Role::SectionHeading];
    section.bold = true;
    section.align = Align::Center;
    section.keep_with_next = true;
    sheet[Role::Enact].align = Align::Left;
    auto& item = sheet[Role::ListItem];
    item.first_line_indent_mm = 12.5;
    item.hyphenate = true;
    auto& table_text = sheet[Role::TableText];
    table_text.size_pt = 12;
    table_text.align = Align::Left;
    auto& table_header = sheet[Role::TableHeader];
    table_header.size_pt = 12;
    table_header.bold = true;
    table_header.align = Align::Center;
    sheet[Role::Requisite].align = Align::Left;
    auto& small = sheet[Role::Small];
    small.size_pt = 11;
    small.align = Align::Left;
    return sheet;
}

inline model::Inlines text_line(std::string_view text, const model::CharStyle& style = {}) {
    model::Inlines line;
    model::append_text(line, text, style);
    return line;
}

inline model::Paragraph paragraph(model::Role role, std::string_view text) {
    model::Paragraph p;
    p.role = role;
    model::append_text(p.content, text);
    return p;
}

inline model::ListItem item(std::string_view text, model::Role role = model::Role::ListItem) {
    model::ListItem i;
    i.blocks.emplace_back(paragraph(role, text));
    return i;
}

inline model::TableCell cell(std::string_view text, model::Role role = model::Role::TableText,
                             int colspan = 1, int rowspan = 1) {
    model::TableCell c;
    c.blocks.emplace_back(paragraph(role, text));
    c.colspan = colspan;
    c.rowspan = rowspan;
    return c;
}

/// "Фамилия Имя Отчество" number `index`, from small fixed lists (no randomness).
inline std::string person_name(int index, bool female) {
    static constexpr std::string_view kMale[] = {"Колесник", "Петров", "Сидоренко", "Ковальчук",
                                                 "Белых",    "Орлов",  "Тимошенко"};
    static constexpr std::string_view kFemale[] = {"Иванова",  "Смирнова", "Кузнецова",
                                                   "Лебедева", "Морозова", "Соколова"};
    static constexpr std::string_view kMaleFirst[] = {"Дмитрий", "Алексей", "Сергей", "Иван"};
    static constexpr std::string_view kFemaleFirst[] = {"Мария", "Анна", "Елена", "Ольга",
                                                        "Ксения"};
    static constexpr std::string_view kMalePatronymic[] = {"Викторович", "Петрович", "Андреевич"};
    static constexpr std::string_view kFemalePatronymic[] = {"Петровна", "Ивановна", "Сергеевна",
                                                             "Олеговна"};
    const auto pick = [index](const auto& list, int salt) {
        return std::string(list[static_cast<std::size_t>(index * 7 + salt) % std::size(list)]);
    };
    if (female) {
        return pick(kFemale, 0) + " " + pick(kFemaleFirst, 1) + " " + pick(kFemalePatronymic, 2);
    }
    return pick(kMale, 0) + " " + pick(kMaleFirst, 1) + " " + pick(kMalePatronymic, 2);
}

inline model::Grif attachment_header(std::string_view number) {
    model::Grif grif;
    grif.lines.push_back(text_line("Приложение " + std::string(number)));
    grif.lines.push_back(text_line("к приказу ГБПОУ РК «Керченский политехнический колледж»"));
    grif.lines.push_back(text_line("от 28.05.2021 №\u00A0287/п"));
    grif.side = model::Side::Right;
    grif.width_mm = 75;
    return grif;
}

/// The pairs table: two header rows with merged cells, mentors spanning their two mentees.
inline model::Table pairs_table(int pairs) {
    using model::Role;
    model::Table table;
    for (const double width : {8.0, 32.0, 30.0, 32.0, 14.0}) {
        model::TableColumn column;
        column.width = width;
        table.columns.push_back(column);
    }
    table.header_rows = 2;
    table.title = "Наставнические пары";
    model::TableRow top;
    top.cells.push_back(cell("№ п/п", Role::TableHeader, 1, 2));
    top.cells.back().valign = model::VAlign::Center;
    top.cells.push_back(cell("Наставник", Role::TableHeader, 2));
    top.cells.push_back(cell("Наставляемый", Role::TableHeader, 2));
    table.rows.push_back(std::move(top));
    model::TableRow second;
    for (const char* heading :
         {"Фамилия, имя, отчество", "Должность", "Фамилия, имя, отчество", "Группа"}) {
        second.cells.push_back(cell(heading, Role::TableHeader));
    }
    table.rows.push_back(std::move(second));
    for (int i = 0; i < pairs; ++i) {
        model::TableRow row;
        row.cant_split = true;
        model::TableCell number;
        number.type = model::ValueType::Number;
        number.number = i + 1;
        number.align = model::Align::Center;
        row.cells.push_back(number);
        const bool opens_mentor = i % 2 == 0;
        if (opens_mentor) {
            const int span = i + 1 < pairs ? 2 : 1;
            row.cells.push_back(
                cell(person_name(i / 2, (i / 2) % 3 == 0), Role::TableText, 1, span));
            row.cells.push_back(
                cell(i % 4 == 0 ? "преподаватель" : "мастер производственного обучения",
                     Role::TableText, 1, span));
        }
        row.cells.push_back(cell(person_name(i + 11, i % 2 == 1)));
        row.cells.push_back(cell(std::string("ТМ\u2011") + std::to_string(11 + i % 4)));
        table.rows.push_back(std::move(row));
    }
    return table;
}

/// A приказ «О закреплении наставнических пар» with `pairs` pairs in a landscape attachment,
/// then a лист ознакомления.
inline model::Document sample_order(int pairs) {
    using model::Role;
    model::Document document;
    document.kind = "order";
    document.profile = "gost2016";
    document.styles = gost_styles();
    document.metadata.title = "О закреплении наставнических пар";
    document.metadata.author = "ГБПОУ РК «Керченский политехнический колледж»";
    document.metadata.subject = "Приказ";
    document.metadata.created = "2021-05-28";

    model::Section main;
    model::OrgBlock org;
    org.lines.push_back(text_line("МИНИСТЕРСТВО ОБРАЗОВАНИЯ, НАУКИ И МОЛОДЁЖИ РЕСПУБЛИКИ КРЫМ"));
    org.lines.push_back(
        text_line("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ПРОФЕССИОНАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ "
                  "УЧРЕЖДЕНИЕ РЕСПУБЛИКИ КРЫМ «КЕРЧЕНСКИЙ ПОЛИТЕХНИЧЕСКИЙ "
                  "КОЛЛЕДЖ»",
                  {true}));
    org.lines.push_back(text_line("(ГБПОУ РК «Керченский политехнический колледж»)"));
    main.blocks.emplace_back(std::move(org));
    main.blocks.emplace_back(model::Spacer{16, {}});
    main.blocks.emplace_back(paragraph(Role::DocumentType, "Приказ"));
    main.blocks.emplace_back(model::Spacer{16, {}});
    main.blocks.emplace_back(
        model::RequisitesLine{"28.05.2021", "№\u00A0287/п", "г.\u00A0Керчь", {}});
    main.blocks.emplace_back(model::Spacer{16, {}});
    main.blocks.emplace_back(paragraph(Role::Heading, "О закреплении наставнических пар"));
    main.blocks.emplace_back(model::Spacer{16, {}});
    // A stray control character (U+0001) and a newline from data: dropped and made a space.
    main.blocks.emplace_back(paragraph(
        Role::Body,
        "В соответствии с распоряжением Министерства просвещения Российской Федерации "
        "от\u00A025.12.2019 №\u00A0Р\u2011145 «Об утверждении методологии (целевой модели) "
        "наставничества обучающихся\x01 для организаций, осуществляющих образовательную "
        "деятельность по общеобразовательным, дополнительным общеобразовательным и\nпрограммам "
        "среднего профессионального образования», в целях создания условий для раскрытия "
        "потенциала обучающихся и педагогов"));
    main.blocks.emplace_back(paragraph(Role::Enact, "ПРИКАЗЫВАЮ:"));

    model::List points;
    points.items.push_back(
        item("Закрепить наставнические пары согласно приложению 1 к "
             "настоящему приказу."));
    model::ListItem approve = item("Утвердить:");
    model::List approve_list;
    approve_list.items.push_back(item("список наставнических пар (приложение 1);"));
    approve_list.items.push_back(item("форму листа ознакомления (приложение 2)."));
    approve.blocks.emplace_back(std::move(approve_list));
    points.items.push_back(std::move(approve));
    model::ListItem duties = item("Наставникам:");
    model::List duty_list;
    duty_list.format = model::ListFormat::DecimalParen;
    duty_list.items.push_back(item("разработать индивидуальные планы развития наставляемых;"));
    duty_list.items.push_back(item("провести анкетирование наставляемых до\u00A030.09.2021."));
    duties.blocks.emplace_back(std::move(duty_list));
    points.items.push_back(std::move(duties));
    model::ListItem curator = item("Куратору Ивановой\u00A0М.П. обеспечить:");
    model::List curator_list;
    curator_list.format = model::ListFormat::CyrillicParen;
    curator_list.items.push_back(item("учёт наставнических пар;"));
    curator_list.items.push_back(item("мониторинг работы пар\tежеквартально."));
    curator.blocks.emplace_back(std::move(curator_list));
    points.items.push_back(std::move(curator));
    model::ListItem publish = item("Разместить на сайте колледжа:");
    model::List bullets;
    bullets.format = model::ListFormat::Bullet;
    bullets.items.push_back(item("настоящий приказ;"));
    bullets.items.push_back(item("список пар без персональных данных."));
    publish.blocks.emplace_back(std::move(bullets));
    points.items.push_back(std::move(publish));
    points.items.push_back(item("Контроль за исполнением настоящего приказа оставляю за собой."));
    main.blocks.emplace_back(std::move(points));

    main.blocks.emplace_back(model::Spacer{40, {}});
    model::Signature signature;
    signature.position_lines.push_back(text_line("Директор"));
    signature.name = "Д.В.\u00A0Колесник";
    main.blocks.emplace_back(std::move(signature));
    model::Executor executor;
    executor.lines.push_back(text_line("Иванова Мария Петровна, методист"));
    executor.lines.push_back(text_line("+7 (36561) 0\u201100\u201100"));
    main.blocks.emplace_back(std::move(executor));
    document.sections.push_back(std::move(main));

    model::Section attachment;
    attachment.is_attachment = true;
    attachment.page.orientation = model::Orientation::Landscape;
    attachment.page.width_mm = 297;
    attachment.page.height_mm = 210;
    // Bound along the top edge: the binding margin goes to the top (A.2).
    attachment.page.margin_top_mm = 30;
    attachment.page.margin_bottom_mm = 15;
    attachment.page.margin_left_mm = 20;
    attachment.page.margin_right_mm = 20;
    model::GrifRow header;
    header.grifs.push_back(attachment_header("1"));
    attachment.blocks.emplace_back(std::move(header));
    attachment.blocks.emplace_back(model::Spacer{14, {}});
    attachment.blocks.emplace_back(paragraph(Role::Title, "Список наставнических пар"));
    attachment.blocks.emplace_back(pairs_table(pairs));
    document.sections.push_back(std::move(attachment));

    model::Section sheet;
    sheet.is_attachment = true;
    model::GrifRow sheet_header;
    sheet_header.grifs.push_back(attachment_header("2"));
    sheet.blocks.emplace_back(std::move(sheet_header));
    sheet.blocks.emplace_back(model::Spacer{14, {}});
    sheet.blocks.emplace_back(paragraph(Role::Title, "ЛИСТ ОЗНАКОМЛЕНИЯ"));
    model::Paragraph subtitle = paragraph(
        Role::Title, "с приказом от 28.05.2021 №\u00A0287/п «О закреплении наставнических пар»");
    subtitle.overrides.bold = false;
    sheet.blocks.emplace_back(std::move(subtitle));
    model::Table acquaint;
    for (const double width : {10.0, 42.0, 40.0, 33.0, 25.0}) {
        model::TableColumn column;
        column.width = width;
        acquaint.columns.push_back(column);
    }
    acquaint.header_rows = 1;
    model::TableRow head;
    for (const char* heading :
         {"№ п/п", "Фамилия, имя, отчество", "Должность", "Дата ознакомления", "Подпись"}) {
        head.cells.push_back(cell(heading, Role::TableHeader));
    }
    acquaint.rows.push_back(std::move(head));
    for (int i = 0; i < 6; ++i) {
        model::TableRow row;
        row.cant_split = true;
        row.cells.push_back(cell(std::to_string(i + 1) + "."));
        row.cells.push_back(cell(person_name(i, i % 2 == 0)));
        row.cells.push_back(cell(i == 0 ? "заместитель директора по УПР" : "преподаватель"));
        row.cells.emplace_back();
        row.cells.emplace_back();
        acquaint.rows.push_back(std::move(row));
    }
    sheet.blocks.emplace_back(std::move(acquaint));
    document.sections.push_back(std::move(sheet));
    return document;
}

/// An anketa with grifs side by side, checkboxes, blanks, lines to fill and a chart.
inline model::Document sample_questionnaire() {
    using model::Role;
    model::Document document;
    document.kind = "questionnaire";
    document.profile = "gost2016";
    document.styles = gost_styles();
    document.metadata.title = "Анкета наставляемого";
    document.metadata.author = "МБОУ «Ашеванская ООШ»";
    document.metadata.created = "2023-09-01";
    document.page_numbers = false;

    model::Section section;
    model::GrifRow grifs;
    model::Grif adopted;
    adopted.side = model::Side::Left;
    adopted.width_mm = 70;
    adopted.lines.push_back(text_line("ПРИНЯТО"));
    adopted.lines.push_back(text_line("на заседании педагогического совета"));
    adopted.lines.push_back(text_line("протокол от 30.08.2023 №\u00A01"));
    grifs.grifs.push_back(std::move(adopted));
    model::Grif approved;
    approved.width_mm = 70;
    approved.lines.push_back(text_line("УТВЕРЖДАЮ"));
    approved.lines.push_back(text_line("Директор МБОУ «Ашеванская ООШ»"));
    approved.lines.push_back(text_line("З.М.\u00A0Бухардина"));
    approved.signature_line = 2;
    approved.lines.push_back(text_line("01.09.2023"));
    grifs.grifs.push_back(std::move(approved));
    section.blocks.emplace_back(std::move(grifs));
    section.blocks.emplace_back(model::Spacer{14, {}});
    section.blocks.emplace_back(paragraph(Role::Title, "АНКЕТА наставляемого"));

    model::Paragraph name = paragraph(Role::Body, "Фамилия, имя: ");
    model::Inline blank;
    blank.kind = model::InlineKind::Blank;
    blank.width_mm = 90;
    blank.text = "подпись";
    name.content.push_back(blank);
    section.blocks.emplace_back(std::move(name));

    model::Paragraph question = paragraph(Role::Body, "1. Нравится ли вам работать с наставником?");
    section.blocks.emplace_back(std::move(question));
    model::Paragraph answers;
    answers.role = Role::Body;
    for (const auto& [label, checked] : {std::pair{"да", true}, std::pair{"нет", false}}) {
        model::Inline box;
        box.kind = model::InlineKind::Checkbox;
        box.checked = checked;
        answers.content.push_back(box);
        model::append_text(answers.content, std::string("\u00A0") + label + "   ");
    }
    section.blocks.emplace_back(std::move(answers));
    section.blocks.emplace_back(paragraph(Role::Body, "2. Что бы вы изменили в работе пары?"));
    section.blocks.emplace_back(model::BlankLines{3, {}});

    model::Chart chart;
    chart.title = "Результаты анкетирования, %";
    chart.categories = {"Удовлетворены", "Частично", "Не удовлетворены"};
    chart.series.push_back({"2022/2023", {72.5, 20, 7.5}});
    chart.series.push_back({"2023/2024", {80, 15.5}});
    section.blocks.emplace_back(std::move(chart));
    section.blocks.emplace_back(model::PageBreak{});
    model::Paragraph consent =
        paragraph(Role::Body, "Дата заполнения: «___» ____________ 20___ г.");
    model::Inline line_break;
    line_break.kind = model::InlineKind::LineBreak;
    consent.content.push_back(line_break);
    model::append_text(consent.content, "Спасибо за участие!");
    section.blocks.emplace_back(std::move(consent));
    document.sections.push_back(std::move(section));
    return document;
}

}  // namespace nastavdoc::testing
