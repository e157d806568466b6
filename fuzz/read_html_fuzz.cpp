// Fuzz target: arbitrary bytes read as an HTML page (charset sniffing, libxml2's HTML
// parser, visible-text walk, entity decoding, title and date from <head>).

#include <string_view>

#include "fuzz/document_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const kg::extract::ReadResult r = kg::extract::read_buffer(bytes, "fuzz.html", kg::extract::InputFormat::Html);
    kg::fuzz::check_read_result(r);
    KG_FUZZ_CHECK(r.documents.size() <= 1, "an HTML page is at most one document");
    return 0;
}
