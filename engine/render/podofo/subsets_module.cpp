// libnastavdoc-podofo.so: the only code that uses PoDoFo (0.9.8). PoDoFo builds each font
// subset in a scratch document; its objects are then handed to the sink with their references
// renumbered in first-reference order (dictionary keys sorted), so the bytes do not depend on
// PoDoFo's own numbers. Loaded by render/pdf with dlopen (subsets_abi.h says why).
#include "engine/render/podofo/subsets_abi.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

class Copier {
public:
    Copier(const nastavdoc_subset_sink& sink, const PoDoFo::PdfVecObjects& objects)
        : sink_(sink), objects_(objects) {}

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
            sink_.object(sink_.context, number, "null", 4);
            return;
        }
        std::string text;
        if (object->HasStream() && object->IsDictionary()) {
            append_keys(text, object->GetDictionary(), /*skip_length=*/true);
            const auto* stream = dynamic_cast<const PoDoFo::PdfMemStream*>(object->GetStream());
            if (stream == nullptr)
                throw std::runtime_error("PoDoFo gave a font stream not in memory");
            sink_.stream(sink_.context, number, text.data(), text.size(), stream->Get(),
                         static_cast<std::size_t>(stream->GetLength()));
            return;
        }
        append_value(text, *object);
        sink_.object(sink_.context, number, text.data(), text.size());
    }

    std::uint32_t number_of(const PoDoFo::PdfReference& reference) {
        auto [it, inserted] = numbers_.emplace(reference, 0);
        if (inserted) {
            it->second = sink_.reserve(sink_.context);
            pending_.push_back(reference);
        }
        return it->second;
    }

    void append_keys(std::string& out, const PoDoFo::PdfDictionary& dictionary, bool skip_length) {
        std::vector<std::pair<std::string, const PoDoFo::PdfObject*>> keys;
        for (const auto& [name, value] : dictionary.GetKeys()) {
            if (skip_length && name.GetName() == "Length")
                continue;
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
                    if (!first)
                        out += ' ';
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

    const nastavdoc_subset_sink& sink_;
    const PoDoFo::PdfVecObjects& objects_;
    std::map<PoDoFo::PdfReference, std::uint32_t> numbers_;
    std::vector<PoDoFo::PdfReference> pending_;
};

int fail(int status, const std::string& message, char* error, std::size_t error_size) {
    if (error != nullptr && error_size > 0) {
        const std::size_t n = std::min(message.size(), error_size - 1);
        std::memcpy(error, message.data(), n);
        error[n] = '\0';
    }
    return status;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int nastavdoc_write_subsets(
    int abi, const nastavdoc_subset_face* faces, std::size_t face_count,
    const nastavdoc_subset_sink* sink, char* error, std::size_t error_size) {
    if (abi != NASTAVDOC_SUBSETS_ABI)
        return fail(NASTAVDOC_SUBSETS_FAILED, "the PoDoFo module is of another version", error,
                    error_size);
    static const bool silenced = [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
        return true;
    }();
    (void)silenced;
    try {
        PoDoFo::PdfMemDocument scratch;
        std::vector<PoDoFo::PdfFont*> created(face_count, nullptr);
        for (std::size_t i = 0; i < face_count; ++i) {
            const nastavdoc_subset_face& face = faces[i];
            PoDoFo::PdfFont* font = scratch.CreateFontSubset(
                face.name, face.bold != 0, face.italic != 0, false,
                PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(), face.file);
            if (font == nullptr)
                return fail(NASTAVDOC_SUBSETS_FONT_UNREADABLE, face.file, error, error_size);
            // PoDoFo takes the used characters as UTF-16BE and finds their glyphs itself.
            std::vector<PoDoFo::pdf_utf16be> units;
            units.reserve(face.char_count);
            for (std::size_t c = 0; c < face.char_count; ++c) {
                const auto value = static_cast<std::uint16_t>(face.chars[c]);
                units.push_back(static_cast<PoDoFo::pdf_utf16be>(
                    static_cast<std::uint16_t>((value >> 8) | (value << 8))));
            }
            if (!units.empty()) {
                const PoDoFo::PdfString text(units.data(),
                                             static_cast<PoDoFo::pdf_long>(units.size()));
                font->AddUsedSubsettingGlyphs(text, static_cast<long>(units.size()));
            }
            created[i] = font;
        }
        scratch.EmbedSubsetFonts();
        Copier copier(*sink, scratch.GetObjects());
        for (std::size_t i = 0; i < face_count; ++i)
            copier.copy(*created[i]->GetObject(), faces[i].object);
    } catch (const PoDoFo::PdfError& failure) {
        return fail(NASTAVDOC_SUBSETS_FAILED,
                    std::string("cannot embed the fonts: ") +
                        PoDoFo::PdfError::ErrorMessage(failure.GetError()),
                    error, error_size);
    } catch (const std::exception& failure) {
        return fail(NASTAVDOC_SUBSETS_FAILED,
                    std::string("cannot embed the fonts: ") + failure.what(), error, error_size);
    }
    return NASTAVDOC_SUBSETS_OK;
}
