#include "engine/render/docx/body.h"
#include "engine/render/docx/xml.h"

#include <algorithm>
#include <cmath>

namespace nastavdoc::render::docx {

namespace {

constexpr std::string_view kNoBreakHyphen = "\u2011";
constexpr std::string_view kSoftHyphen = "\u00AD";
// Times New Roman has no ☐ and ☒; Word takes them from a symbol font.
constexpr const char* kSymbolFont = "Segoe UI Symbol";

// ECMA-376 17.3.2.28: w:rPr children in schema order.
void add_run_properties(pugi::xml_node run, const model::CharStyle& style,
                        const RunDefaults& defaults, const char* font = nullptr) {
    const bool bold = style.bold || defaults.bold.value_or(false);
    const bool unbold = !bold && defaults.bold.has_value();
    const double size = style.size_pt > 0 ? style.size_pt : defaults.size_pt.value_or(0);
    if (font == nullptr && !bold && !unbold && !style.italic && !style.underline && size <= 0)
        return;
    pugi::xml_node properties = run.append_child("w:rPr");
    if (font != nullptr) {
        pugi::xml_node fonts = properties.append_child("w:rFonts");
        fonts.append_attribute("w:ascii") = font;
        fonts.append_attribute("w:hAnsi") = font;
    }
    if (bold)
        properties.append_child("w:b");
    if (unbold)
        add_valued(properties, "w:b", "0");
    if (style.italic)
        properties.append_child("w:i");
    if (size > 0) {
        add_valued(properties, "w:sz", half_points_text(size));
        add_valued(properties, "w:szCs", half_points_text(size));
    }
    if (style.underline)
        add_valued(properties, "w:u", "single");
}

pugi::xml_node begin_run(pugi::xml_node paragraph, const model::CharStyle& style,
                         const RunDefaults& defaults, const char* font = nullptr) {
    pugi::xml_node run = paragraph.append_child("w:r");
    add_run_properties(run, style, defaults, font);
    return run;
}

void append_text_element(pugi::xml_node run, const std::string& text) {
    if (text.empty())
        return;
    pugi::xml_node node = run.append_child("w:t");
    // ECMA-376 17.3.3.31: without xml:space="preserve" edge spaces are dropped by readers.
    if (text.front() == ' ' || text.back() == ' ') {
        node.append_attribute("xml:space") = "preserve";
    }
    node.text().set(text.c_str());
}

// Full-width underscores of TNR: about half an em each.
int underscore_count(double width_mm, double size_pt) {
    const double underscore_mm = size_pt * 0.5 * 25.4 / 72.0;
    return std::max(1, static_cast<int>(std::lround(width_mm / underscore_mm)));
}

void write_blank(pugi::xml_node paragraph, const model::Inline& blank,
                 const RunDefaults& defaults) {
    const double size =
        blank.style.size_pt > 0 ? blank.style.size_pt : defaults.size_pt.value_or(14);
    const double width = blank.width_mm > 0 ? blank.width_mm : 40;
    pugi::xml_node run = begin_run(paragraph, blank.style, defaults);
    append_text_element(run,
                        std::string(static_cast<std::size_t>(underscore_count(width, size)), '_'));
    if (!blank.text.empty()) {
        // The caption of a blank («подпись», «дата») follows it in small type.
        model::CharStyle caption = blank.style;
        caption.size_pt = std::max(8.0, size - 4);
        write_text_run(paragraph, " (" + blank.text + ")", caption, defaults);
    }
}

}  // namespace

void write_text_run(pugi::xml_node paragraph, std::string_view text, const model::CharStyle& style,
                    const RunDefaults& defaults) {
    if (text.empty())
        return;
    pugi::xml_node run = begin_run(paragraph, style, defaults);
    std::string pending;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '\t') {
            append_text_element(run, clean_text(pending));
            pending.clear();
            run.append_child("w:tab");
            ++pos;
        } else if (c == '\n' || c == '\r') {
            // Only the model's LineBreak makes a w:br; a stray newline in data is a space.
            pending += ' ';
            ++pos;
        } else if (text.compare(pos, kNoBreakHyphen.size(), kNoBreakHyphen) == 0) {
            append_text_element(run, clean_text(pending));
            pending.clear();
            run.append_child("w:noBreakHyphen");
            pos += kNoBreakHyphen.size();
        } else if (text.compare(pos, kSoftHyphen.size(), kSoftHyphen) == 0) {
            append_text_element(run, clean_text(pending));
            pending.clear();
            run.append_child("w:softHyphen");
            pos += kSoftHyphen.size();
        } else {
            pending += c;
            ++pos;
        }
    }
    append_text_element(run, clean_text(pending));
}

void write_tab_run(pugi::xml_node paragraph, const RunDefaults& defaults) {
    begin_run(paragraph, {}, defaults).append_child("w:tab");
}

void write_inlines(pugi::xml_node paragraph, const model::Inlines& inlines,
                   const RunDefaults& defaults) {
    for (const auto& item : inlines) {
        switch (item.kind) {
            case model::InlineKind::Text:
                write_text_run(paragraph, item.text, item.style, defaults);
                break;
            case model::InlineKind::LineBreak:
                begin_run(paragraph, item.style, defaults).append_child("w:br");
                break;
            case model::InlineKind::Tab:
                begin_run(paragraph, item.style, defaults).append_child("w:tab");
                break;
            case model::InlineKind::Checkbox: {
                pugi::xml_node run = begin_run(paragraph, item.style, defaults, kSymbolFont);
                append_text_element(run, item.checked ? "\u2612" : "\u2610");
                break;
            }
            case model::InlineKind::Blank:
                write_blank(paragraph, item, defaults);
                break;
        }
    }
}

}  // namespace nastavdoc::render::docx
