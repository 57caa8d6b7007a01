#include "engine/package/combined_pdf.h"

#include "engine/base/diagnostics.h"

#include <string>
#include <system_error>
#include <unistd.h>

namespace nastavdoc::package {

CombinedPdf::CombinedPdf(std::filesystem::path output, const fonts::FontBook& fonts)
    : output_(std::move(output)), fonts_(fonts) {
    temporary_ = output_;
    temporary_ += ".tmp-" + std::to_string(::getpid());
}

CombinedPdf::~CombinedPdf() {
    if (committed_)
        return;
    writer_.reset();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
}

void CombinedPdf::add_page(const layout::Page& page, const model::Metadata& metadata) {
    if (!writer_) {
        model::Metadata combined = metadata;
        if (!title_.empty())
            combined.title = title_;
        // Forms repeat their text page after page: each repeated line is written once.
        writer_ = std::make_unique<render::pdf::PdfWriter>(temporary_, combined, fonts_, true);
    }
    writer_->add_page(page);
    ++pages_;
}

void CombinedPdf::commit() {
    if (!writer_)
        return;  // no page: no file
    writer_->close();
    writer_.reset();
    std::error_code error;
    std::filesystem::rename(temporary_, output_, error);
    if (error) {
        throw_environment_error("io.write",
                                "cannot write '" + output_.string() + "': " + error.message(),
                                output_.string());
    }
    committed_ = true;
}

}  // namespace nastavdoc::package
