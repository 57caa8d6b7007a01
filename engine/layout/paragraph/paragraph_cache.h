// Internal to layout/.
// Paragraphs already laid out, kept across the documents of one run: a merge sets the same
// consent text a thousand times. layout_paragraph is a pure function of what the key holds (the
// exact inline content, the style fields that shape lines, the family, the column width), so a
// cached paragraph gives the very lines the pipeline would.
#pragma once
#include "engine/layout/fragment.h"
#include "engine/layout/layout.h"
#include "engine/layout/paragraph/paragraph.h"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace nastavdoc::layout {

struct ParagraphCache::Store {
    struct Entry {
        std::vector<Fragment> lines;
        bool overfull = false;  // the warning is given again on each use
    };
    std::unordered_map<std::string, Entry> entries;
    // Hashes of keys seen once: a paragraph is kept from its second use on, so text that differs
    // in every document (a name, an address) costs a hash, not its lines.
    std::unordered_set<std::size_t> seen;
    std::size_t bytes = 0;  // an estimate of what `entries` holds
    WordCache words;        // for the paragraphs that are set: their words recur too
};

/// layout_paragraph through `cache` (nullptr: no cache).
std::vector<Fragment> layout_paragraph_cached(ParagraphCache* cache, const model::Inlines& inlines,
                                              const model::ParagraphStyle& style,
                                              fonts::Family family, double column_pt,
                                              const fonts::FontBook& fonts,
                                              Diagnostics& diagnostics, const SourceSpan& span);

}  // namespace nastavdoc::layout
