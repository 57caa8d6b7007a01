// Process-wide memory set-up for the command-line program (not for a library user: it changes
// how malloc behaves for the whole process).
#pragma once
#include <cstddef>

namespace nastavdoc {

/// Lets the heap grow in one large step whose pages the kernel may back with transparent huge
/// pages (madvise MADV_HUGEPAGE): one page fault then maps 2 MB instead of 4 KB. On virtual
/// machines a page fault is expensive (measured here: touching 45 MB of fresh 4 KB pages took
/// ~130 ms, with huge pages ~20 ms). The reserve is address space, not memory: pages count
/// only once touched. Harmless where transparent huge pages are off ("never").
/// `reserve_bytes`: how much of the heap to prepare (rounded to 2 MB).
void prepare_heap(std::size_t reserve_bytes);

}  // namespace nastavdoc
