// The whole pipeline in one function: dataset -> template -> model -> typography -> a format.
// In: a Job (template, dataset, format, output). Out: the file, or the tree on `out`.
// Never reads the clock: the timestamp comes with the job (flag or SOURCE_DATE_EPOCH).
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/dataset/dataset.h"
#include "engine/layout/layout.h"
#include "engine/model/document.h"
#include "engine/template/template.h"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nastavdoc {

struct Job {
    std::string template_name;  // a name from `nastavdoc list` or a path to a .xml file
    std::filesystem::path data;
    std::string format = "tree";                                 // tree, docx, xlsx, pdf
    std::filesystem::path output;                                // empty: the tree goes to `out`
    std::vector<std::pair<std::string, std::string>> variables;  // --set key=value
    bool publish = false;        // for the website: no personal data beyond consents
    std::int64_t timestamp = 0;  // seconds since 1970 (SOURCE_DATE_EPOCH), for metadata
};

/// The folder of built-in templates: $NASTAVDOC_TEMPLATES, else the source tree's templates/.
std::filesystem::path templates_folder();

/// A template name or path as a file; nullopt-like empty path (after a diagnostic) when unknown.
std::filesystem::path resolve_template(const std::string& name, Diagnostics& diagnostics);

/// Runs the job. User mistakes go to `diagnostics` (the run stops between stages once there is
/// an error); environment failures throw nastavdoc::Error. Returns true when output was written.
bool generate(const Job& job, Diagnostics& diagnostics, std::ostream& out);

// The same pipeline in steps, for commands that make many documents from one dataset (package,
// merge): the dataset is loaded and checked once, each template parsed once.

/// Loads and checks a dataset; nullptr when it has errors (they are in `diagnostics`).
std::unique_ptr<dataset::Dataset> load_checked_dataset(const std::filesystem::path& path,
                                                       Diagnostics& diagnostics);

/// Resolves and parses the job's template; nullptr when it is unknown or not a template.
/// A template with errors is still returned (expansion then reports the rest).
std::unique_ptr<tmpl::Template> parse_job_template(const Job& job, Diagnostics& diagnostics);

/// What documents made one after another from one dataset share (merge): the template's lookups
/// over the dataset and the paragraphs layout has already set. Its size does not grow with the
/// number of documents; it must not outlive the dataset. Not thread-safe.
struct Session {
    explicit Session(const dataset::Dataset& data) : lookups(data) {}
    tmpl::SharedLookups lookups;
    layout::ParagraphCache paragraphs;
};

/// Expands `parsed` over `data` with the job's format, variables and publish flag, and applies
/// the typography pass; nullopt when there were errors. `session` (may be null) carries what
/// earlier documents over the same dataset prepared.
std::optional<model::Document> generate_document(const tmpl::Template& parsed,
                                                 const dataset::Dataset& data, const Job& job,
                                                 Diagnostics& diagnostics,
                                                 Session* session = nullptr);

/// Writes a finished document in `job.format` to `job.output` (tree and docx go to `out` when
/// there is no output). Returns false (after a diagnostic) for a format this build cannot write.
bool write_document(const model::Document& document, const Job& job, Diagnostics& diagnostics,
                    std::ostream& out);

/// generate() over an already loaded and checked dataset.
bool generate(const Job& job, const dataset::Dataset& data, Diagnostics& diagnostics,
              std::ostream& out);

}  // namespace nastavdoc
