// Fuzz target: the packed extraction a kg database keeps per document
// (store/extraction_codec.h), as a damaged or hostile database file would hand it
// back. Decoding arbitrary bytes must end in an error message or in an extraction
// whose every index names one of its entities; such an extraction must re-encode to
// a canonical form that decodes to the same thing, and the graph must take it.

#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "graph/knowledge_graph.h"
#include "store/extraction_codec.h"

namespace {

kg::DocumentExtraction fresh() {
    kg::DocumentExtraction x;
    x.document.id = "fuzz.txt";
    x.document.date = "2024-04-04";
    return x;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    kg::DocumentExtraction x = fresh();
    const std::string error = kg::store::detail::decode_extraction(bytes, x);
    if (!error.empty()) {
        KG_FUZZ_CHECK(error.find(" at byte ") != std::string::npos || error.find("refers to") != std::string::npos,
                      error);
        return 0;
    }
    const std::size_t n = x.entities.size();
    for (const kg::Relation& r : x.relations) {
        KG_FUZZ_CHECK(r.a < n && r.b < n, "relation end out of range");
        KG_FUZZ_CHECK(!r.place || *r.place < n, "relation place out of range");
    }
    for (const kg::Meeting& m : x.meetings)
        for (std::size_t p : m.participants) KG_FUZZ_CHECK(p < n, "participant out of range");

    // Canonical form: encode, decode, encode again gives the same bytes.
    const std::string once = kg::store::detail::encode_extraction(x);
    kg::DocumentExtraction y = fresh();
    KG_FUZZ_CHECK(kg::store::detail::decode_extraction(once, y).empty(), "re-encoded bytes do not decode");
    KG_FUZZ_CHECK(kg::store::detail::encode_extraction(y) == once, "encoding is not canonical");

    kg::graph::KnowledgeGraph g;
    g.add(x);
    g.add(y);  // the same document again changes nothing
    return 0;
}
