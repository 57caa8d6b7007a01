// Internal to text/. The byte scans that let `normalize_strict`, `typeset` and the model pass hand
// a string back untouched without decoding it: most strings of a document (names, positions)
// need nothing. Each scan is conservative: false means "no rule can apply", true means "run the
// rules". The full passes stay callable so that a test holds the two paths to the same output.
#pragma once
#include "engine/text/typography.h"

#include <string>
#include <string_view>
#include <vector>

namespace nastavdoc::text::detail {

/// False when no rewrite of normalize_strict can start anywhere in `text`.
bool may_normalize(std::string_view text);

/// False when `typeset` (in either mode) returns `text` unchanged: words of four letters or more
/// (Cyrillic or Latin, none a Roman numeral), single spaces, hyphens inside words, a few marks
/// that no rule reads (, ; : ! ? ( ) /), and digits only in a text without letters or spaces.
bool may_typeset(std::string_view text);

/// False when the model pass (`typeset_model_text`) returns `text` unchanged in `mode`; such a
/// text is also valid UTF-8.
bool may_change(std::string_view text, TextMode mode);

/// normalize_strict without the scan: every matcher tried at every word start.
std::string normalize_strict_full(std::string_view text, std::vector<Normalisation>* found);

/// typeset without the scan: the text tokenized and every rule applied.
std::string typeset_full(std::string_view text, TextMode mode);

}  // namespace nastavdoc::text::detail
