// `nastavdoc text …`: the Russian text rules on the command line, one line in, one line out,
// so anyone can check them (design.md section 5).
#include "engine/base/diagnostics.h"
#include "engine/base/utf8.h"
#include "engine/cli/commands.h"
#include "engine/text/text.h"

#include <charconv>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace nastavdoc::cli {

namespace {

constexpr const char* kTextUsage =
    "usage: nastavdoc text <subcommand> [options]   (lines from stdin, one line out per line in)\n"
    "\n"
    "  typeset                                  the typography pass (quotes, dashes, no-break "
    "spaces)\n"
    "  decline --case gen|dat|acc|ins|pre [--kind name|position|phrase]\n"
    "                                           names keep their order and initials\n"
    "  hyphenate [--mark TEXT]                  every hyphenation point marked (default '-')\n"
    "  spell NUMBER [--gender m|f|n] [--case nom|gen|dat|acc|ins|pre]\n"
    "                                           a number in words (no stdin)\n";

int usage_error(Io io, const std::string& message) {
    io.err << "nastavdoc text: " << message << "\n\n" << kTextUsage;
    return kExitUsage;
}

// Options of the form `--name value`; returns false (and reports) on anything else.
struct Options {
    std::optional<std::string> case_name, kind, gender, mark;
    std::vector<std::string> positional;
};

bool parse_options(const Args& args, std::size_t from, Options& options, Io io, int& exit_code) {
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::optional<std::string>* slot = nullptr;
        if (arg == "--case") {
            slot = &options.case_name;
        } else if (arg == "--kind") {
            slot = &options.kind;
        } else if (arg == "--gender") {
            slot = &options.gender;
        } else if (arg == "--mark") {
            slot = &options.mark;
        } else if (arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9')) {
            exit_code = usage_error(io, "unknown option '" + arg + "'");
            return false;
        } else {
            options.positional.push_back(arg);
            continue;
        }
        if (i + 1 >= args.size()) {
            exit_code = usage_error(io, "option '" + arg + "' needs a value");
            return false;
        }
        *slot = args[++i];
    }
    return true;
}

// Runs `transform` on every line of stdin. An ill-formed line is copied unchanged and reported
// with its position; the exit code is then 1.
int for_each_line(Io io, const std::function<std::string(std::string_view)>& transform) {
    std::string line;
    int line_number = 0;
    int errors = 0;
    while (std::getline(io.in, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const std::size_t bad = utf8::find_invalid(line);
        if (bad != std::string::npos) {
            Diagnostic diagnostic;
            diagnostic.code = "text.invalid-utf8";
            diagnostic.message = "the line is not valid UTF-8";
            diagnostic.span = {"<stdin>", line_number,
                               static_cast<int>(utf8::count_chars(line.substr(0, bad))) + 1};
            io.err << format_diagnostic(diagnostic) << '\n';
            ++errors;
            io.out << line << '\n';
            continue;
        }
        io.out << transform(line) << '\n';
    }
    io.out.flush();
    return errors > 0 ? kExitUserError : kExitOk;
}

int run_decline(const Options& options, Io io) {
    if (!options.case_name) {
        return usage_error(io, "decline needs --case gen|dat|acc|ins|pre");
    }
    const std::optional<text::Case> c = text::parse_case(*options.case_name);
    if (!c) {
        return usage_error(io, "unknown case '" + *options.case_name + "'");
    }
    const std::string kind = options.kind.value_or("name");
    if (kind == "name") {
        return for_each_line(io, [&](std::string_view line) {
            return text::decline_written_name(line, *c).value_or(std::string(line));
        });
    }
    if (kind == "position") {
        return for_each_line(
            io, [&](std::string_view line) { return text::decline_position(line, *c); });
    }
    if (kind == "phrase") {
        return for_each_line(io,
                             [&](std::string_view line) { return text::decline_phrase(line, *c); });
    }
    return usage_error(io, "unknown kind '" + kind + "' (name, position or phrase)");
}

int run_spell(const Options& options, Io io) {
    if (options.positional.size() != 1) {
        return usage_error(io, "spell needs exactly one NUMBER");
    }
    const std::string& number = options.positional[0];
    long long n = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), n);
    if (error != std::errc() || end != number.data() + number.size()) {
        return usage_error(io, "'" + number + "' is not a whole number");
    }
    text::NumberGender gender = text::NumberGender::Masculine;
    if (options.gender) {
        const std::string& g = *options.gender;
        if (g == "f") {
            gender = text::NumberGender::Feminine;
        } else if (g == "n") {
            gender = text::NumberGender::Neuter;
        } else if (g != "m") {
            return usage_error(io, "unknown gender '" + g + "' (m, f or n)");
        }
    }
    text::Case c = text::Case::Nom;
    if (options.case_name) {
        const std::optional<text::Case> parsed = text::parse_case(*options.case_name);
        if (!parsed) {
            return usage_error(io, "unknown case '" + *options.case_name + "'");
        }
        c = *parsed;
    }
    io.out << text::spell_number(n, gender, c) << '\n';
    return kExitOk;
}

}  // namespace

int run_text(const Args& args, Io io) {
    if (args.empty()) {
        io.err << kTextUsage;
        return kExitUsage;
    }
    const std::string& sub = args[0];
    if (sub == "--help" || sub == "-h" || sub == "help") {
        io.out << kTextUsage;
        return kExitOk;
    }
    Options options;
    int exit_code = kExitOk;
    if (!parse_options(args, 1, options, io, exit_code)) {
        return exit_code;
    }
    if (sub == "spell") {
        return run_spell(options, io);
    }
    if (!options.positional.empty()) {
        return usage_error(
            io, "unexpected argument '" + options.positional[0] + "' (text is read from stdin)");
    }
    if (sub == "typeset") {
        return for_each_line(io, [](std::string_view line) { return text::typeset(line); });
    }
    if (sub == "decline") {
        return run_decline(options, io);
    }
    if (sub == "hyphenate") {
        const text::Hyphenator& hyphenator = text::Hyphenator::instance();
        const std::string mark = options.mark.value_or("-");
        return for_each_line(
            io, [&](std::string_view line) { return hyphenator.hyphenate(line, mark); });
    }
    return usage_error(io, "unknown subcommand '" + sub + "'");
}

}  // namespace nastavdoc::cli
