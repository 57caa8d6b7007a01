#include "engine/cli/options.h"

#include <algorithm>
#include <ostream>

namespace nastavdoc::cli {

const std::string* Options::find(const std::string& name) const {
    const auto range = values.equal_range(name);
    if (range.first == range.second)
        return nullptr;
    return &std::prev(range.second)->second;
}

std::vector<std::string> Options::all(const std::string& name) const {
    std::vector<std::string> out;
    const auto range = values.equal_range(name);
    for (auto it = range.first; it != range.second; ++it)
        out.push_back(it->second);
    return out;
}

bool parse_options(const Args& args, const std::vector<OptionSpec>& specs, Options& options,
                   std::ostream& err) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 2 || arg.compare(0, 1, "-") != 0 || arg == "-") {
            options.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options.positional.insert(options.positional.end(),
                                      args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        }
        std::string name = arg;
        std::string value;
        bool has_inline_value = false;
        if (const auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            has_inline_value = true;
        }
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end()) {
            err << "nastavdoc: unknown option '" << name << "'\n";
            return false;
        }
        if (spec->takes_value) {
            if (!has_inline_value) {
                if (i + 1 >= args.size()) {
                    err << "nastavdoc: option '" << name << "' needs a value\n";
                    return false;
                }
                value = args[++i];
            }
        } else if (has_inline_value) {
            err << "nastavdoc: option '" << name << "' takes no value\n";
            return false;
        }
        options.values.emplace(name, value);
    }
    return true;
}

}  // namespace nastavdoc::cli
