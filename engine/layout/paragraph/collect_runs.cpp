// Inline content -> Knuth–Plass items. Break opportunities: spaces (never U+00A0 or U+202F),
// forced line breaks, soft hyphens, and inside words those of word_breaks: after the hyphen of a
// compound (never U+2011), inside e-mails and URLs, and, when the style allows, the hyphenation
// points of engine/text (not in the last word of a paragraph unless it is wider than the column).
#include "engine/base/utf8.h"
#include "engine/layout/paragraph/paragraph.h"

#include <algorithm>

namespace nastavdoc::layout {

namespace {

constexpr double kHyphenPenalty = 50;
constexpr double kExplicitHyphenPenalty = 50;
constexpr double kAddressPenalty = 100;       // e-mails and URLs: after '@' and '/'
constexpr double kAddressMinorPenalty = 400;  // before '.', after '_' and '-'
constexpr std::string_view kSoftHyphen = "\u00AD";
constexpr double kTabWidthPt = 35.43;  // 12.5 mm: a fixed space; signatures use their own block

// Upper or lower case for the letters official documents use: Cyrillic (with Ё) and Latin. Each
// letter keeps its length in bytes, so offsets into the text stay valid.
std::string change_case(std::string_view text, bool upper) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = 0;
        std::size_t length = utf8::decode(text, pos, c);
        if (length == 0) {
            out.push_back(text[pos]);
            ++pos;
            continue;
        }
        pos += length;
        if (upper) {
            if ((c >= U'a' && c <= U'z') || (c >= U'а' && c <= U'я')) {
                c -= 32;
            } else if (c >= 0x0450 && c <= 0x045F) {
                c -= 80;  // ѐ..џ (ё included) -> Ѐ..Џ
            }
        } else {
            if ((c >= U'A' && c <= U'Z') || (c >= U'А' && c <= U'Я')) {
                c += 32;
            } else if (c >= 0x0400 && c <= 0x040F) {
                c += 80;  // Ѐ..Џ (Ё included) -> ѐ..џ
            }
        }
        utf8::append(out, c);
    }
    return out;
}

class ItemBuilder {
public:
    ItemBuilder(const TextStyle& style, const fonts::FontBook& fonts, WordCache* words)
        : style_(style), fonts_(fonts), words_(words) {}

    void add_text(std::string_view text, fonts::FontId font, double size_pt) {
        std::size_t pos = 0;
        while (pos < text.size()) {
            char32_t c = 0;
            std::size_t length = utf8::decode(text, pos, c);
            if (length == 0) {
                length = 1;
            }
            if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') {
                flush_word();
                add_space(font, size_pt, false);
            } else if (c == 0x00A0 || c == 0x202F) {
                flush_word();
                add_space(font, size_pt, true);
            } else {
                if (word_.empty()) {
                    word_font_ = font;
                    word_size_ = size_pt;
                }
                word_.append(text.substr(pos, length));
            }
            pos += length;
        }
    }

    void add_box_object(Item item) {
        flush_word();
        items_.push_back(std::move(item));
    }

    void add_forced_break() {
        flush_word();
        trim_trailing_glue();
        items_.push_back(fil_glue());
        Item penalty;
        penalty.kind = ItemKind::Penalty;
        penalty.penalty = -kInfinitePenalty;
        items_.push_back(penalty);
    }

    void add_tab() {
        flush_word();
        Item glue;
        glue.kind = ItemKind::Glue;
        glue.width_pt = kTabWidthPt;
        items_.push_back(glue);
    }

    std::vector<Item> finish() {
        last_word_ = true;
        flush_word();
        trim_trailing_glue();
        items_.push_back(fil_glue());
        Item end;
        end.kind = ItemKind::Penalty;
        end.penalty = -kInfinitePenalty;
        items_.push_back(end);
        return std::move(items_);
    }

private:
    static Item fil_glue() {
        Item glue;
        glue.kind = ItemKind::Glue;
        glue.stretch_pt = 1e6;
        return glue;
    }

    void trim_trailing_glue() {
        while (!items_.empty() && items_.back().kind == ItemKind::Glue) {
            items_.pop_back();
            if (!items_.empty() && items_.back().kind == ItemKind::Penalty &&
                items_.back().penalty >= kInfinitePenalty) {
                items_.pop_back();
            }
        }
    }

    void add_space(fonts::FontId font, double size_pt, bool no_break) {
        if (items_.empty() || items_.back().kind == ItemKind::Glue) {
            return;  // collapse runs of spaces; no space at the start of a paragraph
        }
        if (no_break) {
            Item penalty;
            penalty.kind = ItemKind::Penalty;
            penalty.penalty = kInfinitePenalty;
            items_.push_back(penalty);
        }
        const double space = fonts_.advance(font, fonts_.glyph_index(font, U' ')) * size_pt;
        Item glue;
        glue.kind = ItemKind::Glue;
        glue.width_pt = space;
        glue.stretch_pt = space / 2;
        glue.shrink_pt = space / 3;
        glue.font = font;
        glue.size_pt = size_pt;
        items_.push_back(glue);
    }

    void add_boxes(std::string_view piece) {
        if (piece.empty()) {
            return;
        }
        ShapedText shaped = shape_text(fonts_, word_font_, word_size_, piece);
        for (ShapedText::Piece& p : shaped.pieces) {
            Item box;
            box.font = p.font;
            box.size_pt = word_size_;
            box.glyphs = std::move(p.glyphs);
            box.width_pt = p.width_pt;
            items_.push_back(std::move(box));
        }
    }

    void add_penalty(double cost, bool flagged, bool with_hyphen) {
        Item penalty;
        penalty.kind = ItemKind::Penalty;
        penalty.penalty = cost;
        penalty.flagged = flagged;
        if (with_hyphen) {
            const std::uint16_t glyph = fonts_.glyph_index(word_font_, U'-');
            penalty.font = word_font_;
            penalty.size_pt = word_size_;
            penalty.glyphs.push_back({glyph, U'-', 0});
            penalty.width_pt = fonts_.advance(word_font_, glyph) * word_size_;
        }
        items_.push_back(std::move(penalty));
    }

    void flush_word() {
        if (word_.empty()) {
            return;
        }
        std::string word = style_.caps ? change_case(word_, true) : std::move(word_);
        word_.clear();
        // Soft hyphens (U+00AD) are the author's hyphenation points: printed only as a hyphen at
        // a line's end, and they replace the automatic points of the word.
        std::vector<WordBreak> breaks;
        for (std::size_t at = word.find(kSoftHyphen); at != std::string::npos;
             at = word.find(kSoftHyphen, at)) {
            word.erase(at, kSoftHyphen.size());
            if (at > 0 && at < word.size()) {
                breaks.push_back({at, WordBreakKind::Hyphenation});
            }
        }
        // Never the last word of a paragraph (no «комис-|сии» alone on the last line), unless
        // the word is wider than the column: then whatever the style and the case, before any
        // break between letters is considered.
        bool hyphenate = style_.hyphenate && !last_word_ && breaks.empty();
        // The items below depend on the word, its face and size, `hyphenate`, the width past
        // which it is hyphenated anyway and its soft hyphens (kept in `breaks`).
        std::vector<Item>* cached = nullptr;
        std::size_t first_item = items_.size();
        if (words_ != nullptr) {
            std::string& key = words_->key;
            key.clear();
            const fonts::FontBook* book = &fonts_;
            key.append(reinterpret_cast<const char*>(&book), sizeof book);
            key.append(reinterpret_cast<const char*>(&word_font_), sizeof word_font_);
            key.append(reinterpret_cast<const char*>(&word_size_), sizeof word_size_);
            key.append(reinterpret_cast<const char*>(&style_.hyphenate_wider_than_pt),
                       sizeof style_.hyphenate_wider_than_pt);
            key += hyphenate ? 'h' : '-';
            for (const WordBreak& point : breaks) {
                key.append(reinterpret_cast<const char*>(&point.offset), sizeof point.offset);
            }
            key += '|';
            key += word;
            if (const auto found = words_->words.find(key); found != words_->words.end()) {
                items_.insert(items_.end(), found->second.begin(), found->second.end());
                return;
            }
            if (words_->bytes + key.size() > WordCache::kMaxBytes) {
                words_->words.clear();
                words_->bytes = 0;
            }
            cached = &words_->words[key];
            words_->bytes += key.size() + 64;
        }
        bool fold = false;
        if (breaks.empty() && style_.hyphenate_wider_than_pt > 0 &&
            shape_text(fonts_, word_font_, word_size_, word).width_pt >
                style_.hyphenate_wider_than_pt) {
            hyphenate = true;
            fold = true;
        }
        const std::vector<WordBreak> inside =
            word_breaks(fold ? change_case(word, false) : word, hyphenate);
        breaks.insert(breaks.end(), inside.begin(), inside.end());
        std::sort(breaks.begin(), breaks.end(),
                  [](const WordBreak& a, const WordBreak& b) { return a.offset < b.offset; });
        std::size_t start = 0;
        for (const WordBreak& point : breaks) {
            if (point.offset <= start) {
                continue;
            }
            add_boxes(std::string_view(word).substr(start, point.offset - start));
            add_break(point.kind);
            start = point.offset;
        }
        add_boxes(std::string_view(word).substr(start));
        if (cached != nullptr) {
            cached->assign(items_.begin() + static_cast<std::ptrdiff_t>(first_item), items_.end());
            for (const Item& item : *cached) {
                words_->bytes += sizeof(Item) + item.glyphs.size() * sizeof(PositionedGlyph);
            }
        }
    }

    void add_break(WordBreakKind kind) {
        switch (kind) {
            case WordBreakKind::Hyphenation:
                add_penalty(kHyphenPenalty, true, true);
                break;
            case WordBreakKind::Compound:
                add_penalty(kExplicitHyphenPenalty, true, false);
                break;
            case WordBreakKind::Address:
                add_penalty(kAddressPenalty, false, false);
                break;
            case WordBreakKind::AddressMinor:
                add_penalty(kAddressMinorPenalty, false, false);
                break;
        }
    }

    const TextStyle& style_;
    const fonts::FontBook& fonts_;
    WordCache* words_;
    std::vector<Item> items_;
    std::string word_;
    fonts::FontId word_font_ = 0;
    double word_size_ = 12;
    bool last_word_ = false;
};

}  // namespace

fonts::FontId text_font(const TextStyle& style, const model::CharStyle& run) {
    return fonts::font_id(style.family, style.bold || run.bold, style.italic || run.italic);
}

std::vector<Item> collect_runs(const model::Inlines& inlines, const TextStyle& style,
                               const fonts::FontBook& fonts, WordCache* words) {
    ItemBuilder builder(style, fonts, words);
    for (const model::Inline& in : inlines) {
        const double size = in.style.size_pt > 0 ? in.style.size_pt : style.size_pt;
        const fonts::FontId font = text_font(style, in.style);
        switch (in.kind) {
            case model::InlineKind::Text:
                builder.add_text(in.text, font, size);
                break;
            case model::InlineKind::LineBreak:
                builder.add_forced_break();
                break;
            case model::InlineKind::Tab:
                builder.add_tab();
                break;
            case model::InlineKind::Checkbox: {
                Item box;
                box.object = ObjectKind::Checkbox;
                box.checked = in.checked;
                box.size_pt = size;
                box.width_pt = size * 0.8;
                builder.add_box_object(std::move(box));
                break;
            }
            case model::InlineKind::Blank: {
                Item box;
                box.object = ObjectKind::Blank;
                box.size_pt = size;
                box.font = font;
                box.caption = in.text;
                box.width_pt = in.width_mm * 72.0 / 25.4;
                builder.add_box_object(std::move(box));
                break;
            }
        }
    }
    return builder.finish();
}

}  // namespace nastavdoc::layout
