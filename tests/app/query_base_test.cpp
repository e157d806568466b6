// QueryBase reads only what a question needs from the graph snapshot: entities one by
// one, and for kg path the neighbours of the entities its search reaches. These tests
// hold the answers to those of the whole graph: every entity read alone equals the one
// read with all the others, and every pair of entities gets the chains that the graph
// merged from every document gives (KnowledgeGraph::shortest_paths) and that a search
// over the whole link list gives (QueryBase::network).
#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "release_pool.h"
#include "app/knowledge_base.h"
#include "app/query_base.h"
#include "model/error.h"
#include "store/store.h"

// Named: the unit tests are compiled as one unity file.
namespace query_base_test {

struct TempBase {
    std::string dir;
    std::string db;
    TempBase() {
        dir = (std::filesystem::temp_directory_path() / "kg-query-base-test-XXXXXX").string();
        if (mkdtemp(dir.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        db = dir + "/kg.db";
    }
    ~TempBase() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

std::string chains(const std::vector<kg::graph::Path>& paths) {
    std::string out;
    for (const kg::graph::Path& p : paths) {
        for (kg::EntityId n : p.nodes) out += std::to_string(n.value) + ' ';
        out += '|';
        for (kg::RelationId r : p.hops) out += ' ' + std::to_string(r.value);
        out += '\n';
    }
    return out;
}

// A base of the test releases and copies of six of them under later ids; with
// `grown`, the copies stored after a first question, so that its snapshot (and the
// neighbours it keeps) is grown from the one before, not rebuilt.
void fill(const std::string& db, bool grown) {
    const std::vector<kg::DocumentExtraction> docs = kg_test::test_releases(30);
    const std::unique_ptr<kg::store::Store> st = kg::store::open_store(db, kg::store::Durability::Normal);
    for (const kg::DocumentExtraction& x : docs) st->put(x, kg::store::sha256_hex(x.document.id));
    if (grown) REQUIRE_FALSE(kg::cli::rebuild_snapshot(db).incremental);
    for (std::size_t i = 0; i < 6; ++i) {
        const std::string id = "zz-copy-" + std::to_string(i);
        st->put(kg_test::renamed(docs[i * 5 % docs.size()], id), kg::store::sha256_hex(id));
    }
    CHECK(kg::cli::rebuild_snapshot(db).incremental == grown);
}

}  // namespace query_base_test

TEST_SUITE("app") {

TEST_CASE("an entity read on its own equals the one read with every other") {
    query_base_test::TempBase base;
    query_base_test::fill(base.db, false);
    const std::unique_ptr<kg::cli::QueryBase> one = kg::cli::QueryBase::open(base.db);
    const std::unique_ptr<kg::cli::QueryBase> all = kg::cli::QueryBase::open(base.db);
    const std::vector<kg::EntityRecord>& entities = all->entities();
    REQUIRE(entities.size() > 100);
    for (std::size_t i = entities.size(); i-- > 0;) {  // backwards: none read before
        const kg::EntityId id{static_cast<std::uint32_t>(i)};
        const kg::EntityRecord& e = one->entity(id);
        const kg::EntityRecord& f = entities[i];
        CHECK(e.id == f.id);
        CHECK(e.type == f.type);
        CHECK(e.name == f.name);
        CHECK(e.aliases == f.aliases);
        CHECK(e.documents == f.documents);
        CHECK(e.mention_count == f.mention_count);
        CHECK(e.first_seen == f.first_seen);
        CHECK(e.last_seen == f.last_seen);
        CHECK(e.merge_reasons == f.merge_reasons);
        CHECK(one->document_count(id) == all->document_count(id));
    }
    CHECK(one->find("Stoltenberg") == all->find("Stoltenberg"));
    CHECK_THROWS_WITH_AS(one->entity(kg::EntityId{static_cast<std::uint32_t>(entities.size())}),
                         ("the graph snapshot has no entity " + std::to_string(entities.size())).c_str(),
                         kg::StoreError);
}

TEST_CASE("every person's meetings come from the snapshot as from the whole graph, with every country filter") {
    query_base_test::TempBase base;
    query_base_test::fill(base.db, true);
    const std::unique_ptr<kg::cli::QueryBase> kb = kg::cli::QueryBase::open(base.db);
    const kg::graph::KnowledgeGraph merged = kg::cli::load_graph(base.db);
    std::vector<kg::EntityId> people, countries;
    for (const kg::EntityRecord& e : merged.entities()) {
        if (e.type == kg::EntityType::Person) people.push_back(e.id);
        if (e.type == kg::EntityType::Country) countries.push_back(e.id);
    }
    REQUIRE(people.size() > 50);
    REQUIRE(countries.size() > 10);
    auto ids = [](const std::vector<kg::MeetingRecord>& found) {
        std::vector<kg::MeetingId> out;
        for (const kg::MeetingRecord& m : found) out.push_back(m.id);
        return out;
    };
    auto view_ids = [](const std::vector<kg::graph::MeetingView>& found) {
        std::vector<kg::MeetingId> out;
        for (const kg::graph::MeetingView& v : found) out.push_back(v.meeting);
        return out;
    };
    std::size_t found = 0, filtered = 0;
    for (kg::EntityId person : people) {
        CAPTURE(person.value);
        const std::vector<kg::MeetingId> all = ids(kb->meetings(person, {}));
        CHECK(all == view_ids(kg::graph::find_meetings(merged, person)));
        found += all.size();
        for (kg::EntityId country : countries) {
            kg::graph::MeetingFilter f;
            f.country = country;
            const std::vector<kg::MeetingId> some = ids(kb->meetings(person, f));
            CHECK(some == view_ids(kg::graph::find_meetings(merged, person, f)));
            filtered += some.size();
        }
    }
    CHECK(found > 50);
    CHECK(filtered > 20);
}

TEST_CASE("every pair of entities gets from the snapshot's neighbours the chains of the whole graph") {
    for (bool grown : {false, true}) {
        CAPTURE(grown);
        query_base_test::TempBase base;
        query_base_test::fill(base.db, grown);
        const std::unique_ptr<kg::cli::QueryBase> kb = kg::cli::QueryBase::open(base.db);
        const kg::graph::KnowledgeGraph merged = kg::cli::load_graph(base.db);
        const kg::graph::Network net = kb->network();
        const std::size_t n = merged.entities().size();
        REQUIRE(kb->entities().size() == n);
        const std::vector<std::vector<kg::RelationType>> vias{
            {}, {kg::RelationType::Met}, {kg::RelationType::Role, kg::RelationType::Met}};
        std::size_t connected = 0, several = 0;
        for (std::uint32_t a = 0; a < n; ++a)
            for (std::uint32_t b = 0; b < n; ++b) {
                if (a == b) continue;
                for (std::size_t v = 0; v < vias.size(); ++v) {
                    // Each relation type subset on a third of the pairs: all would take long.
                    if (v > 0 && (a + b) % 3 != v) continue;
                    for (bool all : {false, true}) {
                        const kg::EntityId x{a}, y{b};
                        CAPTURE(a);
                        CAPTURE(b);
                        CAPTURE(v);
                        CAPTURE(all);
                        const std::string want = query_base_test::chains(merged.shortest_paths(x, y, vias[v], all));
                        REQUIRE(query_base_test::chains(kb->shortest_paths(x, y, vias[v], all)) == want);
                        REQUIRE(query_base_test::chains(net.shortest_paths(x, y, vias[v], all)) == want);
                        if (!want.empty()) ++connected;
                        if (all && std::count(want.begin(), want.end(), '\n') > 1) ++several;
                    }
                }
            }
        CHECK(connected > 10000);
        CHECK(several > 1000);
        // With dates, the whole link list in those dates, as before.
        CHECK(kb->shortest_paths(kg::EntityId{0}, kg::EntityId{1}, {}, true, "2023", "2024").size() ==
              kb->network("2023", "2024").shortest_paths(kg::EntityId{0}, kg::EntityId{1}, {}, true).size());
    }
}

}  // TEST_SUITE
