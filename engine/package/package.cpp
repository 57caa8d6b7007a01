#include "engine/package/package.h"

#include "engine/base/files.h"
#include "engine/generate.h"
#include "engine/package/calls.h"
#include "engine/package/combined_pdf.h"
#include "engine/package/index.h"
#include "engine/package/make_document.h"
#include "engine/package/manifest.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace nastavdoc::package {

namespace {

namespace fs = std::filesystem;

// A template of the manifest that exists, parsed once.
struct PlannedTemplate {
    ManifestEntry entry;
    tmpl::TemplateInfo info;
    std::unique_ptr<tmpl::Template> parsed;
    std::vector<std::string> formats;
    std::vector<Call> calls;
};

// One folder's worth of a template: the internal or the published version.
struct Variant {
    const PlannedTemplate* planned;
    std::string folder;  // relative to the package folder
    bool published;
};

std::vector<std::string> chosen_formats(const tmpl::TemplateInfo& info,
                                        const std::vector<std::string>& wanted) {
    std::vector<std::string> formats;
    for (const auto& format : info.formats) {
        if (wanted.empty() || std::find(wanted.begin(), wanted.end(), format) != wanted.end())
            formats.push_back(format);
    }
    return formats;
}

std::vector<Call> calls_of(const PlannedTemplate& planned, const dataset::Dataset& data) {
    if (!planned.parsed->each.empty())
        return calls_for_each(data, planned.parsed->each);
    std::string catalog = planned.entry.catalog;
    if (const auto* attribute = planned.parsed->root.find_attribute("catalog"))
        catalog = attribute->raw;  // the template says how it is called; the manifest follows
    if (!catalog.empty())
        return calls_for_catalog(data, catalog);
    return {Call{}};
}

// File names unique within the package: a second «Ivanov_I_I» becomes «Ivanov_I_I_2».
class FileNames {
public:
    std::string claim(const std::string& folder, const std::string& stem,
                      const std::string& extension) {
        std::string path = folder + "/" + stem + "." + extension;
        for (int n = 2; !used_.insert(path).second; ++n)
            path = folder + "/" + stem + "_" + std::to_string(n) + "." + extension;
        return path;
    }

private:
    std::set<std::string> used_;
};

class PackageWriter {
public:
    PackageWriter(const PackageOptions& options, const dataset::Dataset& data)
        : options_(options), data_(data) {}

    void plan(const Manifest& manifest, const std::vector<tmpl::TemplateInfo>& templates,
              Diagnostics& diagnostics);
    void write();
    PackageResult result() { return std::move(result_); }

private:
    void write_variant(const Variant& variant);
    void fail(const std::string& what, const Diagnostics& diagnostics);
    void progress(const std::string& label) {
        ++done_;
        if (options_.progress)
            options_.progress(done_, total_, label);
    }

    const PackageOptions& options_;
    const dataset::Dataset& data_;
    std::vector<std::unique_ptr<PlannedTemplate>> planned_;
    std::vector<Variant> variants_;
    std::unique_ptr<fonts::FontBook> fonts_;
    FileNames names_;
    PackageResult result_;
    std::size_t total_ = 0;
    std::size_t done_ = 0;
};

void PackageWriter::plan(const Manifest& manifest, const std::vector<tmpl::TemplateInfo>& templates,
                         Diagnostics& diagnostics) {
    for (const auto& entry : manifest.entries) {
        const auto info = std::find_if(templates.begin(), templates.end(), [&](const auto& t) {
            return t.name == entry.template_name;
        });
        if (info == templates.end())
            continue;  // listed but not written yet: the package makes what exists
        if (options_.publish && !entry.publish)
            continue;
        auto planned = std::make_unique<PlannedTemplate>();
        planned->entry = entry;
        planned->info = *info;
        planned->formats = chosen_formats(*info, options_.formats);
        if (planned->formats.empty())
            continue;
        Diagnostics parse_problems;
        Job job;
        job.template_name = info->path.string();
        planned->parsed = parse_job_template(job, parse_problems);
        if (!planned->parsed || parse_problems.has_errors()) {
            fail(entry.template_name, parse_problems);
            continue;
        }
        planned->calls = calls_of(*planned, data_);
        if (planned->calls.empty())
            continue;  // no order of its catalog ID, nobody of its kind
        const std::size_t per_variant =
            planned->calls.size() * planned->formats.size() +
            (!planned->parsed->each.empty() &&
                     std::count(planned->formats.begin(), planned->formats.end(), "pdf")
                 ? 1
                 : 0);
        if (options_.publish) {
            variants_.push_back({planned.get(), entry.stage, true});
            total_ += per_variant;
        } else {
            variants_.push_back({planned.get(), entry.stage, false});
            total_ += per_variant;
            if (entry.web) {
                variants_.push_back({planned.get(), manifest.web_folder, true});
                total_ += per_variant;
            }
        }
        planned_.push_back(std::move(planned));
    }
    (void)diagnostics;
}

void PackageWriter::fail(const std::string& what, const Diagnostics& diagnostics) {
    ++result_.failed;
    if (options_.report)
        options_.report(what, diagnostics);
}

void PackageWriter::write() {
    std::set<std::string> folders = {"."};
    bool needs_fonts = false;
    for (const auto& variant : variants_) {
        folders.insert(variant.folder);
        needs_fonts = needs_fonts || std::count(variant.planned->formats.begin(),
                                                variant.planned->formats.end(), "pdf");
    }
    for (const auto& folder : folders) {
        std::error_code error;
        fs::create_directories(options_.output / folder, error);
        if (error) {
            throw_environment_error("io.write",
                                    "cannot create folder '" + (options_.output / folder).string() +
                                        "': " + error.message(),
                                    options_.output.string());
        }
    }
    if (needs_fonts)
        fonts_ = std::make_unique<fonts::FontBook>();
    for (const auto& variant : variants_)
        write_variant(variant);
}

void PackageWriter::write_variant(const Variant& variant) {
    const PlannedTemplate& planned = *variant.planned;
    const std::string& name = planned.entry.template_name;
    const bool each = !planned.parsed->each.empty();
    const bool has_pdf = std::count(planned.formats.begin(), planned.formats.end(), "pdf") > 0;
    std::unique_ptr<CombinedPdf> combined;
    std::string combined_path;
    if (each && has_pdf) {
        combined_path = names_.claim(variant.folder, name + "_all", "pdf");
        combined = std::make_unique<CombinedPdf>(options_.output / combined_path, *fonts_);
        combined->set_title(planned.info.title);
    }
    bool all_made = true;
    for (const Call& call : planned.calls) {
        const std::string stem = call.file_stem.empty() ? name : name + "_" + call.file_stem;
        for (const auto& format : planned.formats) {
            const std::string path = names_.claim(variant.folder, stem, format);
            const std::string file_name = path.substr(variant.folder.size() + 1);
            progress(name + " " + (variant.published ? "web " : "") +
                     (call.file_stem.empty() ? file_name : call.file_stem + "." + format));
            DocumentRequest request{name,
                                    planned.parsed.get(),
                                    &call,
                                    format,
                                    options_.output / path,
                                    variant.published,
                                    options_.timestamp};
            Diagnostics diagnostics;
            std::optional<std::string> title;
            try {
                title = make_document(request, data_, fonts_.get(),
                                      format == "pdf" ? combined.get() : nullptr, diagnostics);
            } catch (const Error& error) {
                diagnostics.add(error.diagnostic());
                result_.environment_failure = true;
            }
            result_.warnings += diagnostics.warning_count();
            if (!title) {
                all_made = false;
                fail(path, diagnostics);
                continue;
            }
            std::error_code ignored;
            const std::uintmax_t bytes = fs::file_size(options_.output / path, ignored);
            result_.files.push_back(
                {path, name, call.label.empty() ? *title : *title + " — " + call.label, format,
                 planned.entry.stage, bytes == static_cast<std::uintmax_t>(-1) ? 0 : bytes,
                 variant.published});
        }
    }
    if (!combined)
        return;
    progress(name + " " + (variant.published ? "web " : "") + name + "_all.pdf");
    if (!all_made) {
        Diagnostics why;
        why.error("package.combined-incomplete", "not written: a document of it failed (see above)",
                  {combined_path, 0, 0});
        fail(combined_path, why);
        return;  // the destructor removes the temporary file; a previous good one stays
    }
    try {
        combined->commit();
    } catch (const Error& error) {
        Diagnostics why;
        why.add(error.diagnostic());
        result_.environment_failure = true;
        fail(combined_path, why);
        return;
    }
    std::error_code ignored;
    const std::uintmax_t bytes = fs::file_size(options_.output / combined_path, ignored);
    result_.files.push_back(
        {combined_path, name,
         planned.info.title + " — все (" + std::to_string(planned.calls.size()) + ")", "pdf",
         planned.entry.stage, bytes == static_cast<std::uintmax_t>(-1) ? 0 : bytes,
         variant.published});
}

}  // namespace

PackageResult write_package(const PackageOptions& options, Diagnostics& diagnostics) {
    const fs::path manifest_file =
        options.manifest.empty() ? templates_folder() / "package.json" : options.manifest;
    const Manifest manifest = read_manifest(manifest_file, diagnostics);
    if (diagnostics.has_errors())
        return {};
    const auto data = load_checked_dataset(options.data, diagnostics);
    if (!data)
        return {};
    const auto templates = tmpl::list_templates(templates_folder(), diagnostics);
    if (diagnostics.has_errors())
        return {};

    PackageWriter writer(options, *data);
    writer.plan(manifest, templates, diagnostics);
    writer.write();
    PackageResult result = writer.result();

    IndexHeader header;
    const dataset::Value* organization = data->root().find("organization");
    header.organization = organization != nullptr
                              ? std::string(organization->string_or_empty("short_name"))
                              : std::string();
    header.dataset = options.data.filename().string();
    header.published = options.publish;
    header.failed = result.failed;
    // Written last: an index never lists a file that is not there.
    write_file_atomically(options.output / "index.md", index_markdown(header, result.files));
    write_file_atomically(options.output / "index.json", index_json(header, result.files));
    return result;
}

}  // namespace nastavdoc::package
