// Progress lines for long runs (design.md 7): «[12/140] consent_adult Kolesnik_D_V.pdf», each
// overwriting the last, only when standard error is a terminal.
#pragma once
#include "engine/package/package.h"

#include <iosfwd>

namespace nastavdoc::package {

/// A Progress that draws on `err` when standard error is a terminal, else an empty one.
Progress terminal_progress(std::ostream& err);

/// A Report that prints «what: failed» and the diagnostics, sorted, on `err`.
Report report_failure(std::ostream& err);

/// Ends the progress line (so diagnostics or a summary start on a clean line); no-op when
/// nothing was drawn.
void clear_progress(std::ostream& err);

}  // namespace nastavdoc::package
