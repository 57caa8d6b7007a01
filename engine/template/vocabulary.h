// Internal to template/. The elements of the template language and the attributes each takes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::tmpl {

struct ElementSpec {
    std::string_view name;
    std::vector<std::string_view> attributes;  // besides `for` and `if`, allowed everywhere
    bool inline_element = false;               // b, i, u, br, nobr, checkbox, blank (inline use)
};

const std::vector<ElementSpec>& element_specs();
const ElementSpec* find_element(std::string_view name);

/// Attributes whose value is a bare expression rather than text with `{{ … }}`.
bool is_expression_attribute(std::string_view element, std::string_view attribute);

}  // namespace nastavdoc::tmpl
