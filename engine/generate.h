// The whole pipeline in one function: dataset -> template -> model -> typography -> a format.
// In: a Job (template, dataset, format, output). Out: the file, or the tree on `out`.
// Never reads the clock: the timestamp comes with the job (flag or SOURCE_DATE_EPOCH).
#pragma once
#include "engine/base/diagnostics.h"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
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

}  // namespace nastavdoc
