#include "engine/render/docx/parts.h"
#include "engine/render/docx/xml.h"

namespace nastavdoc::render::docx {

namespace {

constexpr const char* kPackageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRelationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

class RelationshipsWriter {
public:
    RelationshipsWriter() {
        add_declaration(xml_);
        root_ = xml_.append_child("Relationships");
        root_.append_attribute("xmlns") = kPackageRelationships;
    }
    // Ids are handed out in the order of the calls: rId1, rId2, ...
    void add(const std::string& type, const char* target) {
        pugi::xml_node node = root_.append_child("Relationship");
        node.append_attribute("Id").set_value(("rId" + number_text(++count_)).c_str());
        node.append_attribute("Type").set_value(type.c_str());
        node.append_attribute("Target") = target;
    }
    std::string finish() const { return to_string(xml_); }

private:
    pugi::xml_document xml_;
    pugi::xml_node root_;
    long count_ = 0;
};

}  // namespace

std::string write_package_relationships() {
    RelationshipsWriter writer;
    writer.add(std::string(kOfficeRelationshipTypes) + "officeDocument", "word/document.xml");
    writer.add(
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        "core-properties",
        "docProps/core.xml");
    return writer.finish();
}

std::string write_document_relationships(const DocumentRelations& relations) {
    const std::string base = kOfficeRelationshipTypes;
    RelationshipsWriter writer;
    // The headers first: document.xml names them as kHeaderDefaultId and kHeaderFirstId.
    if (relations.has_page_numbers) {
        writer.add(base + "header", "header1.xml");
        writer.add(base + "header", "header2.xml");
    }
    writer.add(base + "styles", "styles.xml");
    writer.add(base + "settings", "settings.xml");
    if (relations.has_numbering)
        writer.add(base + "numbering", "numbering.xml");
    return writer.finish();
}

}  // namespace nastavdoc::render::docx
