#include "app/query_base.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <limits>
#include <ostream>
#include <unordered_map>

#include "app/knowledge_base.h"
#include "model/error.h"
#include "store/pg_mirror.h"

namespace kg::cli {

namespace {

// The earliest date among the documents stating `r` (for an undated relation).
std::string earliest_document_date(const RelationRecord& r, const graph::KnowledgeGraph& g) {
    std::string best;
    for (const Evidence& e : r.evidence) {
        std::string date = g.document_date(e.doc_id);
        if (!date.empty() && (best.empty() || date < best)) best = std::move(date);
    }
    return best;
}

std::string link_date(const RelationRecord& r, const graph::KnowledgeGraph& g) {
    return r.date.empty() ? earliest_document_date(r, g) : r.date;
}

// One entity of a snapshot (documents left empty); StoreError when there is none.
const EntityRecord& snapshot_entity(const store::GraphSnapshot& s, EntityId id) {
    const EntityRecord* e = s.entity(id);
    if (!e) throw StoreError("the graph snapshot has no entity " + std::to_string(id.value));
    return *e;
}

// KnowledgeGraph::find over a snapshot's name tables.
std::vector<EntityId> snapshot_find(const store::GraphSnapshot& s, std::string_view name, std::optional<EntityType> type) {
    std::vector<EntityId> out;
    for (const auto& [table, key] : graph::lookup_keys(name, type)) {
        for (EntityId id : s.lookup(static_cast<std::uint8_t>(table), key)) {
            if (id.value >= s.entity_count()) continue;
            if (type && snapshot_entity(s, id).type != *type) continue;
            if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
        }
    }
    return out;
}

// A snapshot's merge state as an attached graph reads it (graph::KnowledgeGraph::attach).
class SnapshotState : public graph::StateSource {
public:
    explicit SnapshotState(const store::GraphSnapshot& s) : s_(s) {}
    std::optional<std::string> row(graph::StateTable table, std::string_view key) override {
        return s_.state_row(static_cast<std::uint8_t>(table), key);
    }
    std::optional<EntityRecord> entity(EntityId id, std::size_t& documents) override {
        const EntityRecord* e = s_.entity(id);
        if (!e) return std::nullopt;
        documents = s_.document_count(id);
        return *e;
    }
    std::optional<RelationRecord> relation(RelationId id, std::size_t& evidence) override {
        std::string date;
        std::optional<RelationRecord> r = s_.relation_row(id, evidence, date);
        if (r) link_dates_[id.value] = std::move(date);
        return r;
    }
    std::optional<MeetingRecord> meeting(MeetingId id, std::size_t& evidence) override {
        return s_.meeting_row(id, evidence);
    }
    std::string document_date(std::string_view doc_id) override { return s_.document_date(std::string(doc_id)); }
    std::vector<RelationId> relations_of(EntityId id) override { return s_.relation_ids_of(id); }
    std::vector<Evidence> evidence(RelationId id) override {
        std::optional<RelationRecord> r = s_.relation(id);
        return r ? std::move(r->evidence) : std::vector<Evidence>{};
    }

    // The date of a relation's link as the snapshot holds it (for one read through relation()).
    const std::string& link_date(RelationId id) const { return link_dates_.at(id.value); }

private:
    const store::GraphSnapshot& s_;
    std::unordered_map<std::uint32_t, std::string> link_dates_;
};

// The graph of a snapshot's merge state restored whole (its rows, records and candidates).
std::optional<graph::GrowingGraph> whole_state(const store::GraphSnapshot& s, const graph::GrowingHeader& header) {
    std::vector<graph::StateRow> rows;
    for (store::StateKeyRow& r : s.state_rows())
        rows.push_back({static_cast<graph::StateTable>(r.table), std::move(r.key), std::move(r.value)});
    store::SnapshotRecords records = s.records();
    // The snapshot's records hold every document's date; the state, those it merged.
    std::optional<graph::KnowledgeGraph> g =
        graph::KnowledgeGraph::restore_rows(rows, std::move(records.entities), std::move(records.relations),
                                            std::move(records.meetings), std::move(records.document_dates));
    if (!g) return std::nullopt;
    graph::GrowingGraph out;
    out.graph = std::move(*g);
    out.appendable = header.appendable;
    out.last_document = header.last_document;
    for (const std::string& bytes : s.state_mentions()) {
        std::optional<graph::SurnameMention> m = graph::restore_mention(bytes);
        if (!m) return std::nullopt;
        out.mentions.push_back(std::move(*m));
    }
    if (out.mentions.size() != header.mentions) return std::nullopt;
    if (header.first) {
        std::optional<std::string> bytes = s.state_first();
        if (!bytes || !(out.first = graph::KnowledgeGraph::restore_state(*bytes))) return std::nullopt;
    }
    return out;
}

// The snapshot `start` was read beside grown by `added` (ascending ids), when appending them
// gives exactly the graph built from every document (graph::append_to_attached, or, with a
// plain merge kept, graph::append_documents on the state restored whole), written and
// labelled with `start`: what it wrote; empty otherwise (nothing written).
struct Grown {
    std::size_t entities = 0;
    bool attached = false;  // the state was read key by key
    std::string header;     // the merge state's header written
    std::uint64_t serial = 0;  // the snapshot's (store::SnapshotStart::snapshot_serial)
};
// With `pins` (parallel to `added`): the documents merged with those pins (KnowledgeGraph::
// add_pinned), without step 1 (a build in steps replaying corrections, whose step 1 changed
// nothing); `where`, when given, receives which entity each of their mentions became.
// `undoable`: what is written is kept so that forgetting these documents can undo it
// (store::undo_forgotten); the steps of a build in steps are not.
std::optional<Grown> grow_by(const std::string& db, const store::SnapshotStart& start,
                             const std::vector<DocumentExtraction>& added,
                             const std::vector<std::vector<std::string>>* pins = nullptr,
                             graph::Mentions* where = nullptr, bool undoable = false) {
    if (!start.state_header) return std::nullopt;
    const std::optional<graph::GrowingHeader> header = graph::restore_header(*start.state_header);
    if (!header || !header->appendable) return std::nullopt;
    const bool unfinished = start.snapshot_generation == store::kUnfinishedGeneration;
    std::unique_ptr<store::GraphSnapshot> snapshot =
        store::open_graph_snapshot(db, unfinished ? store::Staleness::Unfinished : store::Staleness::Accept);
    // The snapshot read must be the one start was read beside: the same write, not only the
    // same labels (two builds labelled alike may hold different documents).
    if (!snapshot || snapshot->labels() != std::pair(start.snapshot_generation, start.snapshot_last_change) ||
        snapshot->serial() != start.snapshot_serial)
        return std::nullopt;
    graph::GrowingGraph g;
    bool attached = false;
    store::SnapshotDelta d;
    // A damaged row or record of the state read on the way: built from every document instead,
    // which writes the state afresh.
    try {
        const auto state = std::make_shared<SnapshotState>(*snapshot);
        if (!header->first) {
            g.appendable = true;
            g.last_document = header->last_document;
            g.graph = graph::KnowledgeGraph::attach(state, header->counts);
            g.graph.track_changes();
            const auto mentions_with = [&](const std::string& surname) {
                std::vector<graph::SurnameMention> out;
                for (const std::string& bytes : snapshot->state_mentions_with(surname)) {
                    std::optional<graph::SurnameMention> m = graph::restore_mention(bytes);
                    if (!m) throw StoreError("the graph snapshot's merge state has a damaged step-1 candidate");
                    out.push_back(std::move(*m));
                }
                return out;
            };
            if (pins) {
                for (std::size_t k = 0; k < added.size(); ++k) {
                    const std::string& before = k == 0 ? g.last_document : added[k - 1].document.id;
                    if (!(before < added[k].document.id)) return std::nullopt;
                }
                for (std::size_t k = 0; k < added.size(); ++k) {
                    std::vector<std::optional<EntityId>> w = g.graph.add_pinned(added[k], (*pins)[k]);
                    if (where) where->push_back(std::move(w));
                }
                if (!added.empty()) g.last_document = added.back().document.id;
            } else if (!graph::append_to_attached(g, added, mentions_with, where)) {
                return std::nullopt;
            }
            attached = true;
        }
        if (!attached) {
            if (pins) return std::nullopt;
            std::optional<graph::GrowingGraph> whole = whole_state(*snapshot, *header);
            if (!whole) return std::nullopt;
            g = std::move(*whole);
            g.graph.track_changes();
            if (!graph::append_documents(g, added)) return std::nullopt;
        }
        graph::KnowledgeGraph::Changes c = g.graph.take_changes();
        for (EntityId id : c.entities) d.entities.push_back(&g.graph.entity(id));
        for (RelationId id : c.relations) {
            const RelationRecord& r = g.graph.relation(id);
            d.relations.push_back(&r);
            // An undated relation's link takes its earliest document's date: of the stored ones
            // (kept with it) and the new ones, when only the new evidence was read.
            std::string date = link_date(r, g.graph);  // reads dates while the snapshot is open
            if (attached && r.date.empty() && id.value < header->counts.relations) {
                const std::string& stored = state->link_date(id);
                if (!stored.empty() && (date.empty() || stored < date)) date = stored;
            }
            d.link_dates.push_back(std::move(date));
        }
        for (MeetingId id : c.meetings) d.meetings.push_back(&g.graph.meeting(id));
        d.documents_before = std::move(c.documents_before);
        d.relation_evidence_before = std::move(c.relation_evidence_before);
        d.meeting_evidence_before = std::move(c.meeting_evidence_before);
        d.relations_before = header->counts.relations;
        d.relation_count = g.graph.state_counts().relations;
        for (auto& [index, key] : c.name_keys) d.name_keys.emplace_back(static_cast<std::uint8_t>(index), std::move(key));
        for (graph::NameIndexEntry& n : c.names)
            d.names.push_back(store::SnapshotName{static_cast<std::uint8_t>(n.index), std::move(n.key), n.entity});
        for (graph::StateRow& r : c.rows)
            d.rows.push_back({static_cast<std::uint8_t>(r.table), std::move(r.key), std::move(r.value)});
        // An attached graph's candidates are the new ones; a whole one's, all of them.
        const std::size_t first_new = attached ? 0 : header->mentions;
        graph::GrowingHeader grown = graph::header_of(g);
        grown.mentions = header->mentions + g.mentions.size() - first_new;
        d.header = graph::save_header(grown);
        d.mentions_before = header->mentions;
        for (std::size_t i = first_new; i < g.mentions.size(); ++i)
            d.new_mentions.emplace_back(graph::mention_surname(g.mentions[i]), graph::save_mention(g.mentions[i]));
        if (g.first) d.first = g.first->save_state();
        d.undoable = undoable;
        for (const DocumentExtraction& x : added) d.added.push_back(x.document.id);
    } catch (const Error&) {
        return std::nullopt;
    }
    snapshot.reset();  // its read ends before the write
    const std::optional<std::uint64_t> serial = store::write_grown_snapshot(db, start, d);
    if (!serial) return std::nullopt;
    return Grown{g.graph.state_counts().entities, attached, std::move(d.header), *serial};
}

// The snapshot grown by the documents stored since (start.added), when the base changed by
// those additions only and appending them gives exactly the graph built from every document:
// grow_by's answer, kept undoable.
std::optional<Grown> grow_snapshot(const std::string& db, const store::Store& st,
                                                          const store::SnapshotStart& start) {
    if (!start.state_header) return std::nullopt;
    std::vector<std::string> ids = start.added;
    std::sort(ids.begin(), ids.end());
    std::vector<DocumentExtraction> added;
    added.reserve(ids.size());
    for (const std::string& id : ids) {
        std::optional<DocumentExtraction> x = st.load(id);
        if (!x) return std::nullopt;     // forgotten meanwhile: the next snapshot sees it
        x->document.text.clear();  // as load_all(DocumentText::Omit) gives it
        added.push_back(std::move(*x));
    }
    return grow_by(db, start, added, nullptr, nullptr, true);
}

// The snapshot after documents were forgotten, when every change since it is a forgotten
// document that one of its last growths added: those growths undone (store::undo_forgotten,
// which restores the snapshot they grew from row for row), and the documents they added that
// are still stored appended again through the growth path. The work is that of the growths
// undone and appended again, not of the base. Empty when it cannot be done so (nothing
// written, or the snapshot left unfinished when appending again is refused: then build it from
// every document).
std::int64_t build_token();
struct Undone {
    std::size_t growths = 0;
    std::size_t entities = 0;
    bool attached = false;
};
std::optional<Undone> undo_forgotten(const std::string& db, const store::Store& st, const store::SnapshotStart& start) {
    if (start.state_header || start.snapshot_serial == 0 || start.generation == start.snapshot_generation)
        return std::nullopt;
    const std::optional<store::UndoneGrowths> undone = store::undo_forgotten(db, start, build_token());
    if (!undone) return std::nullopt;
    Undone out;
    out.growths = undone->growths;
    if (undone->again.empty()) {
        const std::optional<graph::GrowingHeader> header = graph::restore_header(*undone->start.state_header);
        out.entities = header ? header->counts.entities : 0;
        out.attached = true;
        return out;
    }
    std::vector<DocumentExtraction> again;
    again.reserve(undone->again.size());
    for (const std::string& id : undone->again) {
        std::optional<DocumentExtraction> x = st.load(id);
        if (!x) return std::nullopt;  // forgotten meanwhile
        x->document.text.clear();
        again.push_back(std::move(*x));
    }
    const std::optional<Grown> grown = grow_by(db, undone->start, again, nullptr, nullptr, true);
    if (!grown) return std::nullopt;
    out.entities = grown->entities;
    out.attached = grown->attached;
    return out;
}

// Writes the snapshot of `built` (every document, or, unfinished, the first of them), labelled
// with `start`; returns its serial.
std::uint64_t write_whole(const std::string& db, const store::SnapshotStart& start, const graph::GrowingGraph& built) {
    const graph::KnowledgeGraph& g = built.graph;
    std::vector<store::SnapshotName> names;
    for (graph::NameIndexEntry& e : g.name_index())
        names.push_back(store::SnapshotName{static_cast<std::uint8_t>(e.index), std::move(e.key), e.entity});
    const std::function<std::string(const RelationRecord&)> dates = [&](const RelationRecord& r) {
        return link_date(r, g);
    };
    // Only a graph documents can be appended to is worth keeping.
    std::optional<store::MergeStateRows> state;
    if (built.appendable) {
        state.emplace();
        state->header = graph::save_header(graph::header_of(built));
        state->more_rows = [&g](const std::function<void(const store::StateKeyRow&)>& write) {
            g.each_state_row([&](graph::StateRow& r) {
                write(store::StateKeyRow{static_cast<std::uint8_t>(r.table), std::move(r.key), std::move(r.value)});
            });
        };
        for (const graph::SurnameMention& m : built.mentions)
            state->mentions.emplace_back(graph::mention_surname(m), graph::save_mention(m));
        if (built.first) state->first = built.first->save_state();
    }
    return store::write_graph_snapshot(db, start,
                                       store::SnapshotContent{g.entities(), g.relations(), g.meetings(), names, dates,
                                                              state ? &*state : nullptr});
}

// A token for the unfinished snapshots of one build (store::kUnfinishedGeneration): negative,
// and, most likely, another for each build of this process and of others.
std::int64_t build_token() {
    static std::uint64_t builds = 0;
    const auto now = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    std::uint64_t h = now ^ (static_cast<std::uint64_t>(::getpid()) << 32) ^ (++builds * 0x9e3779b97f4a7c15ULL);
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    return -static_cast<std::int64_t>(h >> 2) - 1;
}

// Which entity each mention of every document became in a build (graph::Mentions packed in
// two arrays: a million releases' lists of optional ids were some 130 MB).
class MentionTable {
public:
    void clear() {
        starts_.assign(1, 0);
        ids_.clear();
    }
    void add(const graph::Mentions& where) {
        for (const std::vector<std::optional<EntityId>>& w : where) {
            for (const std::optional<EntityId>& id : w) ids_.push_back(id ? id->value : kNone);
            starts_.push_back(ids_.size());
        }
    }
    std::size_t documents() const { return starts_.size() - 1; }
    std::size_t mentions(std::size_t d) const { return starts_[d + 1] - starts_[d]; }
    std::optional<EntityId> at(std::size_t d, std::size_t i) const {
        const std::uint32_t id = ids_[starts_[d] + i];
        return id == kNone ? std::nullopt : std::optional(EntityId{id});
    }

private:
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::size_t> starts_{0};
    std::vector<std::uint32_t> ids_;
};

// The pins of a build replaying corrections, by document index (graph::CorrectionSite::pin).
using Pins = std::unordered_map<std::size_t, std::vector<std::string>>;

// A build in steps as graph::apply_correction reads it: the snapshot its steps wrote, which
// entity each mention became, its documents (for a split), and the pins of the next build.
class SnapshotSite : public graph::CorrectionSite {
public:
    SnapshotSite(const store::GraphSnapshot& s, const MentionTable& where, const store::Store::ExtractionPasses& passes,
                 Pins& pins)
        : s_(s), where_(where), passes_(passes), pins_(pins) {}
    std::vector<EntityId> find(std::string_view name, std::optional<EntityType> type) const override {
        return snapshot_find(s_, name, type);
    }
    const EntityRecord& entity(EntityId id) const override { return snapshot_entity(s_, id); }
    void each_mention(EntityId a, std::optional<EntityId> b, bool documents,
                      const std::function<void(std::size_t, std::size_t, const DocumentExtraction*)>& each) override {
        auto mentions = [&](std::size_t d, const DocumentExtraction* x) {
            for (std::size_t i = 0; i < where_.mentions(d); ++i) {
                const std::optional<EntityId> id = where_.at(d, i);
                if (id == a || (b && id == b)) each(d, i, x);
            }
        };
        if (documents) {
            std::size_t d = 0;
            passes_([&](const DocumentExtraction& x) {
                if (d < where_.documents()) mentions(d, &x);
                ++d;
            });
            if (d != where_.documents()) throw StoreError("the documents changed while the graph snapshot was built");
        } else {
            for (std::size_t d = 0; d < where_.documents(); ++d) mentions(d, nullptr);
        }
    }
    void pin(std::size_t d, std::size_t i, const std::string& name) override {
        std::vector<std::string>& p = pins_[d];
        if (p.size() < where_.mentions(d)) p.resize(where_.mentions(d));
        p[i] = name;
    }

private:
    const store::GraphSnapshot& s_;
    const MentionTable& where_;
    const store::Store::ExtractionPasses& passes_;
    Pins& pins_;
};

// What build_in_steps built.
struct StepsBuilt {
    std::size_t entities = 0;
    std::size_t steps = 0;  // of its last build from every document
    // The stored corrections' results, and the trial's last; when the trial changes the graph,
    // the snapshot is left unfinished as `unfinished` names it (finish it with
    // store::finish_snapshot once the trial is recorded, labelled then).
    std::vector<graph::CorrectionResult> results;
    std::optional<store::SnapshotStart> unfinished;
};

// The snapshot of a base of more than `chunk` documents built in steps, so that memory is
// bounded by a step, not by the base: the first `chunk` documents (in id order) merged and
// written whole, then each next `chunk` appended through the growth path (grow_by, attached),
// every step but the last labelled unfinished (no question reads it). Appending gives the
// graph built from every document exactly when it is done at all (graph::append_to_attached
// refuses otherwise), so the snapshot is the same. Every document comes from one read of the
// base, as in a build from every document.
//
// Corrections (the stored ones, then `trial` when given) are replayed as a build from every
// document replays them (graph::build_growing_graph), each on the graph built with those
// before it: the plain merge is built in steps as above, recording which entity each mention
// became; each correction is resolved on that snapshot and pins mentions
// (graph::apply_correction, the same code); a correction that changes the graph has every
// document merged again in steps with the pins so far (grow_by with pins). All of these are
// unfinished; the last is then labelled with `start` and its merge state dropped
// (store::finish_snapshot), as a whole build of a corrected base keeps none (a trial that
// changes nothing leaves the base's own graph: its state kept when it has no corrections).
//
// Returns what it built, or empty when it cannot be done that way (step 1 changing a document
// of the first chunk, appending refused, another kg writing the snapshot meanwhile, a base
// with corrections of no more than `chunk` documents): then build it whole. The unfinished
// snapshot left then is replaced by that build. A base without corrections of no more than
// `chunk` documents is built whole here (one step).
std::optional<StepsBuilt> build_in_steps(const std::string& db, const store::Store& st, const store::SnapshotStart& start,
                                         std::size_t chunk, const std::optional<graph::IdentityCorrection>& trial = {}) {
    if (chunk == 0) return std::nullopt;
    std::optional<StepsBuilt> out;
    st.read_extractions(store::Store::DocumentText::Omit, [&](const store::Store::ExtractionPasses& passes) {
        std::vector<graph::IdentityCorrection> corrections = identity_corrections(st);
        if (trial) corrections.push_back(*trial);
        const bool corrected = !corrections.empty();
        const std::int64_t token = build_token();  // the same for each unfinished step of this build
        MentionTable where;  // of the last build, when corrected
        Pins pins;
        StepsBuilt built;
        store::SnapshotStart step;  // the labels and serial of the last step written
        // One build from every document in steps: the plain merge (with step 1's check and
        // candidates), or with `pins`; its last step labelled with `start` when `final`. False
        // when refused; `done` when the base was no more than a chunk (written whole).
        bool done = false;
        auto build = [&](bool plain, bool final) -> bool {
            std::size_t total = 0;
            const graph::ExtractionPasses first = [&](const std::function<void(const DocumentExtraction&)>& each) {
                total = 0;
                passes([&](const DocumentExtraction& x) {
                    if (total++ < chunk) each(x);
                });
            };
            where.clear();
            {
                graph::Mentions first_where;
                graph::GrowingGraph g;
                if (plain) {
                    g = graph::build_growing_graph(first, {}, nullptr, corrected ? &first_where : nullptr);
                    if (total <= chunk) {  // no more than a chunk: every document, built whole
                        if (corrected) return false;
                        write_whole(db, start, g);
                        built.entities = g.graph.entities().size();
                        built.steps = 1;
                        done = true;
                        return true;
                    }
                    if (!g.appendable || g.first) return false;
                } else {
                    std::size_t d = 0;
                    first([&](const DocumentExtraction& x) {
                        auto p = pins.find(d++);
                        first_where.push_back(
                            g.graph.add_pinned(x, p == pins.end() ? std::vector<std::string>{} : p->second));
                        g.last_document = x.document.id;
                    });
                    g.appendable = true;
                }
                where.add(first_where);
                step = store::SnapshotStart{};
                step.generation = store::kUnfinishedGeneration;
                step.last_change = token;
                step.snapshot_serial = write_whole(db, step, g);
                step.state_header = graph::save_header(graph::header_of(g));
            }
            // The others, a chunk at a time; each step goes on from the one before.
            std::size_t seen = 0;
            built.steps = 1;
            bool refused = false;
            std::vector<DocumentExtraction> added;
            std::vector<std::vector<std::string>> added_pins;
            auto append = [&](bool last) {
                store::SnapshotStart next;
                next.generation = last && final ? start.generation : store::kUnfinishedGeneration;
                next.last_change = last && final ? start.last_change : step.last_change;
                next.state_header = step.state_header;
                next.snapshot_generation = step.generation;
                next.snapshot_last_change = step.last_change;
                next.snapshot_serial = step.snapshot_serial;
                graph::Mentions w;
                std::optional<Grown> grown =
                    grow_by(db, next, added, plain ? nullptr : &added_pins, corrected ? &w : nullptr);
                const std::size_t first_d = seen - added.size();
                added.clear();
                added_pins.clear();
                if (!grown || !grown->attached || (corrected && where.documents() != first_d)) {
                    refused = true;
                    return;
                }
                where.add(w);
                ++built.steps;
                built.entities = grown->entities;
                step = next;
                step.state_header = std::move(grown->header);
                step.snapshot_serial = grown->serial;
            };
            passes([&](const DocumentExtraction& x) {
                if (refused || seen < chunk) {
                    ++seen;
                    return;
                }
                if (added.size() == chunk) append(false);
                if (refused) return;
                added.push_back(x);
                if (!plain) {
                    auto p = pins.find(seen);
                    added_pins.push_back(p == pins.end() ? std::vector<std::string>{} : p->second);
                }
                ++seen;
            });
            if (!refused && !added.empty()) append(true);
            return !refused;
        };
        if (!build(true, !corrected)) return;
        if (done || !corrected) {
            out = std::move(built);
            return;
        }
        // The snapshot of the last step, as finish_snapshot and the next correction read it.
        auto written = [&] {
            store::SnapshotStart w;
            w.state_header = step.state_header;
            w.snapshot_generation = step.generation;
            w.snapshot_last_change = step.last_change;
            w.snapshot_serial = step.snapshot_serial;
            return w;
        };
        bool trial_changed = false;
        for (std::size_t k = 0; k < corrections.size(); ++k) {
            graph::CorrectionResult r;
            {
                std::unique_ptr<store::GraphSnapshot> snapshot =
                    store::open_graph_snapshot(db, store::Staleness::Unfinished);
                if (!snapshot || snapshot->labels() != std::pair(step.generation, step.last_change) ||
                    snapshot->serial() != step.snapshot_serial)
                    return;
                // A damaged row of the snapshot read on the way: built whole instead.
                try {
                    SnapshotSite site(*snapshot, where, passes, pins);
                    r = graph::apply_correction(site, corrections[k]);
                } catch (const Error&) {
                    return;
                }
            }
            const bool changed = r.applied && r.note.empty();
            built.results.push_back(std::move(r));
            if (trial && k + 1 == corrections.size()) trial_changed = changed;
            if (changed && !build(false, false)) return;
        }
        // A trial that changes nothing leaves the graph the base's snapshot had: when that one
        // was current, its labels too (the change log's last row it saw, which a build now
        // would not know: the log is dropped up to it).
        store::SnapshotStart labels = start;
        if (trial && start.snapshot_serial != 0 && start.snapshot_generation == start.generation)
            labels.last_change = start.snapshot_last_change;
        if (trial_changed) {
            built.unfinished = written();
        } else if (!store::finish_snapshot(db, written(), labels, corrections.size() == (trial ? 1 : 0))) {
            return;
        }
        out = std::move(built);
    });
    return out;
}

// The step of a build in steps: kSnapshotChunk, or KG_SNAPSHOT_CHUNK's, for measuring (0: in
// one step).
std::size_t snapshot_chunk() {
    std::size_t chunk = kSnapshotChunk;
    if (const char* v = std::getenv("KG_SNAPSHOT_CHUNK"); v && *v) {
        const std::string_view text(v);
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
        if (ec == std::errc{} && end == text.data() + text.size()) chunk = n;
    }
    return chunk;
}

}  // namespace

SnapshotBuild rebuild_snapshot(const std::string& db, Rebuild how) {
    if (store::is_postgres_url(db)) return {};  // each question builds its own (QueryBase::open_copy)
    open_existing_store(db);                    // exists, and is a kg database (migrated if older)
    return rebuild_snapshot(db, store::begin_snapshot(db), how, snapshot_chunk());
}

std::optional<std::vector<graph::CorrectionResult>> try_correction(const std::string& db,
                                                                   const graph::IdentityCorrection& c,
                                                                   const std::function<void()>& record) {
    if (store::is_postgres_url(db)) return std::nullopt;
    std::unique_ptr<store::Store> st = open_existing_store(db);
    const store::SnapshotStart start = store::begin_snapshot(db);
    std::optional<StepsBuilt> built = build_in_steps(db, *st, start, snapshot_chunk(), c);
    if (!built) return std::nullopt;
    if (built->unfinished) {
        record();
        // Labelled current when the decision is the only change since the documents were read
        // (the generation counts it); else built again (in steps) from what is stored now.
        const store::SnapshotStart now = store::begin_snapshot(db);
        if (now.generation != start.generation + 1 || !store::finish_snapshot(db, *built->unfinished, now))
            rebuild_snapshot(db);
    }
    return std::move(built->results);
}

SnapshotBuild rebuild_snapshot(const std::string& db, const store::SnapshotStart& start, Rebuild how,
                               std::size_t chunk) {
    std::unique_ptr<store::Store> st = open_existing_store(db);
    SnapshotBuild out;
    if (how == Rebuild::Incremental) {
        if (std::optional<Grown> grown = grow_snapshot(db, *st, start)) {
            out.incremental = true;
            out.entities = grown->entities;
            out.attached = grown->attached;
            return out;
        }
        if (std::optional<Undone> undone = undo_forgotten(db, *st, start)) {
            out.incremental = true;
            out.undone = undone->growths;
            out.entities = undone->entities;
            out.attached = undone->attached;
            return out;
        }
    }
    // (An unfinished snapshot left by undo_forgotten is replaced: a build from every document
    // reads nothing of the snapshot.)
    if (const std::optional<StepsBuilt> built = build_in_steps(db, *st, start, chunk)) {
        out.entities = built->entities;
        out.steps = built->steps;
        return out;
    }
    // The documents are read pass by pass, not loaded: a million releases' extractions held at
    // once were most of the first build's 6 GB.
    std::optional<graph::GrowingGraph> growing;
    st->read_extractions(store::Store::DocumentText::Omit, [&](const store::Store::ExtractionPasses& passes) {
        growing = graph::build_growing_graph(passes, identity_corrections(*st));
    });
    write_whole(db, start, *growing);
    out.entities = growing->graph.entities().size();
    return out;
}

struct QueryBase::Scratch {
    std::string dir;
    ~Scratch() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

QueryBase::QueryBase(std::unique_ptr<store::GraphSnapshot> s, std::unique_ptr<Scratch> scratch)
    : scratch_(std::move(scratch)), snapshot_(std::move(s)) {}

QueryBase::~QueryBase() = default;

std::unique_ptr<QueryBase> QueryBase::open_copy(const std::string& url) {
    const std::unique_ptr<store::Store> source = open_existing_store(url);
    auto scratch = std::make_unique<Scratch>();
    std::string dir = (std::filesystem::temp_directory_path() / "kg-question-XXXXXX").string();
    if (!mkdtemp(dir.data())) throw Error("cannot make a scratch directory for a question: " + dir);
    scratch->dir = dir;
    const std::string copy = dir + "/kg.db";
    {
        std::unique_ptr<store::Store> local = store::open_store(copy, store::Durability::Normal);
        const CopyCounts counts = copy_base(*source, *local);
        if (!counts.failed.empty()) throw StoreError(store::redacted(url) + ": " + counts.failed.front());
    }
    rebuild_snapshot(copy);
    std::unique_ptr<store::GraphSnapshot> s = store::open_graph_snapshot(copy);
    if (!s) throw Error("cannot build the graph snapshot of " + store::redacted(url));
    return std::unique_ptr<QueryBase>(new QueryBase(std::move(s), std::move(scratch)));
}

static std::optional<std::string> mirror_path(const std::string& url) {
    namespace fs = std::filesystem;
    fs::path dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') dir = fs::path(xdg) / "kg";
    else if (const char* home = std::getenv("HOME"); home && *home == '/') dir = fs::path(home) / ".cache" / "kg";
    else return std::nullopt;
    // The copy holds the documents' text: its folder is the user's alone.
    std::error_code ec;
    fs::create_directories(dir.parent_path(), ec);
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) return std::nullopt;
    if (::access(dir.c_str(), W_OK | X_OK) != 0) return std::nullopt;
    // Named by the URL as kg prints it (never with a password) and by the SQLite schema
    // of this kg, so kgs of two versions never take turns remaking one copy.
    const std::string name = "pg-" + store::sha256_hex(store::redacted(url)).substr(0, 32) + "-s" +
                             std::to_string(store::schema_version()) + ".db";
    return (dir / name).string();
}

std::unique_ptr<QueryBase> QueryBase::open_mirror(const std::string& url) {
    open_existing_store(url);  // exists, and is a kg database (migrated if older)
    const std::optional<std::string> path = mirror_path(url);
    if (!path) return open_copy(url);
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    store::MirrorSync sync;
    const store::MirrorLock lock = store::sync_pg_mirror(url, *path, sync);
    const Clock::time_point synced = Clock::now();
    // Under the lock: no other kg changes the copy while its snapshot is brought up to date.
    std::unique_ptr<store::GraphSnapshot> s = store::open_graph_snapshot(*path);
    SnapshotBuild built;
    const bool current = s != nullptr;
    if (!s) {
        built = rebuild_snapshot(*path);
        s = store::open_graph_snapshot(*path);
    }
    if (!s) throw Error("cannot build the graph snapshot of " + store::redacted(url));
    const auto ms = [](Clock::duration d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
    if (const char* debug = std::getenv("KG_DEBUG_MIRROR"); debug && *debug) {
        std::cerr << "kg: debug: local copy " << *path << ": "
                  << (sync.full ? "full copy (" + sync.why_full + ")" : "changes " + std::to_string(sync.from_change) +
                                                                            " to " + std::to_string(sync.to_change))
                  << ", copied " << sync.copied << ", unchanged " << sync.unchanged << ", removed " << sync.removed
                  << ", corrections " << (sync.corrections ? "copied" : "kept") << "; snapshot "
                  << (current ? "current" : built.incremental ? "grown" : "rebuilt") << " (" << ms(synced - start)
                  << " ms copying, " << ms(Clock::now() - synced) << " ms snapshot)\n";
    }
    // The snapshot reads one state of the copy for its lifetime: the lock can go.
    return std::unique_ptr<QueryBase>(new QueryBase(std::move(s)));
}

std::unique_ptr<QueryBase> QueryBase::open(const std::string& db) {
    if (store::is_postgres_url(db)) return open_mirror(db);
    open_existing_store(db);  // exists, and is a kg database (migrated if older)
    // While another process writes the base (an ingest), a question answers from the last
    // snapshot, says so, and neither waits for the writer nor slows it by rebuilding.
    auto stale_answer = [&]() -> std::unique_ptr<QueryBase> {
        std::unique_ptr<store::GraphSnapshot> s = store::open_graph_snapshot(db, store::Staleness::Accept);
        if (!s) return nullptr;
        if (s->changes_behind() > 0)
            std::cerr << "kg: note: the knowledge base is being changed by another kg; answering from it as it was "
                      << s->changes_behind() << (s->changes_behind() == 1 ? " change" : " changes") << " ago\n";
        return std::unique_ptr<QueryBase>(new QueryBase(std::move(s)));
    };
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (std::unique_ptr<store::GraphSnapshot> s = store::open_graph_snapshot(db))
            return std::unique_ptr<QueryBase>(new QueryBase(std::move(s)));
        if (!store::writable(db))
            throw Error("the knowledge base " + db + " is read-only and its snapshot for questions is missing or "
                        "out of date; ask one question with write access to it first");
        if (store::writer_active(db))
            if (std::unique_ptr<QueryBase> q = stale_answer()) return q;
        rebuild_snapshot(db);
    }
    if (std::unique_ptr<QueryBase> q = stale_answer()) return q;
    throw Error("the knowledge base " + db + " keeps changing while its graph snapshot is built; try again");
}

const EntityRecord& QueryBase::entity(EntityId id) const { return snapshot_entity(*snapshot_, id); }

const std::string& QueryBase::name(EntityId id) const {
    const std::string* n = snapshot_->name(id);
    if (!n) throw StoreError("the graph snapshot has no entity " + std::to_string(id.value));
    return *n;
}

std::vector<EntityId> QueryBase::find(std::string_view name, std::optional<EntityType> type) const {
    return snapshot_find(*snapshot_, name, type);
}

std::vector<std::string> QueryBase::suggest(std::string_view name, std::size_t limit) const {
    std::vector<std::string> known;
    for (const EntityRecord& e : entities()) {
        known.push_back(e.name);
        known.insert(known.end(), e.aliases.begin(), e.aliases.end());
    }
    std::sort(known.begin(), known.end());
    known.erase(std::unique(known.begin(), known.end()), known.end());
    return graph::suggest_names(known, name, limit);
}

std::optional<EntityId> QueryBase::resolve(std::string_view name, const std::vector<EntityType>& types,
                                           std::ostream& err) const {
    auto wanted = [&](EntityId id) {
        return types.empty() || std::find(types.begin(), types.end(), entity(id).type) != types.end();
    };
    auto find_wanted = [&](std::string_view n) {
        std::vector<EntityId> found = find(n, types.size() == 1 ? std::optional(types[0]) : std::nullopt);
        std::erase_if(found, [&](EntityId id) { return !wanted(id); });
        return found;
    };
    std::string type_names;
    for (EntityType t : types) type_names += (type_names.empty() ? "" : " or ") + std::string(to_string(t));

    std::vector<EntityId> found = find_wanted(name);
    if (found.empty()) {
        err << "kg: error: no " << (types.empty() ? "entity " : "entity of type " + type_names + " ") << "named '" << name
            << "'";
        std::vector<std::string> close;
        for (const std::string& candidate : suggest(name, 20)) {
            std::vector<EntityId> ids = find_wanted(candidate);
            if (ids.empty()) continue;
            const std::string& canonical = entity(ids.front()).name;
            if (std::find(close.begin(), close.end(), canonical) == close.end()) close.push_back(canonical);
            if (close.size() == 3) break;
        }
        if (!close.empty()) err << "; did you mean: " << join(close, ", ") << "?";
        err << '\n';
        return std::nullopt;
    }
    if (found.size() == 1) return found.front();
    const std::string key = graph::name_key(name);
    std::vector<EntityId> exact;
    for (EntityId id : found)
        if (graph::name_key(entity(id).name) == key) exact.push_back(id);
    if (exact.size() == 1) return exact.front();
    err << "kg: error: '" << name << "' is ambiguous; it could be:\n";
    for (EntityId id : found) {
        const std::size_t docs = document_count(id);
        err << "  " << entity(id).name << " (" << to_string(entity(id).type) << ", " << docs
            << (docs == 1 ? " document)" : " documents)") << '\n';
    }
    err << "Use the full name.\n";
    return std::nullopt;
}

std::vector<MeetingRecord> QueryBase::meetings(std::optional<EntityId> person, const graph::MeetingFilter& f) const {
    // From the holder's neighbours (one read, however many relations it has); a self link
    // is not among them.
    graph::RoleCheck holds_role = [this](EntityId holder, EntityId of) {
        if (holder == of) {
            for (const RelationRecord& r : relations_of(holder, RelationType::Role))
                if (r.a == holder && r.b == holder) return true;
            return false;
        }
        auto it = roles_.find(holder);
        if (it == roles_.end()) {
            std::vector<EntityId> held;
            for (const store::SnapshotAdjacent& n : snapshot_->adjacent(holder))
                if (n.type == RelationType::Role) held.push_back(n.entity);  // ascending
            it = roles_.emplace(holder, std::move(held)).first;
        }
        return std::binary_search(it->second.begin(), it->second.end(), of);
    };
    std::vector<MeetingRecord> all = person ? snapshot_->meetings_of(*person) : snapshot_->meetings();
    // Sorted as small keys side by side, then moved once: a busy person has tens of thousands.
    // Dates of the usual forms sort as numbers (graph::newer_meeting_key); any other date
    // anywhere, and every meeting is compared as newer_meeting compares them.
    struct Key {
        std::uint64_t order = 0;
        std::size_t index = 0;
    };
    std::vector<Key> kept;
    bool numeric = true;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (graph::meeting_matches(all[i], person, f, holds_role)) {
            const std::optional<std::uint64_t> order = graph::newer_meeting_key(all[i].date, all[i].id);
            numeric = numeric && order;
            kept.push_back(Key{order.value_or(0), i});
        }
    if (numeric)
        std::sort(kept.begin(), kept.end(), [](const Key& x, const Key& y) { return x.order < y.order; });
    else
        std::sort(kept.begin(), kept.end(), [&all](const Key& x, const Key& y) {
            return graph::newer_meeting(all[x.index].date, all[x.index].id, all[y.index].date, all[y.index].id);
        });
    // Put in that order where they are (following each cycle of the permutation), not into a
    // second list: megabytes of fresh memory for a busy person.
    std::vector<std::size_t> from(kept.size());  // the record that goes to place i
    for (std::size_t i = 0; i < kept.size(); ++i) from[i] = kept[i].index;
    std::vector<bool> placed(kept.size(), false);
    std::vector<std::size_t> place(all.size(), std::numeric_limits<std::size_t>::max());
    for (std::size_t i = 0; i < kept.size(); ++i) place[from[i]] = i;
    // First the kept records to the front in their original order, then the cycles.
    std::size_t n = 0;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (place[i] != std::numeric_limits<std::size_t>::max()) {
            if (n != i) all[n] = std::move(all[i]);
            from[place[i]] = n++;
        }
    all.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (placed[i]) continue;
        // Place i takes record from[i], whose place takes from[from[i]], ...
        MeetingRecord held = std::move(all[i]);
        std::size_t at = i;
        while (from[at] != i) {
            all[at] = std::move(all[from[at]]);
            placed[at] = true;
            at = from[at];
        }
        all[at] = std::move(held);
        placed[at] = true;
    }
    return all;
}

std::vector<double> QueryBase::meeting_counts(std::string_view from, std::string_view to) const {
    if (from.empty() && to.empty()) return snapshot_->meeting_counts();
    std::vector<double> counts(snapshot_->entity_count(), 0.0);
    for (const MeetingRecord& m : snapshot_->meetings()) {
        if (m.status != MeetingStatus::Happened || !graph::date_within(m.date, from, to)) continue;
        for (EntityId p : m.participants)
            if (p.value < counts.size()) counts[p.value] += 1.0;
    }
    return counts;
}

std::vector<RelationRecord> QueryBase::relations_of(EntityId id, std::optional<RelationType> type) const {
    return snapshot_->relations_of(id, type);
}

RelationRecord QueryBase::relation(RelationId id) const {
    std::optional<RelationRecord> r = snapshot_->relation(id);
    if (!r) throw Error("the graph snapshot has no relation " + std::to_string(id.value));
    return *r;
}

graph::Network QueryBase::network(std::string_view from, std::string_view to) const {
    // Bounds as packed dates: a short upper bound covers its whole year or month,
    // as in graph::date_within.
    const std::uint32_t low = from.empty() ? 0 : store::pack_date(from);
    std::uint32_t high = std::numeric_limits<std::uint32_t>::max();
    if (!to.empty()) {
        high = store::pack_date(to);
        if (to.size() == 4) high += 9999;
        else if (to.size() == 7) high += 99;
    }
    const bool bounded = !from.empty() || !to.empty();
    const std::vector<store::SnapshotLink> stored = snapshot_->links();
    std::vector<graph::Link> links;
    links.reserve(stored.size());
    for (const store::SnapshotLink& l : stored)
        if (!bounded || (l.date != 0 && l.date >= low && l.date <= high))
            links.push_back(graph::Link{l.a, l.b, l.relation, l.type});
    return graph::Network(entities().size(), links);
}

std::vector<graph::Path> QueryBase::shortest_paths(EntityId a, EntityId b, const std::vector<RelationType>& via,
                                                   bool all_shortest, std::string_view from,
                                                   std::string_view to) const {
    if (!from.empty() || !to.empty()) return network(from, to).shortest_paths(a, b, via, all_shortest);
    if (a.value >= snapshot_->entity_count() || b.value >= snapshot_->entity_count()) return {};
    const graph::AdjacencyOf links_of = [this](EntityId id) {
        std::vector<graph::Adjacent> out;
        for (const store::SnapshotAdjacent& n : snapshot_->adjacent(id))
            out.push_back(graph::Adjacent{n.entity, n.type, n.relation});
        return out;
    };
    return graph::shortest_paths(a, b, links_of, via, all_shortest);
}

std::string QueryBase::document_date(const std::string& doc_id) const {
    auto it = document_dates_.find(doc_id);
    if (it == document_dates_.end()) it = document_dates_.emplace(doc_id, snapshot_->document_date(doc_id)).first;
    return it->second;
}

std::string QueryBase::evidence_text(const Evidence& e) const {
    std::string text = snapshot_->document_text(e.doc_id, e.sentence);
    for (char& c : text)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    return text;
}

std::string QueryBase::evidence_sentence(const Evidence& e) const {
    if (e.sentence.begin >= e.sentence.end) return {};
    std::string text = snapshot_->document_text(e.doc_id, e.sentence);
    if (text.size() != e.sentence.size()) return {};  // the text ends before the span does
    return text;
}

namespace {

graph::KnowledgeGraph graph_of(store::SnapshotRecords r) {
    std::optional<graph::KnowledgeGraph> g = graph::KnowledgeGraph::from_records(
        std::move(r.entities), std::move(r.relations), std::move(r.meetings), std::move(r.document_dates));
    if (!g) throw StoreError("the graph snapshot is damaged: a record names one that is not there");
    return std::move(*g);
}

}  // namespace

graph::KnowledgeGraph QueryBase::graph() const { return graph_of(snapshot_->records()); }

QueryBase::ExportGraph QueryBase::export_graph(bool meetings) const {
    store::GraphSnapshot::Wanted wanted;
    wanted.entity_documents = false;
    wanted.relation_evidence = false;
    wanted.document_dates = false;
    wanted.meetings = meetings;
    store::SnapshotRecords r = snapshot_->records(wanted);
    if (!meetings)
        for (RelationRecord& rel : r.relations) rel.meeting.reset();
    output::RecordReader reader;
    reader.document_counts.reserve(r.entities.size());
    for (const EntityRecord& e : r.entities) reader.document_counts.push_back(snapshot_->document_count(e.id));
    reader.first_documents = snapshot_->first_documents();
    const store::GraphSnapshot* snapshot = snapshot_.get();
    reader.documents = [snapshot](EntityId id) { return snapshot->documents_of(id); };
    reader.each_evidence_document = [snapshot](const std::function<void(RelationId, std::string_view)>& each) {
        snapshot->each_evidence_document(each);
    };
    reader.evidence = [snapshot](RelationId id, std::vector<Evidence>& out) { snapshot->evidence_of(id, out); };
    return ExportGraph{graph_of(std::move(r)), std::move(reader)};
}

}  // namespace kg::cli
