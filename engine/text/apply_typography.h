// The typography pass over the document model: text::typeset once over every paragraph, so
// DOCX, XLSX and PDF carry the same characters.
// In: a model::Document. Out: the same document with typeset text; runs keep their styles.
// Never merges or splits runs, never touches line breaks, checkboxes or blanks.
#pragma once
#include "engine/model/document.h"

namespace nastavdoc::text {

/// Typesets the concatenated text of each paragraph (quotes and no-break rules work across
/// runs) and maps the result back onto the runs; falls back to run by run when it cannot.
void apply_typography(model::Document& document);

/// The same for one piece of inline content (exposed for tests).
void apply_typography(model::Inlines& inlines);

}  // namespace nastavdoc::text
