// Requisites placed as ГОСТ Р 7.0.97 shows them (documents.md A.5–A.12): the organization block
// centred; date flush left and number flush right on one line with the place centred under them;
// grifs in a corner block of their own width; the signature with the name flush right on the
// level of the position's last line; the executor at the bottom of the last page.
#include "engine/base/units.h"
#include "engine/layout/blocks/blocks.h"
#include "engine/layout/paragraph/paragraph.h"

#include <algorithm>

namespace nastavdoc::layout {

namespace {

model::ParagraphStyle requisite_style(const Context& context, model::Align align) {
    model::ParagraphStyle style = paragraph_style(context, model::Role::Requisite, {});
    style.align = align;
    style.first_line_indent_mm = 0;
    style.left_indent_mm = 0;
    style.hyphenate = false;
    style.line_spacing = 1.0;
    style.space_before_pt = 0;
    style.space_after_pt = 0;
    return style;
}

model::Inlines plain(const std::string& text) {
    model::Inlines inlines;
    model::append_text(inlines, text);
    return inlines;
}

Unit block_unit(Fragment fragment) {
    Unit unit;
    unit.content = std::move(fragment);
    return unit;
}

double text_width(const Context& context, const model::ParagraphStyle& style,
                  const std::string& text) {
    const fonts::FontId font = fonts::font_id(context.family, style.bold, style.italic);
    return shape_text(context.fonts, font, style.size_pt, text).width_pt;
}

}  // namespace

void layout_org_block(const model::OrgBlock& block, const Context& context, Units& out) {
    const model::ParagraphStyle style = requisite_style(context, model::Align::Center);
    Fragment fragment;
    for (const model::Inlines& line : block.lines) {
        Fragment lines = stack_lines(line, style, context, context.width_pt);
        fragment.append(lines, 0, fragment.height_pt);
        fragment.height_pt += lines.height_pt;
    }
    model::ParagraphStyle small = style;
    small.size_pt = paragraph_style(context, model::Role::Small, {}).size_pt;
    for (const model::Inlines& line : block.reference_lines) {
        Fragment lines = stack_lines(line, small, context, context.width_pt);
        fragment.append(lines, 0, fragment.height_pt);
        fragment.height_pt += lines.height_pt;
    }
    Unit unit = block_unit(std::move(fragment));
    unit.keep_with_next = true;
    out.push_back(std::move(unit));
}

void layout_requisites_line(const model::RequisitesLine& line, const Context& context, Units& out) {
    const model::ParagraphStyle left = requisite_style(context, model::Align::Left);
    const model::ParagraphStyle right = requisite_style(context, model::Align::Right);
    const double half = context.width_pt / 2;
    Fragment date = stack_lines(plain(line.date), left, context, half);
    Fragment number = stack_lines(plain(line.number), right, context, half);
    Fragment fragment;
    fragment.append(date, 0, 0);
    fragment.append(number, half, 0);
    fragment.height_pt = std::max(date.height_pt, number.height_pt);
    if (!line.place.empty()) {
        const model::ParagraphStyle centre = requisite_style(context, model::Align::Center);
        Fragment place = stack_lines(plain(line.place), centre, context, context.width_pt);
        fragment.append(place, 0, fragment.height_pt);
        fragment.height_pt += place.height_pt;
    }
    Unit unit = block_unit(std::move(fragment));
    unit.keep_with_next = true;
    out.push_back(std::move(unit));
}

void layout_grif_row(const model::GrifRow& row, const Context& context, Units& out) {
    const model::ParagraphStyle style = requisite_style(context, model::Align::Left);
    const model::ParagraphStyle name_style = requisite_style(context, model::Align::Right);
    Fragment fragment;
    for (const model::Grif& grif : row.grifs) {
        const double width = std::min(mm_to_pt(grif.width_mm), context.width_pt);
        const double x = grif.side == model::Side::Left ? 0 : context.width_pt - width;
        Fragment block;
        for (std::size_t i = 0; i < grif.lines.size(); ++i) {
            const bool is_signature = static_cast<int>(i) == grif.signature_line;
            Fragment lines =
                stack_lines(grif.lines[i], is_signature ? name_style : style, context, width);
            if (is_signature && !lines.runs.empty()) {
                // A rule for the handwritten signature from the block's left edge to the name.
                const GlyphRun& first = lines.runs.front();
                const double y = first.y_pt + style.size_pt * 0.12;
                if (first.x_pt > style.size_pt) {
                    lines.rules.push_back({0, y, first.x_pt - style.size_pt * 0.3, y, 0.5, {}});
                }
            }
            block.append(lines, 0, block.height_pt);
            block.height_pt += lines.height_pt;
        }
        fragment.append(block, x, 0);
        fragment.height_pt = std::max(fragment.height_pt, block.height_pt);
    }
    Unit unit = block_unit(std::move(fragment));
    unit.keep_with_next = true;
    out.push_back(std::move(unit));
}

void layout_signature(const model::Signature& signature, const Context& context, Units& out) {
    const model::ParagraphStyle style = requisite_style(context, model::Align::Left);
    const double name_width = text_width(context, style, signature.name);
    // The position takes the left part of the line; the name is set flush right.
    const double position_width =
        std::max(context.width_pt * 0.45, context.width_pt - name_width - mm_to_pt(40));
    Fragment position;
    for (const model::Inlines& line : signature.position_lines) {
        Fragment lines = stack_lines(line, style, context, position_width);
        position.append(lines, 0, position.height_pt);
        position.height_pt += lines.height_pt;
    }
    const fonts::FontId font = fonts::font_id(context.family, style.bold, style.italic);
    const double ascent = style.size_pt * context.fonts.ascent(font);
    const double line_height =
        style.size_pt * (context.fonts.ascent(font) + context.fonts.descent(font));
    // The baseline of the position's last line (or the first line when there is none).
    double baseline = ascent;
    if (!position.runs.empty()) {
        baseline =
            std::max_element(position.runs.begin(), position.runs.end(),
                             [](const GlyphRun& a, const GlyphRun& b) { return a.y_pt < b.y_pt; })
                ->y_pt;
    }
    Fragment fragment;
    fragment.append(position, 0, 0);
    const ShapedText name = shape_text(context.fonts, font, style.size_pt, signature.name);
    double x = context.width_pt - name.width_pt;
    for (const ShapedText::Piece& piece : name.pieces) {
        GlyphRun run;
        run.font = piece.font;
        run.size_pt = style.size_pt;
        run.x_pt = x;
        run.y_pt = baseline;
        run.glyphs = piece.glyphs;
        fragment.runs.push_back(std::move(run));
        x += piece.width_pt;
    }
    if (signature.signature_rule) {
        const double end = context.width_pt - name.width_pt - style.size_pt * 0.5;
        const double y = baseline + style.size_pt * 0.12;
        fragment.rules.push_back({end - mm_to_pt(35), y, end, y, 0.5, {}});
    }
    fragment.height_pt = std::max(position.height_pt, line_height);
    if (signature.seal) {
        Fragment seal = stack_lines(plain("М.П."), style, context, context.width_pt);
        fragment.append(seal, 0, fragment.height_pt + line_height * 0.5);
        fragment.height_pt += line_height * 0.5 + seal.height_pt;
    }
    out.push_back(block_unit(std::move(fragment)));
}

void layout_executor(const model::Executor& executor, const Context& context, Units& out) {
    model::ParagraphStyle style = requisite_style(context, model::Align::Left);
    style.size_pt = paragraph_style(context, model::Role::Small, {}).size_pt;
    Fragment fragment;
    for (const model::Inlines& line : executor.lines) {
        Fragment lines = stack_lines(line, style, context, context.width_pt);
        fragment.append(lines, 0, fragment.height_pt);
        fragment.height_pt += lines.height_pt;
    }
    Unit unit = block_unit(std::move(fragment));
    unit.at_page_bottom = true;
    out.push_back(std::move(unit));
}

void layout_blank_lines(const model::BlankLines& blank, const Context& context, Units& out) {
    const model::ParagraphStyle style = paragraph_style(context, model::Role::Body, {});
    const fonts::FontId font = fonts::font_id(context.family, false, false);
    const double height = style.size_pt *
                          (context.fonts.ascent(font) + context.fonts.descent(font)) *
                          std::max(1.0, style.line_spacing) * 1.2;
    for (int i = 0; i < blank.count; ++i) {
        Unit unit;
        unit.content.height_pt = height;
        unit.content.rules.push_back({0, height - 2, context.width_pt, height - 2, 0.5, {}});
        unit.keep_with_next = i + 1 < blank.count && i == 0;
        out.push_back(std::move(unit));
    }
}

}  // namespace nastavdoc::layout
