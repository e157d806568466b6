#pragma once
// The part of a KnowledgeGraph an export writes, chosen by ExportOptions. Every
// writer goes through select() so all formats agree on what "the graph" is.
// A Selection points into the graph it was made from, which must outlive it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporters.h"

namespace kg::output::detail {

// One edge to write: a relation, or with ExportOptions::collapse all relations of
// one type between the same two entities.
struct SelectedEdge {
    RelationId id;                        // the (smallest) relation id; edge id "e<id>"
    RelationType type = RelationType::Met;
    EntityId source;                      // subject; for symmetric types the smaller id
    EntityId target;
    bool directed = false;
    std::vector<const RelationRecord*> records;  // the relations it stands for, by id; never empty
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
    std::vector<const EntityRecord*> nodes;  // sorted by id
    std::vector<SelectedEdge> edges;         // sorted by id; both ends are in `nodes`
};

// Throws ExportError when opt.ego names no entity of `g`.
Selection select(const graph::KnowledgeGraph& g, const ExportOptions& opt);

// Small shared vocabulary of the writers.
std::string node_id(EntityId id);    // "n<id>"
std::string edge_id(RelationId id);  // "e<id>"
// The entity's display name; empty when `id` is not an entity of `g`.
std::string_view entity_name(const graph::KnowledgeGraph& g, std::optional<EntityId> id);
// Joins with " | ", the separator of multi-valued text fields.
std::string join(const std::vector<std::string>& parts, std::string_view sep = " | ");
std::string join(const std::vector<std::string_view>& parts, std::string_view sep = " | ");

}  // namespace kg::output::detail
