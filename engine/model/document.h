// The document model: plain data that the template expander builds and every writer reads.
// In: nothing (it is a vocabulary). Out: sections of blocks with page setup and a style sheet.
// Never does layout: DOCX and XLSX leave it to Word and Excel, PDF to engine/layout.
#pragma once
#include "engine/base/source_span.h"
#include "engine/model/block.h"
#include "engine/model/style.h"

#include <functional>
#include <string>
#include <vector>

namespace nastavdoc::model {

enum class Orientation : std::uint8_t { Portrait, Landscape };

struct PageSetup {
    double width_mm = 210;  // of the sheet as printed: landscape swaps width and height
    double height_mm = 297;
    Orientation orientation = Orientation::Portrait;
    double margin_top_mm = 20;
    double margin_right_mm = 15;
    double margin_bottom_mm = 20;
    double margin_left_mm = 30;
    double header_distance_mm = 10;  // page numbers at least 10 mm from the top edge

    double text_width_mm() const { return width_mm - margin_left_mm - margin_right_mm; }
    double text_height_mm() const { return height_mm - margin_top_mm - margin_bottom_mm; }
};

/// A run of pages with one page setup. A section after the first starts on a new page
/// (attachments, a landscape register); its page numbering continues.
struct Section {
    PageSetup page;
    Blocks blocks;
    bool is_attachment = false;
    SourceSpan span;
};

struct Metadata {
    std::string title;
    std::string author;   // the organization's short name
    std::string subject;  // the document kind, e.g. "Приказ"
    std::string keywords;
    std::string created;  // ISO date of the document ("2021-05-28"); never the clock
    std::string catalog;  // documents.md C.5 ID of <document catalog="ORD-04">, e.g. "ORD-04"
    std::string language = "ru-RU";
    bool published = false;  // made for the website: personal data left out (says so in PDF/DOCX)
};

struct Document {
    std::string kind;     // "order", "regulation", "roadmap", "register", "consent", ...
    std::string profile;  // "gost2016" or "gost2025"
    Metadata metadata;
    StyleSheet styles;
    bool page_numbers = true;  // centred at the top from page 2 on (ГОСТ Р 7.0.97)
    std::vector<Section> sections;
    SourceSpan span;
};

/// Calls `visit` on every piece of inline content, in reading order: paragraphs (also inside
/// lists and table cells), lines of grifs, organization blocks, signatures and executor notes.
/// The typography pass runs through it, so all three formats carry the same text.
void for_each_inlines(Document& document, const std::function<void(Inlines&)>& visit);

}  // namespace nastavdoc::model
