#include "engine/layout/layout.h"

#include "engine/base/units.h"
#include "engine/layout/blocks/blocks.h"
#include "engine/layout/pagination/paginate.h"

namespace nastavdoc::layout {

void layout_document(const model::Document& document, const fonts::FontBook& fonts,
                     Diagnostics& diagnostics, const std::function<void(Page&&)>& emit,
                     ParagraphCache* paragraphs) {
    const fonts::Family family = family_for(document.styles);
    Paginator paginator(fonts, document.page_numbers, family, emit);
    for (const model::Section& section : document.sections) {
        paginator.begin_section(section.page);
        model::PageSetup page = section.page;
        if ((page.orientation == model::Orientation::Landscape) ==
            (page.width_mm < page.height_mm)) {
            std::swap(page.width_mm, page.height_mm);
        }
        Context context{document.styles,
                        fonts,
                        diagnostics,
                        family,
                        mm_to_pt(page.text_width_mm()),
                        mm_to_pt(page.text_height_mm()),
                        std::nullopt,
                        std::nullopt,
                        paragraphs};
        Units units;
        layout_blocks(section.blocks, context, units);
        for (Unit& unit : units) {
            paginator.add(std::move(unit));
        }
    }
    paginator.finish();
}

std::vector<Page> layout_document(const model::Document& document, const fonts::FontBook& fonts,
                                  Diagnostics& diagnostics, ParagraphCache* paragraphs) {
    std::vector<Page> pages;
    layout_document(
        document, fonts, diagnostics, [&pages](Page&& page) { pages.push_back(std::move(page)); },
        paragraphs);
    return pages;
}

}  // namespace nastavdoc::layout
