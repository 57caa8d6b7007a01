// The zip container of the package (APPNOTE.TXT 6.3, the subset OPC needs): a local file header
// and the data of each part in order, then the central directory and its end record. Parts are
// raw deflate streams (zlib), or stored when deflate would not make them smaller. No ZIP64, no
// data descriptors, no extra fields; every entry is dated 1980-01-01 00:00, so the same parts
// give the same bytes.
#include "engine/base/diagnostics.h"
#include "engine/render/docx/parts.h"

#include <cstdint>
#include <limits>
#include <zlib.h>

namespace nastavdoc::render::docx {

namespace {

// 1980-01-01 00:00, the first date a zip entry can carry (MS-DOS format), as libxlsxwriter
// dates its entries: the bytes do not depend on when the file was made.
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr std::uint16_t kDosTime = 0;
// zlib's level 3 (its fast deflate) instead of 6: the 200-pair order's package takes ~26M fewer
// instructions and grows from 36 to 46 KB. memLevel 5 instead of 8: a 4K-entry hash table that
// zlib slides every 32 KB of input costs ~4M fewer instructions on that order's 837 KB body,
// and the body compresses to the same 41 KB.
constexpr int kCompressionLevel = 3;
constexpr int kMemoryLevel = 5;
constexpr int kRawDeflateWindowBits = -15;  // negative: a raw stream, no zlib header or adler32

constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflated = 8;
constexpr std::uint16_t kVersionStored = 10;             // 1.0
constexpr std::uint16_t kVersionDeflated = 20;           // 2.0
constexpr std::uint16_t kVersionMadeBy = (3 << 8) | 20;  // Unix, APPNOTE 2.0
constexpr std::uint16_t kFlagUtf8Name = 1 << 11;
constexpr std::uint32_t kRegularFileAttributes = 0100644u << 16;  // -rw-r--r--

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndRecordSignature = 0x06054b50;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEndRecordSize = 22;

constexpr std::uint64_t kMaxField32 = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kMaxEntries = std::numeric_limits<std::uint16_t>::max();

[[noreturn]] void fail(const std::string& what, const std::string& output) {
    throw_environment_error("docx.zip", "cannot build the docx package: " + what, output);
}

void put_u16(std::string& out, std::uint16_t value) {
    const char bytes[2] = {static_cast<char>(value & 0xFF), static_cast<char>(value >> 8)};
    out.append(bytes, 2);
}

void put_u32(std::string& out, std::uint32_t value) {
    const char bytes[4] = {static_cast<char>(value & 0xFF), static_cast<char>((value >> 8) & 0xFF),
                           static_cast<char>((value >> 16) & 0xFF), static_cast<char>(value >> 24)};
    out.append(bytes, 4);
}

void patch_u32(std::string& out, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i)
        out[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

bool has_non_ascii(const std::string& name) {
    for (const char c : name) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// What the central directory repeats of an entry.
struct Entry {
    const std::string* name = nullptr;
    std::uint16_t version = kVersionDeflated;
    std::uint16_t flags = 0;
    std::uint16_t method = kMethodDeflated;
    std::uint32_t crc = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
};

// One raw deflate stream reused for every part (deflateReset keeps its buffers).
class Deflater {
public:
    explicit Deflater(const std::string& output) : output_(output) {
        if (deflateInit2(&stream_, kCompressionLevel, Z_DEFLATED, kRawDeflateWindowBits,
                         kMemoryLevel, Z_DEFAULT_STRATEGY) != Z_OK) {
            fail("zlib could not start deflate", output_);
        }
    }
    ~Deflater() { deflateEnd(&stream_); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    /// Appends the deflated `data` to `out`; returns the number of bytes appended.
    std::size_t deflate_into(std::string_view data, std::string& out) {
        if (deflateReset(&stream_) != Z_OK)
            fail("zlib could not restart deflate", output_);
        const std::size_t start = out.size();
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        stream_.avail_in = static_cast<uInt>(data.size());
        int result = Z_OK;
        do {
            stream_.next_out = buffer_;
            stream_.avail_out = sizeof buffer_;
            result = deflate(&stream_, Z_FINISH);
            if (result != Z_OK && result != Z_STREAM_END)
                fail("zlib could not deflate a part", output_);
            out.append(reinterpret_cast<const char*>(buffer_), sizeof buffer_ - stream_.avail_out);
        } while (result != Z_STREAM_END);
        return out.size() - start;
    }

private:
    z_stream stream_{};
    const std::string& output_;
    Bytef buffer_[1 << 15];
};

void add_local_entry(std::string& out, const Part& part, Deflater& deflater, Entry& entry,
                     const std::string& output) {
    const std::string_view data = part.data();
    if (data.size() > kMaxField32 || out.size() > kMaxField32)
        fail("the package would be larger than 4 GB (ZIP64 is not written)", output);
    entry.name = &part.name;
    entry.flags = has_non_ascii(part.name) ? kFlagUtf8Name : 0;
    entry.crc = static_cast<std::uint32_t>(
        crc32_z(0, reinterpret_cast<const Bytef*>(data.data()), data.size()));
    entry.size = static_cast<std::uint32_t>(data.size());
    entry.offset = static_cast<std::uint32_t>(out.size());

    const std::size_t header = out.size();
    put_u32(out, kLocalHeaderSignature);
    put_u16(out, kVersionDeflated);  // patched below if the part is stored
    put_u16(out, entry.flags);
    put_u16(out, kMethodDeflated);  // patched below if the part is stored
    put_u16(out, kDosTime);
    put_u16(out, kDosDate);
    put_u32(out, entry.crc);
    put_u32(out, 0);  // the compressed size, patched below
    put_u32(out, entry.size);
    put_u16(out, static_cast<std::uint16_t>(part.name.size()));
    put_u16(out, 0);  // no extra field
    out += part.name;

    const std::size_t data_start = out.size();
    std::size_t compressed = deflater.deflate_into(data, out);
    if (compressed >= data.size()) {
        // Deflate does not pay for this part: store it as it is.
        out.resize(data_start);
        out += data;
        compressed = data.size();
        entry.version = kVersionStored;
        entry.method = kMethodStored;
        out[header + 4] = static_cast<char>(kVersionStored);
        out[header + 8] = static_cast<char>(kMethodStored);
    }
    entry.compressed_size = static_cast<std::uint32_t>(compressed);
    patch_u32(out, header + 18, entry.compressed_size);
}

void add_central_header(std::string& out, const Entry& entry) {
    put_u32(out, kCentralHeaderSignature);
    put_u16(out, kVersionMadeBy);
    put_u16(out, entry.version);
    put_u16(out, entry.flags);
    put_u16(out, entry.method);
    put_u16(out, kDosTime);
    put_u16(out, kDosDate);
    put_u32(out, entry.crc);
    put_u32(out, entry.compressed_size);
    put_u32(out, entry.size);
    put_u16(out, static_cast<std::uint16_t>(entry.name->size()));
    put_u16(out, 0);  // extra field length
    put_u16(out, 0);  // comment length
    put_u16(out, 0);  // disk number start
    put_u16(out, 0);  // internal attributes
    put_u32(out, kRegularFileAttributes);
    put_u32(out, entry.offset);
    out += *entry.name;
}

}  // namespace

std::string zip_parts(const std::vector<Part>& parts, const std::string& output_for_messages) {
    if (parts.size() > kMaxEntries)
        fail("more than 65535 parts (ZIP64 is not written)", output_for_messages);
    for (const auto& part : parts) {
        if (part.name.empty() || part.name.size() > std::numeric_limits<std::uint16_t>::max())
            fail("a part name of " + std::to_string(part.name.size()) + " bytes",
                 output_for_messages);
    }
    std::string out;
    std::size_t names = 0;
    for (const auto& part : parts)
        names += part.name.size();
    // Room for the headers and a tenth of the data: XML parts shrink more than that.
    std::size_t data = 0;
    for (const auto& part : parts)
        data += part.data().size();
    out.reserve(data / 10 + parts.size() * (kLocalHeaderSize + kCentralHeaderSize) + 2 * names +
                kEndRecordSize);

    Deflater deflater(output_for_messages);
    std::vector<Entry> entries(parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i)
        add_local_entry(out, parts[i], deflater, entries[i], output_for_messages);

    const std::size_t directory_start = out.size();
    for (const auto& entry : entries)
        add_central_header(out, entry);
    const std::size_t directory_size = out.size() - directory_start;
    if (directory_start > kMaxField32 || directory_size > kMaxField32 ||
        out.size() + kEndRecordSize > kMaxField32) {
        fail("the package would be larger than 4 GB (ZIP64 is not written)", output_for_messages);
    }
    put_u32(out, kEndRecordSignature);
    put_u16(out, 0);  // this disk
    put_u16(out, 0);  // the disk where the directory starts
    put_u16(out, static_cast<std::uint16_t>(entries.size()));
    put_u16(out, static_cast<std::uint16_t>(entries.size()));
    put_u32(out, static_cast<std::uint32_t>(directory_size));
    put_u32(out, static_cast<std::uint32_t>(directory_start));
    put_u16(out, 0);  // comment length
    return out;
}

}  // namespace nastavdoc::render::docx
