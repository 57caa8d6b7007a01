// Internal to package/. The index of a package: index.md for people, index.json for machines.
#pragma once
#include "engine/package/package.h"

#include <filesystem>
#include <string>

namespace nastavdoc::package {

struct IndexHeader {
    std::string organization;
    std::string dataset;  // the file name
    bool published = false;
    std::size_t failed = 0;
};

/// Markdown: a heading, then a table of every file with document, format, stage and size.
std::string index_markdown(const IndexHeader& header, const std::vector<PackageFile>& files);
/// JSON: the header and an array of files (path, template, document, format, stage, bytes,
/// published).
std::string index_json(const IndexHeader& header, const std::vector<PackageFile>& files);

}  // namespace nastavdoc::package
