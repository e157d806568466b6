// Tests export/detail/huge_pages.cpp: the resource the big arrays of an export
// come from.
#include "export/detail/huge_pages.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <vector>

using kg::output::detail::HugePageResource;
using kg::output::detail::huge_pages;

TEST_SUITE("export") {

TEST_CASE("a block of a huge page or more starts on a huge page boundary and holds what is written to it") {
    constexpr std::size_t bytes = HugePageResource::kHugePage + 12345;  // not a whole number of pages
    void* p = huge_pages()->allocate(bytes, alignof(std::max_align_t));
    CHECK(reinterpret_cast<std::uintptr_t>(p) % HugePageResource::kHugePage == 0);
    std::memset(p, 0x5a, bytes);
    CHECK(static_cast<unsigned char*>(p)[bytes - 1] == 0x5a);
    huge_pages()->deallocate(p, bytes, alignof(std::max_align_t));
}

TEST_CASE("small blocks come from the heap and a vector grows through both kinds") {
    void* small = huge_pages()->allocate(64, 8);
    REQUIRE(small != nullptr);
    huge_pages()->deallocate(small, 64, 8);
    std::pmr::vector<std::uint64_t> v(huge_pages());
    for (std::uint64_t i = 0; i < 1'000'000; ++i) v.push_back(i);  // 8 MB at the end
    CHECK(v[999'999] == 999'999);
    CHECK(v.get_allocator().resource()->is_equal(*huge_pages()));
    std::pmr::vector<std::uint64_t> moved = std::move(v);
    CHECK(moved.size() == 1'000'000);
}

}  // TEST_SUITE
