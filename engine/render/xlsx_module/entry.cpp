// The exported entry of libnastavdoc-xlsx.so (xlsx_abi.h).
#include "engine/base/diagnostics.h"
#include "engine/render/xlsx/xlsx.h"
#include "engine/render/xlsx_module/xlsx_abi.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <string_view>

namespace {

void copy_text(char* out, std::size_t size, std::string_view text) {
    const std::size_t n = std::min(text.size(), size - 1);
    std::memcpy(out, text.data(), n);
    out[n] = '\0';
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int nastavdoc_xlsx_write(
    int abi, const nastavdoc::model::Document& document, const char* output,
    nastavdoc::render::xlsx::XlsxFailure& failure) {
    using nastavdoc::render::xlsx::XlsxFailure;
    failure = XlsxFailure{};
    try {
        if (abi != nastavdoc::render::xlsx::kXlsxAbi) {
            copy_text(failure.code, sizeof failure.code, "environment.module");
            copy_text(failure.message, sizeof failure.message,
                      "libnastavdoc-xlsx.so is of another version; rebuild the program");
            return 1;
        }
        nastavdoc::render::xlsx::write_xlsx(document, output);
        return 0;
    } catch (const nastavdoc::Error& error) {
        copy_text(failure.code, sizeof failure.code, error.diagnostic().code);
        copy_text(failure.message, sizeof failure.message, error.diagnostic().message);
        copy_text(failure.file, sizeof failure.file, error.diagnostic().span.file);
    } catch (const std::exception& error) {
        copy_text(failure.code, sizeof failure.code, "xlsx.write");
        copy_text(failure.message, sizeof failure.message, error.what());
        copy_text(failure.file, sizeof failure.file, output);
    }
    return 1;
}
