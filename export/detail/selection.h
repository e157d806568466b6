#pragma once
// The part of a KnowledgeGraph an export writes, chosen by ExportOptions. Every
// writer goes through select() so all formats agree on what "the graph" is.
// A Selection points into the graph it was made from, which must outlive it.
// Nodes and edges are named and ordered by the stable ids of
// export/detail/stable_ids.h, so two graphs of the same documents ingested in
// different orders export the same bytes.

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "export/detail/huge_pages.h"
#include "export/exporters.h"

namespace kg::output::detail {

// One edge to write: a relation, or with ExportOptions::collapse all relations of
// one type between the same two entities. Its lists are slices of the Selection's
// arena, a pointer and a count each: a million edges of one relation each would
// otherwise cost three million small allocations and as many frees, and a vector
// (pointer, size, capacity, resource) per list twice the room in every edge.
struct SelectedEdge {
    RelationId id;                        // the smallest relation id (positional: never written)
    std::string_view stable_id;           // the id writers use (see stable_ids.h), in the Selection's arena
    RelationType type = RelationType::Met;
    EntityId source;                      // subject; for symmetric types the end with the smaller node id
    EntityId target;
    bool directed = false;
    // The relations it stands for, by date and title; never empty.
    std::span<const RelationRecord*> records;
    // Single values describe the edge only when every record it stands for has the
    // same one (always so without --collapse); a collapsed edge of relations that
    // differ leaves them empty and keeps every value in the lists.
    std::string_view date;                // the date of every record, or empty
    std::span<std::string_view> dates;    // every distinct non-empty date, sorted
    std::optional<EntityId> place;        // the place of every record, or none
    std::span<EntityId> places;           // every distinct place, in record order
    std::span<std::string_view> documents;  // distinct evidence documents, sorted
    // The "title", "amount" and "mode" every record has, as attribute() gives them;
    // read once in relation order, so writers visiting edges in id order do not go
    // back to the records for them.
    std::string_view title, amount, mode;
    std::size_t evidence_count = 0;       // evidence items of every record
    std::size_t merged = 1;               // == records.size()
    double weight = 1.0;                  // == merged
    // With ExportOptions::meetings_as_nodes: a MET edge every record of which comes
    // from a meeting. The Selection's meetings stand for it, so writers leave it out.
    bool from_meeting = false;

    std::string_view first_date() const { return dates.empty() ? std::string_view() : dates.front(); }
    std::string_view last_date() const { return dates.empty() ? std::string_view() : dates.back(); }
    // The attribute ("title", "amount", "mode") when every record has the same
    // non-empty one; empty otherwise.
    std::string_view attribute(std::string_view name) const;
    // Every distinct non-empty value of the attribute, in record order.
    std::vector<std::string_view> values(std::string_view name) const;
};

// With ExportOptions::meetings_as_nodes: a meeting written as a node of its own,
// linked to those of its participants the selection keeps.
struct SelectedMeeting {
    const MeetingRecord* record = nullptr;
    std::string stable_id;                // "meeting-…" (stable_ids.h)
    std::vector<EntityId> participants;   // the ends of its selected MET edges, sorted by node id
    std::vector<std::string> link_ids;    // the participant -> meeting link of each participant
};

struct Selection {
    // Where the edges' lists and ids live; declared first so that it outlives them.
    std::unique_ptr<std::pmr::monotonic_buffer_resource> arena;
    std::vector<const EntityRecord*> nodes;  // sorted by node id
    // Sorted by source and target node id, type, date, edge id; both ends are in `nodes`.
    // In huge pages, as are the arena's blocks (see huge_pages.h).
    std::pmr::vector<SelectedEdge> edges{huge_pages()};
    std::vector<SelectedMeeting> meetings;   // sorted by stable id; empty unless meetings_as_nodes
    std::vector<std::string> node_ids;       // stable_node_ids of the whole graph, by EntityId::value
    // The same ids end to end in one buffer in huge pages, id i from id_offsets[i] to
    // id_offsets[i + 1]: writers look up the ends of a million edges, in node id order
    // of their sources, so the targets' ids at random; here they share a few pages.
    std::pmr::string id_text{huge_pages()};
    std::vector<std::uint32_t> id_offsets;
    const RecordReader* records = nullptr;   // ExportOptions::records

    // An entity's number of documents, and its documents (its record's, or read into
    // `read` from ExportOptions::records: the reference is to one of the two).
    std::size_t document_count(const EntityRecord& e) const;
    const std::vector<std::string>& documents(const EntityRecord& e, std::vector<std::string>& read) const;
    // A relation's evidence, the same way.
    const std::vector<Evidence>& evidence(const RelationRecord& r, std::vector<Evidence>& read) const;

    // The node id of an entity of the graph.
    std::string_view node_id(EntityId id) const {
        const std::uint32_t end = id_offsets.at(id.value + 1);
        return {id_text.data() + id_offsets[id.value], end - id_offsets[id.value]};
    }
};

// Throws ExportError when opt.ego names no entity of `g`.
Selection select(const graph::KnowledgeGraph& g, const ExportOptions& opt);

// Small shared vocabulary of the writers.
// The entity's display name; empty when `id` is not an entity of `g`.
std::string_view entity_name(const graph::KnowledgeGraph& g, std::optional<EntityId> id);
// What GraphML and GEXF say of an edge, computed once per edge (a MET edge is
// written as two arcs). Single values as in SelectedEdge; a list, and first/last
// date, only where the single value does not already say it all: for an edge of one
// relation, or of several that agree, the single value is the whole story and the
// file stays as small as it was before edges carried lists.
struct EdgeFields {
    std::string label;                                   // edge_label
    std::string_view place, mode, title, amount;         // single values, or empty
    std::string_view first_date, last_date;              // when `date` is empty
    std::vector<std::string_view> dates, places, modes, titles, amounts;  // when the single one is empty
};
// Fills `f` for `e`, reusing the buffers it has from the edge before.
void edge_fields(const graph::KnowledgeGraph& g, const SelectedEdge& e, EdgeFields& f);

// Edges are visited in node id order, their relations lie in ingest order: asks
// the processor for the text of an edge a few places ahead (id, date, title, amount,
// mode, documents) so that it is in cache when the edge is written.
inline constexpr std::size_t kPrefetchAhead = 8;
inline void prefetch(const SelectedEdge& e) {
    for (std::string_view text : {e.stable_id, e.date, e.title, e.amount, e.mode}) __builtin_prefetch(text.data());
    if (!e.documents.empty()) __builtin_prefetch(e.documents.front().data());
}

// Calls arc(index, fields, id, source, target, reverse_of) for every arc GraphML and
// GEXF write for the selected edges, in order: one per edge, and for a symmetric
// relation a second one back, with "-reverse" appended to its id and reverse_of
// naming the first (empty on the first). Edges that meetings stand for are left
// out. The fields are filled once per edge, into buffers reused along the way.
template <class Arc>
void for_each_arc(const graph::KnowledgeGraph& g, const Selection& s, Arc&& arc) {
    EdgeFields f;
    std::string reverse_id;
    for (std::size_t i = 0; i < s.edges.size(); ++i) {
        if (i + kPrefetchAhead < s.edges.size()) {
            prefetch(s.edges[i + kPrefetchAhead]);
            __builtin_prefetch(s.node_id(s.edges[i + kPrefetchAhead].target).data());
        }
        const SelectedEdge& e = s.edges[i];
        if (e.from_meeting) continue;
        const std::string_view source = s.node_id(e.source);
        const std::string_view target = s.node_id(e.target);
        edge_fields(g, e, f);
        arc(i, f, std::string_view(e.stable_id), source, target, std::string_view());
        if (!e.directed) {
            reverse_id.assign(e.stable_id).append("-reverse");
            arc(i, f, std::string_view(reverse_id), target, source, std::string_view(e.stable_id));
        }
    }
}

// The relation name of the participant -> meeting links.
inline constexpr std::string_view kParticipatedIn = "PARTICIPATED_IN";
// A meeting node's display name: "Meeting 2023-04-04 in Melbourne (telephone)".
std::string meeting_label(const graph::KnowledgeGraph& g, const MeetingRecord& m);

// An edge's display text: "MET 2023-04-04", "ROLE Foreign Minister",
// "MET 2023-04-04…2023-06-01 (2x)" for a collapsed edge.
std::string edge_label(const SelectedEdge& e);

// Joins with " | ", the separator of multi-valued text fields.
std::string join(const std::vector<std::string>& parts, std::string_view sep = " | ");
std::string join(std::span<const std::string_view> parts, std::string_view sep = " | ");

}  // namespace kg::output::detail
