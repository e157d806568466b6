#pragma once
// Shared by the fuzz targets: the libFuzzer entry point's signature and a check that
// aborts with a message, so a broken invariant is a crash to libFuzzer and a failed
// test to the replay driver.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace kg::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* what, std::string_view detail) {
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    if (!detail.empty())
        std::fprintf(stderr, "  detail: %.*s\n", static_cast<int>(detail.size() > 2000 ? 2000 : detail.size()),
                     detail.data());
    std::abort();
}

}  // namespace kg::fuzz

#define KG_FUZZ_CHECK(cond, detail)                                                     \
    do {                                                                                \
        if (!(cond)) ::kg::fuzz::fail(__FILE__, __LINE__, #cond, (detail));            \
    } while (0)
