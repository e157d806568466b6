// The packed extraction format: every field round-trips, and damaged bytes
// (truncated anywhere, any byte changed, counts that promise more than there is)
// give an error, never a crash or a huge allocation.

#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "store/extraction_codec.h"
#include "tests/store/store_test_support.h"
#include "tests/store/synthetic.h"

using namespace kg;
using namespace kg::store::detail;
using namespace kg::store::testing;

namespace {

// Decodes `data` into an extraction of the same document as `x`.
std::string decode_as(const DocumentExtraction& x, std::string_view data, DocumentExtraction& out) {
    out = DocumentExtraction{};
    out.document = x.document;
    return decode_extraction(data, out);
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("a packed extraction decodes to the same extraction") {
    for (std::size_t i = 0; i < 12; ++i) {
        for (int variant = 0; variant < 3; ++variant) {
            const DocumentExtraction x = synthetic(i, variant);
            DocumentExtraction back;
            CHECK(decode_as(x, encode_extraction(x), back).empty());
            CHECK(describe(back) == describe(x));
        }
    }
    SUBCASE("extreme values") {
        DocumentExtraction x = synthetic(0);
        x.entities[0].name = std::string("nul \0 inside", 12);
        x.entities[0].mentions[0].span = Span{std::numeric_limits<std::size_t>::max() - 1,
                                              std::numeric_limits<std::size_t>::max()};
        x.relations[0].evidence[0].confidence = 0.1;
        x.relations[0].place = x.entities.size() - 1;
        DocumentExtraction back;
        CHECK(decode_as(x, encode_extraction(x), back).empty());
        CHECK(describe(back) == describe(x));
    }
}

TEST_CASE("every truncation of a packed extraction is an error") {
    const DocumentExtraction x = synthetic(4);  // a meeting, evidence naming another document
    const std::string data = encode_extraction(x);
    DocumentExtraction back;
    for (std::size_t n = 0; n < data.size(); ++n) {
        CAPTURE(n);
        CHECK_FALSE(decode_as(x, std::string_view(data).substr(0, n), back).empty());
    }
    CHECK(decode_as(x, data + "x", back) == "trailing bytes at byte " + std::to_string(data.size()));
}

TEST_CASE("any changed byte either decodes to a consistent extraction or is an error") {
    const DocumentExtraction x = synthetic(10);
    const std::string data = encode_extraction(x);
    DocumentExtraction back;
    std::size_t errors = 0;
    for (std::size_t at = 0; at < data.size(); ++at) {
        for (int value : {0x00, 0x01, 0x7f, 0x80, 0xff}) {
            std::string damaged = data;
            damaged[at] = static_cast<char>(value);
            const std::string error = decode_as(x, damaged, back);
            if (!error.empty()) {
                ++errors;
                continue;
            }
            // Accepted: every index must name an entity (the graph relies on it).
            for (const Relation& r : back.relations) {
                CHECK(r.a < back.entities.size());
                CHECK(r.b < back.entities.size());
            }
            for (const Meeting& m : back.meetings)
                for (std::size_t p : m.participants) CHECK(p < back.entities.size());
        }
    }
    CHECK(errors > data.size());  // most damage is caught
}

TEST_CASE("a count larger than the bytes left is refused before allocating") {
    DocumentExtraction back;
    const DocumentExtraction x = synthetic(0);
    // Header, then an entity count of 2^62.
    const std::string data = std::string("KGX\x01", 4) + "\x80\x80\x80\x80\x80\x80\x80\x80\x40";
    CHECK(decode_as(x, data, back) == "count 4611686018427387904 beyond the data at byte 13");
    CHECK(decode_as(x, "KGX\x02", back) == "bad header at byte 0");
    CHECK(decode_as(x, "", back) == "bad header at byte 0");
    CHECK(decode_as(x, std::string("KGX\x01", 4) + std::string(11, '\xff'), back) == "number too long at byte 14");
}

}  // TEST_SUITE
