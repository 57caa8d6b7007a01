// Internal to package/. templates/package.json: which templates make the package, in which
// stage folder, and how each is called.
#pragma once
#include "engine/base/diagnostics.h"

#include <filesystem>
#include <string>
#include <vector>

namespace nastavdoc::package {

struct ManifestEntry {
    std::string template_name;
    std::string stage;     // the folder
    std::string catalog;   // ORD-04: once per order of this catalog ID (the template may say it)
    bool web = false;      // also made for the website into the web folder
    bool publish = false;  // may be published: made by --publish (web implies it)
    SourceSpan span;
};

struct Manifest {
    std::vector<std::string> stages;
    std::string web_folder = "web";
    std::vector<ManifestEntry> entries;
};

/// Reads the manifest; problems (not JSON, a missing field, an unknown stage) are diagnostics
/// located in the file. Throws nastavdoc::Error when the file cannot be read.
Manifest read_manifest(const std::filesystem::path& file, Diagnostics& diagnostics);

}  // namespace nastavdoc::package
