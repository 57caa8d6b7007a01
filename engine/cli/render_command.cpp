#include "engine/cli/commands.h"
#include "engine/cli/options.h"
#include "engine/generate.h"

#include <charconv>
#include <cstdlib>
#include <memory>
#include <ostream>

namespace nastavdoc::cli {

namespace {

constexpr const char* kRenderUsage =
    "usage: nastavdoc render TEMPLATE --data FILE --format tree|docx|xlsx|pdf [-o OUT]\n"
    "                        [--set key=value]... [--publish] [--timestamp SECONDS]\n"
    "TEMPLATE is a name from `nastavdoc list` or the path of a template file; --set gives the\n"
    "template a variable (an ID of the dataset becomes its entity: --set order=ord:2022-152-od)\n";

// Freeing the parsed dataset (one node per value) costs a render of the 200-pair order ~24M
// instructions, a tenth of its budget, just before the process ends and the system takes the
// memory back anyway: the render leaves it to the exit. Sanitizer builds free it, so that
// LeakSanitizer reports only real leaks.
#if defined(__SANITIZE_ADDRESS__)
#define NASTAVDOC_FREE_DATASET_AT_END 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define NASTAVDOC_FREE_DATASET_AT_END 1
#endif
#endif

void leave_to_exit(std::unique_ptr<dataset::Dataset> data) {
#ifdef NASTAVDOC_FREE_DATASET_AT_END
    data.reset();
#else
    static_cast<void>(data.release());  // deliberately never freed: see above
#endif
}

// generate() with the dataset handed to leave_to_exit() once the output is written.
bool render(const Job& job, Diagnostics& diagnostics, std::ostream& out) {
    if (resolve_template(job.template_name, diagnostics).empty()) {
        return false;
    }
    auto data = load_checked_dataset(job.data, diagnostics);
    if (!data) {
        return false;
    }
    const bool done = generate(job, *data, diagnostics, out);
    leave_to_exit(std::move(data));
    return done;
}

}  // namespace

int run_render(const Args& args, Io io) {
    Options options;
    const std::vector<OptionSpec> specs = {{"--data", true},     {"--format", true},
                                           {"-o", true},         {"--set", true, true},
                                           {"--publish", false}, {"--timestamp", true}};
    if (!parse_options(args, specs, options, io.err) || options.positional.size() != 1) {
        io.err << kRenderUsage;
        return kExitUsage;
    }
    Job job;
    job.template_name = options.positional[0];
    const std::string* data = options.find("--data");
    if (data == nullptr) {
        io.err << "nastavdoc render: --data FILE is required\n" << kRenderUsage;
        return kExitUsage;
    }
    job.data = *data;
    job.format = options.find("--format") ? *options.find("--format") : "tree";
    if (job.format != "tree" && job.format != "docx" && job.format != "xlsx" &&
        job.format != "pdf") {
        io.err << "nastavdoc render: unknown format '" << job.format << "'\n" << kRenderUsage;
        return kExitUsage;
    }
    if (const std::string* output = options.find("-o"))
        job.output = *output;
    if (job.format != "tree" && job.output.empty()) {
        io.err << "nastavdoc render: -o OUT is required for " << job.format << "\n";
        return kExitUsage;
    }
    for (const std::string& setting : options.all("--set")) {
        const std::size_t equals = setting.find('=');
        if (equals == std::string::npos || equals == 0) {
            io.err << "nastavdoc render: --set takes key=value, not '" << setting << "'\n";
            return kExitUsage;
        }
        job.variables.emplace_back(setting.substr(0, equals), setting.substr(equals + 1));
    }
    job.publish = options.has("--publish");
    // Time enters once (style.md 2.9): the flag, else SOURCE_DATE_EPOCH, else 0.
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    const std::string stamp = options.find("--timestamp") ? *options.find("--timestamp")
                                                          : (epoch != nullptr ? epoch : "0");
    const auto result = std::from_chars(stamp.data(), stamp.data() + stamp.size(), job.timestamp);
    if (result.ec != std::errc() || result.ptr != stamp.data() + stamp.size()) {
        io.err << "nastavdoc render: the timestamp must be seconds since 1970, not '" << stamp
               << "'\n";
        return kExitUsage;
    }
    Diagnostics diagnostics;
    const bool done = render(job, diagnostics, io.out);
    diagnostics.sort_by_location();
    diagnostics.print(io.err);
    if (!done || diagnostics.has_errors()) {
        io.err << job.template_name << ": " << diagnostics.error_count() << " error(s), "
               << diagnostics.warning_count() << " warning(s)\n";
        return kExitUserError;
    }
    return kExitOk;
}

}  // namespace nastavdoc::cli
