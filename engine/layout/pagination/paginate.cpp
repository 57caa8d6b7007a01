#include "engine/layout/pagination/paginate.h"

#include "engine/base/units.h"
#include "engine/layout/paragraph/paragraph.h"

#include <string>

namespace nastavdoc::layout {

namespace {

constexpr double kPageNumberSize = 12;

bool is_empty(const Fragment& fragment) {
    return fragment.runs.empty() && fragment.rules.empty() && fragment.shapes.empty();
}

}  // namespace

void Paginator::begin_section(const model::PageSetup& setup) {
    flush_page();
    setup_ = setup;
    double width = setup.width_mm, height = setup.height_mm;
    if ((setup.orientation == model::Orientation::Landscape) == (width < height)) {
        std::swap(width, height);
    }
    width_pt_ = mm_to_pt(width);
    height_pt_ = mm_to_pt(height);
    text_height_pt_ = height_pt_ - mm_to_pt(setup.margin_top_mm) - mm_to_pt(setup.margin_bottom_mm);
}

double Paginator::used_height() const {
    return used_pt_;
}

void Paginator::add(Unit unit) {
    place(std::move(unit), false);
}

void Paginator::place(Unit unit, bool fresh_page_retry) {
    if (unit.page_break_before && !placed_.empty()) {
        flush_page();
    }
    if (placed_.empty()) {
        if (is_empty(unit.content) && !fresh_page_retry) {
            return;  // vertical space is dropped at the top of a page
        }
        if (unit.repeat_header) {
            Unit header;
            header.content = *unit.repeat_header;
            header.keep_with_next = true;
            used_pt_ += header.content.height_pt;
            placed_.push_back({std::move(header), true});
        }
    }
    const double space = placed_.empty() ? 0 : unit.space_before_pt;
    const double need = space + unit.content.height_pt;
    if (used_pt_ + need <= text_height_pt_ + 0.01 || placed_.empty() ||
        (placed_.size() == 1 && placed_.front().inserted_header)) {
        used_pt_ += need;
        placed_.push_back({std::move(unit), false});
        return;
    }
    // Overflow: carry the keep-with-next chain that ends here over to the next page.
    std::size_t chain = placed_.size();
    while (chain > 0 && placed_[chain - 1].unit.keep_with_next) {
        --chain;
    }
    std::vector<Placed> carried;
    if (chain > 0 && !(chain == 1 && placed_.front().inserted_header)) {
        for (std::size_t i = chain; i < placed_.size(); ++i) {
            carried.push_back(std::move(placed_[i]));
        }
        placed_.resize(chain);
    }
    flush_page();
    for (Placed& moved : carried) {
        if (!moved.inserted_header) {
            place(std::move(moved.unit), true);
        }
    }
    place(std::move(unit), true);
}

void Paginator::flush_page() {
    if (placed_.empty()) {
        return;
    }
    Page page;
    page.width_pt = width_pt_;
    page.height_pt = height_pt_;
    page.number = next_number_++;
    const double left = mm_to_pt(setup_.margin_left_mm);
    const double top = mm_to_pt(setup_.margin_top_mm);
    Fragment body;
    double y = 0;
    for (std::size_t i = 0; i < placed_.size(); ++i) {
        const Unit& unit = placed_[i].unit;
        if (i > 0) {
            y += unit.space_before_pt;
        }
        const double at =
            unit.at_page_bottom ? std::max(y, text_height_pt_ - unit.content.height_pt) : y;
        body.append(unit.content, left, top + at);
        if (unit.close_at_page_end && i + 1 == placed_.size()) {
            body.append(*unit.close_at_page_end, left, top + at);
        }
        y = at + unit.content.height_pt;
    }
    page.runs = std::move(body.runs);
    page.rules = std::move(body.rules);
    page.shapes = std::move(body.shapes);
    if (page_numbers_ && page.number >= 2) {
        const fonts::FontId font = fonts::font_id(family_, false, false);
        const std::string number = std::to_string(page.number);
        const ShapedText shaped = shape_text(fonts_, font, kPageNumberSize, number);
        const double baseline =
            mm_to_pt(setup_.header_distance_mm) + kPageNumberSize * fonts_.ascent(font);
        double x = (width_pt_ - shaped.width_pt) / 2;
        for (const ShapedText::Piece& piece : shaped.pieces) {
            GlyphRun run;
            run.font = piece.font;
            run.size_pt = kPageNumberSize;
            run.x_pt = x;
            run.y_pt = baseline;
            run.glyphs = piece.glyphs;
            page.runs.push_back(std::move(run));
            x += piece.width_pt;
        }
    }
    placed_.clear();
    used_pt_ = 0;
    emit_(std::move(page));
}

void Paginator::finish() {
    flush_page();
}

}  // namespace nastavdoc::layout
