// The subcommands of `nastavdoc`. Each takes the arguments after its own name and returns the
// process exit code: 0 done, 1 user error (diagnostics on stderr), 2 usage, 3 environment.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace nastavdoc::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitEnvironment = 3;

struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

using Args = std::vector<std::string>;

int run(const Args& args, Io io);  // dispatches on args[0]

int run_check(const Args& args, Io io);
int run_text(const Args& args, Io io);
int run_render(const Args& args, Io io);
int run_list(const Args& args, Io io);
int run_package(const Args& args, Io io);
int run_merge(const Args& args, Io io);

/// `flag` (the value of --timestamp, may be null), else SOURCE_DATE_EPOCH, else 0; false
/// (after a message) when it is not a number of seconds.
bool parse_timestamp(const std::string* flag, std::int64_t& timestamp, std::ostream& err);

}  // namespace nastavdoc::cli
