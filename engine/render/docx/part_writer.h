// Internal to render/docx/.
// The XML text of a part as it is written, straight into a string (no DOM), and what later
// writers need to know of the blocks already written: a section's end goes into the last
// paragraph, a signature keeps the paragraphs before it on its page, a cell ends with a
// paragraph. The text comes out as pugixml's format_raw wrote it: no indentation, `<a/>` for an
// element without content, attributes in double quotes.
#pragma once
#include "engine/render/docx/xml.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nastavdoc::render::docx {

/// The text of a part, appended to in small pieces: an append is a bounds check and a copy
/// that the compiler inlines for literals, not a call into std::string (whose members are
/// compiled into libstdc++). The buffer grows with realloc, which moves large blocks without
/// copying them and never zero-fills; take() copies the text out once.
class XmlText {
public:
    /// Room for `capacity` bytes before the first reallocation.
    explicit XmlText(std::size_t capacity = 256) { grow(capacity); }
    ~XmlText() { std::free(data_); }
    XmlText(const XmlText&) = delete;
    XmlText& operator=(const XmlText&) = delete;
    XmlText(XmlText&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)),
          size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)) {}
    XmlText& operator=(XmlText&& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
        return *this;
    }

    XmlText& operator+=(std::string_view text) {
        if (text.size() > capacity_ - size_)
            grow(text.size());
        std::memcpy(data_ + size_, text.data(), text.size());
        size_ += text.size();
        return *this;
    }
    XmlText& operator+=(char c) {
        if (size_ == capacity_)
            grow(1);
        data_[size_++] = c;
        return *this;
    }
    void append(const char* data, std::size_t count) { *this += std::string_view(data, count); }

    std::size_t size() const { return size_; }
    /// Makes room for `capacity` bytes in all.
    void reserve(std::size_t capacity) {
        if (capacity > capacity_)
            grow(capacity - size_);
    }
    std::string_view view() const { return {data_, size_}; }
    char& operator[](std::size_t at) { return data_[at]; }
    char& back() { return data_[size_ - 1]; }
    void insert(std::size_t at, std::string_view text);
    /// The text so far as a string; the XmlText is empty afterwards.
    std::string take();

private:
    void grow(std::size_t more);

    char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

/// What is known of a block (a w:p or a w:tbl) once it is written.
struct WrittenBlock {
    std::size_t begin = 0;           // where its start tag is
    std::size_t keep_next_at = 0;    // a paragraph's: just after w:pStyle, where w:keepNext goes
    std::size_t properties_end = 0;  // a paragraph's: where its </w:pPr> is
    bool is_paragraph = false;
    bool has_keep_next = false;
    bool has_frame = false;
    bool has_section = false;     // it carries the w:sectPr of a section's end
    bool has_page_break = false;  // a run with w:br w:type="page"
    bool has_text = false;        // a run with w:t or w:tab
};

/// A part being written: its text and the blocks of every container still open (the body, a
/// table cell and the cells around it), outermost first.
struct PartWriter {
    explicit PartWriter(std::size_t capacity = 4096) : xml(capacity) {}
    explicit PartWriter(XmlText&& text) : xml(std::move(text)) {}

    XmlText xml;
    std::vector<WrittenBlock> blocks;

    /// The paragraph being written (the last block begun).
    WrittenBlock& paragraph() { return blocks.back(); }
    /// Inserts `text` at `at`, into a block already written; offsets at or past `at` move.
    void insert(std::size_t at, std::string_view text);
};

/// Where blocks go: the body, a table cell or a header. Its blocks are the writer's blocks from
/// `first_block` on while it is open; close() forgets them when the container is done.
class Container {
public:
    explicit Container(PartWriter& writer) : writer_(writer), first_block_(writer.blocks.size()) {}

    PartWriter& writer() { return writer_; }
    XmlText& xml() { return writer_.xml; }
    /// The last block written to this container, or nullptr while it has none.
    WrittenBlock* last_block() {
        return writer_.blocks.size() > first_block_ ? &writer_.blocks.back() : nullptr;
    }
    bool ends_with_paragraph() {
        const WrittenBlock* last = last_block();
        return last != nullptr && last->is_paragraph;
    }
    /// This container's blocks, first to last.
    WrittenBlock* begin() { return writer_.blocks.data() + first_block_; }
    WrittenBlock* end() { return writer_.blocks.data() + writer_.blocks.size(); }
    void close() { writer_.blocks.resize(first_block_); }

private:
    PartWriter& writer_;
    std::size_t first_block_;
};

/// Appends an integer in decimal (std::to_chars: no locale).
void append_number(XmlText& out, long value);

// Inline, so that the names (literals at every call) are copied with known lengths.

/// Appends ` name="value"` with a number as the value.
inline void append_number_attribute(XmlText& out, std::string_view name, long value) {
    out += ' ';
    out += name;
    out += "=\"";
    append_number(out, value);
    out += '"';
}

/// Appends `<name w:val="value"/>`; the value is written as it is (our own constants only).
inline void append_valued(XmlText& out, std::string_view name, std::string_view value) {
    out += '<';
    out += name;
    out += " w:val=\"";
    out += value;
    out += "\"/>";
}

/// Starts a part: the XML declaration and `<root` with the w: and r: namespaces, left open for
/// the caller's `>`.
inline void open_part(XmlText& out, std::string_view root) {
    out += kXmlDeclaration;
    out += '<';
    out += root;
    out += " xmlns:w=\"";
    out += kWordNamespace;
    out += "\" xmlns:r=\"";
    out += kRelationshipsNamespace;
    out += '"';
}

/// Appends `<name w:val="number"/>`.
inline void append_valued_number(XmlText& out, std::string_view name, long value) {
    out += '<';
    out += name;
    out += " w:val=\"";
    append_number(out, value);
    out += "\"/>";
}

}  // namespace nastavdoc::render::docx
