// Internal to render/docx/.
// The part writers: each returns one serialized XML part of the package. package.cpp calls them
// in a fixed order and zips the results.
#pragma once
#include "engine/model/document.h"
#include "engine/render/docx/part_writer.h"

#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::render::docx {

/// A part as it goes into the zip: its name inside the package, content type, bytes.
struct Part {
    std::string name;          // "word/document.xml"
    std::string content_type;  // empty for parts covered by a Default (".rels")
    std::string bytes;
    std::string_view borrowed{};  // when not empty, the bytes, kept by the caller (the body)

    std::string_view data() const { return borrowed.empty() ? std::string_view(bytes) : borrowed; }
};

/// The lists of the document as numbering.xml will declare them. Abstract definitions and
/// instances are numbered in first-use order, so the same document gives the same ids.
class NumberingRegistry {
public:
    struct Abstract {
        model::ListFormat format;
        std::string marker;  // Bullet only
    };
    struct Instance {
        int abstract_id = 0;
        int level = 0;  // the level whose counter restarts at `start`
        int start = 1;
    };

    /// A new list instance (its own counter) of the list's format; returns its w:numId.
    int add_instance(const model::List& list, int level);
    bool is_empty() const { return instances_.empty(); }
    const std::vector<Abstract>& abstracts() const { return abstracts_; }
    const std::vector<Instance>& instances() const { return instances_; }

private:
    std::vector<Abstract> abstracts_;
    std::vector<Instance> instances_;
};

/// What the document part refers to by relationship id.
struct DocumentRelations {
    bool has_page_numbers = false;  // header1.xml (PAGE field) and header2.xml (first page)
    bool has_numbering = false;
};

inline constexpr const char* kHeaderDefaultId = "rId1";
inline constexpr const char* kHeaderFirstId = "rId2";

/// Writes word/document.xml into `out` (the package zips it from there, without a copy).
void write_document_part(const model::Document& document, NumberingRegistry& numbering,
                         XmlText& out);
std::string write_document_part(const model::Document& document, NumberingRegistry& numbering);
std::string write_header_part(const model::Document& document, bool with_page_number);
std::string write_styles_part(const model::Document& document);
std::string write_numbering_part(const model::Document& document,
                                 const NumberingRegistry& numbering);
std::string write_settings_part(const model::Document& document);
std::string write_core_properties(const model::Document& document);
std::string write_content_types(const std::vector<Part>& parts);
std::string write_package_relationships();
std::string write_document_relationships(const DocumentRelations& relations);

/// Zips the parts in the given order with fixed dates and compression (zip_archive.cpp); throws
/// nastavdoc::Error (code "docx.zip") when zlib fails or the package would need ZIP64 (4 GB,
/// 65535 parts), naming `output_for_messages` if not empty.
std::string zip_parts(const std::vector<Part>& parts, const std::string& output_for_messages);

}  // namespace nastavdoc::render::docx
