// Paragraphs already laid out, kept across documents (a merge of consent forms): the pages laid out
// through the cache are those laid out without it, a cached overfull paragraph warns again, and a
// paragraph is told apart by its width and style as well as its text.
#include "engine/layout/paragraph/paragraph_cache.h"

#include "engine/layout/layout.h"
#include "engine/layout/paragraph/paragraph.h"
#include "tests/unit/layout/sample_documents.h"

#include <gtest/gtest.h>

#include <string>

namespace nastavdoc::layout {
namespace {

const fonts::FontBook& book() {
    return fonts::FontBook::shared();
}

std::string pages_of(const model::Document& document, ParagraphCache* cache) {
    Diagnostics diagnostics;
    return dump_pages(layout_document(document, book(), diagnostics, cache), book());
}

TEST(ParagraphCacheTest, CachedPagesAreThoseLaidOutWithout) {
    ParagraphCache cache;
    // Forms differ in a name and a number; the rest repeats and comes from the cache from the
    // second form on. Each form, and the order after them, must come out as if alone.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 12; ++i) {
            const model::Document form = samples::consent_document(i);
            EXPECT_EQ(pages_of(form, &cache), pages_of(form, nullptr)) << "form " << i;
        }
    }
    const model::Document order = samples::order_document(30);
    EXPECT_EQ(pages_of(order, &cache), pages_of(order, nullptr));
    EXPECT_EQ(pages_of(order, &cache), pages_of(order, nullptr));
    EXPECT_FALSE(cache.store().entries.empty());
}

TEST(ParagraphCacheTest, WidthAndStyleAreAPartOfTheKey) {
    ParagraphCache cache;
    Diagnostics diagnostics;
    const model::Inlines text = samples::text(
        "Согласие действует до\u00A0окончания программы наставничества и\u00A0может быть "
        "отозвано мною в\u00A0любое время по\u00A0письменному заявлению.");
    model::ParagraphStyle style;
    auto lay = [&](double width_pt) {
        for (int use = 0; use < 3; ++use) {
            const auto cached = layout_paragraph_cached(&cache, text, style, fonts::Family::Serif,
                                                        width_pt, book(), diagnostics, {});
            const auto plain = layout_paragraph(text, style, fonts::Family::Serif, width_pt, book(),
                                                diagnostics, {});
            EXPECT_EQ(dump_pages({Page{0, 0, 1, cached.front().runs, {}, {}}}, book()),
                      dump_pages({Page{0, 0, 1, plain.front().runs, {}, {}}}, book()));
            EXPECT_EQ(cached.size(), plain.size());
        }
        return layout_paragraph_cached(&cache, text, style, fonts::Family::Serif, width_pt, book(),
                                       diagnostics, {})
            .size();
    };
    const std::size_t wide = lay(480);
    const std::size_t narrow = lay(200);
    EXPECT_LT(wide, narrow);
    style.size_pt = 10;
    EXPECT_LT(lay(200), narrow);
    style.align = model::Align::Left;
    lay(200);
    EXPECT_EQ(cache.store().entries.size(), 4u);
}

TEST(ParagraphCacheTest, OverfullWarningIsGivenOnEveryUse) {
    ParagraphCache cache;
    model::ParagraphStyle style;
    // A glyph wider than the column cannot fit whatever the breaks.
    const model::Inlines text = samples::text("Ж");
    for (int use = 0; use < 3; ++use) {
        Diagnostics diagnostics;
        layout_paragraph_cached(&cache, text, style, fonts::Family::Serif, 5, book(), diagnostics,
                                {});
        EXPECT_EQ(diagnostics.warning_count(), 1u) << "use " << use;
    }
}

}  // namespace
}  // namespace nastavdoc::layout
