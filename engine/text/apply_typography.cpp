#include "engine/text/apply_typography.h"

#include "engine/base/utf8.h"
#include "engine/text/typography.h"

#include <algorithm>
#include <cstdint>

namespace nastavdoc::text {

namespace {

std::u32string decode_all(std::string_view text) {
    std::u32string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = 0;
        const std::size_t used = utf8::decode(text, pos, c);
        if (used == 0) {
            out += U'\uFFFD';
            ++pos;
        } else {
            out += c;
            pos += used;
        }
    }
    return out;
}

/// Lines up the typeset text with the input code point by code point (an edit-distance alignment)
/// and says which run each output code point belongs to: a kept or replaced code point stays with
/// its run, an inserted one (a no-break space) goes with the preceding run. False when the
/// paragraph is too long to align, so the caller typesets run by run instead.
bool align_runs(const std::u32string& in, const std::vector<std::size_t>& owner,
                const std::u32string& out, std::vector<std::size_t>& out_owner) {
    constexpr std::size_t kMaxCells = 4'000'000;
    const std::size_t n = in.size(), m = out.size();
    if ((n + 1) * (m + 1) > kMaxCells)
        return false;
    std::vector<std::uint32_t> cost((n + 1) * (m + 1));
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return cost[i * (m + 1) + j]; };
    for (std::size_t i = 0; i <= n; ++i)
        at(i, 0) = static_cast<std::uint32_t>(i);
    for (std::size_t j = 0; j <= m; ++j)
        at(0, j) = static_cast<std::uint32_t>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1,
                                 at(i - 1, j - 1) + (in[i - 1] == out[j - 1] ? 0U : 1U)});
        }
    }
    out_owner.assign(m, 0);
    std::size_t i = n, j = m;
    while (j > 0) {
        if (i > 0 && at(i, j) == at(i - 1, j - 1) + (in[i - 1] == out[j - 1] ? 0U : 1U)) {
            out_owner[--j] = owner[--i];
        } else if (i > 0 && at(i, j) == at(i - 1, j) + 1) {
            --i;  // deleted (collapsed spaces, the dots of an ellipsis)
        } else {
            --j;  // inserted: fixed up below to the run before it
            out_owner[j] = static_cast<std::size_t>(-1);
        }
    }
    std::size_t previous = owner.empty() ? 0 : owner.front();
    for (auto& run : out_owner) {
        if (run == static_cast<std::size_t>(-1)) {
            run = previous;
        } else {
            previous = run;
        }
    }
    return true;
}

void typeset_segment(model::Inlines& inlines, std::size_t begin, std::size_t end, TextMode mode) {
    std::string joined;
    std::u32string in;
    std::vector<std::size_t> owner;
    for (std::size_t r = begin; r < end; ++r) {
        const std::u32string decoded = decode_all(inlines[r].text);
        in += decoded;
        owner.insert(owner.end(), decoded.size(), r);
        joined += inlines[r].text;
    }
    if (in.empty())
        return;
    const std::string typeset_text = typeset_model_text(joined, mode);
    if (end - begin == 1) {
        inlines[begin].text = typeset_text;
        return;
    }
    const std::u32string out = decode_all(typeset_text);
    std::vector<std::size_t> out_owner;
    if (!align_runs(in, owner, out, out_owner)) {
        for (std::size_t r = begin; r < end; ++r)
            inlines[r].text = typeset_model_text(inlines[r].text, mode);
        return;
    }
    for (std::size_t r = begin; r < end; ++r)
        inlines[r].text.clear();
    for (std::size_t k = 0; k < out.size(); ++k) {
        utf8::append(inlines[out_owner[k]].text, out[k] == U'\uFFFD' ? U'\uFFFD' : out[k]);
    }
}

void typeset_string(std::string& text, TextMode mode) {
    if (!text.empty()) {
        text = typeset_model_text(text, mode);
    }
}

void typeset_strings(model::Blocks& blocks, TextMode mode);

// The plain strings of a block (its inline content is for_each_inlines's business).
void typeset_strings(model::Block& block, TextMode mode) {
    if (auto* list = block.as<model::List>()) {
        for (auto& item : list->items)
            typeset_strings(item.blocks, mode);
    } else if (auto* table = block.as<model::Table>()) {
        for (auto& column : table->columns) {
            for (auto& option : column.options)
                typeset_string(option, mode);
        }
        for (auto& row : table->rows) {
            for (auto& cell : row.cells)
                typeset_strings(cell.blocks, mode);
        }
    } else if (auto* requisites = block.as<model::RequisitesLine>()) {
        typeset_string(requisites->date, mode);
        typeset_string(requisites->number, mode);
        typeset_string(requisites->place, mode);
    } else if (auto* signature = block.as<model::Signature>()) {
        typeset_string(signature->name, mode);
    } else if (auto* chart = block.as<model::Chart>()) {
        typeset_string(chart->title, mode);
        for (auto& category : chart->categories)
            typeset_string(category, mode);
    }
}

void typeset_strings(model::Blocks& blocks, TextMode mode) {
    for (auto& block : blocks)
        typeset_strings(block, mode);
}

}  // namespace

std::string typeset_model_text(std::string_view text, TextMode mode) {
    if (mode == TextMode::Verbatim)
        return typeset(text, TextMode::Verbatim);
    return typeset(normalize_strict(text));
}

void apply_typography(model::Inlines& inlines, TextMode mode) {
    std::size_t r = 0;
    while (r < inlines.size()) {
        if (inlines[r].kind != model::InlineKind::Text) {
            ++r;
            continue;
        }
        std::size_t end = r;
        while (end < inlines.size() && inlines[end].kind == model::InlineKind::Text)
            ++end;
        typeset_segment(inlines, r, end, mode);
        r = end;
    }
    std::erase_if(inlines, [](const model::Inline& item) {
        return item.kind == model::InlineKind::Text && item.text.empty();
    });
}

void apply_typography(model::Document& document, TextMode mode) {
    model::for_each_inlines(document,
                            [mode](model::Inlines& inlines) { apply_typography(inlines, mode); });
    for (auto& section : document.sections)
        typeset_strings(section.blocks, mode);
}

}  // namespace nastavdoc::text
