// PoDoFo holds the objects, the fonts and the file structure; a PdfStreamedDocument writes each
// page's content stream (Flate) to the file as soon as the page is added. Fonts are subset when
// the file is closed, from the characters every page used.
//
// Reproducible bytes: the Info dictionary gets CreationDate and ModDate from the document's date,
// and PoDoFo 0.9.8's streamed writer computes the trailer /ID at construction from a clock-dated
// Info dictionary, so close() overwrites the /ID with a hash of the finished file.
#include "engine/base/diagnostics.h"
#include "engine/base/files.h"
#include "engine/render/pdf/content_stream.h"
#include "engine/render/pdf/pdf.h"

#include <podofo/podofo.h>

#include <bitset>
#include <cstdio>
#include <fstream>
#include <string>

namespace nastavdoc::render::pdf {

namespace {

using PoDoFo::PdfString;

PdfString utf8_string(const std::string& text) {
    return PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
}

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

void silence_podofo() {
    static const bool done = [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        return true;
    }();
    (void)done;
}

// FNV-1a over the file, twice with different offsets: 32 hex digits for each /ID entry.
std::string file_identifier(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
    char buffer[65536];
    while (in) {
        in.read(buffer, sizeof buffer);
        for (std::streamsize i = 0; i < in.gcount(); ++i) {
            const auto byte = static_cast<unsigned char>(buffer[i]);
            a = (a ^ byte) * 0x100000001b3ULL;
            b = (b ^ byte) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
        }
    }
    std::string hex;
    for (std::uint64_t value : {a, b}) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            hex += "0123456789ABCDEF"[(value >> shift) & 15];
        }
    }
    return hex;
}

// Overwrites the two strings of the trailer's /ID [<…><…>] in place (same length).
void stabilise_identifier(const std::filesystem::path& path) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekg(0, std::ios::end);
    const std::streamoff size = file.tellg();
    const std::streamoff tail = std::min<std::streamoff>(size, 4096);
    std::string end(static_cast<std::size_t>(tail), '\0');
    file.seekg(size - tail);
    file.read(end.data(), tail);
    const std::size_t key = end.rfind("/ID");
    if (key == std::string::npos) {
        return;
    }
    const std::string id = file_identifier(path);
    std::size_t pos = key;
    for (int entry = 0; entry < 2; ++entry) {
        const std::size_t open = end.find('<', pos);
        const std::size_t close = end.find('>', open);
        if (open == std::string::npos || close == std::string::npos || close - open - 1 != 32) {
            return;
        }
        file.seekp(size - tail + static_cast<std::streamoff>(open + 1));
        file.write(id.data(), 32);
        pos = close + 1;
    }
}

// GetCatalog is protected in 0.9.8; /Lang has to go into the catalog.
class StreamedDocument : public PoDoFo::PdfStreamedDocument {
public:
    using PoDoFo::PdfStreamedDocument::PdfStreamedDocument;
    PoDoFo::PdfObject* catalog() { return GetCatalog(); }
    PoDoFo::PdfObject* pages_root() { return GetPagesTree()->GetObject(); }
};

}  // namespace

struct PdfWriter::State {
    std::filesystem::path output;
    const fonts::FontBook& fonts;
    StreamedDocument document;
    std::array<PoDoFo::PdfFont*, fonts::kFaceCount> faces{};
    std::array<std::unique_ptr<std::bitset<0x10000>>, fonts::kFaceCount> used;
    std::string content;
    bool closed = false;
    // One /Font dictionary shared by every page, filled at close; and the page references for
    // /Kids. PoDoFo 0.9.8's PdfPagesTree::InsertPage scans the kids on every insertion, which
    // made 4,000 pages take 17 times as long as 1,000, so the writer keeps the flat list itself.
    PoDoFo::PdfObject* font_resources = nullptr;
    PoDoFo::PdfArray kids;

    State(const std::filesystem::path& path, const fonts::FontBook& book)
        : output(path), fonts(book), document(path.c_str(), PoDoFo::ePdfVersion_1_7) {
        font_resources = document.GetObjects()->CreateObject();
    }

    PoDoFo::PdfFont* face(fonts::FontId id) {
        if (faces[id] == nullptr) {
            const std::string name(fonts.name(id));
            const std::string file = fonts.file(id).string();
            faces[id] = document.CreateFontSubset(
                name.c_str(), fonts::is_bold(id), fonts::is_italic(id), false,
                PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(), file.c_str());
            if (faces[id] == nullptr) {
                throw_environment_error("environment.font-unreadable",
                                        "PoDoFo cannot load the font", file);
            }
            used[id] = std::make_unique<std::bitset<0x10000>>();
        }
        return faces[id];
    }
};

PdfWriter::PdfWriter(const std::filesystem::path& output, const model::Metadata& metadata,
                     const fonts::FontBook& fonts) {
    silence_podofo();
    try {
        state_ = std::make_unique<State>(output, fonts);
        PoDoFo::PdfInfo* info = state_->document.GetInfo();
        if (!metadata.title.empty())
            info->SetTitle(utf8_string(metadata.title));
        if (!metadata.author.empty())
            info->SetAuthor(utf8_string(metadata.author));
        if (!metadata.subject.empty())
            info->SetSubject(utf8_string(metadata.subject));
        if (!metadata.keywords.empty())
            info->SetKeywords(utf8_string(metadata.keywords));
        info->SetCreator(PdfString("nastavdoc"));
        info->SetProducer(PdfString("nastavdoc"));
        const PdfString date(pdf_date(metadata.created));
        info->GetObject()->GetDictionary().AddKey("CreationDate", date);
        info->GetObject()->GetDictionary().AddKey("ModDate", date);
        // NOTE: PdfDocument::SetLanguage leaks in 0.9.8 (libraries.md 1): set the key directly.
        state_->document.catalog()->GetDictionary().AddKey(
            "Lang", PdfString(metadata.language.empty() ? "ru-RU" : metadata.language));
    } catch (const PoDoFo::PdfError& error) {
        throw_environment_error("io.write",
                                std::string("cannot write the PDF: ") +
                                    PoDoFo::PdfError::ErrorMessage(error.GetError()),
                                output.string());
    }
}

PdfWriter::~PdfWriter() = default;

void PdfWriter::add_page(const layout::Page& page) {
    State& s = *state_;
    s.content.clear();
    FontUsage usage;
    write_content_stream(page, s.fonts, s.content, usage);
    (void)usage;
    for (const layout::GlyphRun& run : page.runs) {
        s.face(run.font);
        std::bitset<0x10000>& used = *s.used[run.font];
        for (const layout::PositionedGlyph& glyph : run.glyphs) {
            if (glyph.glyph != 0 && glyph.code_point < 0x10000) {
                used.set(glyph.code_point);
            }
        }
    }
    try {
        const std::unique_ptr<PoDoFo::PdfPage> pdf_page = std::make_unique<PoDoFo::PdfPage>(
            PoDoFo::PdfRect(0, 0, page.width_pt, page.height_pt), &s.document);
        PoDoFo::PdfObject* object = pdf_page->GetObject();
        object->GetDictionary().AddKey("Parent", s.document.pages_root()->Reference());
        pdf_page->GetResources()->GetDictionary().AddKey("Font", s.font_resources->Reference());
        s.kids.push_back(object->Reference());
        PoDoFo::PdfStream* stream = pdf_page->GetContents()->GetStream();
        stream->BeginAppend();
        stream->Append(s.content.data(), static_cast<PoDoFo::pdf_long>(s.content.size()));
        stream->EndAppend();
    } catch (const PoDoFo::PdfError& error) {
        throw_environment_error("io.write",
                                std::string("cannot write the PDF: ") +
                                    PoDoFo::PdfError::ErrorMessage(error.GetError()),
                                s.output.string());
    }
}

void PdfWriter::close() {
    State& s = *state_;
    if (s.closed) {
        return;
    }
    s.closed = true;
    try {
        for (std::size_t id = 0; id < fonts::kFaceCount; ++id) {
            if (s.faces[id] == nullptr) {
                continue;
            }
            s.font_resources->GetDictionary().AddKey(PoDoFo::PdfName("F" + std::to_string(id)),
                                                     s.faces[id]->GetObject()->Reference());
            // PoDoFo takes the used characters as UTF-16BE and finds their glyphs itself.
            std::vector<PoDoFo::pdf_utf16be> units;
            const std::bitset<0x10000>& used = *s.used[id];
            for (std::size_t cp = 1; cp < 0x10000; ++cp) {
                if (used.test(cp)) {
                    const auto value = static_cast<std::uint16_t>(cp);
                    units.push_back(static_cast<PoDoFo::pdf_utf16be>(
                        static_cast<std::uint16_t>((value >> 8) | (value << 8))));
                }
            }
            if (!units.empty()) {
                const PdfString text(units.data(), static_cast<PoDoFo::pdf_long>(units.size()));
                s.faces[id]->AddUsedSubsettingGlyphs(text, static_cast<long>(units.size()));
            }
        }
        PoDoFo::PdfDictionary& root = s.document.pages_root()->GetDictionary();
        root.AddKey("Count", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(s.kids.size())));
        root.AddKey("Kids", s.kids);
        s.document.Close();
    } catch (const PoDoFo::PdfError& error) {
        throw_environment_error("io.write",
                                std::string("cannot write the PDF: ") +
                                    PoDoFo::PdfError::ErrorMessage(error.GetError()),
                                s.output.string());
    }
    const std::filesystem::path output = s.output;
    state_.reset();  // the streamed document flushes and closes its file here
    stabilise_identifier(output);
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
