// Fuzz target: arbitrary bytes read as a JSON Lines corpus (RapidJSON with encoding
// validation, iterative parsing and a depth cap; field extraction per line).

#include <algorithm>
#include <string_view>

#include "fuzz/document_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const kg::extract::ReadResult r =
        kg::extract::read_buffer(bytes, "fuzz.jsonl", kg::extract::InputFormat::Jsonl);
    kg::fuzz::check_read_result(r);
    // Each document and each failure comes from its own line.
    const std::size_t lines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
    KG_FUZZ_CHECK(r.documents.size() + r.failed <= lines, std::string(bytes));
    return 0;
}
