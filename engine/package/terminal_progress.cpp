#include "engine/package/terminal_progress.h"

#include <ostream>
#include <string>
#include <unistd.h>

namespace nastavdoc::package {

namespace {

bool drawn = false;  // the terminal is one per process, like standard error itself

}  // namespace

Progress terminal_progress(std::ostream& err) {
    if (::isatty(STDERR_FILENO) == 0)
        return {};
    return [&err](std::size_t number, std::size_t total, std::string_view label) {
        // \r and "erase line" (ECMA-48 EL): the line is redrawn in place.
        err << "\r\033[K[" << number << '/' << total << "] " << label << std::flush;
        drawn = true;
    };
}

Report report_failure(std::ostream& err) {
    return [&err](std::string_view what, const Diagnostics& diagnostics) {
        clear_progress(err);
        err << what << ": failed\n";
        Diagnostics sorted = diagnostics;
        sorted.sort_by_location();
        sorted.print(err);
    };
}

void clear_progress(std::ostream& err) {
    if (!drawn)
        return;
    err << "\r\033[K" << std::flush;
    drawn = false;
}

}  // namespace nastavdoc::package
