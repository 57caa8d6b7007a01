#include "engine/text/apply_typography.h"

#include "engine/base/utf8.h"
#include "engine/text/typography.h"
#include "engine/text/typography_fast_path.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory_resource>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

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

// The typeset text of the strings of one pass, by their input: a document repeats its
// positions, groups and periods from row to row, and typeset_model_text is a pure function of the
// text. Strings that need nothing (most names) never reach the table.
class TextCache {
public:
    explicit TextCache(TextMode mode) : mode_(mode) {}

    TextMode mode() const { return mode_; }

    /// False when typeset_model_text would return the text as it is (then also valid UTF-8).
    bool needs_typesetting(std::string_view text) const { return detail::may_change(text, mode_); }

    const std::string& typeset(std::string_view text) {
        if (text.size() > kMaxKeyBytes) {
            uncached_ = typeset_changing(text);
            return uncached_;
        }
        if (const auto found = cache_.find(text); found != cache_.end()) {
            return found->second;
        }
        return cache_
            .emplace(std::piecewise_construct, std::forward_as_tuple(text),
                     std::forward_as_tuple(typeset_changing(text)))
            .first->second;
    }

private:
    // typeset_model_text for a text that needs_typesetting let through. When normalize_strict
    // leaves it alone, may_typeset has already said yes (a relation hyphen, the one other reason,
    // is also one for may_normalize), so the scan of `typeset` is skipped.
    std::string typeset_changing(std::string_view text) const {
        if (mode_ == TextMode::Strict && detail::may_normalize(text)) {
            return text::typeset(detail::normalize_strict_full(text, nullptr));
        }
        return detail::typeset_full(text, mode_);
    }

    // Long paragraphs seldom repeat; they would only make the table big.
    static constexpr std::size_t kMaxKeyBytes = 1024;

    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };

    TextMode mode_;
    // The table and its keys live in one arena, dropped with the pass.
    std::pmr::monotonic_buffer_resource arena_;
    std::pmr::unordered_map<std::pmr::string, std::string, Hash, std::equal_to<>> cache_{&arena_};
    std::string uncached_;
};

void typeset_segment(model::Inlines& inlines, std::size_t begin, std::size_t end,
                     TextCache& cache) {
    if (end - begin == 1) {
        if (cache.needs_typesetting(inlines[begin].text)) {
            inlines[begin].text = cache.typeset(inlines[begin].text);
        }
        return;
    }
    std::string joined;
    for (std::size_t r = begin; r < end; ++r)
        joined += inlines[r].text;
    if (!cache.needs_typesetting(joined))
        return;
    const std::string& typeset_text = cache.typeset(joined);
    // Nothing to change: every run keeps its text (the alignment below would rebuild the same
    // runs, except that it writes U+FFFD for invalid bytes).
    if (typeset_text == joined && utf8::find_invalid(joined) == std::string_view::npos)
        return;
    std::u32string in;
    std::vector<std::size_t> owner;
    for (std::size_t r = begin; r < end; ++r) {
        const std::u32string decoded = decode_all(inlines[r].text);
        in += decoded;
        owner.insert(owner.end(), decoded.size(), r);
    }
    const std::u32string out = decode_all(typeset_text);
    std::vector<std::size_t> out_owner;
    if (!align_runs(in, owner, out, out_owner)) {
        for (std::size_t r = begin; r < end; ++r)
            inlines[r].text = typeset_model_text(inlines[r].text, cache.mode());
        return;
    }
    for (std::size_t r = begin; r < end; ++r)
        inlines[r].text.clear();
    for (std::size_t k = 0; k < out.size(); ++k) {
        utf8::append(inlines[out_owner[k]].text, out[k]);
    }
}

void typeset_string(std::string& text, TextCache& cache) {
    if (cache.needs_typesetting(text)) {
        text = cache.typeset(text);
    }
}

void typeset_strings(model::Blocks& blocks, TextCache& cache);

// The plain strings of a block (its inline content is for_each_inlines's business).
void typeset_strings(model::Block& block, TextCache& cache) {
    if (auto* list = block.as<model::List>()) {
        for (auto& item : list->items)
            typeset_strings(item.blocks, cache);
    } else if (auto* table = block.as<model::Table>()) {
        for (auto& column : table->columns) {
            for (auto& option : column.options)
                typeset_string(option, cache);
        }
        for (auto& row : table->rows) {
            for (auto& cell : row.cells)
                typeset_strings(cell.blocks, cache);
        }
    } else if (auto* requisites = block.as<model::RequisitesLine>()) {
        typeset_string(requisites->date, cache);
        typeset_string(requisites->number, cache);
        typeset_string(requisites->place, cache);
    } else if (auto* signature = block.as<model::Signature>()) {
        typeset_string(signature->name, cache);
    } else if (auto* chart = block.as<model::Chart>()) {
        typeset_string(chart->title, cache);
        for (auto& category : chart->categories)
            typeset_string(category, cache);
    }
}

void typeset_strings(model::Blocks& blocks, TextCache& cache) {
    for (auto& block : blocks)
        typeset_strings(block, cache);
}

void typeset_inlines(model::Inlines& inlines, TextCache& cache) {
    std::size_t r = 0;
    while (r < inlines.size()) {
        if (inlines[r].kind != model::InlineKind::Text) {
            ++r;
            continue;
        }
        std::size_t end = r;
        while (end < inlines.size() && inlines[end].kind == model::InlineKind::Text)
            ++end;
        typeset_segment(inlines, r, end, cache);
        r = end;
    }
    std::erase_if(inlines, [](const model::Inline& item) {
        return item.kind == model::InlineKind::Text && item.text.empty();
    });
}

}  // namespace

std::string typeset_model_text(std::string_view text, TextMode mode) {
    if (mode == TextMode::Verbatim)
        return typeset(text, TextMode::Verbatim);
    if (!detail::may_normalize(text))
        return typeset(text);  // normalize_strict would return a copy of the text
    return typeset(detail::normalize_strict_full(text, nullptr));
}

void apply_typography(model::Inlines& inlines, TextMode mode) {
    TextCache cache(mode);
    typeset_inlines(inlines, cache);
}

void apply_typography(model::Document& document, TextMode mode) {
    TextCache cache(mode);
    model::for_each_inlines(document,
                            [&cache](model::Inlines& inlines) { typeset_inlines(inlines, cache); });
    for (auto& section : document.sections)
        typeset_strings(section.blocks, cache);
}

}  // namespace nastavdoc::text
