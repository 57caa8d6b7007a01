#include "engine/cli/commands.h"
#include "engine/cli/options.h"
#include "engine/package/package.h"
#include "engine/package/terminal_progress.h"

#include <charconv>
#include <cstdlib>
#include <ostream>

namespace nastavdoc::cli {

namespace {

constexpr const char* kPackageUsage =
    "usage: nastavdoc package --data FILE -o DIR [--formats docx,pdf,xlsx] [--publish]\n"
    "                         [--timestamp SECONDS]\n"
    "every document of the program in every format, in folders by stage of the roadmap\n"
    "(templates/package.json), with index.md and index.json; documents for the website also\n"
    "go to web/ without personal data. --publish makes only the documents that may be published, that way\n";

}  // namespace

bool parse_timestamp(const std::string* flag, std::int64_t& timestamp, std::ostream& err) {
    // Time enters once (style.md 2.9): the flag, else SOURCE_DATE_EPOCH, else 0.
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    const std::string stamp = flag != nullptr ? *flag : (epoch != nullptr ? epoch : "0");
    const auto result = std::from_chars(stamp.data(), stamp.data() + stamp.size(), timestamp);
    if (result.ec != std::errc() || result.ptr != stamp.data() + stamp.size()) {
        err << "nastavdoc: the timestamp must be seconds since 1970, not '" << stamp << "'\n";
        return false;
    }
    return true;
}

int run_package(const Args& args, Io io) {
    Options options;
    const std::vector<OptionSpec> specs = {{"--data", true},
                                           {"-o", true},
                                           {"--formats", true},
                                           {"--publish", false},
                                           {"--timestamp", true}};
    if (!parse_options(args, specs, options, io.err) || !options.positional.empty() ||
        !options.has("--data") || !options.has("-o")) {
        io.err << kPackageUsage;
        return kExitUsage;
    }
    package::PackageOptions package_options;
    package_options.data = *options.find("--data");
    package_options.output = *options.find("-o");
    package_options.publish = options.has("--publish");
    if (const std::string* formats = options.find("--formats")) {
        std::size_t start = 0;
        while (start <= formats->size()) {
            const std::size_t comma = std::min(formats->find(',', start), formats->size());
            const std::string format = formats->substr(start, comma - start);
            if (format != "docx" && format != "xlsx" && format != "pdf") {
                io.err << "nastavdoc package: unknown format '" << format << "'\n" << kPackageUsage;
                return kExitUsage;
            }
            package_options.formats.push_back(format);
            start = comma + 1;
        }
    }
    if (!parse_timestamp(options.find("--timestamp"), package_options.timestamp, io.err))
        return kExitUsage;
    package_options.progress = package::terminal_progress(io.err);
    package_options.report = package::report_failure(io.err);

    Diagnostics diagnostics;
    const package::PackageResult result = package::write_package(package_options, diagnostics);
    package::clear_progress(io.err);
    diagnostics.sort_by_location();
    diagnostics.print(io.err);
    if (diagnostics.has_errors()) {
        io.err << "nastavdoc package: " << diagnostics.error_count()
               << " error(s); nothing was written\n";
        return kExitUserError;
    }
    io.err << package_options.output.string() << ": " << result.files.size() << " file(s)";
    if (result.warnings > 0)
        io.err << ", " << result.warnings << " layout warning(s) (`nastavdoc render` shows them)";
    if (result.failed > 0)
        io.err << ", " << result.failed << " failed";
    io.err << '\n';
    if (result.environment_failure)
        return kExitEnvironment;
    return result.failed > 0 ? kExitUserError : kExitOk;
}

}  // namespace nastavdoc::cli
