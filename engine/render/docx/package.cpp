// The package: which parts a .docx holds and in what order. This is the only file that knows it.
//
//   [Content_Types].xml
//   _rels/.rels                      -> word/document.xml, docProps/core.xml
//   word/document.xml                the body: sections, paragraphs, lists, tables, requisites
//   word/_rels/document.xml.rels     -> header1.xml, header2.xml, styles.xml, settings.xml,
//                                       numbering.xml
//   word/styles.xml                  a named style per model::Role, Times New Roman, ru-RU
//   word/settings.xml                automatic hyphenation, tab stops, compatibility mode
//   word/numbering.xml               only when the document has lists
//   word/header1.xml                 the centred PAGE field (pages 2 and on)
//   word/header2.xml                 the empty header of page 1
//   docProps/core.xml                title, author, dates from the document
#include "engine/base/diagnostics.h"
#include "engine/base/files.h"
#include "engine/render/docx/docx.h"
#include "engine/render/docx/parts.h"

namespace nastavdoc::render::docx {

namespace {

constexpr const char* kMainType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
constexpr const char* kStylesType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
constexpr const char* kSettingsType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
constexpr const char* kNumberingType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
constexpr const char* kHeaderType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
constexpr const char* kCoreType = "application/vnd.openxmlformats-package.core-properties+xml";

// `body` keeps word/document.xml, which the parts borrow.
std::vector<Part> build_parts(const model::Document& document, XmlText& body) {
    NumberingRegistry numbering;
    // The body first: it decides which lists numbering.xml declares.
    write_document_part(document, numbering, body);
    DocumentRelations relations;
    relations.has_page_numbers = document.page_numbers;
    relations.has_numbering = !numbering.is_empty();

    std::vector<Part> parts;
    parts.push_back({"[Content_Types].xml", "", ""});
    parts.push_back({"_rels/.rels", "", write_package_relationships()});
    parts.push_back({"word/document.xml", kMainType, {}, body.view()});
    parts.push_back({"word/_rels/document.xml.rels", "", write_document_relationships(relations)});
    parts.push_back({"word/styles.xml", kStylesType, write_styles_part(document)});
    parts.push_back({"word/settings.xml", kSettingsType, write_settings_part(document)});
    if (relations.has_numbering) {
        parts.push_back(
            {"word/numbering.xml", kNumberingType, write_numbering_part(document, numbering)});
    }
    if (relations.has_page_numbers) {
        parts.push_back({"word/header1.xml", kHeaderType, write_header_part(document, true)});
        parts.push_back({"word/header2.xml", kHeaderType, write_header_part(document, false)});
    }
    parts.push_back({"docProps/core.xml", kCoreType, write_core_properties(document)});
    parts.front().bytes = write_content_types(parts);
    return parts;
}

}  // namespace

std::string docx_bytes(const model::Document& document) {
    XmlText body;
    return zip_parts(build_parts(document, body), {});
}

void write_docx(const model::Document& document, const std::filesystem::path& output) {
    XmlText body;
    write_file_atomically(output, zip_parts(build_parts(document, body), output.string()));
}

}  // namespace nastavdoc::render::docx
