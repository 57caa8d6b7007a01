#include "tests/support/test_support.h"

#include "engine/base/files.h"

#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace nastavdoc::testing {

std::filesystem::path source_dir() {
    return NASTAVDOC_SOURCE_DIR;
}
std::filesystem::path binary_dir() {
    return NASTAVDOC_BINARY_DIR;
}

std::string show_nbsp(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {
            out += '~';
            ++i;
        } else if (text.compare(i, 3, "\xE2\x80\xAF") == 0) {
            out += '^';
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string nbsp(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '~') {
            out += "\xC2\xA0";
        } else if (c == '^') {
            out += "\xE2\x80\xAF";
        } else {
            out += c;
        }
    }
    return out;
}

CommandResult run_command(const std::string& command_line) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string stem = "nastavdoc-test-" + std::to_string(::getpid()) + "-" +
                             std::to_string(reinterpret_cast<std::uintptr_t>(&command_line));
    const auto out_path = dir / (stem + ".out");
    const auto err_path = dir / (stem + ".err");
    const std::string full =
        command_line + " >'" + out_path.string() + "' 2>'" + err_path.string() + "' </dev/null";
    const int status = std::system(full.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    std::filesystem::remove(out_path);
    std::filesystem::remove(err_path);
    return result;
}

}  // namespace nastavdoc::testing
