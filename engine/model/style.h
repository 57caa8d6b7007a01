// Paragraph styles. Every paragraph names a role (a real named style in DOCX); the document's
// style sheet, filled from the profile, gives each role its properties; a paragraph may override.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nastavdoc::model {

enum class Align : std::uint8_t { Left, Center, Right, Justify };

enum class Role : std::uint8_t {
    Body,          // text: 14 pt, justified, first-line indent 1.25 cm
    Heading,       // заголовок к тексту «О …»: bold, no indent, no hyphenation
    DocumentType,  // ПРИКАЗ, ПОЛОЖЕНИЕ: capitals, bold, centred
    Title,         // the title of an approved document, centred bold
    SectionHeading,  // «1. Общие положения» in a положение: centred bold
    Enact,           // ПРИКАЗЫВАЮ: flush left, no indent
    ListItem,        // a numbered point of an order: indent 1.25 cm, justified
    TableText,       // text in table cells: 12 pt, left, no indent
    TableHeader,     // header cells: 12 pt, bold, centred
    Requisite,       // organization block, grifs, signatures: single spacing, no indent
    Small,           // отметка об исполнителе: 10–12 pt
};
inline constexpr std::size_t kRoleCount = 11;

std::string_view role_name(Role role);          // "Body", "Heading", ... (DOCX style ids)
std::string_view role_display_name(Role role);  // "Основной текст", ... (DOCX style names)

struct ParagraphStyle {
    double size_pt = 14;
    bool bold = false;
    bool italic = false;
    bool caps = false;  // printed in capitals
    Align align = Align::Justify;
    double first_line_indent_mm = 0;
    double left_indent_mm = 0;
    double width_mm = 0;  // of the text block from the left indent; 0: up to the column's edge
    double space_before_pt = 0;
    double space_after_pt = 0;
    double line_spacing = 1.0;  // a multiple of single spacing
    bool hyphenate = false;
    bool keep_with_next = false;
};

/// Properties a paragraph may set for itself; unset ones come from its role.
struct ParagraphOverrides {
    std::optional<Align> align;
    std::optional<double> first_line_indent_mm;
    std::optional<double> left_indent_mm;
    std::optional<double> width_mm;  // a narrower block, flush with the left indent (A.7)
    std::optional<double> space_before_pt;
    std::optional<double> space_after_pt;
    std::optional<bool> bold;
    std::optional<double> size_pt;
    std::optional<bool> keep_with_next;
    std::optional<bool> hyphenate;
};

struct StyleSheet {
    std::string font_family = "Times New Roman";  // DOCX name; PDF maps it to Liberation Serif
    std::array<ParagraphStyle, kRoleCount> roles{};

    const ParagraphStyle& operator[](Role role) const {
        return roles[static_cast<std::size_t>(role)];
    }
    ParagraphStyle& operator[](Role role) { return roles[static_cast<std::size_t>(role)]; }
};

/// The properties of a paragraph of `role` after applying `overrides`.
ParagraphStyle resolve_style(const StyleSheet& sheet, Role role,
                             const ParagraphOverrides& overrides);

}  // namespace nastavdoc::model
