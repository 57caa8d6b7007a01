// The interface between the program and libnastavdoc-xlsx.so, the XLSX writer (render/xlsx
// with libxlsxwriter), loaded with dlopen only when a workbook is written: libxlsxwriter links
// libcrypto, which costs a process several milliseconds to load here, and a DOCX or PDF run or
// `nastavdoc check` need not pay for it. Both sides are built from the same sources by the same
// compiler, so the document crosses as a C++ reference; failures come back as plain text.
#pragma once
#include "engine/model/document.h"

#include <cstddef>

namespace nastavdoc::render::xlsx {

inline constexpr int kXlsxAbi = 1;
inline constexpr const char* kXlsxWriteSymbol = "nastavdoc_xlsx_write";

/// What write_xlsx threw, as nastavdoc::Error's diagnostic or an exception's text.
struct XlsxFailure {
    char code[64];
    char message[1024];
    char file[1024];
};

/// Returns 0 when the workbook was written; otherwise fills `failure`.
using XlsxWriteFn = int (*)(int abi, const model::Document& document, const char* output,
                            XlsxFailure& failure);

}  // namespace nastavdoc::render::xlsx
