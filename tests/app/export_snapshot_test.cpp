// kg export reads the graph snapshot the questions read (QueryBase::graph, and
// QueryBase::export_graph with documents and evidence read as they are written), never a merge
// of every stored document: random sequences of ingests, forgets, replaced documents and
// merge, split and rename corrections, after each of which every export format, under
// a range of selections, must give the same bytes from the snapshot's graph as from the
// graph merged from every document (load_graph, the path kg export took before).

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "../graph/graph_doc_builder.h"
#include "release_pool.h"
#include "app/knowledge_base.h"
#include "app/query_base.h"
#include "export/exporters.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/reader.h"
#include "store/store.h"

// Named: the unit tests are compiled as one unity file beside snapshot_test.cpp's helpers.
namespace export_snapshot {

struct TempBase {
    std::string dir;
    std::string db;
    TempBase() {
        dir = (std::filesystem::temp_directory_path() / "kg-export-snapshot-test-XXXXXX").string();
        if (mkdtemp(dir.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        db = dir + "/kg.db";
    }
    ~TempBase() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

// The releases of release_pool.h, extracted once.
const std::vector<kg::DocumentExtraction>& pool() {
    static const std::vector<kg::DocumentExtraction> docs = kg_test::test_releases(25);
    return docs;
}

using kg_test::renamed;

// The selections every format is written under; `ego` is an entity of the graph.
std::vector<std::pair<std::string, kg::output::ExportOptions>> selections(std::optional<kg::EntityId> ego) {
    using kg::output::ExportOptions;
    std::vector<std::pair<std::string, ExportOptions>> out;
    out.emplace_back("whole graph", ExportOptions{});
    ExportOptions o;
    o.collapse = true;
    o.min_weight = 2;
    out.emplace_back("--collapse --min-weight 2", o);
    o = {};
    o.meetings_as_nodes = true;
    out.emplace_back("--meetings-as-nodes", o);
    o = {};
    o.types = {kg::EntityType::Person, kg::EntityType::Country};
    o.relations = {kg::RelationType::Met, kg::RelationType::Role};
    o.from = "2021";
    o.to = "2024-06";
    out.emplace_back("--types --relations --from --to", o);
    for (kg::graph::Centrality c : {kg::graph::Centrality::Degree, kg::graph::Centrality::Betweenness,
                                    kg::graph::Centrality::Closeness, kg::graph::Centrality::PageRank,
                                    kg::graph::Centrality::Meetings}) {
        o = {};
        o.top = 7;
        o.top_by = c;
        o.collapse = c == kg::graph::Centrality::PageRank;
        out.emplace_back("--top 7 --by " + std::to_string(static_cast<int>(c)), o);
    }
    if (ego) {
        o = {};
        o.ego = ego;
        o.ego_depth = 2;
        o.meetings_as_nodes = true;
        out.emplace_back("--ego --depth 2 --meetings-as-nodes", o);
    }
    return out;
}

// Every text format of `g` under `sel`, one after the other, with the selection's
// documents and size (the caption's and drawings' inputs). With `lean`, every format but
// the explorer is written from it, reading documents and evidence as kg export does.
std::string exports(const kg::graph::KnowledgeGraph& whole, const kg::output::ExportOptions& whole_sel,
                    const kg::output::EvidenceText& text, bool drawing,
                    const kg::cli::QueryBase::ExportGraph* lean = nullptr) {
    const kg::graph::KnowledgeGraph& g = lean ? lean->graph : whole;
    kg::output::ExportOptions sel = whole_sel;
    if (lean) sel.records = &lean->records;
    std::ostringstream o;
    o << "graphml\n";
    kg::output::write_graphml(g, o, sel);
    o << "gexf\n";
    kg::output::write_gexf(g, o, sel);
    o << "dot\n";
    kg::output::write_dot(g, o, sel);
    o << "json\n";
    kg::output::write_json(g, o, sel);
    o << "csv\n";
    std::ostringstream relationships;
    kg::output::write_neo4j_csv(g, o, relationships, sel);
    o << relationships.str() << "html\n";
    kg::output::write_html(whole, o, whole_sel, text);
    if (drawing) {
        o << "svg\n";
        kg::output::render(g, "svg", o, sel);
    }
    o << "selection\n" << kg::output::selected_entity_count(g, sel) << '\n';
    for (const std::string& d : kg::output::selected_documents(g, sel)) o << d << '\n';
    return o.str();
}

std::string first_difference(const std::string& a, const std::string& b) {
    std::size_t at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
    const std::size_t from = at < 200 ? 0 : at - 200;
    return a.substr(from, 400) + "\n  against\n" + b.substr(from, 400);
}

// Compares every export of the snapshot's graph with that of the merged one.
void check_exports_equal(const std::string& db, bool drawing) {
    const std::unique_ptr<kg::cli::QueryBase> kb = kg::cli::QueryBase::open(db);
    const kg::graph::KnowledgeGraph from_snapshot = kb->graph();
    const std::unique_ptr<kg::store::Store> st = kg::cli::open_existing_store(db);
    const kg::graph::KnowledgeGraph merged = kg::cli::load_graph(*st);
    REQUIRE(from_snapshot.entities().size() == merged.entities().size());
    const kg::output::EvidenceText snapshot_text = [&](const kg::Evidence& e) { return kb->evidence_sentence(e); };
    const kg::output::EvidenceText merged_text = [&](const kg::Evidence& e) -> std::string {
        const std::optional<kg::DocumentExtraction> x = st->load(e.doc_id);
        const std::string text = x ? x->document.text : std::string();
        if (e.sentence.begin >= e.sentence.end || e.sentence.end > text.size()) return {};
        return text.substr(e.sentence.begin, e.sentence.size());
    };
    std::optional<kg::EntityId> ego;
    for (const kg::EntityRecord& e : merged.entities())
        if (e.type == kg::EntityType::Person && (!ego || e.documents.size() > merged.entity(*ego).documents.size()))
            ego = e.id;
    // kg export's graph: records without entities' documents and relations' evidence, read
    // as they are written; meetings only for the selections that write or rank by them.
    const kg::cli::QueryBase::ExportGraph lean = kb->export_graph(false);
    const kg::cli::QueryBase::ExportGraph lean_meetings = kb->export_graph(true);
    CHECK(lean.graph.meetings().empty());
    for (const auto& [what, sel] : selections(ego)) {
        CAPTURE(what);
        const std::string a = exports(from_snapshot, sel, snapshot_text, drawing);
        const std::string b = exports(merged, sel, merged_text, drawing);
        INFO(first_difference(a, b));
        REQUIRE(a == b);
        const bool meetings = sel.meetings_as_nodes || (sel.top > 0 && sel.top_by == kg::graph::Centrality::Meetings);
        const std::string c = exports(from_snapshot, sel, snapshot_text, drawing, meetings ? &lean_meetings : &lean);
        INFO(first_difference(c, b));
        REQUIRE(c == b);
    }
}

// With `recent_forgets`, forgets are more frequent and most take one to three of the documents
// stored since the last build from every document (so that they undo the growths that added
// them), and there are no corrections. Returns how many rebuilds undid growths.
std::size_t run_sequence(unsigned seed, std::size_t steps, bool recent_forgets = false) {
    std::mt19937 rng(seed);
    std::mt19937 recent_rng(seed * 7919);
    auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    TempBase base;
    const std::unique_ptr<kg::store::Store> st = kg::store::open_store(base.db, kg::store::Durability::Normal);
    std::vector<std::string> stored;
    std::size_t grown_from = 0;  // stored[grown_from...] came after the last build from every document
    std::size_t next = 0;
    std::size_t undone = 0;
    for (std::size_t step = 0; step < steps; ++step) {
        const std::size_t op = below(step * 2 >= steps && !recent_forgets ? 21 : 16);
        std::string what;
        if (recent_forgets && op >= 6 && op < 13 && grown_from < stored.size() && recent_rng() % 5 != 0) {
            std::vector<std::size_t> picked;
            for (std::size_t k = 1 + recent_rng() % 3; k > 0; --k) {
                const std::size_t i = grown_from + recent_rng() % (stored.size() - grown_from);
                if (std::find(picked.begin(), picked.end(), i) == picked.end()) picked.push_back(i);
            }
            std::sort(picked.rbegin(), picked.rend());
            what = "forget";
            for (std::size_t i : picked) {
                what += " " + stored[i];
                st->forget(stored[i]);
                stored.erase(stored.begin() + static_cast<std::ptrdiff_t>(i));
            }
        } else if (op < 10 || stored.empty()) {
            const std::size_t n = 1 + below(4);
            what = "add " + std::to_string(n);
            for (std::size_t i = 0; i < n; ++i) {
                const kg::DocumentExtraction& x = pool()[below(pool().size())];
                const std::string id = (below(10) == 0 ? "a" : "d") + std::to_string(100000 + next++) + "-" +
                                       x.document.id;
                st->put(renamed(x, id), kg::store::sha256_hex(id));
                stored.push_back(id);
            }
        } else if (op < 13) {
            const std::size_t i = below(stored.size());
            what = "forget " + stored[i];
            st->forget(stored[i]);
            stored.erase(stored.begin() + static_cast<std::ptrdiff_t>(i));
        } else if (op < 16) {
            const std::string& id = stored[below(stored.size())];
            what = "replace " + id;
            st->put(renamed(pool()[below(pool().size())], id), kg::store::sha256_hex(id + std::to_string(step)));
        } else {
            const std::vector<kg::EntityRecord> entities = kg::cli::QueryBase::open(base.db)->entities();
            std::vector<std::string> people;
            for (const kg::EntityRecord& e : entities)
                if (e.type == kg::EntityType::Person) people.push_back("PERSON:" + e.name);
            if (people.size() < 2) continue;
            kg::store::Correction c;
            c.kind = op < 18 ? kg::store::Correction::Kind::Merge
                             : op < 20 ? kg::store::Correction::Kind::Rename : kg::store::Correction::Kind::Split;
            c.a = people[below(people.size())];
            if (c.kind == kg::store::Correction::Kind::Merge) c.b = people[below(people.size())];
            if (c.kind == kg::store::Correction::Kind::Rename) c.b = "Renamed Person " + std::to_string(step);
            what = "correction " + std::to_string(static_cast<int>(c.kind)) + " " + c.a + " / " + c.b;
            st->add_correction(c);
        }
        CAPTURE(seed);
        CAPTURE(step);
        CAPTURE(what);
        const kg::cli::SnapshotBuild built = kg::cli::rebuild_snapshot(base.db);
        if (built.undone > 0) ++undone;
        if (!built.incremental) grown_from = stored.size();
        check_exports_equal(base.db, step + 1 == steps);
    }
    return undone;
}

}  // namespace export_snapshot

TEST_SUITE("app") {

TEST_CASE("every export of the snapshot's graph equals that of the graph merged from every document") {
    for (unsigned seed = 1; seed <= 3; ++seed) export_snapshot::run_sequence(seed, 14);
}

TEST_CASE("every export after forgets that undo growths equals that of the graph merged from every document") {
    std::size_t undone = 0;
    for (unsigned seed = 4; seed <= 5; ++seed) undone += export_snapshot::run_sequence(seed, 16, true);
    CHECK(undone >= 3);  // or this compares builds from every document again
    MESSAGE("rebuilds that undid growths: " << undone << " of 32");
}

TEST_CASE("the snapshot's graph answers the graph queries exports use as the merged graph does") {
    export_snapshot::TempBase base;
    const std::unique_ptr<kg::store::Store> st = kg::store::open_store(base.db, kg::store::Durability::Normal);
    for (std::size_t i = 0; i < export_snapshot::pool().size(); ++i) {
        const std::string id = "d" + std::to_string(i);
        st->put(export_snapshot::renamed(export_snapshot::pool()[i], id), kg::store::sha256_hex(id));
    }
    st->add_correction({kg::store::Correction::Kind::Merge, "PERSON:Anna Smith", "PERSON:Bob Smith"});
    const kg::graph::KnowledgeGraph a = kg::cli::QueryBase::open(base.db)->graph();
    const kg::graph::KnowledgeGraph b = kg::cli::load_graph(*st);
    REQUIRE(a.entities().size() == b.entities().size());
    REQUIRE(a.relations().size() == b.relations().size());
    REQUIRE(a.meetings().size() == b.meetings().size());
    for (std::size_t i = 0; i < b.meetings().size(); ++i) CHECK(a.meetings()[i].evidence == b.meetings()[i].evidence);
    for (std::size_t i = 0; i < b.entities().size(); ++i) {
        const kg::EntityId id{static_cast<std::uint32_t>(i)};
        CHECK(a.entity(id).documents == b.entity(id).documents);
        CHECK(a.relations_of(id) == b.relations_of(id));
        CHECK(a.neighbourhood(id, 2) == b.neighbourhood(id, 2));
        CHECK(a.meetings_of(id).size() == b.meetings_of(id).size());
        for (const std::string& d : b.entity(id).documents) CHECK(a.document_date(d) == b.document_date(d));
    }
    for (kg::graph::Centrality c : {kg::graph::Centrality::Degree, kg::graph::Centrality::Meetings,
                                    kg::graph::Centrality::PageRank}) {
        const std::vector<kg::graph::Score> x = a.rank(c), y = b.rank(c);
        REQUIRE(x.size() == y.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            CHECK(x[i].entity == y[i].entity);
            CHECK(x[i].value == y[i].value);
        }
    }
    CHECK(a.components() == b.components());
}

TEST_CASE("exports read no document's extraction: they answer alike when every extraction is gone") {
    export_snapshot::TempBase base;
    {
        const std::unique_ptr<kg::store::Store> st = kg::store::open_store(base.db, kg::store::Durability::Normal);
        for (std::size_t i = 0; i < export_snapshot::pool().size(); ++i) {
            const std::string id = "d" + std::to_string(i);
            st->put(export_snapshot::renamed(export_snapshot::pool()[i], id), kg::store::sha256_hex(id));
        }
    }
    auto all_exports = [&] {
        const std::unique_ptr<kg::cli::QueryBase> kb = kg::cli::QueryBase::open(base.db);
        const kg::graph::KnowledgeGraph g = kb->graph();
        const kg::cli::QueryBase::ExportGraph lean = kb->export_graph(false);
        const kg::cli::QueryBase::ExportGraph lean_meetings = kb->export_graph(true);
        kg::output::ExportOptions sel;
        sel.meetings_as_nodes = true;
        const kg::output::EvidenceText text = [&](const kg::Evidence& e) { return kb->evidence_sentence(e); };
        return export_snapshot::exports(g, {}, text, true) + export_snapshot::exports(g, sel, {}, false) +
               export_snapshot::exports(g, {}, text, true, &lean) +
               export_snapshot::exports(g, sel, {}, false, &lean_meetings);
    };
    const std::string before = all_exports();
    const std::size_t entities = kg::cli::load_graph(base.db).entities().size();
    REQUIRE(entities > 100);
    // Behind kg's back, without a change the snapshot would see: a merge of the documents
    // now finds nothing to merge.
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(base.db.c_str(), &handle) == SQLITE_OK);
    CHECK(sqlite3_exec(handle, "DELETE FROM extractions", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    std::size_t merged = 0;
    try {
        merged = kg::cli::load_graph(base.db).entities().size();
    } catch (const std::exception&) {
    }
    CHECK(merged < entities);
    CHECK(all_exports() == before);
}

}  // TEST_SUITE
