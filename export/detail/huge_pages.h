#pragma once
// Memory for the big arrays of an export (a million-edge selection is some 300 MB)
// in 2 MB transparent huge pages. Fresh memory is paid for at its first touch, one
// page fault per page: on the VMs kg runs on a 4 KB page's fault costs about 12 us,
// so 300 MB of 4 KB pages cost about a second, and the same memory in 2 MB pages
// some 30 ms. Blocks smaller than one huge page come from the ordinary heap, so a
// small export costs what it did.

#include <cstddef>
#include <memory_resource>

namespace kg::output::detail {

// A stateless resource: each block of kHugePage or more is its own mapping, aligned
// to kHugePage and advised (MADV_HUGEPAGE) to be backed by huge pages where the
// kernel allows it (transparent_hugepage "madvise" or "always"); elsewhere it is
// ordinary memory.
class HugePageResource final : public std::pmr::memory_resource {
public:
    static constexpr std::size_t kHugePage = std::size_t{2} << 20;

private:
    void* do_allocate(std::size_t bytes, std::size_t alignment) override;
    void do_deallocate(void* p, std::size_t bytes, std::size_t alignment) override;
    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }
};

// The one instance.
std::pmr::memory_resource* huge_pages();

}  // namespace kg::output::detail
