// Internal to layout/.
// Stacks units into pages: keep-with-next chains move to the next page together, table headers
// repeat above continued rows, the executor goes to the bottom of its page, page numbers are
// centred in the top margin from page 2 on.
#pragma once
#include "engine/fonts/font_book.h"
#include "engine/layout/fragment.h"
#include "engine/model/document.h"

#include <functional>
#include <vector>

namespace nastavdoc::layout {

class Paginator {
public:
    Paginator(const fonts::FontBook& fonts, bool page_numbers, fonts::Family family,
              std::function<void(Page&&)> emit)
        : fonts_(fonts), page_numbers_(page_numbers), family_(family), emit_(std::move(emit)) {}

    /// Starts a new page with this setup (sections always open a new page).
    void begin_section(const model::PageSetup& setup);
    void add(Unit unit);
    /// Emits the last page.
    void finish();

private:
    struct Placed {
        Unit unit;
        bool inserted_header = false;
    };
    void place(Unit unit, bool fresh_page_retry);
    void flush_page();
    double used_height() const;

    const fonts::FontBook& fonts_;
    bool page_numbers_;
    fonts::Family family_;
    std::function<void(Page&&)> emit_;
    model::PageSetup setup_;
    double width_pt_ = 0, height_pt_ = 0, text_height_pt_ = 0;
    std::vector<Placed> placed_;
    double used_pt_ = 0;
    int next_number_ = 1;
};

}  // namespace nastavdoc::layout
