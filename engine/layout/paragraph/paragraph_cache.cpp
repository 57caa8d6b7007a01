#include "engine/layout/paragraph/paragraph_cache.h"

#include <cstring>
#include <functional>
#include <string_view>

namespace nastavdoc::layout {

namespace {

// Bounds that keep a long merge's memory flat: the lines kept, and the hashes of paragraphs seen
// once (a name or an address differs in every document).
constexpr std::size_t kMaxBytes = 8 << 20;
constexpr std::size_t kMaxSeen = 1 << 14;

template <typename T>
void put(std::string& key, const T& value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    key.append(bytes, sizeof(T));
}

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
    put(key, &fonts);
    put(key, family);
    put(key, column_pt);
    put(key, style.size_pt);
    put(key, style.bold);
    put(key, style.italic);
    put(key, style.caps);
    put(key, style.align);
    put(key, style.first_line_indent_mm);
    put(key, style.left_indent_mm);
    put(key, style.width_mm);
    put(key, style.line_spacing);
    put(key, style.hyphenate);
    for (const model::Inline& item : inlines) {
        put(key, item.kind);
        put(key, item.style.bold);
        put(key, item.style.italic);
        put(key, item.style.underline);
        put(key, item.style.size_pt);
        put(key, item.checked);
        put(key, item.width_mm);
        put(key, item.text.size());
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
