#include "engine/render/pdf/font_subsets.h"

#include "engine/base/diagnostics.h"
#include "engine/base/plugin.h"
#include "engine/render/podofo/subsets_abi.h"

#include <string>
#include <vector>

namespace nastavdoc::render::pdf {

namespace {

constexpr std::string_view kModule = "libnastavdoc-podofo.so";

uint32_t reserve(void* context) {
    return static_cast<ObjectWriter*>(context)->reserve();
}

void object(void* context, uint32_t number, const char* value, size_t size) {
    auto& writer = *static_cast<ObjectWriter*>(context);
    writer.begin_object(number);
    writer.write(std::string_view(value, size));
    writer.end_object();
}

void stream(void* context, uint32_t number, const char* keys, size_t keys_size, const char* data,
            size_t data_size) {
    static_cast<ObjectWriter*>(context)->stream_object(number, std::string_view(keys, keys_size),
                                                       std::string_view(data, data_size),
                                                       /*compress=*/false);
}

}  // namespace

void write_font_subsets(ObjectWriter& writer, const fonts::FontBook& fonts,
                        const std::array<UsedFace, fonts::kFaceCount>& faces) {
    const auto write_subsets = reinterpret_cast<nastavdoc_write_subsets_fn>(
        plugin_symbol(kModule, NASTAVDOC_WRITE_SUBSETS_SYMBOL));
    // The strings and character lists must outlive the call.
    std::vector<std::string> names, files;
    std::vector<std::vector<std::uint32_t>> chars;
    names.reserve(fonts::kFaceCount);
    files.reserve(fonts::kFaceCount);
    chars.reserve(fonts::kFaceCount);
    std::vector<nastavdoc_subset_face> used;
    for (std::size_t id = 0; id < fonts::kFaceCount; ++id) {
        if (faces[id].object == 0)
            continue;
        const auto face = static_cast<fonts::FontId>(id);
        names.emplace_back(fonts.name(face));
        files.push_back(fonts.file(face).string());
        std::vector<std::uint32_t>& list = chars.emplace_back();
        const CharacterSet& set = *faces[id].characters;
        for (std::uint32_t cp = 1; cp < 0x10000; ++cp) {
            if (set.test(cp))
                list.push_back(cp);
        }
        used.push_back({names.back().c_str(), files.back().c_str(), fonts::is_bold(face) ? 1 : 0,
                        fonts::is_italic(face) ? 1 : 0, list.data(), list.size(),
                        faces[id].object});
    }
    const nastavdoc_subset_sink sink{&writer, reserve, object, stream};
    char error[512] = {};
    const int status =
        write_subsets(NASTAVDOC_SUBSETS_ABI, used.data(), used.size(), &sink, error, sizeof error);
    if (status == NASTAVDOC_SUBSETS_FONT_UNREADABLE)
        throw_environment_error("environment.font-unreadable", "PoDoFo cannot load the font",
                                error);
    if (status != NASTAVDOC_SUBSETS_OK)
        throw_environment_error("io.write", error);
}

}  // namespace nastavdoc::render::pdf
