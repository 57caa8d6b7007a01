// Writes the sample documents of the DOCX tests into a folder, for the end-to-end check
// (docx_e2e.sh): order.docx (a приказ with a 200-pair landscape attachment) and anketa.docx.
#include "engine/base/diagnostics.h"
#include "engine/render/docx/docx.h"
#include "tests/unit/render/docx/sample_document.h"

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: docx_sample OUTPUT_DIR\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    try {
        nastavdoc::render::docx::write_docx(nastavdoc::testing::sample_order(200),
                                            dir / "order.docx");
        nastavdoc::render::docx::write_docx(nastavdoc::testing::sample_questionnaire(),
                                            dir / "anketa.docx");
    } catch (const nastavdoc::Error& error) {
        std::cerr << nastavdoc::format_diagnostic(error.diagnostic()) << "\n";
        return 3;
    }
    return 0;
}
