// Internal to render/pdf/.
// The file structure of a PDF (PDF 32000-1, 7.5): header, numbered indirect objects written
// straight to the file as they come, then the cross-reference table and the trailer. Only the
// offset of each object stays in memory (8 bytes), so a 4,000-page merge holds no page objects.
// PoDoFo 0.9.8's streamed document kept every page's dictionary until close and cost more per
// page than laying the page out; this writer does what it did for pages and streams.
// Streams are Flate-compressed with one reused zlib stream at kCompressionLevel.
// The trailer /ID is a hash of every byte before it, so the same input gives the same bytes.
#pragma once
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::render::pdf {

/// zlib level for content streams and fonts: 1–6 all shrink text streams 4–6 times; the higher
/// levels cost 2–3 times the CPU for a few percent (docs/pdf.md).
inline constexpr int kCompressionLevel = 1;

class ObjectWriter {
public:
    /// Opens `path` and writes the header. Throws "io.write" when the file cannot be created.
    explicit ObjectWriter(const std::filesystem::path& path);
    ~ObjectWriter();
    ObjectWriter(const ObjectWriter&) = delete;
    ObjectWriter& operator=(const ObjectWriter&) = delete;

    /// A new object number, to be written later with begin_object (numbers start at 1).
    std::uint32_t reserve();

    /// Starts object `number` ("n 0 obj"); the caller writes its value and calls end_object.
    void begin_object(std::uint32_t number);
    void end_object();
    /// A whole stream object: `dictionary_keys` go inside << >> beside /Length (and /Filter when
    /// compressed), then the data.
    void stream_object(std::uint32_t number, std::string_view dictionary_keys,
                       std::string_view data, bool compress = true);

    void write(std::string_view bytes);

    /// Writes the cross-reference table and trailer and closes the file. Every reserved number
    /// must have been written.
    void finish(std::uint32_t root, std::uint32_t info);

private:
    void flush();
    void compress(std::string_view data);

    std::FILE* file_ = nullptr;
    std::filesystem::path path_;
    std::string buffer_;
    std::uint64_t position_ = 0;
    std::vector<std::uint64_t> offsets_;  // by object number; 0: reserved, not yet written
    std::uint64_t hash_a_ = 0xcbf29ce484222325ULL, hash_b_ = 0x84222325cbf29ce4ULL;
    struct Deflater;
    std::unique_ptr<Deflater> deflater_;
    std::string compressed_;
};

/// Appends a PDF text string: (ASCII) when every byte is printable ASCII, else <FEFF…> UTF-16BE.
void append_text_string(std::string& out, std::string_view utf8);

}  // namespace nastavdoc::render::pdf
