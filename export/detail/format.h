#pragma once
// Locale-independent number formatting for the text writers.

#include <charconv>
#include <string>

namespace kg::output::detail {

// Shortest round-tripping form ("1", "0.75"); never depends on the C locale.
inline std::string format_double(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

}  // namespace kg::output::detail
