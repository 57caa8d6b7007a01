// Breaks -> lines with their glue ratio. Justified lines stretch or shrink their spaces evenly;
// the last line and ragged text keep natural spaces (shrinking only when a line is too long).
#include "engine/layout/paragraph/paragraph.h"

#include <algorithm>

namespace nastavdoc::layout {

std::vector<LineSpec> justify(const std::vector<Item>& items, const BreakResult& breaks,
                              const Measure& measure, model::Align align) {
    std::vector<LineSpec> lines;
    std::size_t begin = 0;
    for (std::size_t index = 0; index < breaks.breaks.size(); ++index) {
        const std::size_t end_break = breaks.breaks[index];
        // Discardable items at the start of a line are dropped.
        while (begin < end_break && items[begin].kind != ItemKind::Box) {
            ++begin;
        }
        LineSpec line;
        line.begin = begin;
        line.end = end_break;
        const Item& at_break = items[end_break];
        line.hyphenated = at_break.kind == ItemKind::Penalty && at_break.flagged;
        // Trailing glue before the break does not count.
        std::size_t end = end_break;
        while (end > begin && items[end - 1].kind != ItemKind::Box) {
            --end;
        }
        line.end = end;
        double natural = 0, stretch = 0, shrink = 0;
        for (std::size_t i = begin; i < end; ++i) {
            const Item& item = items[i];
            if (item.kind == ItemKind::Penalty) {
                continue;
            }
            natural += item.width_pt;
            if (item.kind == ItemKind::Glue) {
                stretch += item.stretch_pt;
                shrink += item.shrink_pt;
            }
        }
        if (line.hyphenated) {
            natural += at_break.width_pt;
        }
        line.natural_pt = natural;
        const double target = measure.at(index);
        const bool last =
            index + 1 == breaks.breaks.size() ||
            (at_break.kind == ItemKind::Penalty && at_break.penalty <= -kInfinitePenalty);
        if (natural > target && shrink > 0) {
            line.ratio = std::max(-1.0, (target - natural) / shrink);
        } else if (align == model::Align::Justify && !last && natural < target && stretch > 0) {
            line.ratio = (target - natural) / stretch;
        }
        lines.push_back(line);
        begin = end_break + 1;
    }
    return lines;
}

}  // namespace nastavdoc::layout
