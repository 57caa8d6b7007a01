// The small captions under fill-in blanks («адрес регистрации», «кем выдан») have a line height of
// their own: they never print over the next line, and stay centred under their blank.
#include "engine/layout/blocks/blocks.h"
#include "engine/layout/layout.h"
#include "tests/unit/layout/sample_documents.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace nastavdoc::layout {
namespace {

model::Inline blank(double width_mm, const std::string& caption) {
    model::Inline in;
    in.kind = model::InlineKind::Blank;
    in.width_mm = width_mm;
    in.text = caption;
    return in;
}

// A consent paragraph: blanks with captions among ordinary words, over several lines.
model::Paragraph consent_paragraph() {
    model::Paragraph p;
    p.role = model::Role::Body;
    model::append_text(p.content, "Я, ");
    p.content.push_back(blank(120, "фамилия, имя, отчество"));
    model::append_text(p.content, ", проживающий(ая) по\u00A0адресу: ");
    p.content.push_back(blank(110, "адрес регистрации (проживания)"));
    model::append_text(p.content, ", основной документ, удостоверяющий личность: ");
    p.content.push_back(blank(40, "вид документа"));
    model::append_text(p.content, " серия ");
    p.content.push_back(blank(15, "серия"));
    model::append_text(p.content, ", выдан ");
    p.content.push_back(blank(25, "дата выдачи"));
    model::append_text(p.content, " ");
    p.content.push_back(blank(90, "кем выдан"));
    model::append_text(p.content,
                       ", в\u00A0соответствии со\u00A0статьёй\u00A09 Федерального закона "
                       "«О\u00A0персональных данных» даю согласие на\u00A0обработку моих "
                       "персональных данных.");
    return p;
}

struct Extent {
    double top = 1e9, bottom = -1e9;
};

Extent vertical_extent(const GlyphRun& run) {
    return {run.y_pt - run.size_pt * fonts::FontBook::shared().ascent(run.font),
            run.y_pt + run.size_pt * fonts::FontBook::shared().descent(run.font)};
}

TEST(BlankCaptionsTest, CaptionsNeverOverlapTheNextLine) {
    model::Document document = samples::consent_document(0);
    document.sections.front().blocks = {consent_paragraph()};
    Diagnostics diagnostics;
    const auto pages = layout_document(document, fonts::FontBook::shared(), diagnostics);
    ASSERT_EQ(pages.size(), 1u);
    const Page& page = pages.front();
    double body_size = 0;
    for (const GlyphRun& run : page.runs) {
        body_size = std::max(body_size, run.size_pt);
    }
    int captions = 0;
    for (const GlyphRun& caption : page.runs) {
        if (caption.size_pt >= body_size) {
            continue;
        }
        ++captions;
        const Extent small = vertical_extent(caption);
        for (const GlyphRun& text : page.runs) {
            if (text.size_pt < body_size || text.y_pt <= caption.y_pt) {
                continue;  // only the lines below the caption
            }
            EXPECT_LE(small.bottom, vertical_extent(text).top + 0.01)
                << "a caption runs into the line at y " << text.y_pt;
        }
    }
    EXPECT_GE(captions, 6);
}

TEST(BlankCaptionsTest, CaptionIsCentredUnderItsBlank) {
    model::Document document = samples::consent_document(0);
    document.sections.front().blocks = {consent_paragraph()};
    Diagnostics diagnostics;
    const Page page = layout_document(document, fonts::FontBook::shared(), diagnostics).front();
    double body_size = 0;
    for (const GlyphRun& run : page.runs) {
        body_size = std::max(body_size, run.size_pt);
    }
    int centred = 0;
    for (const GlyphRun& caption : page.runs) {
        if (caption.size_pt >= body_size || caption.glyphs.empty()) {
            continue;
        }
        const PositionedGlyph& last = caption.glyphs.back();
        const double right =
            caption.x_pt + last.x_pt +
            fonts::FontBook::shared().advance(caption.font, last.glyph) * caption.size_pt;
        const double middle = (caption.x_pt + right) / 2;
        // The blank's rule: the horizontal rule just above the caption whose middle is nearest.
        const Rule* nearest = nullptr;
        for (const Rule& rule : page.rules) {
            if (rule.y1_pt != rule.y2_pt || rule.y1_pt > caption.y_pt ||
                caption.y_pt - rule.y1_pt > caption.size_pt * 2) {
                continue;
            }
            const double m = (rule.x1_pt + rule.x2_pt) / 2;
            if (nearest == nullptr ||
                std::fabs(m - middle) < std::fabs((nearest->x1_pt + nearest->x2_pt) / 2 - middle)) {
                nearest = &rule;
            }
        }
        ASSERT_NE(nearest, nullptr);
        EXPECT_NEAR(middle, (nearest->x1_pt + nearest->x2_pt) / 2, 0.5);
        ++centred;
    }
    EXPECT_GE(centred, 6);
}

TEST(BlankCaptionsTest, LineWithoutBlanksKeepsItsHeight) {
    Fragment line;
    line.height_pt = 16;
    GlyphRun run;
    run.y_pt = 12;
    run.size_pt = 14;
    line.runs.push_back(run);
    make_room_for_captions(line, fonts::FontBook::shared());
    EXPECT_DOUBLE_EQ(line.height_pt, 16);
}

}  // namespace
}  // namespace nastavdoc::layout
