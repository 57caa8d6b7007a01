// Internal to cli/. A small, strict parser for `--name value`, `--name=value` and `--flag`.
#pragma once
#include "engine/cli/commands.h"

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace nastavdoc::cli {

struct OptionSpec {
    std::string name;  // "--data"
    bool takes_value;
    bool repeatable = false;
};

struct Options {
    std::multimap<std::string, std::string> values;
    std::vector<std::string> positional;

    /// The last value given for an option, or nullptr.
    const std::string* find(const std::string& name) const;
    bool has(const std::string& name) const { return values.count(name) > 0; }
    std::vector<std::string> all(const std::string& name) const;
};

/// Returns false (after printing why) on an unknown option or a missing value.
bool parse_options(const Args& args, const std::vector<OptionSpec>& specs, Options& options,
                   std::ostream& err);

}  // namespace nastavdoc::cli
