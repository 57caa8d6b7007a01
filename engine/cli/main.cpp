#include "engine/base/memory.h"
#include "engine/cli/commands.h"

#include <iostream>

int main(int argc, char** argv) {
    nastavdoc::prepare_heap(std::size_t{64} << 20);
    std::ios::sync_with_stdio(false);
    nastavdoc::cli::Args args(argv + 1, argv + argc);
    return nastavdoc::cli::run(args, nastavdoc::cli::Io{std::cin, std::cout, std::cerr});
}
