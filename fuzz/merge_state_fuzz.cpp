// Fuzz target: the saved merge state a kg database keeps beside its graph snapshot
// (graph::save_state of a GrowingGraph, table kb_blobs), as a damaged or hostile
// database file would hand it back. Restoring arbitrary bytes must refuse them or give
// a graph whose saved bytes restore to the same bytes again, whose records answer, and
// which takes one more document without failing in any other way than refusing it.

#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "graph/corrections.h"
#include "graph/knowledge_graph.h"

namespace {

// A later release naming a person, a country and their meeting.
kg::DocumentExtraction later_release() {
    kg::DocumentExtraction x;
    x.document.id = "~fuzz/zz-later.txt";  // sorts after any id a state names
    x.document.date = "2024-04-04";
    kg::Entity a;
    a.type = kg::EntityType::Person;
    a.name = "Hayashi";
    a.full_name = "Yoshimasa Hayashi";
    kg::Entity b;
    b.type = kg::EntityType::Person;
    b.name = "Stoltenberg";
    b.full_name = "Jens Stoltenberg";
    kg::Entity c;
    c.type = kg::EntityType::Country;
    c.name = "Japan";
    c.full_name = "Japan";
    x.entities = {a, b, c};
    kg::Relation met;
    met.type = kg::RelationType::Met;
    met.a = 0;
    met.b = 1;
    kg::Relation role;
    role.type = kg::RelationType::Role;
    role.a = 0;
    role.b = 2;
    role.attributes["title"] = "Minister for Foreign Affairs";
    x.relations = {met, role};
    return x;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::optional<kg::graph::GrowingGraph> g = kg::graph::restore_growing_graph(bytes);
    if (!g) return 0;
    // Canonical form: what the restored graph saves restores, and saves the same bytes.
    const std::string once = kg::graph::save_state(*g);
    std::optional<kg::graph::GrowingGraph> again = kg::graph::restore_growing_graph(once);
    KG_FUZZ_CHECK(again.has_value(), "saved bytes do not restore");
    KG_FUZZ_CHECK(kg::graph::save_state(*again) == once, "the saved state is not canonical");
    // The records answer: every relation's ends are entities of the graph.
    const std::size_t n = g->graph.entities().size();
    for (const kg::RelationRecord& r : g->graph.relations())
        KG_FUZZ_CHECK(r.a.value < n && r.b.value < n, "relation end out of range");
    for (const kg::EntityRecord& e : g->graph.entities()) (void)g->graph.find(e.name, e.type);
    // One more document: appended, or refused (the graph is then spoilt and not used).
    (void)kg::graph::append_documents(*g, {later_release()});
    return 0;
}
