#include "engine/base/diagnostics.h"

#include <algorithm>
#include <charconv>

namespace nastavdoc {

namespace {

void append_int(std::string& out, int value) {
    char buffer[16];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string out;
    if (!diagnostic.span.file.empty()) {
        out += diagnostic.span.file;
        if (diagnostic.span.line > 0) {
            out += ':';
            append_int(out, diagnostic.span.line);
            out += ':';
            append_int(out, diagnostic.span.column);
        }
        out += ": ";
    }
    out += diagnostic.severity == Severity::Error ? "error[" : "warning[";
    out += diagnostic.code;
    out += "]: ";
    out += diagnostic.message;
    if (!diagnostic.path.empty()) {
        out += " (at ";
        out += diagnostic.path;
        out += ')';
    }
    for (const auto& hint : diagnostic.hints) {
        out += "\n  = help: ";
        out += hint;
    }
    return out;
}

void Diagnostics::add(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::Error) {
        ++error_count_;
    } else {
        ++warning_count_;
    }
    if (items_.size() >= max_kept_) {
        ++dropped_;
        return;
    }
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string code, std::string message, SourceSpan span, std::string path) {
    add(Diagnostic{Severity::Error,
                   std::move(code),
                   std::move(message),
                   std::move(span),
                   std::move(path),
                   {}});
}

void Diagnostics::warning(std::string code, std::string message, SourceSpan span,
                          std::string path) {
    add(Diagnostic{Severity::Warning,
                   std::move(code),
                   std::move(message),
                   std::move(span),
                   std::move(path),
                   {}});
}

void Diagnostics::sort_by_location() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.span.file != b.span.file) {
            return a.span.file < b.span.file;
        }
        if (a.span.line != b.span.line) {
            return a.span.line < b.span.line;
        }
        return a.span.column < b.span.column;
    });
}

void Diagnostics::print(std::ostream& out) const {
    for (const auto& diagnostic : items_) {
        out << format_diagnostic(diagnostic) << '\n';
    }
    if (dropped_ > 0) {
        out << "note: " << dropped_ << " more diagnostic(s) not shown\n";
    }
}

void throw_environment_error(std::string code, std::string message, std::string file) {
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.message = std::move(message);
    diagnostic.span.file = std::move(file);
    throw Error(std::move(diagnostic));
}

}  // namespace nastavdoc
