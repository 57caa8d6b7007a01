#include "engine/render/docx/parts.h"
#include "engine/render/docx/xml.h"

#include <algorithm>

namespace nastavdoc::render::docx {

namespace {

constexpr int kLevels = 9;

// «1.», «1.1.», «1.1.1.»: each level repeats the counters of the levels above it.
std::string decimal_level_text(int level) {
    std::string text;
    for (int l = 0; l <= level; ++l)
        text += "%" + number_text(l + 1) + ".";
    return text;
}

void add_level(pugi::xml_node abstract, const model::Document& document,
               const NumberingRegistry::Abstract& definition, int level) {
    pugi::xml_node lvl = abstract.append_child("w:lvl");
    lvl.append_attribute("w:ilvl").set_value(number_text(level).c_str());
    add_valued(lvl, "w:start", "1");
    std::string text;
    switch (definition.format) {
        case model::ListFormat::Decimal:
            add_valued(lvl, "w:numFmt", "decimal");
            text = decimal_level_text(level);
            break;
        case model::ListFormat::DecimalParen:
            add_valued(lvl, "w:numFmt", "decimal");
            text = "%" + number_text(level + 1) + ")";
            break;
        case model::ListFormat::CyrillicParen:
            add_valued(lvl, "w:numFmt", "russianLower");
            text = "%" + number_text(level + 1) + ")";
            break;
        case model::ListFormat::Bullet:
            add_valued(lvl, "w:numFmt", "bullet");
            text = definition.marker;
            break;
    }
    // A space, not a tab, after the label: «1. Внедрить …» with the text wrapping to the
    // margin under a first-line indent, as Russian orders are set (documents.md A.5).
    add_valued(lvl, "w:suff", "space");
    add_valued(lvl, "w:lvlText", clean_text(text));
    add_valued(lvl, "w:lvlJc", "left");
    const model::ParagraphStyle& item = document.styles[model::Role::ListItem];
    pugi::xml_node indent = lvl.append_child("w:pPr").append_child("w:ind");
    indent.append_attribute("w:left").set_value(twips_text(item.left_indent_mm).c_str());
    indent.append_attribute("w:firstLine")
        .set_value(twips_text(std::max(0.0, item.first_line_indent_mm)).c_str());
    if (definition.format == model::ListFormat::Bullet) {
        pugi::xml_node fonts = lvl.append_child("w:rPr").append_child("w:rFonts");
        fonts.append_attribute("w:ascii").set_value(document.styles.font_family.c_str());
        fonts.append_attribute("w:hAnsi").set_value(document.styles.font_family.c_str());
    }
}

}  // namespace

int NumberingRegistry::add_instance(const model::List& list, int level) {
    const std::string marker =
        list.format == model::ListFormat::Bullet ? list.marker : std::string();
    const auto found = std::find_if(abstracts_.begin(), abstracts_.end(), [&](const Abstract& a) {
        return a.format == list.format && a.marker == marker;
    });
    const int abstract_id = static_cast<int>(found - abstracts_.begin());
    if (found == abstracts_.end())
        abstracts_.push_back({list.format, marker});
    instances_.push_back({abstract_id, level, list.start});
    return static_cast<int>(instances_.size());  // w:numId counts from 1
}

std::string write_numbering_part(const model::Document& document,
                                 const NumberingRegistry& numbering) {
    pugi::xml_document xml;
    add_declaration(xml);
    pugi::xml_node root = xml.append_child("w:numbering");
    root.append_attribute("xmlns:w") = kWordNamespace;
    const auto& abstracts = numbering.abstracts();
    for (std::size_t id = 0; id < abstracts.size(); ++id) {
        pugi::xml_node abstract = root.append_child("w:abstractNum");
        abstract.append_attribute("w:abstractNumId")
            .set_value(number_text(static_cast<long>(id)).c_str());
        const bool is_multilevel = abstracts[id].format == model::ListFormat::Decimal;
        add_valued(abstract, "w:multiLevelType", is_multilevel ? "multilevel" : "singleLevel");
        const int levels = is_multilevel ? kLevels : 1;
        for (int level = 0; level < levels; ++level)
            add_level(abstract, document, abstracts[id], level);
    }
    const auto& instances = numbering.instances();
    for (std::size_t i = 0; i < instances.size(); ++i) {
        pugi::xml_node num = root.append_child("w:num");
        num.append_attribute("w:numId").set_value(number_text(static_cast<long>(i + 1)).c_str());
        add_valued(num, "w:abstractNumId", number_text(instances[i].abstract_id));
        // Instances of one abstract definition would otherwise continue each other's count
        // (ECMA-376 17.9.26), so every list restarts explicitly.
        pugi::xml_node override_node = num.append_child("w:lvlOverride");
        override_node.append_attribute("w:ilvl").set_value(number_text(instances[i].level).c_str());
        add_valued(override_node, "w:startOverride", number_text(instances[i].start));
    }
    return to_string(xml);
}

}  // namespace nastavdoc::render::docx
