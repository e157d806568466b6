// The persisted merge state and documents appended to it (graph/corrections.h,
// KnowledgeGraph::save_state): the graph they give must be the one built from scratch.

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/corrections.h"
#include "graph_doc_builder.h"

using kg::DocumentExtraction;
using kg::graph::GrowingGraph;
using kg::graph::KnowledgeGraph;
using kg_test::DocBuilder;

namespace {

// Releases that exercise most of the merge rules: a surname completed later ("Hayashi",
// then "Yoshimasa Hayashi"), a name in another order, aliases, a recurring event, a
// meeting and its MET relations, a ROLE with a title.
std::vector<DocumentExtraction> releases() {
    std::vector<DocumentExtraction> out;
    DocBuilder a("a.txt", "2022-01-01");
    a.met(a.person("Hayashi"), a.person("Antony Blinken"));
    out.push_back(a.x);
    DocBuilder b("b.txt", "2023-01-01");
    const std::size_t hayashi = b.person("Yoshimasa Hayashi");
    b.met(hayashi, b.person("Jens Stoltenberg"));
    b.role(hayashi, b.organisation("Ministry of Foreign Affairs"), "Minister for Foreign Affairs");
    out.push_back(b.x);
    DocBuilder c("c.txt", "2023-02-01");
    const std::size_t summit = c.entity(kg::EntityType::Event, "NATO Summit");
    c.x.entities[summit].aliases.push_back("the Summit");
    c.met(c.person("Hayashi Yoshimasa"), c.person("Taro Kono"));
    kg::Meeting m;
    m.participants = {0, 1};
    m.date = "2023-02-01";
    m.parent_event = summit;
    m.evidence.push_back(kg::Evidence{"c.txt", {3, 9}, "test", 0.8});
    c.x.meetings.push_back(m);
    out.push_back(c.x);
    DocBuilder d("d.txt", "2024-07-10");
    d.entity(kg::EntityType::Event, "NATO Summit");
    d.met(d.person("Blinken"), d.person("Stoltenberg"));
    out.push_back(d.x);
    DocBuilder e("e.txt", "2024-07-11");
    e.met(e.person("Antony J. Blinken"), e.person("Kono"));
    e.met(e.person("Antony J. Blinken"), e.person("Kono"));
    out.push_back(e.x);
    return out;
}

std::vector<DocumentExtraction> slice(const std::vector<DocumentExtraction>& v, std::size_t from, std::size_t to) {
    return {v.begin() + static_cast<std::ptrdiff_t>(from), v.begin() + static_cast<std::ptrdiff_t>(to)};
}

// "Smith" alone as Secretary General: Anna Smith held that office in 2020, Bob Smith in 2024.
DocumentExtraction smith(const std::string& id, const std::string& date, const std::string& name) {
    DocBuilder d(id, date);
    const std::size_t person = d.person(name);
    d.role(person, d.organisation("Example Organization"), "Secretary General");
    d.met(person, d.person("Jens Stoltenberg"));
    return d.x;
}

// Every split of `docs` (from `first_cut` on) into a base built whole, saved and restored,
// and documents appended to it gives the graph built from all of them. `plain_merge_kept`:
// step 1 changed the base, so its plain merge is kept beside it.
void check_appending(const std::vector<DocumentExtraction>& docs, std::size_t first_cut, bool plain_merge_kept) {
    const std::string whole = save_state(kg::graph::build_growing_graph(docs, {}));
    for (std::size_t cut = first_cut; cut <= docs.size(); ++cut) {
        CAPTURE(cut);
        std::optional<GrowingGraph> g =
            kg::graph::restore_growing_graph(save_state(kg::graph::build_growing_graph(slice(docs, 0, cut), {})));
        REQUIRE(g);
        CHECK(g->appendable);
        CHECK(g->first.has_value() == plain_merge_kept);
        REQUIRE(kg::graph::append_documents(*g, slice(docs, cut, docs.size())));
        CHECK(save_state(*g) == whole);
    }
}

// A merge state kept outside the graph (KnowledgeGraph::attach), in memory: its rows, and
// its records as a graph snapshot keeps them.
struct MemoryState : kg::graph::StateSource {
    std::map<std::pair<kg::graph::StateTable, std::string>, std::string> rows;
    std::vector<kg::EntityRecord> entities;
    std::vector<kg::RelationRecord> relations;
    std::vector<kg::MeetingRecord> meetings;
    std::vector<std::pair<std::string, std::string>> dates;
    std::vector<kg::graph::SurnameMention> mentions;  // step 1's candidates
    kg::graph::StateCounts counts;
    std::size_t reads = 0;  // rows and records asked for

    explicit MemoryState(const GrowingGraph& built, const std::vector<DocumentExtraction>& docs)
        : entities(built.graph.entities()), relations(built.graph.relations()), meetings(built.graph.meetings()),
          mentions(built.mentions), counts(built.graph.state_counts()) {
        for (const kg::graph::StateRow& r : built.graph.state_rows())
            rows.emplace(std::make_pair(r.table, r.key), *r.value);
        for (const DocumentExtraction& x : docs) dates.emplace_back(x.document.id, x.document.date);
    }
    // An attached graph of this state, as a growth begins it.
    GrowingGraph attached(const std::string& last_document, const std::shared_ptr<MemoryState>& self) const {
        GrowingGraph g;
        g.appendable = true;
        g.last_document = last_document;
        g.graph = KnowledgeGraph::attach(self, counts);
        g.graph.track_changes();
        return g;
    }
    std::vector<kg::graph::SurnameMention> mentions_with(const std::string& surname) const {
        std::vector<kg::graph::SurnameMention> out;
        for (const kg::graph::SurnameMention& m : mentions)
            if (kg::graph::mention_surname(m) == surname) out.push_back(m);
        return out;
    }
    std::vector<kg::RelationId> relations_of(kg::EntityId id) override {
        ++reads;
        std::vector<kg::RelationId> out;
        for (const kg::RelationRecord& r : relations)
            if (r.a == id || r.b == id) out.push_back(r.id);
        return out;
    }
    std::vector<kg::Evidence> evidence(kg::RelationId id) override {
        ++reads;
        return relations.at(id.value).evidence;
    }
    std::optional<std::string> row(kg::graph::StateTable table, std::string_view key) override {
        ++reads;
        auto it = rows.find({table, std::string(key)});
        if (it == rows.end()) return std::nullopt;
        return it->second;
    }
    std::optional<kg::EntityRecord> entity(kg::EntityId id, std::size_t& documents) override {
        ++reads;
        if (id.value >= entities.size()) return std::nullopt;
        kg::EntityRecord e = entities[id.value];
        documents = e.documents.size();
        e.documents.clear();
        return e;
    }
    std::optional<kg::RelationRecord> relation(kg::RelationId id, std::size_t& evidence) override {
        ++reads;
        if (id.value >= relations.size()) return std::nullopt;
        kg::RelationRecord r = relations[id.value];
        evidence = r.evidence.size();
        r.evidence.clear();
        return r;
    }
    std::optional<kg::MeetingRecord> meeting(kg::MeetingId id, std::size_t& evidence) override {
        ++reads;
        if (id.value >= meetings.size()) return std::nullopt;
        kg::MeetingRecord m = meetings[id.value];
        evidence = m.evidence.size();
        m.evidence.clear();
        return m;
    }
    std::string document_date(std::string_view doc_id) override {
        for (const auto& [id, date] : dates)
            if (id == doc_id) return date;
        return {};
    }
    // Writes back what `grown` (attached to this state) changed, as a grown snapshot does.
    void apply(const GrowingGraph& grown, const std::vector<DocumentExtraction>& added) {
        const KnowledgeGraph& g = grown.graph;
        KnowledgeGraph::Changes c = const_cast<KnowledgeGraph&>(g).take_changes();
        mentions.insert(mentions.end(), grown.mentions.begin(), grown.mentions.end());
        for (kg::graph::StateRow& r : c.rows) {
            if (r.value) rows[{r.table, r.key}] = *r.value;
            else rows.erase({r.table, r.key});
        }
        REQUIRE(c.documents_before.size() == c.entities.size());
        for (std::size_t i = 0; i < c.entities.size(); ++i) {
            const kg::EntityRecord& e = g.entity(c.entities[i]);
            if (e.id.value == entities.size()) entities.push_back(kg::EntityRecord{});
            REQUIRE(e.id.value < entities.size());
            std::vector<std::string> documents = entities[e.id.value].documents;
            CHECK(documents.size() == c.documents_before[i]);
            documents.insert(documents.end(), e.documents.begin(), e.documents.end());
            entities[e.id.value] = e;
            entities[e.id.value].documents = std::move(documents);
        }
        // Stored evidence stays; the records hold what came since.
        auto grow = [](auto& records, const auto& record, std::size_t before) {
            if (record.id.value == records.size()) records.emplace_back();
            REQUIRE(record.id.value < records.size());
            std::vector<kg::Evidence> evidence = records[record.id.value].evidence;
            CHECK(evidence.size() == before);
            evidence.insert(evidence.end(), record.evidence.begin(), record.evidence.end());
            records[record.id.value] = record;
            records[record.id.value].evidence = std::move(evidence);
        };
        REQUIRE(c.relation_evidence_before.size() == c.relations.size());
        for (std::size_t i = 0; i < c.relations.size(); ++i)
            grow(relations, g.relation(c.relations[i]), c.relation_evidence_before[i]);
        REQUIRE(c.meeting_evidence_before.size() == c.meetings.size());
        for (std::size_t i = 0; i < c.meetings.size(); ++i)
            grow(meetings, g.meeting(c.meetings[i]), c.meeting_evidence_before[i]);
        for (const DocumentExtraction& x : added) dates.emplace_back(x.document.id, x.document.date);
        counts = g.state_counts();
    }
    // The whole graph again, from the rows and records.
    std::optional<KnowledgeGraph> whole() const {
        std::vector<kg::graph::StateRow> all;
        for (const auto& [k, v] : rows) all.push_back({k.first, k.second, v});
        return KnowledgeGraph::restore_rows(all, entities, relations, meetings, dates);
    }
};

}  // namespace

TEST_SUITE("graph") {

TEST_CASE("a state kept as rows and records, merged into key by key, is the state built from scratch") {
    // Without step 1's rewrites: releases() and made-up ones (no two people share a surname),
    // two of them step-1 candidates ("Jones" as Secretary General) that it leaves alone.
    std::vector<DocumentExtraction> docs = releases();
    for (int i = 0; i < 6; ++i) {
        DocBuilder x("f" + std::to_string(i) + ".txt", "2025-0" + std::to_string(i + 1) + "-01");
        const std::size_t a = x.person(i % 2 ? "Antony Blinken" : "Taro Kono");
        x.met(a, x.person(i % 3 ? "Penny Wong" : "Wong"));
        x.role(a, x.organisation("Ministry of Foreign Affairs"), "Minister for Foreign Affairs");
        x.entity(kg::EntityType::Event, "NATO Summit");
        docs.push_back(x.x);
    }
    docs.push_back(smith("g1.txt", "2025-08-01", "Carl Jones"));
    docs.push_back(smith("g2.txt", "2025-09-01", "Jones"));
    docs.push_back(smith("g3.txt", "2025-10-01", "Jones"));
    const GrowingGraph full = kg::graph::build_growing_graph(docs, {});
    REQUIRE_FALSE(full.first);
    REQUIRE(full.mentions.size() == 2);
    const std::string whole = full.graph.save_state();
    for (std::size_t cut = 0; cut <= docs.size(); ++cut) {
        CAPTURE(cut);
        const std::vector<DocumentExtraction> base = slice(docs, 0, cut);
        const GrowingGraph built = kg::graph::build_growing_graph(base, {});
        auto state = std::make_shared<MemoryState>(built, base);
        std::optional<KnowledgeGraph> restored = state->whole();
        REQUIRE(restored);
        CHECK(restored->save_state() == built.graph.save_state());
        // Grown in two steps, the rows and records written back after each.
        std::size_t from = cut;
        for (std::size_t to : {std::min(docs.size(), cut + 1), docs.size()}) {
            GrowingGraph g = state->attached(from > 0 ? docs[from - 1].document.id : std::string(), state);
            const std::vector<DocumentExtraction> added = slice(docs, from, to);
            REQUIRE(kg::graph::append_to_attached(g, added, [&](const std::string& s) { return state->mentions_with(s); }));
            state->apply(g, added);
            from = to;
        }
        std::optional<KnowledgeGraph> grown = state->whole();
        REQUIRE(grown);
        CHECK(grown->save_state() == whole);
        std::map<std::pair<kg::graph::StateTable, std::string>, std::string> expected;
        for (const kg::graph::StateRow& r : full.graph.state_rows()) expected.emplace(std::make_pair(r.table, r.key), *r.value);
        CHECK(state->rows == expected);
        CHECK(save_state(GrowingGraph{KnowledgeGraph(), {}, true, "", state->mentions}) ==
              save_state(GrowingGraph{KnowledgeGraph(), {}, true, "", full.mentions}));
    }
}

TEST_CASE("an attached graph reads only the keys and records its documents need") {
    std::vector<DocumentExtraction> docs;
    for (int i = 0; i < 200; ++i) {
        DocBuilder x("d" + std::to_string(1000 + i) + ".txt", "2024-01-01");
        x.met(x.person("Person" + std::to_string(i) + " Family" + std::to_string(i)),
              x.person("Other" + std::to_string(i) + " Name" + std::to_string(i)));
        docs.push_back(x.x);
    }
    const GrowingGraph built = kg::graph::build_growing_graph(slice(docs, 0, 199), {});
    auto state = std::make_shared<MemoryState>(built, slice(docs, 0, 199));
    const auto none = [](const std::string&) { return std::vector<kg::graph::SurnameMention>{}; };
    GrowingGraph g = state->attached(built.last_document, state);
    REQUIRE(kg::graph::append_to_attached(g, slice(docs, 199, 200), none));
    CHECK(state->reads < 40);  // of some 2,000 rows and 600 records
    CHECK(state->rows.size() > 1000);
    // A new candidate whose surname no one else has: kept, nameless, as a full build keeps it.
    GrowingGraph h = state->attached("d1199.txt", state);
    CHECK(kg::graph::append_to_attached(h, {smith("e.txt", "2024-01-01", "Smith")}, none));
    REQUIRE(h.mentions.size() == 1);
    CHECK(h.mentions[0].full_name.empty());
    GrowingGraph late = state->attached("d1199.txt", state);
    CHECK_FALSE(kg::graph::append_to_attached(late, slice(docs, 0, 1), none));
}

TEST_CASE("an attached graph stops appending where step 1 would, asking only the candidates of touched surnames") {
    // As "appending stops where step 1 would resolve ...": an old mention (b.txt) or a new one
    // (d.txt) that a full build's step 1 gives Anna or Bob Smith.
    const std::vector<std::vector<DocumentExtraction>> cases{
        {smith("a.txt", "2020-03-01", "Anna Smith"), smith("b.txt", "2020-05-01", "Smith"),
         smith("c.txt", "2024-01-01", "Bob Smith")},
        {smith("a.txt", "2020-03-01", "Anna Smith"), smith("c.txt", "2024-01-01", "Bob Smith"),
         smith("d.txt", "2024-03-01", "Smith")}};
    for (const std::vector<DocumentExtraction>& docs : cases) {
        CAPTURE(docs.back().document.id);
        const GrowingGraph built = kg::graph::build_growing_graph(slice(docs, 0, 2), {});
        REQUIRE_FALSE(built.first);
        auto state = std::make_shared<MemoryState>(built, slice(docs, 0, 2));
        std::vector<std::string> asked;
        GrowingGraph g = state->attached(built.last_document, state);
        CHECK_FALSE(kg::graph::append_to_attached(g, slice(docs, 2, 3), [&](const std::string& s) {
            asked.push_back(s);
            return state->mentions_with(s);
        }));
        GrowingGraph whole = kg::graph::build_growing_graph(slice(docs, 0, 2), {});
        CHECK_FALSE(kg::graph::append_documents(whole, slice(docs, 2, 3)));
        CHECK(std::find(asked.begin(), asked.end(), "smith") != asked.end());
    }
}

TEST_CASE("a restored merge state merges later documents exactly as the graph it was saved from") {
    const std::vector<DocumentExtraction> docs = releases();
    for (std::size_t cut = 0; cut <= docs.size(); ++cut) {
        CAPTURE(cut);
        KnowledgeGraph original;
        for (std::size_t i = 0; i < cut; ++i) original.add(docs[i]);
        std::optional<KnowledgeGraph> restored = KnowledgeGraph::restore_state(original.save_state());
        REQUIRE(restored);
        CHECK(restored->save_state() == original.save_state());
        for (std::size_t i = cut; i < docs.size(); ++i) {
            original.add(docs[i]);
            restored->add(docs[i]);
        }
        CHECK(restored->save_state() == original.save_state());
        CHECK(restored->name_index().size() == original.name_index().size());
        CHECK(restored->find("Hayashi") == original.find("Hayashi"));
        CHECK(restored->suggest("Blinkn") == original.suggest("Blinkn"));
        REQUIRE(restored->entities().size() == original.entities().size());
        for (std::size_t i = 0; i < original.entities().size(); ++i) {
            CHECK(restored->entities()[i].name == original.entities()[i].name);
            CHECK(restored->entities()[i].merge_reasons == original.entities()[i].merge_reasons);
        }
        CHECK(restored->relations().size() == original.relations().size());
        CHECK(restored->meetings().size() == original.meetings().size());
    }
}

TEST_CASE("the saved state tells graphs apart and refuses damaged bytes") {
    const std::vector<DocumentExtraction> docs = releases();
    KnowledgeGraph g;
    for (const DocumentExtraction& x : docs) g.add(x);
    KnowledgeGraph fewer;
    for (std::size_t i = 0; i + 1 < docs.size(); ++i) fewer.add(docs[i]);
    const std::string bytes = g.save_state();
    CHECK(bytes != fewer.save_state());
    CHECK_FALSE(KnowledgeGraph::restore_state(""));
    CHECK_FALSE(KnowledgeGraph::restore_state(bytes.substr(0, bytes.size() / 2)));
    CHECK_FALSE(KnowledgeGraph::restore_state(bytes + "x"));
    std::string other_rules = bytes;
    other_rules[0] = static_cast<char>(other_rules[0] + 1);
    CHECK_FALSE(KnowledgeGraph::restore_state(other_rules));
    // The same of a growing graph, whose own layout has a number too.
    const std::string growing = save_state(kg::graph::build_growing_graph(docs, {}));
    CHECK(kg::graph::restore_growing_graph(growing));
    CHECK_FALSE(kg::graph::restore_growing_graph(growing.substr(0, growing.size() - 1)));
    std::string other_layout = growing;
    other_layout[0] = static_cast<char>(other_layout[0] + 1);
    CHECK_FALSE(kg::graph::restore_growing_graph(other_layout));
}

TEST_CASE("documents appended to a growing graph give the graph built from all of them") {
    check_appending(releases(), 0, false);
}

TEST_CASE("documents are not appended before the last one, nor to a corrected graph") {
    const std::vector<DocumentExtraction> docs = releases();
    GrowingGraph late = kg::graph::build_growing_graph(slice(docs, 2, docs.size()), {});
    CHECK_FALSE(kg::graph::append_documents(late, slice(docs, 0, 1)));
    GrowingGraph again = kg::graph::build_growing_graph(docs, {});
    CHECK_FALSE(kg::graph::append_documents(again, slice(docs, 4, 5)));  // the same id twice
    GrowingGraph corrected = kg::graph::build_growing_graph(
        slice(docs, 0, 2), {{kg::graph::IdentityCorrection::Kind::Rename, "PERSON:Jens Stoltenberg", "J. Stoltenberg"}});
    CHECK_FALSE(corrected.appendable);
    CHECK_FALSE(kg::graph::append_documents(corrected, slice(docs, 2, 3)));
}

TEST_CASE("appending stops where step 1 would resolve a surname mention in a graph it had not changed") {
    // While Anna is the only Smith, the graph's own rules give her a 2020 "Smith"; once Bob
    // Smith is known, build_graph's step 1 resolves such mentions by office instead, which
    // changes how their documents merge. Two cases: the mention is old (b.txt), or new (d.txt).
    const std::vector<std::vector<DocumentExtraction>> cases{
        {smith("a.txt", "2020-03-01", "Anna Smith"), smith("b.txt", "2020-05-01", "Smith"),
         smith("c.txt", "2024-01-01", "Bob Smith")},
        {smith("a.txt", "2020-03-01", "Anna Smith"), smith("c.txt", "2024-01-01", "Bob Smith"),
         smith("d.txt", "2024-03-01", "Smith")}};
    for (const std::vector<DocumentExtraction>& docs : cases) {
        CAPTURE(docs.back().document.id);
        GrowingGraph before = kg::graph::build_growing_graph(slice(docs, 0, 2), {});
        REQUIRE(before.appendable);
        CHECK_FALSE(before.first);  // step 1 changed nothing
        CHECK_FALSE(kg::graph::append_documents(before, slice(docs, 2, 3)));
        // Built whole, step 1 changed a document: the plain merge is kept beside the graph.
        GrowingGraph all = kg::graph::build_growing_graph(docs, {});
        CHECK(all.appendable);
        CHECK(all.first);
        REQUIRE(all.mentions.size() == 1);
        CHECK_FALSE(all.mentions[0].full_name.empty());
    }
}

TEST_CASE("the merge state's rows come one at a time in table and key order, as state_rows lists them") {
    const GrowingGraph built = kg::graph::build_growing_graph(releases(), {});
    std::vector<std::pair<kg::graph::StateTable, std::string>> given;
    built.graph.each_state_row([&](kg::graph::StateRow& r) {
        REQUIRE(r.value);
        given.emplace_back(r.table, r.key);
    });
    const std::vector<kg::graph::StateRow> listed = built.graph.state_rows();
    REQUIRE(given.size() == listed.size());
    REQUIRE(given.size() > 50);
    for (std::size_t i = 0; i < given.size(); ++i) {
        CHECK(given[i].first == listed[i].table);
        CHECK(given[i].second == listed[i].key);
        // TokenCount keys are entity ids as big-endian bytes: byte order is id order too.
        if (i > 0) CHECK(given[i - 1] < given[i]);
    }
}

TEST_CASE("a graph built from documents read pass by pass is built from a list of them, with a pass per change") {
    // Each pass visits every document, as a store read in one transaction gives them.
    struct Passes {
        std::vector<DocumentExtraction> docs;
        std::size_t passes = 0;
        kg::graph::ExtractionPasses each() {
            return [this](const std::function<void(const DocumentExtraction&)>& visit) {
                ++passes;
                for (const DocumentExtraction& x : docs) visit(x);
            };
        }
    };
    using Kind = kg::graph::IdentityCorrection::Kind;
    const std::vector<DocumentExtraction> smiths{
        smith("a.txt", "2020-03-01", "Anna Smith"), smith("b.txt", "2020-05-01", "Smith"),
        smith("c.txt", "2024-01-01", "Bob Smith"),  smith("d.txt", "2024-03-01", "Smith"),
        smith("e.txt", "2024-04-01", "Carl Jones")};
    std::vector<DocumentExtraction> corrected = smiths;  // and "Stoltenberg" alone, for the split to part
    DocBuilder f("f.txt", "2024-05-01");
    f.met(f.person("Stoltenberg"), f.person("Carl Jones"));
    corrected.push_back(f.x);
    const std::vector<kg::graph::IdentityCorrection> fixes{
        {Kind::Merge, "PERSON:Carl Jones", "PERSON:Jens Stoltenberg"},
        {Kind::Rename, "PERSON:Anna Smith", "Anna Smith-Jones"},
        {Kind::Split, "PERSON:Jens Stoltenberg", ""},
        {Kind::Merge, "PERSON:Nobody", "PERSON:Bob Smith"}};
    struct Case {
        const char* what;
        std::vector<DocumentExtraction> docs;
        std::vector<kg::graph::IdentityCorrection> corrections;
        std::size_t passes;
        std::size_t applied;  // corrections that changed the graph
    };
    const Case cases[] = {
        {"nothing for step 1 to change: one pass", releases(), {}, 1, 0},
        {"step 1 changes two documents: the plain merge, then the graph", smiths, {}, 2, 0},
        {"and corrections: a merge per applied correction, and a pass reading a split's names", corrected, fixes, 6, 3},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        Passes p{c.docs};
        std::vector<kg::graph::CorrectionResult> streamed, listed;
        const GrowingGraph a = kg::graph::build_growing_graph(p.each(), c.corrections, &streamed);
        const GrowingGraph b = kg::graph::build_growing_graph(c.docs, c.corrections, &listed);
        CHECK(p.passes == c.passes);
        CHECK(save_state(a) == save_state(b));
        CHECK(a.graph.save_state() == b.graph.save_state());
        REQUIRE(streamed.size() == listed.size());
        std::size_t applied = 0;
        for (std::size_t i = 0; i < streamed.size(); ++i) {
            CHECK(streamed[i].note == listed[i].note);
            applied += streamed[i].applied && streamed[i].note.empty() ? 1 : 0;
        }
        CHECK(applied == c.applied);
    }
}

TEST_CASE("documents appended to a graph step 1 changed get step 1's names as in a full build") {
    const std::vector<DocumentExtraction> docs{
        smith("a.txt", "2020-03-01", "Anna Smith"), smith("b.txt", "2020-05-01", "Smith"),
        smith("c.txt", "2024-01-01", "Bob Smith"),  smith("d.txt", "2024-03-01", "Smith"),
        smith("e.txt", "2024-04-01", "Carl Jones"), smith("f.txt", "2020-06-01", "Smith")};
    check_appending(docs, 3, true);  // from the first base where step 1 resolves b.txt
}

}  // TEST_SUITE
