#include "engine/model/style.h"

namespace nastavdoc::model {

std::string_view role_name(Role role) {
    switch (role) {
        case Role::Body:
            return "Body";
        case Role::Heading:
            return "Heading";
        case Role::DocumentType:
            return "DocumentType";
        case Role::Title:
            return "Title";
        case Role::SectionHeading:
            return "SectionHeading";
        case Role::Enact:
            return "Enact";
        case Role::ListItem:
            return "ListItem";
        case Role::TableText:
            return "TableText";
        case Role::TableHeader:
            return "TableHeader";
        case Role::Requisite:
            return "Requisite";
        case Role::Small:
            return "Small";
    }
    return "Body";
}

std::string_view role_display_name(Role role) {
    switch (role) {
        case Role::Body:
            return "Основной текст";
        case Role::Heading:
            return "Заголовок к тексту";
        case Role::DocumentType:
            return "Вид документа";
        case Role::Title:
            return "Название документа";
        case Role::SectionHeading:
            return "Заголовок раздела";
        case Role::Enact:
            return "Распорядительная формула";
        case Role::ListItem:
            return "Пункт";
        case Role::TableText:
            return "Текст таблицы";
        case Role::TableHeader:
            return "Заголовок таблицы";
        case Role::Requisite:
            return "Реквизит";
        case Role::Small:
            return "Отметка об исполнителе";
    }
    return "Основной текст";
}

ParagraphStyle resolve_style(const StyleSheet& sheet, Role role, const ParagraphOverrides& o) {
    ParagraphStyle style = sheet[role];
    if (o.align)
        style.align = *o.align;
    if (o.first_line_indent_mm)
        style.first_line_indent_mm = *o.first_line_indent_mm;
    if (o.left_indent_mm)
        style.left_indent_mm = *o.left_indent_mm;
    if (o.width_mm) {
        style.width_mm = *o.width_mm;
    }
    if (o.space_before_pt)
        style.space_before_pt = *o.space_before_pt;
    if (o.space_after_pt)
        style.space_after_pt = *o.space_after_pt;
    if (o.bold)
        style.bold = *o.bold;
    if (o.size_pt)
        style.size_pt = *o.size_pt;
    if (o.keep_with_next)
        style.keep_with_next = *o.keep_with_next;
    if (o.hyphenate)
        style.hyphenate = *o.hyphenate;
    return style;
}

}  // namespace nastavdoc::model
