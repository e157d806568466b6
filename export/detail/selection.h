#pragma once
// The part of a KnowledgeGraph an export writes, chosen by ExportOptions. Every
// writer goes through select() so all formats agree on what "the graph" is.
// A Selection points into the graph it was made from, which must outlive it.
// Nodes and edges are named and ordered by the stable ids of
// export/detail/stable_ids.h, so two graphs of the same documents ingested in
// different orders export the same bytes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporters.h"

namespace kg::output::detail {

// One edge to write: a relation, or with ExportOptions::collapse all relations of
// one type between the same two entities.
struct SelectedEdge {
    RelationId id;                        // the smallest relation id (positional: never written)
    std::string stable_id;                // the id writers use (see stable_ids.h)
    RelationType type = RelationType::Met;
    EntityId source;                      // subject; for symmetric types the end with the smaller node id
    EntityId target;
    bool directed = false;
    // The relations it stands for, by date and title; never empty.
    std::vector<const RelationRecord*> records;
    std::string_view date;                // earliest non-empty date, or empty
    std::vector<std::string_view> dates;  // every distinct non-empty date, sorted
    std::optional<EntityId> place;        // of the first record that has one
    std::vector<std::string_view> documents;  // distinct evidence documents, sorted
    std::size_t evidence_count = 0;       // evidence items of every record
    std::size_t merged = 1;               // == records.size()
    double weight = 1.0;                  // == merged

    // The attribute ("title", "amount", "mode") of the first record that has a
    // non-empty one; empty when none has.
    std::string_view attribute(std::string_view name) const;
};

struct Selection {
    std::vector<const EntityRecord*> nodes;  // sorted by node id
    // Sorted by source and target node id, type, date, edge id; both ends are in `nodes`.
    std::vector<SelectedEdge> edges;
    std::vector<std::string> node_ids;       // stable_node_ids of the whole graph, by EntityId::value

    // The node id of an entity of the graph.
    const std::string& node_id(EntityId id) const { return node_ids.at(id.value); }
};

// Throws ExportError when opt.ego names no entity of `g`.
Selection select(const graph::KnowledgeGraph& g, const ExportOptions& opt);

// Small shared vocabulary of the writers.
// The entity's display name; empty when `id` is not an entity of `g`.
std::string_view entity_name(const graph::KnowledgeGraph& g, std::optional<EntityId> id);
// Joins with " | ", the separator of multi-valued text fields.
std::string join(const std::vector<std::string>& parts, std::string_view sep = " | ");
std::string join(const std::vector<std::string_view>& parts, std::string_view sep = " | ");

}  // namespace kg::output::detail
