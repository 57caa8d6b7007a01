#include "engine/base/diagnostics.h"
#include "engine/cli/commands.h"

#include <exception>
#include <ostream>

namespace nastavdoc::cli {

namespace {

constexpr const char* kUsage =
    "usage: nastavdoc <command> [options]\n"
    "\n"
    "commands:\n"
    "  check  --data FILE             validate a dataset, print every problem with its location\n"
    "  list                           built-in templates, their kinds and formats\n"
    "  render TEMPLATE --data FILE --format tree|docx|xlsx|pdf [-o OUT] [--set k=v] [--publish]\n"
    "                                 one document from a template and a dataset\n"
    "  package --data FILE -o DIR [--formats docx,pdf,xlsx] [--publish]\n"
    "                                 every document of the program, in folders by stage\n"
    "  merge  TEMPLATE --data FILE --each mentees|mentors|pairs|minors|adults -o DIR|FILE.pdf\n"
    "                                 one document per person or pair, or one combined PDF\n"
    "  text   typeset|decline|hyphenate|spell ...\n"
    "                                 the Russian text rules, one line in, one line out\n"
    "\n"
    "exit codes: 0 done, 1 bad data or template, 2 usage, 3 environment\n";

}  // namespace

int run(const Args& args, Io io) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        (args.empty() ? io.err : io.out) << kUsage;
        return args.empty() ? kExitUsage : kExitOk;
    }
    const std::string& command = args[0];
    const Args rest(args.begin() + 1, args.end());
    try {
        if (command == "check") {
            return run_check(rest, io);
        }
        if (command == "text") {
            return run_text(rest, io);
        }
        if (command == "render")
            return run_render(rest, io);
        if (command == "list")
            return run_list(rest, io);
        if (command == "package")
            return run_package(rest, io);
        if (command == "merge")
            return run_merge(rest, io);
    } catch (const Error& error) {
        io.err << format_diagnostic(error.diagnostic()) << '\n';
        return kExitEnvironment;
    } catch (const std::bad_alloc&) {
        io.err << "error[environment.memory]: out of memory\n";
        return kExitEnvironment;
    } catch (const std::exception& error) {
        // A library or std::filesystem throwing past our boundaries: a message, not an abort.
        io.err << "error[environment.internal]: " << error.what() << '\n';
        return kExitEnvironment;
    }
    io.err << "nastavdoc: unknown command '" << command << "'\n\n" << kUsage;
    return kExitUsage;
}

}  // namespace nastavdoc::cli
