#include "engine/base/memory.h"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace nastavdoc {

void prepare_heap(std::size_t reserve_bytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
    // Large blocks (the dataset's text, arenas, output buffers) come from the heap as well
    // instead of separate mappings of their own, and the heap is not given back while we run.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    mallopt(M_TOP_PAD, static_cast<int>(reserve_bytes));
    // The next growth of the heap takes the whole pad at once.
    void* volatile probe = std::malloc(256 << 10);  // volatile: the pair is not optimised away
    std::free(probe);
    mallopt(M_TOP_PAD, 1 << 20);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (before + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t to = after & ~(kHuge - 1);
    if (before != static_cast<std::uintptr_t>(-1) && to > from)
        madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#else
    (void)reserve_bytes;
#endif
}

}  // namespace nastavdoc
