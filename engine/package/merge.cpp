#include "engine/base/files.h"
#include "engine/generate.h"
#include "engine/package/calls.h"
#include "engine/package/combined_pdf.h"
#include "engine/package/make_document.h"
#include "engine/package/package.h"

#include <memory>
#include <optional>
#include <set>

namespace nastavdoc::package {

namespace {

namespace fs = std::filesystem;

void create_folder(const fs::path& folder) {
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        throw_environment_error(
            "io.write", "cannot create folder '" + folder.string() + "': " + error.message(),
            folder.string());
    }
}

}  // namespace

bool is_combined_pdf(const fs::path& output) {
    return output.extension() == ".pdf";
}

MergeResult merge_documents(const MergeOptions& options, Diagnostics& diagnostics) {
    MergeResult result;
    Job job;
    job.template_name = options.template_name;
    const auto parsed = parse_job_template(job, diagnostics);
    if (!parsed || diagnostics.has_errors())
        return result;
    const auto data = load_checked_dataset(options.data, diagnostics);
    if (!data)
        return result;
    const bool one_pdf = is_combined_pdf(options.output);
    const std::vector<Call> calls = calls_for_each(*data, options.each, !one_pdf);
    if (calls.empty()) {
        diagnostics.error("merge.nobody", "the dataset has no " + options.each,
                          {data->file(), 0, 0});
        return result;
    }

    const std::string format = one_pdf ? "pdf" : options.format;
    create_folder(
        one_pdf ? (options.output.has_parent_path() ? options.output.parent_path() : fs::path("."))
                : options.output);
    std::unique_ptr<fonts::FontBook> fonts;
    if (format == "pdf")
        fonts = std::make_unique<fonts::FontBook>();
    std::unique_ptr<CombinedPdf> combined;
    if (one_pdf) {
        combined = std::make_unique<CombinedPdf>(options.output, *fonts);
        combined->set_title(parsed->title.find("{{") == std::string::npos ? parsed->title : "");
    }
    // Lookups over the dataset and paragraphs already set, shared by every document.
    Session session(*data);
    const std::string name = fs::path(options.template_name).stem().string();
    std::set<std::string> used;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        const Call& call = calls[i];
        DocumentRequest request{
            name, parsed.get(), &call, format, {}, options.publish, options.timestamp, &session};
        std::string label = call.label;  // a file name only for a file of its own
        if (!one_pdf) {
            std::string file = name + "_" + call.file_stem + "." + format;
            for (int n = 2; !used.insert(file).second; ++n)
                file = name + "_" + call.file_stem + "_" + std::to_string(n) + "." + format;
            request.output = options.output / file;
            label = file;
        }
        if (options.progress)
            options.progress(i + 1, calls.size(), name + " " + label);
        Diagnostics problems;
        std::optional<std::string> title;
        try {
            title = make_document(request, *data, fonts.get(), combined.get(), problems);
        } catch (const Error& error) {
            problems.add(error.diagnostic());
            result.environment_failure = true;
        }
        if (!title) {
            ++result.failed;
            if (options.report)
                options.report(name + " " + call.label, problems);
            continue;
        }
        ++result.documents;
    }
    if (combined && result.failed == 0) {
        combined->commit();  // only a complete file replaces a previous one
        result.pages = combined->page_count();
    }
    return result;
}

}  // namespace nastavdoc::package
