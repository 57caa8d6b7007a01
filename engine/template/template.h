// Templates: the XML template language of design.md section 4.
// In: a template file (plus the files it includes from the template folders), a dataset and the
// variables of the job. Out: a model::Document filled with roles from the profile.
// Never reads a file outside the template folders, never runs code, never loops without bound:
// every mistake is a diagnostic with the template's file:line:column.
#pragma once
#include "engine/base/diagnostics.h"
#include "engine/dataset/dataset.h"
#include "engine/model/document.h"
#include "engine/template/syntax.h"

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace nastavdoc::tmpl {

/// A parsed template: its `<document>` element with includes already inlined.
struct Template {
    std::filesystem::path file;
    Node root;
    std::string kind;                  // <document kind="order">
    std::string title;                 // <document title="…"> as written
    std::vector<std::string> formats;  // <document formats="docx pdf">; empty: all three
    // <document each="…">: rendered once per item, the item's ID in a variable (empty: once):
    // mentors, mentees, minors (mentees under 18), adults (adult mentors and mentees) set
    // `person` to a person ID; pairs sets `pair` to a pair ID. Templates also render with
    // the variable unset (a blank to fill by hand) where they say so.
    std::string each;
};

/// Parses a template. Includes resolve against the including file's folder, then the first of
/// `folders`; a path that leaves every folder of `folders` (and the template's own) is refused.
/// Returns nullptr when the file is not a template at all (diagnostics say why).
std::unique_ptr<Template> parse_template(const std::filesystem::path& file,
                                         const std::vector<std::filesystem::path>& folders,
                                         Diagnostics& diagnostics);

/// Lookups over one dataset that expansions of many documents may share: the entity behind each
/// node and the indexes that where() and having() build over the dataset's own lists. A merge
/// makes them once for its thousand forms instead of once per form. Its size depends on the
/// dataset and the template, not on the number of documents; it must not outlive the dataset.
class SharedLookups {
public:
    explicit SharedLookups(const dataset::Dataset& data);
    ~SharedLookups();
    SharedLookups(const SharedLookups&) = delete;
    SharedLookups& operator=(const SharedLookups&) = delete;

    struct Tables;  // evaluate.h
    Tables& tables() const { return *tables_; }

private:
    std::unique_ptr<Tables> tables_;
};

struct ExpandOptions {
    std::vector<std::pair<std::string, std::string>> variables;  // --set key=value
    bool publish = false;  // for the website: Metadata::published and the variable `publish`
    std::filesystem::path profiles_folder;  // holds gost2016.json and gost2025.json
    SharedLookups* lookups = nullptr;       // of this dataset; nullptr: made for this expansion
};

/// Expands the template over the dataset into the document model.
model::Document expand_template(const Template& tmpl, const dataset::Dataset& data,
                                const ExpandOptions& options, Diagnostics& diagnostics);

/// A template of a folder as `nastavdoc list` shows it.
struct TemplateInfo {
    std::string name;  // file name without .xml
    std::filesystem::path path;
    std::string kind, title;
    std::vector<std::string> formats;
    std::string each;  // as Template::each
};
/// The templates directly in `folder` (not blocks/ or profiles/), sorted by name.
std::vector<TemplateInfo> list_templates(const std::filesystem::path& folder,
                                         Diagnostics& diagnostics);

}  // namespace nastavdoc::tmpl
