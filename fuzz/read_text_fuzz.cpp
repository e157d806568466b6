// Fuzz target: arbitrary bytes read as a plain-text file (decoding, BOMs, UTF-16/32,
// binary sniffing, UTF-8 repair, control stripping, NFC).

#include <string_view>

#include "fuzz/document_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const kg::extract::ReadResult r = kg::extract::read_buffer(bytes, "fuzz.txt", kg::extract::InputFormat::Text);
    kg::fuzz::check_read_result(r);
    KG_FUZZ_CHECK(r.documents.size() <= 1, "a text file is at most one document");
    return 0;
}
