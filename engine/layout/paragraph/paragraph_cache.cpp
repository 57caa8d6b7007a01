#include "engine/layout/paragraph/paragraph_cache.h"

#include "engine/base/bytes.h"

#include <cstring>
#include <functional>
#include <string_view>

namespace nastavdoc::layout {

namespace {

// Bounds that keep a long merge's memory flat: the lines kept, and the hashes of paragraphs seen
// once (a name or an address differs in every document).
constexpr std::size_t kMaxBytes = 8 << 20;
constexpr std::size_t kMaxSeen = 1 << 14;

// Everything set_paragraph reads, as bytes: the same key means the same lines. Space before and
// after and keep-with-next are applied by the caller and not part of it.
std::string key_of(const model::Inlines& inlines, const model::ParagraphStyle& style,
                   fonts::Family family, double column_pt, const fonts::FontBook& fonts) {
    std::string key;
    std::size_t text_bytes = 0;
    for (const model::Inline& item : inlines) {
        text_bytes += item.text.size();
    }
    key.reserve(96 + text_bytes + inlines.size() * 32);
    append_bytes(key, &fonts);
    append_bytes(key, family);
    append_bytes(key, column_pt);
    append_bytes(key, style.size_pt);
    append_bytes(key, style.bold);
    append_bytes(key, style.italic);
    append_bytes(key, style.caps);
    append_bytes(key, style.align);
    append_bytes(key, style.first_line_indent_mm);
    append_bytes(key, style.left_indent_mm);
    append_bytes(key, style.width_mm);
    append_bytes(key, style.line_spacing);
    append_bytes(key, style.hyphenate);
    for (const model::Inline& item : inlines) {
        append_bytes(key, item.kind);
        append_bytes(key, item.style.bold);
        append_bytes(key, item.style.italic);
        append_bytes(key, item.style.underline);
        append_bytes(key, item.style.size_pt);
        append_bytes(key, item.checked);
        append_bytes(key, item.width_mm);
        append_bytes(key, item.text.size());
        key += item.text;
    }
    return key;
}

std::size_t bytes_of(const std::string& key, const std::vector<Fragment>& lines) {
    std::size_t bytes = key.size() + sizeof(ParagraphCache::Store::Entry) + 64;
    for (const Fragment& line : lines) {
        bytes += sizeof(Fragment) + line.rules.size() * sizeof(Rule);
        for (const GlyphRun& run : line.runs) {
            bytes += sizeof(GlyphRun) + run.glyphs.size() * sizeof(PositionedGlyph);
        }
        for (const Shape& shape : line.shapes) {
            bytes += sizeof(Shape) + shape.path.size() * sizeof(PathSegment);
        }
    }
    return bytes;
}

void warn_overfull(Diagnostics& diagnostics, const SourceSpan& span) {
    diagnostics.warning("layout.overfull-line",
                        "a line is wider than its column: a character does not fit", span);
}

}  // namespace

ParagraphCache::ParagraphCache() : store_(std::make_unique<Store>()) {}

ParagraphCache::~ParagraphCache() = default;

std::vector<Fragment> layout_paragraph_cached(ParagraphCache* cache, const model::Inlines& inlines,
                                              const model::ParagraphStyle& style,
                                              fonts::Family family, double column_pt,
                                              const fonts::FontBook& fonts,
                                              Diagnostics& diagnostics, const SourceSpan& span) {
    if (cache == nullptr) {
        return layout_paragraph(inlines, style, family, column_pt, fonts, diagnostics, span);
    }
    ParagraphCache::Store& store = cache->store();
    std::string key = key_of(inlines, style, family, column_pt, fonts);
    if (const auto found = store.entries.find(key); found != store.entries.end()) {
        if (found->second.overfull) {
            warn_overfull(diagnostics, span);
        }
        return found->second.lines;
    }
    SetParagraph set = set_paragraph(inlines, style, family, column_pt, fonts, &store.words);
    if (set.overfull) {
        warn_overfull(diagnostics, span);
    }
    if (store.seen.size() >= kMaxSeen) {
        store.seen.clear();
    }
    if (store.seen.insert(std::hash<std::string_view>{}(key)).second) {
        return std::move(set.lines);  // first use: remembered by its hash only
    }
    const std::size_t bytes = bytes_of(key, set.lines);
    if (bytes > kMaxBytes / 4) {
        return std::move(set.lines);  // a paragraph of pages is not worth keeping
    }
    if (store.bytes + bytes > kMaxBytes) {
        store.entries.clear();
        store.bytes = 0;
    }
    store.bytes += bytes;
    store.entries.emplace(std::move(key), ParagraphCache::Store::Entry{set.lines, set.overfull});
    return std::move(set.lines);
}

}  // namespace nastavdoc::layout
