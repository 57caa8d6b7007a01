#include "engine/template/suggest.h"

#include <algorithm>

namespace nastavdoc::tmpl {

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: insertions, deletions, substitutions, and a swap of two
    // neighbours ("nmae" for "name") as one edit.
    const std::size_t width = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * width);
    auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
    for (std::size_t i = 0; i <= a.size(); ++i)
        at(i, 0) = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        at(0, j) = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1,
                                 at(i - 1, j - 1) + (a[i - 1] != b[j - 1] ? 1U : 0U)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
            }
        }
    }
    return at(a.size(), b.size());
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(1, (word.size() + 2) / 3) + 1;
    for (const auto& candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance ||
            (distance == best_distance && !best.empty() && candidate < best && distance != 0)) {
            if (distance < best_distance || candidate < best) {
                best = candidate;
                best_distance = distance;
            }
        }
    }
    return best;
}

void report_error(Diagnostics& diagnostics, std::string code, std::string message,
                  const SourceSpan& span, std::vector<std::string> hints) {
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.message = std::move(message);
    diagnostic.span = span;
    diagnostic.hints = std::move(hints);
    diagnostics.add(std::move(diagnostic));
}

void add_suggestion(std::vector<std::string>& hints, std::string_view word,
                    const std::vector<std::string>& candidates) {
    const std::string match = closest_match(word, candidates);
    if (!match.empty() && match != word)
        hints.push_back("did you mean '" + match + "'?");
}

}  // namespace nastavdoc::tmpl
