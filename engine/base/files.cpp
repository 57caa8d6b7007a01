#include "engine/base/files.h"

#include "engine/base/diagnostics.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unistd.h>

namespace nastavdoc {

namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& path) {
    std::filesystem::path temp = path;
    temp += ".tmp-" + std::to_string(::getpid());
    return temp;
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        throw_environment_error("io.read", "cannot read '" + path.string() + "': it is a directory",
                                path.string());
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw_environment_error("io.read",
                                "cannot read '" + path.string() + "': " + std::strerror(errno),
                                path.string());
    }
    // One read into a buffer sized from the file (istreambuf_iterator goes byte by byte); a
    // file that grows meanwhile is still read to its end.
    std::string bytes;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec) {
        bytes.resize(static_cast<std::size_t>(size));
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    }
    if (!in.eof()) {
        in.clear(in.rdstate() & ~std::ios::failbit);
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (in.bad()) {
        throw_environment_error("io.read", "cannot read '" + path.string() + "'", path.string());
    }
    return bytes;
}

void write_via_temporary(const std::filesystem::path& path,
                         const std::function<void(const std::filesystem::path&)>& write) {
    const std::filesystem::path temp = temporary_beside(path);
    try {
        write(temp);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw;
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        throw_environment_error("io.write", "cannot write '" + path.string() + "': " + ec.message(),
                                path.string());
    }
}

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
    write_via_temporary(path, [&](const std::filesystem::path& temp) {
        std::FILE* file = std::fopen(temp.c_str(), "wb");
        if (file == nullptr) {
            throw_environment_error("io.write",
                                    "cannot write '" + path.string() + "': " + std::strerror(errno),
                                    path.string());
        }
        const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
        const bool closed = std::fclose(file) == 0;
        if (!written || !closed) {
            throw_environment_error("io.write", "cannot write '" + path.string() + "'",
                                    path.string());
        }
    });
}

}  // namespace nastavdoc
