// Pages go to the file as they come: a page object and its Flate-compressed content stream are
// written by object_writer and forgotten, so memory does not grow with the page count. PoDoFo
// builds only the font subsets, at close, from the characters every page used (font_subsets).
//
// Object numbers: 1 catalog, 2 page tree, 3 font resources, 4 Info; each face gets the next
// number when a page first uses it; page and content objects follow in page order (when lines
// are shared, each page's after the forms of the lines and blocks it is the second to use, the
// /XObject resources just before the first form); the descendants of each font (CIDFont,
// descriptor, FontFile2, ToUnicode) are numbered at close. Reproducible bytes: dates come from the
// document, the /ID is a hash of the file.
#include "engine/base/diagnostics.h"
#include "engine/base/files.h"
#include "engine/render/pdf/content_stream.h"
#include "engine/render/pdf/font_subsets.h"
#include "engine/render/pdf/object_writer.h"
#include "engine/render/pdf/pdf.h"
#include "engine/render/pdf/shared_lines.h"

#include <charconv>
#include <memory>
#include <string>

namespace nastavdoc::render::pdf {

namespace {

constexpr std::uint32_t kCatalog = 1, kPages = 2, kFonts = 3, kInfo = 4;

// A page's content shorter than this is written uncompressed: deflate's fixed cost per stream
// (its Huffman trees, about 90 K instructions) outweighs the few hundred bytes it would save.
// A merged form's pages are that short once their lines are shared forms.
constexpr std::size_t kMinCompressedContent = 1024;

// "2021-05-28" -> "D:20210528000000Z"; anything else -> the PDF epoch of our choice.
std::string pdf_date(const std::string& iso) {
    std::string digits;
    for (char c : iso) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    if (digits.size() < 8) {
        digits = "20000101";
    }
    return "D:" + digits.substr(0, 8) + "000000Z";
}

void append_uint(std::string& out, std::uint64_t value) {
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, end);
}

// A4 is 595.275591 × 841.889764 pt: the MediaBox keeps 6 decimals so that the page is exact.
void append_length(std::string& out, double value) {
    char digits[32];
    auto [end, ec] =
        std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed, 6);
    while (end > digits && end[-1] == '0') {
        --end;
    }
    if (end > digits && end[-1] == '.') {
        --end;
    }
    out.append(digits, end);
}

void append_reference(std::string& out, std::uint32_t number) {
    append_uint(out, number);
    out += " 0 R";
}

void append_info_entry(std::string& out, const char* key, const std::string& value) {
    if (value.empty()) {
        return;
    }
    out += key;
    append_text_string(out, value);
}

}  // namespace

struct PdfWriter::State {
    const fonts::FontBook& fonts;
    ObjectWriter file;
    std::array<UsedFace, fonts::kFaceCount> faces;
    std::vector<std::uint32_t> kids;      // 4 bytes a page: the page tree's /Kids, written at close
    std::unique_ptr<SharedLines> shared;  // only when sharing repeated lines
    std::string content;
    std::string page_object;
    bool closed = false;

    State(const std::filesystem::path& path, const fonts::FontBook& book, bool share)
        : fonts(book),
          file(path),
          shared(share ? std::make_unique<SharedLines>(file, kFonts) : nullptr) {
        for (std::uint32_t expected : {kCatalog, kPages, kFonts, kInfo}) {
            const std::uint32_t number = file.reserve();
            (void)expected;
            (void)number;
        }
    }

    void use(fonts::FontId id) {
        if (faces[id].object == 0) {
            faces[id].object = file.reserve();
            faces[id].characters = std::make_unique<CharacterSet>();
        }
    }
};

PdfWriter::PdfWriter(const std::filesystem::path& output, const model::Metadata& metadata,
                     const fonts::FontBook& fonts, bool share_repeated_lines)
    : state_(std::make_unique<State>(output, fonts, share_repeated_lines)) {
    ObjectWriter& file = state_->file;
    std::string text = "<</Type/Catalog/Pages ";
    append_reference(text, kPages);
    text += "/Lang";
    append_text_string(text, metadata.language.empty() ? "ru-RU" : metadata.language);
    text += ">>";
    file.begin_object(kCatalog);
    file.write(text);
    file.end_object();

    text = "<<";
    append_info_entry(text, "/Title", metadata.title);
    append_info_entry(text, "/Author", metadata.author);
    append_info_entry(text, "/Subject", metadata.subject);
    append_info_entry(text, "/Keywords", metadata.keywords);
    text += "/Creator(nastavdoc)/Producer(nastavdoc)";
    const std::string date = pdf_date(metadata.created);
    text += "/CreationDate(" + date + ")/ModDate(" + date + ")>>";
    file.begin_object(kInfo);
    file.write(text);
    file.end_object();
}

PdfWriter::~PdfWriter() = default;

void PdfWriter::add_page(const layout::Page& page) {
    State& s = *state_;
    s.content.clear();
    FontUsage usage;
    write_content_stream(page, s.fonts, s.content, usage, s.shared.get());
    for (const layout::GlyphRun& run : page.runs) {
        if (run.glyphs.empty()) {
            continue;
        }
        s.use(run.font);
        CharacterSet& used = *s.faces[run.font].characters;
        for (const layout::PositionedGlyph& glyph : run.glyphs) {
            if (glyph.glyph != 0 && glyph.code_point < 0x10000) {
                used.set(glyph.code_point);
            }
        }
    }
    const std::uint32_t page_number = s.file.reserve();
    const std::uint32_t content_number = s.file.reserve();
    s.kids.push_back(page_number);

    std::string& text = s.page_object;
    text = "<</Type/Page/Parent ";
    append_reference(text, kPages);
    text += "/MediaBox[0 0 ";
    append_length(text, page.width_pt);
    text += ' ';
    append_length(text, page.height_pt);
    text += "]/Resources<</Font ";
    append_reference(text, kFonts);
    if (s.shared && s.shared->resources() != 0) {
        text += "/XObject ";
        append_reference(text, s.shared->resources());
    }
    text += ">>/Contents ";
    append_reference(text, content_number);
    text += ">>";
    s.file.begin_object(page_number);
    s.file.write(text);
    s.file.end_object();
    s.file.stream_object(content_number, "", s.content, s.content.size() >= kMinCompressedContent);
}

void PdfWriter::close() {
    State& s = *state_;
    if (s.closed) {
        return;
    }
    s.closed = true;
    std::string text = "<<";
    for (std::size_t id = 0; id < fonts::kFaceCount; ++id) {
        if (s.faces[id].object != 0) {
            text += "/F";
            append_uint(text, id);
            text += ' ';
            append_reference(text, s.faces[id].object);
        }
    }
    text += ">>";
    s.file.begin_object(kFonts);
    s.file.write(text);
    s.file.end_object();

    if (s.shared) {
        s.shared->write_resources();
    }

    write_font_subsets(s.file, s.fonts, s.faces);

    text = "<</Type/Pages/Count ";
    append_uint(text, s.kids.size());
    text += "/Kids[";
    for (std::size_t i = 0; i < s.kids.size(); ++i) {
        if (i != 0) {
            text += ' ';
        }
        append_reference(text, s.kids[i]);
    }
    text += "]>>";
    s.file.begin_object(kPages);
    s.file.write(text);
    s.file.end_object();
    s.file.finish(kCatalog, kInfo);
}

void write_pdf(const std::vector<layout::Page>& pages, const model::Metadata& metadata,
               const fonts::FontBook& fonts, const std::filesystem::path& output) {
    write_via_temporary(output, [&](const std::filesystem::path& temporary) {
        PdfWriter writer(temporary, metadata, fonts);
        for (const layout::Page& page : pages) {
            writer.add_page(page);
        }
        writer.close();
    });
}

}  // namespace nastavdoc::render::pdf
