#include "engine/template/vocabulary.h"

namespace nastavdoc::tmpl {

const std::vector<ElementSpec>& element_specs() {
    static const std::vector<ElementSpec> specs = {
        {"document",
         {"kind", "title", "label", "formats", "profile", "date", "page-numbers", "author", "each",
          "catalog"}},
        {"fragment", {}},
        {"page", {"size", "orientation", "margins"}},
        {"style",
         {"role", "size", "bold", "italic", "caps", "align", "indent", "left-indent",
          "space-before", "space-after", "line-spacing", "hyphenate", "font"}},
        {"section", {"size", "orientation", "margins"}},
        {"include", {"src"}},
        {"let", {"name", "value"}},
        {"heading", {"style", "align", "width"}},
        {"p",
         {"style", "align", "indent", "left-indent", "width", "bold", "size", "space-before",
          "space-after", "keep-with-next"}},
        {"b", {}, true},
        {"i", {}, true},
        {"u", {}, true},
        {"br", {}, true},
        {"nobr", {}, true},
        {"span", {}, true},
        {"ol", {"format", "start"}},
        {"ul", {"marker"}},
        {"li", {}},
        {"table", {"widths", "header-rows", "borders", "title", "size"}},
        {"col", {"width", "validation", "options", "min", "max"}},
        {"tr", {"cant-split"}},
        {"th", {"colspan", "rowspan", "align", "valign", "type", "value"}},
        {"td", {"colspan", "rowspan", "align", "valign", "type", "value"}},
        {"page-break", {}},
        {"space", {"lines", "pt"}},
        {"grifs", {}},
        {"approval",
         {"kind", "person", "position", "date", "date-format", "signature-line", "seal",
          "type-word", "order", "by", "protocol-date", "protocol-number", "side", "width"}},
        {"agreement",
         {"person", "position", "date", "date-format", "signature-line", "body", "protocol-date",
          "protocol-number", "side", "width"}},
        {"requisites", {"date", "number", "place", "date-format"}},
        {"letterhead", {"org", "parent", "short", "upper", "reference"}},
        {"line", {}},
        {"signature", {"person", "position", "seal", "signature-line"}},
        {"executor", {"person", "phone", "email", "position"}},
        {"attachment",
         {"number", "order", "header", "orientation", "margins", "size", "type-word", "width"}},
        {"checkbox", {"checked"}, true},
        {"blank", {"kind", "width", "lines", "label"}, true},
        {"chart", {"kind", "title", "width", "height"}},
        {"rich", {"value", "style"}},
        {"rich-blocks", {"value", "style", "align", "indent", "space-before", "space-after"}},
        {"roadmap-table", {"value", "title"}},
    };
    return specs;
}

const ElementSpec* find_element(std::string_view name) {
    for (const auto& spec : element_specs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

bool is_expression_attribute(std::string_view element, std::string_view attribute) {
    return (element == "let" && attribute == "value") ||
           (element == "rich" && attribute == "value") ||
           (element == "rich-blocks" && attribute == "value") ||
           (element == "roadmap-table" && attribute == "value") ||
           (element == "checkbox" && attribute == "checked");
}

}  // namespace nastavdoc::tmpl
