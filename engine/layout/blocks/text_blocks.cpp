// Paragraphs and lists. A paragraph becomes one unit per line so pages can break between lines;
// the first two and the last two lines are kept together (no orphans, no widows).
#include "engine/base/units.h"
#include "engine/layout/blocks/blocks.h"
#include "engine/layout/paragraph/paragraph.h"
#include "engine/layout/paragraph/paragraph_cache.h"

#include <algorithm>

namespace nastavdoc::layout {

fonts::Family family_for(const model::StyleSheet& styles) {
    const std::string& name = styles.font_family;
    if (name.find("Arial") != std::string::npos || name.find("Sans") != std::string::npos ||
        name.find("Verdana") != std::string::npos) {
        return fonts::Family::Sans;
    }
    if (name.find("PT Serif") != std::string::npos) {
        return fonts::Family::Fallback;
    }
    return fonts::Family::Serif;
}

model::ParagraphStyle paragraph_style(const Context& context, model::Role role,
                                      const model::ParagraphOverrides& overrides) {
    model::ParagraphStyle style = model::resolve_style(context.styles, role, overrides);
    if (context.align && !overrides.align) {
        style.align = *context.align;
    }
    if (context.size_pt && !overrides.size_pt) {
        style.size_pt = *context.size_pt;
    }
    return style;
}

namespace {

// The gap between a caption's descenders and the next line.
constexpr double kCaptionGapPt = 1.5;

}  // namespace

void make_room_for_captions(Fragment& line, const fonts::FontBook& fonts) {
    // A blank's rule is a horizontal rule on the line; its caption is set in small type under
    // it, so its baseline is below the rule. The line grows to hold the caption's descenders,
    // and the next line starts under them instead of over them.
    double rule_y = 0;
    bool has_rule = false;
    for (const Rule& rule : line.rules) {
        if (rule.y1_pt == rule.y2_pt && rule.x2_pt > rule.x1_pt) {
            rule_y = has_rule ? std::min(rule_y, rule.y1_pt) : rule.y1_pt;
            has_rule = true;
        }
    }
    if (!has_rule) {
        return;
    }
    double bottom = 0;
    for (const GlyphRun& run : line.runs) {
        if (run.y_pt > rule_y) {
            bottom = std::max(bottom, run.y_pt + run.size_pt * fonts.descent(run.font));
        }
    }
    if (bottom > 0) {
        line.height_pt = std::max(line.height_pt, bottom + kCaptionGapPt);
    }
}

void layout_paragraph_units(const model::Inlines& inlines, const model::ParagraphStyle& style,
                            const Context& context, const SourceSpan& span, Units& out) {
    std::vector<Fragment> lines =
        layout_paragraph_cached(context.paragraphs, inlines, style, context.family,
                                context.width_pt, context.fonts, context.diagnostics, span);
    for (Fragment& line : lines) {
        make_room_for_captions(line, context.fonts);
    }
    const std::size_t count = lines.size();
    for (std::size_t i = 0; i < count; ++i) {
        Unit unit;
        unit.content = std::move(lines[i]);
        if (i == 0) {
            unit.space_before_pt = style.space_before_pt;
        }
        const bool orphan = i == 0 && count > 1;
        const bool widow = count > 1 && i + 2 == count;
        unit.keep_with_next = orphan || widow || (i + 1 == count && style.keep_with_next);
        if (i + 1 == count) {
            unit.content.height_pt += style.space_after_pt;
        }
        out.push_back(std::move(unit));
    }
}

Fragment stack_lines(const model::Inlines& inlines, const model::ParagraphStyle& style,
                     const Context& context, double width_pt) {
    std::vector<Fragment> lines =
        layout_paragraph_cached(context.paragraphs, inlines, style, context.family, width_pt,
                                context.fonts, context.diagnostics, {});
    Fragment block;
    for (Fragment& line : lines) {
        make_room_for_captions(line, context.fonts);
        block.append(line, 0, block.height_pt);
        block.height_pt += line.height_pt;
    }
    return block;
}

void layout_list(const model::List& list, const std::string& parent_label, const Context& context,
                 Units& out) {
    for (std::size_t index = 0; index < list.items.size(); ++index) {
        const model::ListItem& item = list.items[index];
        const std::string label = model::list_label(list, index, parent_label);
        for (std::size_t b = 0; b < item.blocks.size(); ++b) {
            const model::Block& block = item.blocks[b];
            if (const auto* nested = block.as<model::List>()) {
                layout_list(*nested, label, context, out);
                continue;
            }
            const auto* paragraph = block.as<model::Paragraph>();
            if (b == 0 && paragraph != nullptr) {
                // The label opens the item's first line, followed by a space that never stretches
                // away from it: «1. Внедрить …».
                model::Inlines content;
                model::append_text(content, label + "\u00A0");
                content.insert(content.end(), paragraph->content.begin(), paragraph->content.end());
                const model::ParagraphStyle style =
                    paragraph_style(context, paragraph->role, paragraph->overrides);
                layout_paragraph_units(content, style, context, paragraph->span, out);
            } else {
                layout_blocks(model::Blocks{block}, context, out);
            }
        }
    }
}

}  // namespace nastavdoc::layout
