// Package and merge: many documents from one dataset, loaded and checked once.
// In: a dataset, the built-in templates and templates/package.json (template -> stage folder,
// how it is called). Out: files in stage folders, index.md and index.json; or one document per
// person or pair (a folder of files, or one PDF streamed page by page).
// Never stops at a failed document: it is reported with its location and the rest are made.
#pragma once
#include "engine/base/diagnostics.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::package {

/// Called before each file is made: its number (1-based), the total, and a short label
/// («consent_adult Kolesnik_D_V.pdf»).
using Progress = std::function<void(std::size_t number, std::size_t total, std::string_view label)>;

/// Called for a document that failed, with what it was and the diagnostics that say why.
using Report = std::function<void(std::string_view what, const Diagnostics& diagnostics)>;

struct PackageOptions {
    std::filesystem::path data;
    std::filesystem::path output;      // the package folder; created when missing
    std::vector<std::string> formats;  // empty: every format a template declares
    bool publish = false;              // only what may be published, personal data left out
    std::int64_t timestamp = 0;        // as Job::timestamp
    std::filesystem::path manifest;    // empty: templates_folder() / "package.json"
    Progress progress;                 // may be empty
    Report report;                     // may be empty
};

/// One file of the package as the index lists it.
struct PackageFile {
    std::string path;  // relative to the package folder, with '/'
    std::string template_name;
    std::string document;  // the document's title (and whom it is for)
    std::string format;
    std::string stage;
    std::uintmax_t bytes = 0;
    bool published = false;
};

struct PackageResult {
    std::vector<PackageFile> files;
    std::size_t failed = 0;            // documents that could not be made
    bool environment_failure = false;  // one of them failed for lack of a font, disk, ...
    std::size_t warnings = 0;          // layout and template warnings of the made documents
};

/// Writes the package. Dataset or manifest errors go to `diagnostics` and nothing is written;
/// a failed document goes to options.report and the others are still made; index.md and
/// index.json are written last. Throws nastavdoc::Error when the folder cannot be created.
PackageResult write_package(const PackageOptions& options, Diagnostics& diagnostics);

struct MergeOptions {
    std::string template_name;
    std::filesystem::path data;
    std::string each;              // mentors, mentees, minors, adults, pairs
    std::filesystem::path output;  // a folder, or a .pdf file for one combined PDF
    std::string format = "pdf";    // for a folder: docx or pdf
    bool publish = false;
    std::int64_t timestamp = 0;
    Progress progress;
    Report report;
};

struct MergeResult {
    std::size_t documents = 0;  // made
    std::size_t failed = 0;
    std::size_t pages = 0;  // of the combined PDF
    bool environment_failure = false;
};

/// One document per person or pair. Into one PDF when output ends in .pdf: pages are laid out
/// and written one at a time, so memory does not grow with the number of documents; the file
/// appears (atomically) only when every document was made.
MergeResult merge_documents(const MergeOptions& options, Diagnostics& diagnostics);

/// Whether `output` names one combined PDF rather than a folder.
bool is_combined_pdf(const std::filesystem::path& output);

}  // namespace nastavdoc::package
