// Helpers shared by the tests: where the sources are, showing no-break spaces, running the CLI.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace nastavdoc::testing {

std::filesystem::path source_dir();
std::filesystem::path binary_dir();

/// Shows U+00A0 as '~' and U+202F as '^' so expectations stay readable.
std::string show_nbsp(std::string_view text);
/// The reverse: '~' becomes U+00A0 and '^' U+202F.
std::string nbsp(std::string_view text);

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};
/// Runs a shell command line; captures stdout and stderr (through temporary files).
CommandResult run_command(const std::string& command_line);

}  // namespace nastavdoc::testing
