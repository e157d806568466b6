// Fuzz target: the whole extraction path on arbitrary bytes. The first byte picks how
// the rest is read (text, HTML or JSON Lines), as `kg extract` would; every document
// then goes through Extractor::extract with the built-in gazetteer, and the result
// must be internally consistent.

#include <string_view>

#include "extract/extractor.h"
#include "fuzz/document_checks.h"
#include "fuzz/extraction_checks.h"

namespace {

const kg::extract::Extractor& extractor() {
    static const kg::extract::Gazetteer gazetteer = kg::extract::Gazetteer::load_default();
    static const kg::extract::Extractor instance(gazetteer);
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static const char* const kNames[] = {"fuzz.txt", "fuzz.html", "fuzz.jsonl", "fuzz.txt"};
    const char* name = kNames[data[0] & 3];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    const kg::extract::ReadResult r = kg::extract::read_buffer(bytes, name);
    kg::fuzz::check_read_result(r);
    for (const kg::Document& doc : r.documents) kg::fuzz::check_extraction(extractor().extract(doc));
    return 0;
}
