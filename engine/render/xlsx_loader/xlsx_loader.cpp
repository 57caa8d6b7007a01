#include "engine/render/xlsx_loader/xlsx_loader.h"

#include "engine/base/diagnostics.h"
#include "engine/base/plugin.h"
#include "engine/render/xlsx_module/xlsx_abi.h"

namespace nastavdoc::render::xlsx {

void write_xlsx_file(const model::Document& document, const std::filesystem::path& output) {
    const auto write =
        reinterpret_cast<XlsxWriteFn>(plugin_symbol("libnastavdoc-xlsx.so", kXlsxWriteSymbol));
    XlsxFailure failure{};
    if (write(kXlsxAbi, document, output.c_str(), failure) == 0)
        return;
    Diagnostic diagnostic;
    diagnostic.code = failure.code;
    diagnostic.message = failure.message;
    diagnostic.span.file = failure.file;
    throw Error(std::move(diagnostic));
}

}  // namespace nastavdoc::render::xlsx
