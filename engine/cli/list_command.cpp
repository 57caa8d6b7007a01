#include "engine/cli/commands.h"
#include "engine/cli/options.h"
#include "engine/generate.h"
#include "engine/template/template.h"

#include <ostream>

namespace nastavdoc::cli {

int run_list(const Args& args, Io io) {
    if (!args.empty()) {
        io.err << "usage: nastavdoc list\nprints the built-in templates with their kinds and "
                  "formats\n";
        return kExitUsage;
    }
    Diagnostics diagnostics;
    const auto templates = tmpl::list_templates(templates_folder(), diagnostics);
    diagnostics.print(io.err);
    for (const auto& info : templates) {
        std::string formats;
        for (const auto& format : info.formats)
            formats += (formats.empty() ? "" : ",") + format;
        io.out << info.name << "\t" << info.kind << "\t" << formats << "\t" << info.title << "\n";
    }
    return diagnostics.has_errors() ? kExitUserError : kExitOk;
}

}  // namespace nastavdoc::cli
