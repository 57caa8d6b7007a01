#include "engine/generate.h"

#include "engine/base/files.h"
#include "engine/dataset/dataset.h"
#include "engine/model/dump.h"
#include "engine/render/docx/docx.h"
#include "engine/render/xlsx/xlsx.h"
#include "engine/template/template.h"
#include "engine/text/apply_typography.h"

#include <cstdlib>
#include <ostream>

namespace nastavdoc {

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

bool generate(const Job& job, Diagnostics& diagnostics, std::ostream& out) {
    const std::filesystem::path template_file = resolve_template(job.template_name, diagnostics);
    if (template_file.empty())
        return false;

    const auto data = dataset::load_dataset(job.data, diagnostics);
    if (!data)
        return false;
    dataset::check_dataset(*data, diagnostics);
    if (diagnostics.has_errors())
        return false;

    const std::vector<std::filesystem::path> folders = {templates_folder()};
    const auto parsed = tmpl::parse_template(template_file, folders, diagnostics);
    if (!parsed)
        return false;  // after template errors expansion still runs: one run, all errors

    tmpl::ExpandOptions options;
    // `format` (tree, docx, xlsx, pdf) lets a template differ per output: a questionnaire's
    // XLSX is a data-entry sheet, its DOCX and PDF the printed form. --set may override it.
    options.variables = {{"format", job.format}};
    options.variables.insert(options.variables.end(), job.variables.begin(), job.variables.end());
    options.publish = job.publish;
    options.profiles_folder = templates_folder() / "profiles";
    model::Document document = tmpl::expand_template(*parsed, *data, options, diagnostics);
    if (diagnostics.has_errors())
        return false;

    text::apply_typography(document);

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
        render::xlsx::write_xlsx(document, job.output);
        return true;
    }
    diagnostics.error("cli.format", "the " + job.format + " writer is not part of this build", {});
    return false;
}

}  // namespace nastavdoc
