// Diagnostics: user mistakes (bad data, bad template) with their location.
// In: whatever a stage finds. Out: a list printed as `file:line:col: error[code]: message (at
// path)`. Never throws for a user mistake; environment failures throw nastavdoc::Error instead.
#pragma once
#include "engine/base/source_span.h"

#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace nastavdoc {

enum class Severity : std::uint8_t { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;     // stable id, e.g. "dataset.unknown-reference"
    std::string message;  // English, lower case, no final period
    SourceSpan span;
    std::string path;                // JSON path for data ("$.people[3].gender"), may be empty
    std::vector<std::string> hints;  // "did you mean 'gender'?"
};

/// Formats one diagnostic as the command line prints it (hints on following lines).
std::string format_diagnostic(const Diagnostic& diagnostic);

class Diagnostics {
public:
    /// Caps the number kept, so a pathological input cannot exhaust memory; the count goes on.
    explicit Diagnostics(std::size_t max_kept = 10000) : max_kept_(max_kept) {}

    void add(Diagnostic diagnostic);
    void error(std::string code, std::string message, SourceSpan span, std::string path = {});
    void warning(std::string code, std::string message, SourceSpan span, std::string path = {});

    bool has_errors() const { return error_count_ > 0; }
    std::size_t error_count() const { return error_count_; }
    std::size_t warning_count() const { return warning_count_; }
    std::size_t dropped() const { return dropped_; }
    const std::vector<Diagnostic>& items() const { return items_; }

    /// Sorts by file, line, column (stable), so output follows the input's order.
    void sort_by_location();
    /// Prints every diagnostic and, when some were dropped, how many.
    void print(std::ostream& out) const;

private:
    std::vector<Diagnostic> items_;
    std::size_t max_kept_;
    std::size_t error_count_ = 0;
    std::size_t warning_count_ = 0;
    std::size_t dropped_ = 0;
};

/// An environment failure (missing file, unwritable output, a library refusing): carries a
/// diagnostic and is caught at the top of the pipeline. Exit code 3.
class Error : public std::runtime_error {
public:
    explicit Error(Diagnostic diagnostic)
        : std::runtime_error(diagnostic.message), diagnostic_(std::move(diagnostic)) {}
    const Diagnostic& diagnostic() const { return diagnostic_; }

private:
    Diagnostic diagnostic_;
};

/// Shorthand for throwing an environment error about a file.
[[noreturn]] void throw_environment_error(std::string code, std::string message,
                                          std::string file = {});

}  // namespace nastavdoc
