#include "engine/package/make_document.h"

#include "engine/generate.h"
#include "engine/layout/layout.h"
#include "engine/render/pdf/pdf.h"

#include <ostream>
#include <sstream>
#include <vector>

namespace nastavdoc::package {

std::optional<std::string> make_document(const DocumentRequest& request,
                                         const dataset::Dataset& data, const fonts::FontBook* fonts,
                                         CombinedPdf* combined, Diagnostics& diagnostics) {
    Job job;
    job.template_name = request.template_name;
    job.data = data.file();
    job.format = request.format;
    job.output = request.output;
    job.publish = request.publish;
    job.timestamp = request.timestamp;
    if (request.call != nullptr && !request.call->variable.empty())
        job.variables.emplace_back(request.call->variable, request.call->id);

    const auto document =
        generate_document(*request.parsed, data, job, diagnostics, request.session);
    layout::ParagraphCache* paragraphs =
        request.session != nullptr ? &request.session->paragraphs : nullptr;
    if (!document)
        return std::nullopt;
    if (request.format != "pdf") {
        std::ostringstream unused;
        if (!write_document(*document, job, diagnostics, unused))
            return std::nullopt;
        return document->metadata.title;
    }
    if (combined == nullptr) {
        // One document alone: all its pages at once, as `render` makes it.
        render::pdf::write_pdf(layout::layout_document(*document, *fonts, diagnostics, paragraphs),
                               document->metadata, *fonts, request.output);
        return document->metadata.title;
    }
    if (request.output.empty()) {
        // Only into the combined PDF: each page goes out as soon as it is laid out.
        layout::layout_document(
            *document, *fonts, diagnostics,
            [&](layout::Page&& page) { combined->add_page(page, document->metadata); }, paragraphs);
        return document->metadata.title;
    }
    const std::vector<layout::Page> pages =
        layout::layout_document(*document, *fonts, diagnostics, paragraphs);
    render::pdf::write_pdf(pages, document->metadata, *fonts, request.output);
    for (const auto& page : pages)
        combined->add_page(page, document->metadata);
    return document->metadata.title;
}

}  // namespace nastavdoc::package
