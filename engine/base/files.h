// Reading input files and writing output files safely.
// Output goes to a temporary file beside the target and is renamed over it only when complete,
// so a failed run never leaves a broken file where a good one was.
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace nastavdoc {

/// Reads a whole file; throws nastavdoc::Error (code "io.read") when it cannot.
std::string read_file(const std::filesystem::path& path);

/// Writes `bytes` to `path` atomically (temporary file + rename). Throws nastavdoc::Error
/// (code "io.write") on failure and leaves any previous file untouched.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

/// Lets a writer that needs a file name (libxlsxwriter, PoDoFo) write to a temporary path;
/// the result is renamed to `path` when `write` returns normally, and removed when it throws.
void write_via_temporary(const std::filesystem::path& path,
                         const std::function<void(const std::filesystem::path&)>& write);

}  // namespace nastavdoc
