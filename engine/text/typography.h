// The typography pass: the characters a Russian proof-reader expects (documents.md B.2–B.6).
// In: UTF-8 text, one paragraph or a run of one. Out: the same words with «ёлочки» and „лапки“ by
// nesting depth, em and en dashes, no-break spaces, no-break hyphens in codes and phone numbers,
// … and collapsed spaces.
// Never changes words, e-mail addresses, URLs or registration numbers; never trims (a run's edge
// spaces belong to its neighbours); idempotent. Word-level rewrites of strict mode (dates, «в
// течение») are `normalize_strict`'s business, run before `typeset`.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::text {

/// documents.md A.18: `strict` applies every rule of A and B, `verbatim` prints the text as
/// stored and applies only the rules that never change a visible glyph (no-break spaces in place
/// of spaces, no-break hyphens in place of hyphens).
enum class TextMode : std::uint8_t { Strict, Verbatim };

/// Applies every typographic rule in one call. Invalid UTF-8 bytes are copied unchanged.
/// Verbatim: quotes, dashes, spacing and «...» stay as typed; only U+0020 -> U+00A0 and
/// '-' -> U+2011 where B.2 forbids a break, and a doubled period after an abbreviation or
/// initials («Н.И..» -> «Н.И.», a template artefact) is dropped.
std::string typeset(std::string_view text, TextMode mode = TextMode::Strict);

/// One rewrite of `normalize_strict`: what was typed, what is printed, where (bytes of the input).
struct Normalisation {
    std::string code;  // "date.year-word", "grammar.v-techenie", ... (docs/text.md)
    std::string from;
    std::string to;
    std::size_t offset = 0;
};

/// The strict-mode rewrites of documents.md A.6, B.4 and B.11 that change words: «в течении» ->
/// «в течение» (the preposition of time), «28.05.2021г.» -> «28.05.2021», «от «20» 11 2023 г.» ->
/// «от 20.11.2023», «28 мая 2021 года» -> «28 мая 2021 г.», «2023-2024» -> «2023–2024»,
/// «1.Издание» -> «1. Издание», «ученик-ученик» -> «ученик – ученик». Each rewrite is added to
/// `found` when given (the lint of B.11). Idempotent; typeset the result afterwards.
std::string normalize_strict(std::string_view text, std::vector<Normalisation>* found = nullptr);

}  // namespace nastavdoc::text
