#include "export/detail/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>
#include <new>

namespace kg::output::detail {
namespace {

std::size_t whole_pages(std::size_t bytes) {
    return (bytes + HugePageResource::kHugePage - 1) / HugePageResource::kHugePage * HugePageResource::kHugePage;
}

}  // namespace

void* HugePageResource::do_allocate(std::size_t bytes, std::size_t alignment) {
    if (bytes < kHugePage || alignment > kHugePage)
        return std::pmr::new_delete_resource()->allocate(bytes, alignment);
    // Map one huge page more than needed, then unmap what lies before the first
    // boundary and after the block, so the block starts on one.
    const std::size_t size = whole_pages(bytes);
    void* mapped = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
    if (aligned > start) munmap(mapped, aligned - start);
    munmap(reinterpret_cast<void*>(aligned + size), start + kHugePage - aligned);
    void* block = reinterpret_cast<void*>(aligned);
#ifdef MADV_HUGEPAGE
    madvise(block, size, MADV_HUGEPAGE);  // advice: refused, the block is ordinary memory
#endif
    return block;
}

void HugePageResource::do_deallocate(void* p, std::size_t bytes, std::size_t alignment) {
    if (bytes < kHugePage || alignment > kHugePage) {
        std::pmr::new_delete_resource()->deallocate(p, bytes, alignment);
        return;
    }
    munmap(p, whole_pages(bytes));
}

std::pmr::memory_resource* huge_pages() {
    static HugePageResource resource;
    return &resource;
}

}  // namespace kg::output::detail
