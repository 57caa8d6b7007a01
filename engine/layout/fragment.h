// Internal to layout/.
// A Fragment is a laid-out piece (a line, a table row, a requisite block) positioned relative to
// its own top-left corner; pagination stacks fragments into pages.
#pragma once
#include "engine/layout/page.h"

#include <memory>
#include <vector>

namespace nastavdoc::layout {

struct Fragment {
    double height_pt = 0;
    std::vector<GlyphRun> runs;
    std::vector<Rule> rules;
    std::vector<Shape> shapes;

    /// Copies `other`'s items into this fragment, moved by (dx, dy).
    void append(const Fragment& other, double dx_pt, double dy_pt);
};

/// One unit of pagination: never split, placed whole on one page.
struct Unit {
    Fragment content;
    double space_before_pt = 0;  // dropped at the top of a page
    bool keep_with_next = false;
    bool page_break_before = false;
    bool at_page_bottom = false;  // отметка об исполнителе: pushed to the bottom of its page
    /// Repeated above this unit when it opens a page (a table's header rows).
    std::shared_ptr<const Fragment> repeat_header;
    /// Drawn over this unit when it ends a page (the bottom rule of a merged cell cut there).
    std::shared_ptr<const Fragment> close_at_page_end;
};

using Units = std::vector<Unit>;

}  // namespace nastavdoc::layout
