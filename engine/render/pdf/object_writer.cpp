#include "engine/render/pdf/object_writer.h"

#include "engine/base/diagnostics.h"
#include "engine/base/utf8.h"

#include <array>
#include <charconv>
#include <zlib.h>

namespace nastavdoc::render::pdf {

namespace {

constexpr std::size_t kFlushAt = 1 << 16;
constexpr char kHex[] = "0123456789ABCDEF";

void append_unsigned(std::string& out, std::uint64_t value) {
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, end);
}

[[noreturn]] void write_failed(const std::filesystem::path& path, const std::string& why) {
    throw_environment_error("io.write", "cannot write the PDF: " + why, path.string());
}

}  // namespace

struct ObjectWriter::Deflater {
    z_stream stream{};
    bool ready = false;
    Deflater() {
        // Default window and memory: smaller ones save the reset but compress text worse.
        ready = deflateInit(&stream, kCompressionLevel) == Z_OK;
    }
    ~Deflater() {
        if (ready) {
            deflateEnd(&stream);
        }
    }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
};

ObjectWriter::ObjectWriter(const std::filesystem::path& path) : path_(path) {
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) {
        write_failed(path, "cannot create the file");
    }
    buffer_.reserve(kFlushAt + 4096);
    offsets_.push_back(0);  // object 0: the head of the free list
    // The binary comment tells transfer tools the file is not text (PDF 32000-1, 7.5.2).
    write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
}

ObjectWriter::~ObjectWriter() {
    if (file_ != nullptr) {
        std::fclose(file_);
    }
}

std::uint32_t ObjectWriter::reserve() {
    offsets_.push_back(0);
    return static_cast<std::uint32_t>(offsets_.size() - 1);
}

void ObjectWriter::write(std::string_view bytes) {
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        hash_a_ = (hash_a_ ^ byte) * 0x100000001b3ULL;
        hash_b_ = (hash_b_ ^ byte) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    }
    position_ += bytes.size();
    if (bytes.size() >= kFlushAt) {
        flush();
        if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
            write_failed(path_, "the disk refused the data");
        }
        return;
    }
    buffer_.append(bytes);
    if (buffer_.size() >= kFlushAt) {
        flush();
    }
}

void ObjectWriter::flush() {
    if (!buffer_.empty() &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
        write_failed(path_, "the disk refused the data");
    }
    buffer_.clear();
}

void ObjectWriter::begin_object(std::uint32_t number) {
    offsets_[number] = position_;
    std::string header;
    append_unsigned(header, number);
    header += " 0 obj\n";
    write(header);
}

void ObjectWriter::end_object() {
    write("\nendobj\n");
}

void ObjectWriter::compress(std::string_view data) {
    if (!deflater_) {
        deflater_ = std::make_unique<Deflater>();
    }
    z_stream& z = deflater_->stream;
    if (!deflater_->ready || deflateReset(&z) != Z_OK) {
        write_failed(path_, "zlib cannot start");
    }
    compressed_.resize(deflateBound(&z, static_cast<uLong>(data.size())));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(compressed_.data());
    z.avail_out = static_cast<uInt>(compressed_.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
        write_failed(path_, "zlib failed");
    }
    compressed_.resize(compressed_.size() - z.avail_out);
}

void ObjectWriter::stream_object(std::uint32_t number, std::string_view dictionary_keys,
                                 std::string_view data, bool compress_data) {
    if (compress_data) {
        compress(data);
        data = compressed_;
    }
    begin_object(number);
    std::string head = "<<";
    head += dictionary_keys;
    if (compress_data) {
        head += "/Filter/FlateDecode";
    }
    head += "/Length ";
    append_unsigned(head, data.size());
    head += ">>\nstream\n";
    write(head);
    write(data);
    write("\nendstream\nendobj\n");
}

void ObjectWriter::finish(std::uint32_t root, std::uint32_t info) {
    std::string tail;
    const std::uint64_t xref = position_;
    tail += "xref\n0 ";
    append_unsigned(tail, offsets_.size());
    tail += "\n0000000000 65535 f \n";
    for (std::size_t i = 1; i < offsets_.size(); ++i) {
        if (offsets_[i] == 0) {
            write_failed(path_, "object " + std::to_string(i) + " was reserved but never written");
        }
        char row[21] = "0000000000 00000 n \n";
        std::uint64_t value = offsets_[i];
        for (int digit = 9; digit >= 0; --digit) {
            row[digit] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
        tail.append(row, 20);
    }
    write(tail);
    // The /ID: two hashes of everything written so far, which is the whole file but the trailer.
    std::string id;
    for (const std::uint64_t value : {hash_a_, hash_b_}) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            id += kHex[(value >> shift) & 15];
        }
    }
    tail = "trailer\n<</Size ";
    append_unsigned(tail, offsets_.size());
    tail += "/Root ";
    append_unsigned(tail, root);
    tail += " 0 R/Info ";
    append_unsigned(tail, info);
    tail += " 0 R/ID[<" + id + "><" + id + ">]>>\nstartxref\n";
    append_unsigned(tail, xref);
    tail += "\n%%EOF\n";
    write(tail);
    flush();
    const int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0) {
        write_failed(path_, "the file could not be closed");
    }
}

void append_text_string(std::string& out, std::string_view utf8_text) {
    bool plain = true;
    for (const char c : utf8_text) {
        if (c < 0x20 || c > 0x7E || c == '(' || c == ')' || c == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '(';
        out += utf8_text;
        out += ')';
        return;
    }
    out += "<FEFF";
    auto unit = [&out](std::uint32_t value) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out += kHex[(value >> shift) & 15];
        }
    };
    std::size_t pos = 0;
    while (pos < utf8_text.size()) {
        char32_t code_point = 0;
        std::size_t length = utf8::decode(utf8_text, pos, code_point);
        if (length == 0) {
            code_point = 0xFFFD;
            length = 1;
        }
        pos += length;
        if (code_point >= 0x10000) {
            const std::uint32_t v = static_cast<std::uint32_t>(code_point) - 0x10000;
            unit(0xD800 + (v >> 10));
            unit(0xDC00 + (v & 0x3FF));
        } else {
            unit(static_cast<std::uint32_t>(code_point));
        }
    }
    out += '>';
}

}  // namespace nastavdoc::render::pdf
