// Documents built in C++ for the layout and PDF tests and the benchmark, until templates make
// them: an order with its attachments, a consent form, a page of charts. Header-only so the
// benchmark can share it.
#pragma once
#include "engine/model/document.h"

#include <string>

namespace nastavdoc::samples {

inline model::StyleSheet gost_styles() {
    using model::Align;
    using model::Role;
    model::StyleSheet sheet;
    sheet.font_family = "Times New Roman";
    auto& body = sheet[Role::Body];
    body.first_line_indent_mm = 12.5;
    sheet[Role::ListItem] = body;
    auto& heading = sheet[Role::Heading];
    heading.bold = true;
    heading.align = Align::Left;
    heading.keep_with_next = true;
    auto& type = sheet[Role::DocumentType];
    type.bold = true;
    type.caps = true;
    type.align = Align::Center;
    type.keep_with_next = true;
    auto& title = sheet[Role::Title];
    title.bold = true;
    title.align = Align::Center;
    title.keep_with_next = true;
    sheet[Role::SectionHeading] = title;
    auto& enact = sheet[Role::Enact];
    enact.align = Align::Left;
    enact.keep_with_next = true;
    auto& cell = sheet[Role::TableText];
    cell.size_pt = 12;
    cell.align = Align::Left;
    cell.hyphenate = true;
    auto& header = sheet[Role::TableHeader];
    header.size_pt = 12;
    header.bold = true;
    header.align = Align::Center;
    auto& requisite = sheet[Role::Requisite];
    requisite.align = Align::Left;
    auto& small = sheet[Role::Small];
    small.size_pt = 11;
    small.align = Align::Left;
    return sheet;
}

inline model::Inlines text(const std::string& value, bool bold = false) {
    model::Inlines inlines;
    model::CharStyle style;
    style.bold = bold;
    model::append_text(inlines, value, style);
    return inlines;
}

inline model::Paragraph paragraph(model::Role role, const std::string& value) {
    model::Paragraph p;
    p.role = role;
    p.content = text(value);
    return p;
}

inline model::TableCell cell(const std::string& value, model::Role role = model::Role::TableText,
                             int rowspan = 1, int colspan = 1) {
    model::TableCell c;
    c.blocks.push_back(paragraph(role, value));
    c.rowspan = rowspan;
    c.colspan = colspan;
    return c;
}

inline const char* kPreamble =
    "В\u00A0соответствии с\u00A0распоряжением Министерства просвещения Российской Федерации "
    "от\u00A025.12.2019 №\u00A0Р-145 «Об утверждении методологии (целевой модели) наставничества "
    "обучающихся для организаций, осуществляющих образовательную деятельность "
    "по\u00A0общеобразовательным, дополнительным общеобразовательным и\u00A0программам среднего "
    "профессионального образования, в\u00A0том числе с\u00A0применением лучших практик обмена "
    "опытом между обучающимися», в\u00A0целях создания условий для раскрытия потенциала "
    "обучающихся и\u00A0педагогов";

inline model::Section order_main_section(const std::string& number) {
    using model::Role;
    model::Section section;
    model::OrgBlock org;
    org.lines.push_back(text("МИНИСТЕРСТВО ОБРАЗОВАНИЯ, НАУКИ И\u00A0МОЛОДЁЖИ РЕСПУБЛИКИ КРЫМ"));
    org.lines.push_back(
        text("ГОСУДАРСТВЕННОЕ БЮДЖЕТНОЕ ПРОФЕССИОНАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ РЕСПУБЛИКИ "
             "КРЫМ «КЕРЧЕНСКИЙ ПОЛИТЕХНИЧЕСКИЙ КОЛЛЕДЖ»"));
    org.lines.push_back(text("(ГБПОУ РК «Керченский политехнический колледж»)"));
    section.blocks.push_back(org);
    section.blocks.push_back(model::Spacer{16, {}});
    section.blocks.push_back(paragraph(Role::DocumentType, "Приказ"));
    section.blocks.push_back(model::Spacer{16, {}});
    section.blocks.push_back(
        model::RequisitesLine{"28.05.2021", "№\u00A0" + number, "г.\u00A0Керчь", {}});
    section.blocks.push_back(model::Spacer{16, {}});
    section.blocks.push_back(
        paragraph(Role::Heading, "О\u00A0внедрении целевой модели наставничества обучающихся"));
    section.blocks.push_back(model::Spacer{16, {}});
    model::Paragraph preamble = paragraph(Role::Body, kPreamble);
    section.blocks.push_back(preamble);
    section.blocks.push_back(paragraph(Role::Enact, "ПРИКАЗЫВАЮ:"));
    model::List points;
    const char* items[] = {
        "Внедрить в\u00A0ГБПОУ РК «Керченский политехнический колледж» целевую модель "
        "наставничества обучающихся с\u00A001.09.2021.",
        "Утвердить Положение о\u00A0наставничестве (приложение\u00A01) и\u00A0список "
        "наставнических пар (приложение\u00A02).",
        "Назначить куратором внедрения целевой модели наставничества заместителя директора "
        "по\u00A0учебно-производственной работе Иванову\u00A0М.П.",
        "Возложить на\u00A0куратора Иванову\u00A0М.П. обязанности по\u00A0формированию базы "
        "наставников и\u00A0базы наставляемых в\u00A0срок до\u00A030.09.2021.",
        "Методисту Петрову\u00A0А.А. разместить настоящий приказ и\u00A0документы, указанные "
        "в\u00A0пункте\u00A02, в\u00A0разделе «Наставничество» официального сайта колледжа "
        "в\u00A0срок до\u00A015.10.2021.",
        "Ознакомить с\u00A0настоящим приказом работников, указанных в\u00A0пунктах 3\u20135, "
        "под\u00A0подпись.",
        "Контроль за\u00A0исполнением настоящего приказа оставляю за\u00A0собой."};
    for (const char* item : items) {
        model::ListItem li;
        li.blocks.push_back(paragraph(Role::ListItem, item));
        points.items.push_back(std::move(li));
    }
    section.blocks.push_back(points);
    section.blocks.push_back(model::Spacer{32, {}});
    model::Signature signature;
    signature.position_lines.push_back(text("Директор"));
    signature.name = "Д.В.\u00A0Колесник";
    section.blocks.push_back(signature);
    model::Executor executor;
    executor.lines.push_back(text("Иванова Мария Петровна, методист"));
    executor.lines.push_back(text("+7\u00A0(36561)\u00A00-00-00"));
    section.blocks.push_back(executor);
    return section;
}

inline model::Grif attachment_header(int number, const std::string& order_number) {
    model::Grif grif;
    grif.lines.push_back(text("Приложение\u00A0" + std::to_string(number)));
    grif.lines.push_back(text("к\u00A0приказу ГБПОУ РК «Керченский политехнический колледж»"));
    grif.lines.push_back(text("от\u00A028.05.2021 №\u00A0" + order_number));
    return grif;
}

const char* const kSurnames[] = {"Иванова",   "Петров", "Сидоренко", "Кузнецова", "Смирнов",
                                 "Васильева", "Попов",  "Новикова",  "Фёдоров",   "Морозова"};
const char* const kNames[] = {"Мария Петровна", "Алексей Андреевич", "Ольга Викторовна",
                              "Дмитрий Сергеевич", "Анна Николаевна"};

/// The pairs attachment: a landscape table with a repeated header, one row per pair and the
/// mentor's cell merged over his pairs (two pairs a mentor).
inline model::Section pairs_section(int pairs, const std::string& order_number) {
    using model::Role;
    model::Section section;
    section.is_attachment = true;
    section.page.orientation = model::Orientation::Landscape;
    section.page.width_mm = 297;
    section.page.height_mm = 210;
    section.page.margin_top_mm = 30;
    section.page.margin_bottom_mm = 15;
    section.page.margin_left_mm = 20;
    section.page.margin_right_mm = 20;
    model::GrifRow row;
    row.grifs.push_back(attachment_header(2, order_number));
    section.blocks.push_back(row);
    section.blocks.push_back(model::Spacer{12, {}});
    section.blocks.push_back(paragraph(Role::Title, "Список наставнических пар"));
    section.blocks.push_back(model::Spacer{8, {}});
    model::Table table;
    table.header_rows = 1;
    for (double w : {0.6, 3.0, 3.2, 3.0, 2.2, 2.0}) {
        model::TableColumn column;
        column.width = w;
        table.columns.push_back(column);
    }
    model::TableRow header;
    for (const char* h : {"№ п/п", "Наставник", "Должность наставника", "Наставляемый",
                          "Форма наставничества", "Срок"}) {
        header.cells.push_back(cell(h, Role::TableHeader));
    }
    table.rows.push_back(header);
    for (int i = 0; i < pairs; ++i) {
        model::TableRow r;
        r.cells.push_back(cell(std::to_string(i + 1)));
        if (i % 2 == 0) {
            const std::string mentor =
                std::string(kSurnames[(i / 2) % 10]) + " " + kNames[(i / 2) % 5];
            r.cells.push_back(cell(mentor, Role::TableText, i + 1 < pairs ? 2 : 1));
            r.cells.push_back(
                cell("преподаватель специальных дисциплин, председатель "
                     "предметно-цикловой комиссии",
                     Role::TableText, i + 1 < pairs ? 2 : 1));
        }
        r.cells.push_back(cell(std::string(kSurnames[(i + 3) % 10]) + " " + kNames[(i + 1) % 5] +
                               ", группа\u00A0ТМ-" + std::to_string(21 + i % 4)));
        r.cells.push_back(
            cell(i % 3 == 0 ? "студент\u00A0\u2014 студент" : "педагог\u00A0\u2014 студент"));
        r.cells.push_back(cell("01.09.2021\u201331.05.2022"));
        table.rows.push_back(std::move(r));
    }
    section.blocks.push_back(table);
    return section;
}

inline model::Section acknowledgement_section(const std::string& order_number) {
    using model::Role;
    model::Section section;
    section.is_attachment = true;
    section.blocks.push_back(paragraph(Role::Title, "ЛИСТ ОЗНАКОМЛЕНИЯ"));
    model::Paragraph sub =
        paragraph(Role::Title, "с\u00A0приказом от\u00A028.05.2021 №\u00A0" + order_number +
                                   " «О\u00A0внедрении целевой модели наставничества обучающихся»");
    sub.overrides.bold = false;
    section.blocks.push_back(sub);
    section.blocks.push_back(model::Spacer{10, {}});
    model::Table table;
    table.header_rows = 1;
    for (double w : {0.7, 3.5, 3.0, 2.0, 1.6}) {
        model::TableColumn column;
        column.width = w;
        table.columns.push_back(column);
    }
    model::TableRow header;
    for (const char* h :
         {"№ п/п", "Фамилия, имя, отчество", "Должность", "Дата ознакомления", "Подпись"}) {
        header.cells.push_back(cell(h, Role::TableHeader));
    }
    table.rows.push_back(header);
    const char* positions[] = {"заместитель директора по\u00A0УПР", "методист", "преподаватель"};
    for (int i = 0; i < 5; ++i) {
        model::TableRow r;
        r.cells.push_back(cell(std::to_string(i + 1)));
        r.cells.push_back(cell(std::string(kSurnames[i]) + " " + kNames[i]));
        r.cells.push_back(cell(positions[i % 3]));
        r.cells.push_back(cell(""));
        r.cells.push_back(cell(""));
        table.rows.push_back(std::move(r));
    }
    section.blocks.push_back(table);
    return section;
}

/// The order of documents.md A.13 with its pairs attachment and acknowledgement sheet.
inline model::Document order_document(int pairs = 200) {
    model::Document document;
    document.kind = "order";
    document.profile = "gost2016";
    document.styles = gost_styles();
    document.metadata.title =
        "Приказ от 28.05.2021 № 287/п «О внедрении целевой модели наставничества обучающихся»";
    document.metadata.author = "ГБПОУ РК «Керченский политехнический колледж»";
    document.metadata.subject = "Приказ";
    document.metadata.created = "2021-05-28";
    const std::string number = "287/п";
    document.sections.push_back(order_main_section(number));
    document.sections.push_back(pairs_section(pairs, number));
    document.sections.push_back(acknowledgement_section(number));
    return document;
}

/// A one-page consent to the processing of personal data with checkboxes and blanks.
inline model::Document consent_document(int index) {
    using model::Role;
    model::Document document;
    document.kind = "consent";
    document.styles = gost_styles();
    document.styles[Role::Body].size_pt = 12;
    document.styles[Role::ListItem].size_pt = 12;
    document.metadata.title = "Согласие на обработку персональных данных";
    document.metadata.author = "ГБПОУ РК «Керченский политехнический колледж»";
    document.metadata.subject = "Согласие";
    document.metadata.created = "2021-05-28";
    model::Section section;
    section.blocks.push_back(paragraph(Role::Title, "СОГЛАСИЕ"));
    section.blocks.push_back(paragraph(Role::Title, "на\u00A0обработку персональных данных"));
    section.blocks.push_back(model::Spacer{10, {}});
    model::Paragraph who;
    who.role = Role::Body;
    model::append_text(who.content, "Я, ");
    model::Inline blank;
    blank.kind = model::InlineKind::Blank;
    blank.width_mm = 120;
    blank.text = "(фамилия, имя, отчество)";
    who.content.push_back(blank);
    model::append_text(who.content,
                       " " + std::string(kSurnames[index % 10]) + " " + kNames[index % 5] +
                           ", паспорт серии\u00A035\u00A014 №\u00A0" +
                           std::to_string(100000 + index) +
                           ", в\u00A0соответствии со\u00A0статьёй\u00A09 Федерального закона "
                           "от\u00A027.07.2006 №\u00A0152-ФЗ «О\u00A0персональных данных» даю "
                           "согласие ГБПОУ РК «Керченский политехнический колледж» на\u00A0"
                           "обработку моих персональных данных в\u00A0целях реализации "
                           "программы наставничества, а\u00A0именно:");
    section.blocks.push_back(who);
    const char* kinds[] = {
        "фамилия, имя, отчество;", "дата рождения;",           "место учёбы или работы, должность;",
        "контактный телефон;",     "адрес электронной почты;", "фотографии и\u00A0видеозаписи."};
    for (int k = 0; k < 6; ++k) {
        model::Paragraph line;
        line.role = Role::Body;
        model::Inline box;
        box.kind = model::InlineKind::Checkbox;
        box.checked = (k + index) % 3 != 0;
        line.content.push_back(box);
        model::append_text(line.content, "\u00A0" + std::string(kinds[k]));
        section.blocks.push_back(line);
    }
    section.blocks.push_back(paragraph(
        Role::Body,
        "Согласие действует до\u00A0окончания программы наставничества и\u00A0может быть "
        "отозвано мною в\u00A0любое время по\u00A0письменному заявлению. Мне разъяснены мои "
        "права и\u00A0обязанности, связанные с\u00A0обработкой персональных данных, в\u00A0том "
        "числе право на\u00A0доступ к\u00A0ним и\u00A0на\u00A0их\u00A0уточнение."));
    section.blocks.push_back(paragraph(Role::Body, "Дополнительные сведения:"));
    section.blocks.push_back(model::BlankLines{3, {}});
    section.blocks.push_back(model::Spacer{20, {}});
    model::Paragraph sign;
    sign.role = Role::Requisite;
    model::append_text(sign.content, "«___» ____________ 20___ г.");
    model::Inline gap;
    gap.kind = model::InlineKind::Tab;
    sign.content.push_back(gap);
    sign.content.push_back(gap);
    model::Inline signature_blank;
    signature_blank.kind = model::InlineKind::Blank;
    signature_blank.width_mm = 40;
    signature_blank.text = "(подпись)";
    sign.content.push_back(signature_blank);
    section.blocks.push_back(sign);
    document.sections.push_back(section);
    return document;
}

/// A report page with a bar chart (two series) and a pie chart.
inline model::Document charts_document() {
    using model::Role;
    model::Document document;
    document.kind = "report";
    document.styles = gost_styles();
    document.metadata.title = "Итоги реализации программы наставничества";
    document.metadata.created = "2024-06-30";
    model::Section section;
    section.blocks.push_back(paragraph(Role::Title, "Итоги реализации программы наставничества"));
    section.blocks.push_back(model::Spacer{12, {}});
    model::Chart bars;
    bars.title = "Число наставнических пар по формам";
    bars.categories = {"студент\u00A0\u2014 студент", "педагог\u00A0\u2014 студент",
                       "работодатель\u00A0\u2014 студент"};
    bars.series = {{"2022/2023", {12, 18, 5}}, {"2023/2024", {15, 22, 7.5}}};
    section.blocks.push_back(bars);
    section.blocks.push_back(model::Spacer{12, {}});
    model::Chart pie;
    pie.kind = model::ChartKind::Pie;
    pie.title = "Удовлетворённость участников программы";
    pie.categories = {"полностью", "скорее да", "скорее нет", "нет"};
    pie.series = {{"доля", {56, 30, 10, 4}}};
    pie.height_mm = 90;
    section.blocks.push_back(pie);
    document.sections.push_back(section);
    return document;
}

}  // namespace nastavdoc::samples
