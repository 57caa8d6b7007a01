#include "engine/render/pdf/font_subsets.h"

#include "engine/base/diagnostics.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <string>
#include <vector>

namespace nastavdoc::render::pdf {

namespace {

void silence_podofo() {
    static const bool done = [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        return true;
    }();
    (void)done;
}

// Copies PoDoFo objects into the ObjectWriter, giving each referenced object a new number in
// first-reference order (dictionary keys sorted), so the bytes do not depend on PoDoFo's numbers.
class Copier {
public:
    Copier(ObjectWriter& writer, const PoDoFo::PdfVecObjects& objects)
        : writer_(writer), objects_(objects) {}

    void copy(const PoDoFo::PdfObject& root, std::uint32_t number) {
        numbers_[root.Reference()] = number;
        pending_.push_back(root.Reference());
        while (!pending_.empty()) {
            const PoDoFo::PdfReference reference = pending_.front();
            pending_.erase(pending_.begin());
            write_object(reference);
        }
    }

private:
    void write_object(const PoDoFo::PdfReference& reference) {
        const std::uint32_t number = numbers_.at(reference);
        PoDoFo::PdfObject* object = objects_.GetObject(reference);
        if (object == nullptr) {
            writer_.begin_object(number);
            writer_.write("null");
            writer_.end_object();
            return;
        }
        std::string text;
        if (object->HasStream() && object->IsDictionary()) {
            append_keys(text, object->GetDictionary(), /*skip_length=*/true);
            const auto* stream = dynamic_cast<const PoDoFo::PdfMemStream*>(object->GetStream());
            if (stream == nullptr) {
                throw_environment_error("io.write", "PoDoFo gave a font stream not in memory");
            }
            writer_.stream_object(
                number, text,
                std::string_view(stream->Get(), static_cast<std::size_t>(stream->GetLength())),
                /*compress=*/false);
            return;
        }
        append_value(text, *object);
        writer_.begin_object(number);
        writer_.write(text);
        writer_.end_object();
    }

    std::uint32_t number_of(const PoDoFo::PdfReference& reference) {
        auto [it, inserted] = numbers_.emplace(reference, 0);
        if (inserted) {
            it->second = writer_.reserve();
            pending_.push_back(reference);
        }
        return it->second;
    }

    void append_keys(std::string& out, const PoDoFo::PdfDictionary& dictionary, bool skip_length) {
        std::vector<std::pair<std::string, const PoDoFo::PdfObject*>> keys;
        for (const auto& [name, value] : dictionary.GetKeys()) {
            if (skip_length && name.GetName() == "Length") {
                continue;
            }
            keys.emplace_back(name.GetEscapedName(), value);
        }
        std::sort(keys.begin(), keys.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [name, value] : keys) {
            out += '/';
            out += name;
            out += ' ';
            append_value(out, *value);
        }
    }

    void append_value(std::string& out, const PoDoFo::PdfVariant& value) {
        switch (value.GetDataType()) {
            case PoDoFo::ePdfDataType_Dictionary:
                out += "<<";
                append_keys(out, value.GetDictionary(), false);
                out += ">>";
                return;
            case PoDoFo::ePdfDataType_Array: {
                out += '[';
                bool first = true;
                for (const PoDoFo::PdfObject& item : value.GetArray()) {
                    if (!first) {
                        out += ' ';
                    }
                    first = false;
                    append_value(out, item);
                }
                out += ']';
                return;
            }
            case PoDoFo::ePdfDataType_Reference: {
                char digits[16];
                auto [end, ec] =
                    std::to_chars(digits, digits + sizeof digits, number_of(value.GetReference()));
                out.append(digits, end);
                out += " 0 R";
                return;
            }
            case PoDoFo::ePdfDataType_Number: {
                char digits[24];
                auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value.GetNumber());
                out.append(digits, end);
                return;
            }
            case PoDoFo::ePdfDataType_Name:
                out += '/';
                out += value.GetName().GetEscapedName();
                return;
            default: {
                PoDoFo::PdfRefCountedBuffer buffer;
                PoDoFo::PdfOutputDevice device(&buffer);
                value.Write(&device, PoDoFo::ePdfWriteMode_Compact, nullptr);
                out.append(buffer.GetBuffer(), device.GetLength());
                return;
            }
        }
    }

    ObjectWriter& writer_;
    const PoDoFo::PdfVecObjects& objects_;
    std::map<PoDoFo::PdfReference, std::uint32_t> numbers_;
    std::vector<PoDoFo::PdfReference> pending_;
};

}  // namespace

void write_font_subsets(ObjectWriter& writer, const fonts::FontBook& fonts,
                        const std::array<UsedFace, fonts::kFaceCount>& faces) {
    silence_podofo();
    try {
        PoDoFo::PdfMemDocument scratch;
        std::array<PoDoFo::PdfFont*, fonts::kFaceCount> created{};
        for (std::size_t id = 0; id < fonts::kFaceCount; ++id) {
            if (faces[id].object == 0) {
                continue;
            }
            const auto face = static_cast<fonts::FontId>(id);
            const std::string name(fonts.name(face));
            const std::string file = fonts.file(face).string();
            PoDoFo::PdfFont* font = scratch.CreateFontSubset(
                name.c_str(), fonts::is_bold(face), fonts::is_italic(face), false,
                PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(), file.c_str());
            if (font == nullptr) {
                throw_environment_error("environment.font-unreadable",
                                        "PoDoFo cannot load the font", file);
            }
            // PoDoFo takes the used characters as UTF-16BE and finds their glyphs itself.
            std::vector<PoDoFo::pdf_utf16be> units;
            const CharacterSet& used = *faces[id].characters;
            for (std::size_t cp = 1; cp < 0x10000; ++cp) {
                if (used.test(cp)) {
                    const auto value = static_cast<std::uint16_t>(cp);
                    units.push_back(static_cast<PoDoFo::pdf_utf16be>(
                        static_cast<std::uint16_t>((value >> 8) | (value << 8))));
                }
            }
            if (!units.empty()) {
                const PoDoFo::PdfString text(units.data(),
                                             static_cast<PoDoFo::pdf_long>(units.size()));
                font->AddUsedSubsettingGlyphs(text, static_cast<long>(units.size()));
            }
            created[id] = font;
        }
        scratch.EmbedSubsetFonts();
        Copier copier(writer, scratch.GetObjects());
        for (std::size_t id = 0; id < fonts::kFaceCount; ++id) {
            if (created[id] != nullptr) {
                copier.copy(*created[id]->GetObject(), faces[id].object);
            }
        }
    } catch (const PoDoFo::PdfError& error) {
        throw_environment_error("io.write", std::string("cannot embed the fonts: ") +
                                                PoDoFo::PdfError::ErrorMessage(error.GetError()));
    }
}

}  // namespace nastavdoc::render::pdf
