#include "engine/text/apply_typography.h"

#include "engine/base/utf8.h"
#include "engine/text/typography.h"

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

/// Lines up the typeset text with the input, code point by code point, and says which run each
/// output code point belongs to. Typesetting replaces, inserts and deletes only a few code points
/// at a time (quotes, dashes, no-break spaces, an ellipsis), so a short look-ahead finds the way;
/// false when it does not.
bool align_runs(const std::u32string& in, const std::vector<std::size_t>& owner,
                const std::u32string& out, std::vector<std::size_t>& out_owner) {
    constexpr std::size_t kWindow = 4;
    std::size_t i = 0, j = 0;
    out_owner.assign(out.size(), 0);
    auto previous_owner = [&](std::size_t at) { return at == 0 ? owner[0] : owner[at - 1]; };
    while (j < out.size()) {
        if (i < in.size() && in[i] == out[j]) {
            out_owner[j++] = owner[i++];
            continue;
        }
        bool resolved = false;
        // A replacement of `k` input code points by one output code point ('...' -> '…').
        for (std::size_t k = 1; k <= kWindow && !resolved && i + k <= in.size(); ++k) {
            const bool rest_matches =
                (i + k == in.size() && j + 1 == out.size()) ||
                (i + k < in.size() && j + 1 < out.size() && in[i + k] == out[j + 1]);
            if (rest_matches) {
                out_owner[j++] = owner[i];
                i += k;
                resolved = true;
            }
        }
        if (resolved)
            continue;
        // An insertion (a no-break space): it goes with the preceding run.
        if (i < in.size() && j + 1 < out.size() && in[i] == out[j + 1]) {
            out_owner[j++] = previous_owner(i);
            continue;
        }
        if (i >= in.size()) {
            out_owner[j++] = previous_owner(i);
            continue;
        }
        // A deletion (collapsed spaces).
        if (i + 1 < in.size() && in[i + 1] == out[j]) {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

void typeset_segment(model::Inlines& inlines, std::size_t begin, std::size_t end) {
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
    const std::string typeset_text = typeset(joined);
    if (end - begin == 1) {
        inlines[begin].text = typeset_text;
        return;
    }
    const std::u32string out = decode_all(typeset_text);
    std::vector<std::size_t> out_owner;
    if (!align_runs(in, owner, out, out_owner)) {
        for (std::size_t r = begin; r < end; ++r)
            inlines[r].text = typeset(inlines[r].text);
        return;
    }
    for (std::size_t r = begin; r < end; ++r)
        inlines[r].text.clear();
    for (std::size_t k = 0; k < out.size(); ++k) {
        utf8::append(inlines[out_owner[k]].text, out[k] == U'\uFFFD' ? U'\uFFFD' : out[k]);
    }
}

}  // namespace

void apply_typography(model::Inlines& inlines) {
    std::size_t r = 0;
    while (r < inlines.size()) {
        if (inlines[r].kind != model::InlineKind::Text) {
            ++r;
            continue;
        }
        std::size_t end = r;
        while (end < inlines.size() && inlines[end].kind == model::InlineKind::Text)
            ++end;
        typeset_segment(inlines, r, end);
        r = end;
    }
    std::erase_if(inlines, [](const model::Inline& item) {
        return item.kind == model::InlineKind::Text && item.text.empty();
    });
}

void apply_typography(model::Document& document) {
    model::for_each_inlines(document, [](model::Inlines& inlines) { apply_typography(inlines); });
}

}  // namespace nastavdoc::text
