// The subcommands of `nastavdoc`. Each takes the arguments after its own name and returns the
// process exit code: 0 done, 1 user error (diagnostics on stderr), 2 usage, 3 environment.
#pragma once
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

}  // namespace nastavdoc::cli
