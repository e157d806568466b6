// ParallelExtraction: results come back in input order, equal to a serial run,
// with a small window and more threads than documents, and nothing after the end.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/parallel_extraction.h"
#include "extract/gazetteer.h"

namespace {

const kg::extract::Gazetteer& gazetteer() {
    static const kg::extract::Gazetteer g = kg::extract::Gazetteer::load(KG_SOURCE_DIR "/data", "/usr/share/iso-codes/json");
    return g;
}

std::vector<kg::Document> documents(std::size_t n) {
    static const char* const kNames[] = {"Penny Wong", "Jens Stoltenberg", "Antony Blinken", "Annalena Baerbock"};
    std::vector<kg::Document> docs;
    for (std::size_t i = 0; i < n; ++i) {
        kg::Document d;
        d.id = "doc-" + std::to_string(i) + ".txt";
        d.source = d.id;
        d.text = "On April " + std::to_string(1 + i % 28) + ", Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of " +
                 "Japan, held a meeting with H.E. " + kNames[i % 4] + " in Tokyo (" + std::to_string(i) + ").\n";
        docs.push_back(std::move(d));
    }
    return docs;
}

// What a test compares: the document and every entity name and relation type.
std::string summary(const kg::DocumentExtraction& x) {
    std::string s = x.document.id + ":";
    for (const kg::Entity& e : x.entities) s += " " + e.name;
    for (const kg::Relation& r : x.relations) s += " " + std::string(to_string(r.type));
    return s;
}

}  // namespace

TEST_CASE("parallel extraction returns every document in input order, as a serial run would") {
    const kg::extract::Extractor extractor(gazetteer());
    const std::vector<kg::Document> docs = documents(200);
    std::vector<const kg::Document*> pointers;
    for (const kg::Document& d : docs) pointers.push_back(&d);

    for (const auto& [threads, window] : {std::pair<std::size_t, std::size_t>{1, 1}, {4, 3}, {3, 512}, {0, 16}}) {
        CAPTURE(threads);
        CAPTURE(window);
        kg::cli::ParallelExtraction run(extractor, pointers, threads, window);
        for (const kg::Document& d : docs) {
            std::optional<kg::DocumentExtraction> x = run.next();
            REQUIRE(x);
            CHECK(summary(*x) == summary(extractor.extract(d)));
        }
        CHECK_FALSE(run.next());
        CHECK_FALSE(run.next());
    }
}

TEST_CASE("parallel extraction of no documents ends at once, and stopping early joins the workers") {
    const kg::extract::Extractor extractor(gazetteer());
    const std::vector<const kg::Document*> none;
    kg::cli::ParallelExtraction empty(extractor, none, 4);
    CHECK_FALSE(empty.next());

    const std::vector<kg::Document> docs = documents(100);
    std::vector<const kg::Document*> pointers;
    for (const kg::Document& d : docs) pointers.push_back(&d);
    {
        kg::cli::ParallelExtraction run(extractor, pointers, 2, 4);
        REQUIRE(run.next());
        CHECK(run.next()->document.id == "doc-1.txt");
    }  // destroyed with workers blocked on a full window: must not hang
}
