#pragma once
// What the query subcommands (met, export, show, entities) share: the stored
// knowledge base loaded into a KnowledgeGraph, and names typed by the user
// resolved to entities.

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/corrections.h"
#include "graph/knowledge_graph.h"
#include "model/records.h"
#include "store/store.h"

namespace kg::cli {

// Opens an existing knowledge base: a SQLite file, or a PostgreSQL database when `path`
// is a connection URL. Throws InputError when `path` does not exist or the database has
// no kg tables (so a typo in --db does not silently create an empty base), StoreError
// when it is not a kg database or cannot be reached.
std::unique_ptr<store::Store> open_existing_store(const std::string& path);

// What copy_base moved.
struct CopyCounts {
    std::size_t documents = 0;        // stored in the target (added, or replacing its own version)
    std::size_t unchanged = 0;        // already in the target with the same bytes
    std::size_t corrections = 0;      // recorded in the target (ones it already had count too)
    std::vector<std::string> failed;  // why each document that was not copied was not
};
// Copies every document of `from` (text, stored extraction, content hash, fingerprint,
// origin and path) into `to` in one transaction, then its corrections in their order:
// the two bases then answer every question alike. Reads `from` at one moment. A
// document that cannot be stored (in a target that holds its bytes under another id)
// is reported in `failed`; the others are copied. Throws StoreError, with nothing
// copied, when the transaction fails.
CopyCounts copy_base(const store::Store& from, store::Store& to);

// Every stored document's extraction merged into one graph, with the stored
// corrections (kg merge, kg split) applied.
graph::KnowledgeGraph load_graph(const store::Store& store);

// The store's corrections in the form graph::build_graph replays them.
std::vector<graph::IdentityCorrection> identity_corrections(const store::Store& store);
// The graph's kind of a stored correction.
graph::IdentityCorrection::Kind graph_kind(store::Correction::Kind kind);

// The knowledge base at `path` as a graph (open_existing_store + load_graph).
graph::KnowledgeGraph load_graph(const std::string& path);

// Resolves a name the user typed to exactly one entity. When nothing matches,
// prints "kg: no entity named 'X'; did you mean: A, B?" to `err`; when several
// match equally well, prints the candidates; both return an empty optional.
// A candidate whose canonical name equals `name` (see graph::name_key) wins over
// candidates that only match by alias or surname.
std::optional<EntityId> resolve_entity(const graph::KnowledgeGraph& g, std::string_view name,
                                       std::optional<EntityType> type, std::ostream& err);

// Names of `ids` joined by ", ".
std::string join_names(const graph::KnowledgeGraph& g, const std::vector<EntityId>& ids);
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace kg::cli
