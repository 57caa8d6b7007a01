// Internal to render/docx/.
// The XML text of a part as it is written, straight into a string (no DOM), and what later
// writers need to know of the blocks already written: a section's end goes into the last
// paragraph, a signature keeps the paragraphs before it on its page, a cell ends with a
// paragraph. The text comes out as pugixml's format_raw wrote it: no indentation, `<a/>` for an
// element without content, attributes in double quotes.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::render::docx {

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
    std::string xml;
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
    std::string& xml() { return writer_.xml; }
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
void append_number(std::string& out, long value);
/// Appends ` name="value"` with a number as the value.
void append_number_attribute(std::string& out, std::string_view name, long value);
/// Appends `<name w:val="value"/>`; the value is written as it is (our own constants only).
void append_valued(std::string& out, std::string_view name, std::string_view value);
/// Appends `<name w:val="number"/>`.
void append_valued_number(std::string& out, std::string_view name, long value);

}  // namespace nastavdoc::render::docx
