// Total-fit line breaking after Knuth and Plass, "Breaking Paragraphs into Lines" (1981):
// active nodes, four fitness classes, demerits (l + b)^2 + p^2 with b = 100|r|^3, extra demerits
// for two hyphenated lines in a row and for adjacent lines of very different tightness.
// Only arithmetic: no transcendental functions, so results are the same on every machine.
#include "engine/layout/paragraph/paragraph.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nastavdoc::layout {

namespace {

constexpr double kLinePenalty = 10;
constexpr double kFlaggedDemerits = 3000;
constexpr double kFitnessDemerits = 3000;
constexpr double kTolerance = 3;
constexpr double kSlackDemerits = 1000;

struct Node {
    std::size_t position = 0;  // the break's item index (0 for the start)
    int line = 0;              // lines before this break
    int fitness = 1;
    double width = 0, stretch = 0, shrink = 0;  // totals after the break
    double demerits = 0;
    int previous = -1;  // index into the node store
    bool overfull = false;
};

int fitness_class(double ratio) {
    if (ratio < -0.5)
        return 0;
    if (ratio <= 0.5)
        return 1;
    if (ratio <= 1)
        return 2;
    return 3;
}

class Breaker {
public:
    Breaker(const std::vector<Item>& items, const Measure& measure)
        : items_(items), measure_(measure) {
        const std::size_t n = items.size();
        width_.assign(n + 1, 0);
        stretch_.assign(n + 1, 0);
        shrink_.assign(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const Item& item = items[i];
            const bool counts = item.kind != ItemKind::Penalty;
            width_[i + 1] = width_[i] + (counts ? item.width_pt : 0);
            stretch_[i + 1] = stretch_[i] + (item.kind == ItemKind::Glue ? item.stretch_pt : 0);
            shrink_[i + 1] = shrink_[i] + (item.kind == ItemKind::Glue ? item.shrink_pt : 0);
        }
    }

    BreakResult run(double tolerance, bool emergency) {
        nodes_.clear();
        active_.clear();
        nodes_.push_back(Node{});
        active_.push_back(0);
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (is_legal_break(i)) {
                try_break(i, tolerance, emergency);
                if (active_.empty()) {
                    return {};
                }
            }
        }
        int best = -1;
        for (int a : active_) {
            if (nodes_[static_cast<std::size_t>(a)].position == items_.size() - 1 &&
                (best < 0 || nodes_[static_cast<std::size_t>(a)].demerits <
                                 nodes_[static_cast<std::size_t>(best)].demerits)) {
                best = a;
            }
        }
        BreakResult result;
        if (best < 0) {
            return result;
        }
        for (int n = best; n > 0; n = nodes_[static_cast<std::size_t>(n)].previous) {
            result.breaks.push_back(nodes_[static_cast<std::size_t>(n)].position);
            result.overfull_lines += nodes_[static_cast<std::size_t>(n)].overfull ? 1 : 0;
        }
        std::reverse(result.breaks.begin(), result.breaks.end());
        return result;
    }

private:
    bool is_legal_break(std::size_t i) const {
        const Item& item = items_[i];
        if (item.kind == ItemKind::Penalty) {
            return item.penalty < kInfinitePenalty;
        }
        if (item.kind == ItemKind::Glue) {
            return i > 0 && items_[i - 1].kind == ItemKind::Box;
        }
        return false;
    }

    // Totals after a break at i: the glue and penalties after it are discarded up to a box.
    void totals_after(std::size_t i, Node& node) const {
        std::size_t j = i;
        if (items_[i].kind == ItemKind::Glue) {
            ++j;
        } else if (items_[i].kind == ItemKind::Penalty) {
            ++j;
        }
        while (j < items_.size() && items_[j].kind != ItemKind::Box &&
               !(items_[j].kind == ItemKind::Penalty && items_[j].penalty <= -kInfinitePenalty)) {
            ++j;
        }
        node.width = width_[j];
        node.stretch = stretch_[j];
        node.shrink = shrink_[j];
    }

    void try_break(std::size_t i, double tolerance, bool emergency) {
        const Item& item = items_[i];
        const bool forced = item.kind == ItemKind::Penalty && item.penalty <= -kInfinitePenalty;
        std::array<Node, 4> candidates{};
        std::array<bool, 4> has_candidate{};
        std::vector<int> still_active;
        still_active.reserve(active_.size());
        int last_removed = -1;
        double last_removed_ratio = 0;
        for (int a : active_) {
            const Node& from = nodes_[static_cast<std::size_t>(a)];
            double length = width_[i] - from.width;
            if (item.kind == ItemKind::Penalty) {
                length += item.width_pt;
            }
            const double target = measure_.at(static_cast<std::size_t>(from.line));
            double ratio = 0;
            double slack = 0;  // the empty share of a line that cannot stretch
            if (length < target) {
                const double stretch = stretch_[i] - from.stretch;
                ratio = stretch > 0 ? (target - length) / stretch : 1e4;
                slack = stretch > 0 ? 0 : (target - length) / target;
            } else if (length > target) {
                const double shrink = shrink_[i] - from.shrink;
                ratio = shrink > 0 ? (target - length) / shrink : -1e4;
            }
            if (ratio < -1 || forced) {
                last_removed = a;
                last_removed_ratio = ratio;
            } else {
                still_active.push_back(a);
            }
            if (ratio >= -1 && ratio <= tolerance) {
                consider(a, i, ratio, slack, candidates, has_candidate, false);
            }
        }
        active_ = std::move(still_active);
        bool any = false;
        for (bool has : has_candidate) {
            any = any || has;
        }
        if (!any && active_.empty() && emergency && last_removed >= 0) {
            // No feasible line: accept the overfull or very loose one rather than fail.
            consider(last_removed, i, last_removed_ratio, 0, candidates, has_candidate, true);
        }
        for (std::size_t f = 0; f < 4; ++f) {
            if (has_candidate[f]) {
                totals_after(i, candidates[f]);
                nodes_.push_back(candidates[f]);
                active_.push_back(static_cast<int>(nodes_.size() - 1));
            }
        }
    }

    // `slack` > 0 for a line with no glue to stretch (a word broken inside, in a narrow column):
    // its badness is the cap whatever its length, so its empty share adds demerits of the scale
    // of penalties: fuller lines win, yet a cheaper break (at '@' rather than before '.') may
    // leave a little more room.
    void consider(int a, std::size_t i, double ratio, double slack, std::array<Node, 4>& candidates,
                  std::array<bool, 4>& has_candidate, bool overfull) const {
        const Node& from = nodes_[static_cast<std::size_t>(a)];
        const Item& item = items_[i];
        const double r = std::fabs(ratio) > 100 ? 100 : std::fabs(ratio);
        const double badness = 100 * r * r * r;
        double demerits = (kLinePenalty + badness) * (kLinePenalty + badness);
        demerits += (kSlackDemerits * slack) * (kSlackDemerits * slack);
        if (item.kind == ItemKind::Penalty) {
            if (item.penalty > 0) {
                demerits += item.penalty * item.penalty;
            } else if (item.penalty > -kInfinitePenalty) {
                demerits -= item.penalty * item.penalty;
            }
        }
        const bool flagged = item.kind == ItemKind::Penalty && item.flagged;
        const bool from_flagged = from.position > 0 &&
                                  items_[from.position].kind == ItemKind::Penalty &&
                                  items_[from.position].flagged;
        if (flagged && from_flagged) {
            demerits += kFlaggedDemerits;
        }
        const int fitness = fitness_class(ratio);
        if (std::abs(fitness - from.fitness) > 1) {
            demerits += kFitnessDemerits;
        }
        demerits += from.demerits;
        const auto f = static_cast<std::size_t>(fitness);
        if (!has_candidate[f] || demerits < candidates[f].demerits) {
            Node node;
            node.position = i;
            node.line = from.line + 1;
            node.fitness = fitness;
            node.demerits = demerits;
            node.previous = a;
            node.overfull = overfull && ratio < -1;
            candidates[f] = node;
            has_candidate[f] = true;
        }
    }

    const std::vector<Item>& items_;
    const Measure& measure_;
    std::vector<double> width_, stretch_, shrink_;
    std::vector<Node> nodes_;
    std::vector<int> active_;
};

}  // namespace

BreakResult break_lines(const std::vector<Item>& items, const Measure& measure) {
    if (items.empty()) {
        return {};
    }
    Breaker breaker(items, measure);
    BreakResult result = breaker.run(kTolerance, false);
    if (result.breaks.empty()) {
        result = breaker.run(1e4, true);
    }
    return result;
}

}  // namespace nastavdoc::layout
