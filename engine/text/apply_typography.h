// The typography pass over the document model: text::typeset once over every paragraph, so
// DOCX, XLSX and PDF carry the same characters.
// In: a model::Document. Out: the same document with typeset text; runs keep their styles.
// Never merges or splits runs, never touches line breaks, checkboxes or blanks.
#pragma once
#include "engine/model/document.h"
#include "engine/text/typography.h"

namespace nastavdoc::text {

/// Typesets the concatenated text of each paragraph (quotes and no-break rules work across
/// runs) and maps the result back onto the runs; falls back to run by run when it cannot.
/// Strict mode normalises first (`normalize_strict`). The plain strings of the model go through
/// the same pass: the options of validation lists (so «педагог – студент» in a cell matches the
/// list), the date, number and place of a requisites line (г.␣Керчь), the signer's name, chart
/// titles and categories.
void apply_typography(model::Document& document, TextMode mode = TextMode::Strict);

/// The same for one piece of inline content (exposed for tests).
void apply_typography(model::Inlines& inlines, TextMode mode = TextMode::Strict);

/// The text of one plain string of the model as the pass prints it.
std::string typeset_model_text(std::string_view text, TextMode mode);

}  // namespace nastavdoc::text
