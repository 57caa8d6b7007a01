#include "engine/generate.h"

#include "engine/base/files.h"
#include "engine/dataset/dataset.h"
#include "engine/fonts/font_book.h"
#include "engine/layout/layout.h"
#include "engine/model/dump.h"
#include "engine/render/docx/docx.h"
#include "engine/render/pdf/pdf.h"
#include "engine/render/xlsx_loader/xlsx_loader.h"
#include "engine/template/template.h"
#include "engine/text/apply_typography.h"

#include <cstdlib>
#include <ostream>

namespace nastavdoc {

namespace {

// Added to the keywords of a document made for the website (DOCX also sets contentStatus).
constexpr const char* kPublishedNote =
    "Для публикации на сайте: персональные данные исключены (152-ФЗ)";

}  // namespace

std::filesystem::path templates_folder() {
    if (const char* folder = std::getenv("NASTAVDOC_TEMPLATES"); folder != nullptr && *folder) {
        return folder;
    }
    return NASTAVDOC_TEMPLATES_DIR;
}

std::filesystem::path resolve_template(const std::string& name, Diagnostics& diagnostics) {
    std::error_code error;
    if (name.find('/') != std::string::npos || name.ends_with(".xml")) {
        if (std::filesystem::is_regular_file(name, error))
            return name;
        throw_environment_error("io.read", "no template file '" + name + "'", name);
    }
    const std::filesystem::path built_in = templates_folder() / (name + ".xml");
    if (std::filesystem::is_regular_file(built_in, error))
        return built_in;
    diagnostics.error("template.unknown", "no built-in template '" + name + "'", {}, {});
    return {};
}

std::unique_ptr<dataset::Dataset> load_checked_dataset(const std::filesystem::path& path,
                                                       Diagnostics& diagnostics) {
    auto data = dataset::load_dataset(path, diagnostics);
    if (!data)
        return nullptr;
    dataset::check_dataset(*data, diagnostics);
    if (diagnostics.has_errors())
        return nullptr;
    return data;
}

std::unique_ptr<tmpl::Template> parse_job_template(const Job& job, Diagnostics& diagnostics) {
    const std::filesystem::path template_file = resolve_template(job.template_name, diagnostics);
    if (template_file.empty())
        return nullptr;
    const std::vector<std::filesystem::path> folders = {templates_folder()};
    return tmpl::parse_template(template_file, folders, diagnostics);
}

std::optional<model::Document> generate_document(const tmpl::Template& parsed,
                                                 const dataset::Dataset& data, const Job& job,
                                                 Diagnostics& diagnostics, Session* session) {
    tmpl::ExpandOptions options;
    // `format` (tree, docx, xlsx, pdf) lets a template differ per output: a questionnaire's
    // XLSX is a data-entry sheet, its DOCX and PDF the printed form. --set may override it.
    options.variables = {{"format", job.format}};
    options.variables.insert(options.variables.end(), job.variables.begin(), job.variables.end());
    options.publish = job.publish;
    options.profiles_folder = templates_folder() / "profiles";
    options.lookups = session != nullptr ? &session->lookups : nullptr;
    model::Document document = tmpl::expand_template(parsed, data, options, diagnostics);
    if (diagnostics.has_errors())
        return std::nullopt;  // after template errors expansion still runs: one run, all errors

    // documents.md A.18: the dataset's profile.mode; strict unless it says verbatim.
    const dataset::Value* profile = data.root().find("profile");
    text::apply_typography(document,
                           profile != nullptr && profile->string_or_empty("mode") == "verbatim"
                               ? text::TextMode::Verbatim
                               : text::TextMode::Strict);
    if (document.metadata.published) {
        // PDF has no field of its own for this; readers show keywords in document properties.
        std::string& keywords = document.metadata.keywords;
        keywords += std::string(keywords.empty() ? "" : "; ") + kPublishedNote;
    }
    return document;
}

bool write_document(const model::Document& document, const Job& job, Diagnostics& diagnostics,
                    std::ostream& out) {
    // One line per format; each writer adds its own when it is ready.
    if (job.format == "tree") {
        const std::string tree = model::dump_tree(document);
        if (job.output.empty()) {
            out << tree;
        } else {
            write_file_atomically(job.output, tree);
        }
        return true;
    }
    if (job.format == "docx") {
        if (job.output.empty()) {
            out << render::docx::docx_bytes(document);
        } else {
            render::docx::write_docx(document, job.output);
        }
        return true;
    }
    if (job.format == "xlsx") {
        if (job.output.empty()) {
            diagnostics.error("cli.output", "xlsx is written to a file: give one with -o", {});
            return false;
        }
        render::xlsx::write_xlsx_file(document, job.output);
        return true;
    }
    if (job.format == "pdf") {
        if (job.output.empty()) {
            diagnostics.error("cli.output", "pdf is written to a file: give one with -o", {});
            return false;
        }
        const fonts::FontBook& fonts = fonts::FontBook::shared();
        render::pdf::write_pdf(layout::layout_document(document, fonts, diagnostics),
                               document.metadata, fonts, job.output);
        return true;
    }
    diagnostics.error("cli.format", "the " + job.format + " writer is not part of this build", {});
    return false;
}

bool generate(const Job& job, const dataset::Dataset& data, Diagnostics& diagnostics,
              std::ostream& out) {
    const auto parsed = parse_job_template(job, diagnostics);
    if (!parsed)
        return false;
    const auto document = generate_document(*parsed, data, job, diagnostics);
    if (!document)
        return false;
    return write_document(*document, job, diagnostics, out);
}

bool generate(const Job& job, Diagnostics& diagnostics, std::ostream& out) {
    const std::filesystem::path template_file = resolve_template(job.template_name, diagnostics);
    if (template_file.empty())
        return false;
    const auto data = load_checked_dataset(job.data, diagnostics);
    if (!data)
        return false;
    return generate(job, *data, diagnostics, out);
}

}  // namespace nastavdoc
