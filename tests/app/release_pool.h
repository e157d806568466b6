#pragma once
// Releases for the snapshot tests: the MOFA test corpus, the first `whitehouse` files of
// whitehouse-300, extracted, and four made-up ones where two Smiths share a surname and an
// office (so that build_graph's step 1 has something to resolve).
#include <string>
#include <vector>

#include "../graph/graph_doc_builder.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/reader.h"

namespace kg_test {

inline std::vector<kg::DocumentExtraction> test_releases(int whitehouse) {
    const kg::extract::Gazetteer gazetteer = kg::extract::Gazetteer::load(KG_SOURCE_DIR "/data", "/usr/share/iso-codes/json");
    const kg::extract::Extractor extractor(gazetteer);
    std::vector<kg::DocumentExtraction> out;
    std::vector<std::string> paths{KG_TEST_DATA_DIR "/corpus"};
    for (int i = 1; i <= whitehouse; ++i) {
        std::string name = std::to_string(i);
        paths.push_back(KG_TEST_DATA_DIR "/whitehouse-300/" + std::string(5 - name.size(), '0') + name + ".txt");
    }
    for (const kg::Document& d : kg::extract::read_documents(paths).documents) out.push_back(extractor.extract(d));
    const char* const dates[] = {"2020-03-01", "2020-05-01", "2024-01-01", "2024-02-01"};
    const char* const people[] = {"Anna Smith", "Smith", "Bob Smith", "Smith"};
    for (int i = 0; i < 4; ++i) {
        DocBuilder b("smith-" + std::to_string(i), dates[i]);
        b.x.document.text = std::string("Secretary General ") + people[i] + " met Jens Stoltenberg.";
        const std::size_t person = b.person(people[i]);
        b.role(person, b.organisation("Example Organization"), "Secretary General");
        b.met(person, b.person("Jens Stoltenberg"));
        out.push_back(b.x);
    }
    return out;
}

// `x` as the document `id`, its evidence citing it.
inline kg::DocumentExtraction renamed(const kg::DocumentExtraction& x, const std::string& id) {
    kg::DocumentExtraction out = x;
    out.document.id = id;
    for (kg::Relation& r : out.relations)
        for (kg::Evidence& e : r.evidence) e.doc_id = id;
    for (kg::Meeting& m : out.meetings)
        for (kg::Evidence& e : m.evidence) e.doc_id = id;
    return out;
}

}  // namespace kg_test
