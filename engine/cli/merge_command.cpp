#include "engine/cli/commands.h"
#include "engine/cli/options.h"
#include "engine/package/package.h"
#include "engine/package/terminal_progress.h"

#include <ostream>

namespace nastavdoc::cli {

namespace {

constexpr const char* kMergeUsage =
    "usage: nastavdoc merge TEMPLATE --data FILE --each mentees|mentors|pairs|minors|adults\n"
    "                       -o DIR|FILE.pdf [--format docx|pdf] [--publish] [--timestamp S]\n"
    "one document per person or pair: files named after them in DIR, or one PDF\n";

}  // namespace

int run_merge(const Args& args, Io io) {
    Options options;
    const std::vector<OptionSpec> specs = {{"--data", true},     {"--each", true},
                                           {"-o", true},         {"--format", true},
                                           {"--publish", false}, {"--timestamp", true}};
    if (!parse_options(args, specs, options, io.err) || options.positional.size() != 1 ||
        !options.has("--data") || !options.has("-o") || !options.has("--each")) {
        io.err << kMergeUsage;
        return kExitUsage;
    }
    package::MergeOptions merge;
    merge.template_name = options.positional[0];
    merge.data = *options.find("--data");
    merge.output = *options.find("-o");
    merge.each = *options.find("--each");
    if (merge.each != "mentees" && merge.each != "mentors" && merge.each != "pairs" &&
        merge.each != "minors" && merge.each != "adults") {
        io.err << "nastavdoc merge: --each takes mentees, mentors, pairs, minors or adults\n";
        return kExitUsage;
    }
    if (const std::string* format = options.find("--format"))
        merge.format = *format;
    if (merge.format != "pdf" && merge.format != "docx") {
        io.err << "nastavdoc merge: --format takes docx or pdf\n" << kMergeUsage;
        return kExitUsage;
    }
    if (package::is_combined_pdf(merge.output) && merge.format != "pdf") {
        io.err << "nastavdoc merge: one combined file is a PDF; give -o DIR for docx\n";
        return kExitUsage;
    }
    merge.publish = options.has("--publish");
    if (!parse_timestamp(options.find("--timestamp"), merge.timestamp, io.err))
        return kExitUsage;
    merge.progress = package::terminal_progress(io.err);
    merge.report = package::report_failure(io.err);

    Diagnostics diagnostics;
    const package::MergeResult result = package::merge_documents(merge, diagnostics);
    package::clear_progress(io.err);
    diagnostics.sort_by_location();
    diagnostics.print(io.err);
    if (diagnostics.has_errors())
        return kExitUserError;
    io.err << merge.output.string() << ": " << result.documents << " document(s)";
    if (result.pages > 0)
        io.err << ", " << result.pages << " page(s)";
    if (result.failed > 0)
        io.err << ", " << result.failed << " failed"
               << (package::is_combined_pdf(merge.output) ? " (the PDF was not written)" : "");
    io.err << '\n';
    if (result.environment_failure)
        return kExitEnvironment;
    return result.failed > 0 ? kExitUserError : kExitOk;
}

}  // namespace nastavdoc::cli
