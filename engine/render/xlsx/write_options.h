// Internal to render/xlsx. How the workbook is held while it is written; write_xlsx chooses by
// size, tests and the benchmark force either way.
#pragma once
#include "engine/model/document.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace nastavdoc::render::xlsx {

enum class MemoryMode : std::uint8_t {
    Auto,      // constant memory once the tables hold more than kStreamingRows rows
    InMemory,  // shared strings, the smaller file
    Constant,  // libxlsxwriter's constant_memory: each row goes to disk when the next begins
};

inline constexpr std::size_t kStreamingRows = 2000;

struct WriteOptions {
    MemoryMode memory = MemoryMode::Auto;
};

bool wants_constant_memory(const model::Document& document, const WriteOptions& options);

void write_xlsx(const model::Document& document, const std::filesystem::path& output,
                const WriteOptions& options);

}  // namespace nastavdoc::render::xlsx
