#pragma once
// Stable ids for exported nodes, edges and meetings. Entity, relation and meeting
// ids are positions in ingest order, so the same corpus ingested in another order
// numbers them differently; a user who re-exports after adding documents could
// not match nodes between two files. Every writer names things by these ids
// instead (through detail::select), so all formats agree.
//
// Node id: `<type>-<slug>`, e.g. "person-yoshimasa-hayashi", "country-japan".
//   type: the entity type in lower case ("organization", "programme").
//   slug: the canonical name through graph::name_key (case folded, accents
//     stripped), every run of characters other than [a-z0-9] made one '-',
//     trimmed, cut to kMaxSlugBytes.
//   When the slug is empty (a CJK or right-to-left name) or was cut, "-" and 8 hex
//   digits of FNV-1a 64 over type and canonical name follow ("person-3fa94c1d").
//   When several entities of the graph would still share an id (say two people of
//   the same name after a `kg split`, or names that differ only in characters the
//   slug drops), each of them gets "-" and 8 hex digits of a hash over type,
//   canonical name, sorted aliases and the smallest id of a document mentioning it.
//   Should even that collide, the one first by that key keeps the id and the
//   others get "-2", "-3", ... (by entity id only when everything is equal).
// Edge id: `<relation>-<16 hex digits>` ("met-…", "member-of-…") hashing the
//   relation type, both end's node ids (symmetric relations: in id order), the
//   date and the folded ROLE title: what makes a relation one relation in
//   KnowledgeGraph. A collapsed edge hashes its type and ends only.
// Meeting id (DOT with meetings_as_nodes): `meeting-<16 hex digits>` over date,
//   mode, place and the participants' node ids.
// Every id is a lower-case ASCII xs:NMTOKEN ([a-z0-9-]), never starts with '-', and
// depends only on the content of the graph, never on ids or ingest order.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::output::detail {

inline constexpr std::size_t kMaxSlugBytes = 48;

// FNV-1a 64 of `s`, continuing from `h`.
std::uint64_t fnv1a64(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL);
// `bits` of `h` (its low 32 or all 64) as 8 or 16 lower-case hex digits.
std::string hex(std::uint64_t h, unsigned bits);
// The same digits appended to `out`.
void append_hex(std::string& out, std::uint64_t h, unsigned bits);

// "person", "member-of": a type name as an id part.
std::string id_word(std::string_view type_name);

// The id form of a name (see above); `truncated` tells whether it was cut.
struct Slug {
    std::string text;
    bool truncated = false;
};
Slug slug(std::string_view name, std::size_t max_bytes = kMaxSlugBytes);

// One thing to name: `base` is its preferred id, `key` an order-independent
// description telling it apart from others of the same base, `tiebreak` orders
// things whose keys are equal as well.
struct IdClaim {
    std::string base;
    std::string key;
    std::uint64_t tiebreak = 0;
};
// Fills in the key (and tiebreak) of claim `index` when unique_ids needs it.
using Describe = std::function<void(std::size_t index, IdClaim& claim)>;
// Distinct ids for `claims`, in their order: a base claimed once is kept; shared
// ones get "-" + 8 hex digits of hash(key); any id still shared is kept by the claim
// first by (key, tiebreak), the others get "-2", "-3", ... skipping ids in use.
// With `describe`, keys may be left empty and are asked for only where a base is
// shared, which spares building a million edge keys that are never read.
std::vector<std::string> unique_ids(std::vector<IdClaim> claims, const Describe& describe = {});

// The node id of every entity of `g`, indexed by EntityId::value. Computed over the
// whole graph, so a filtered export names its nodes as a full one does. Each entity's
// first document is its record's, or from `first_documents` (by EntityId::value) when
// given (records without their documents, see RecordReader).
std::vector<std::string> stable_node_ids(const graph::KnowledgeGraph& g,
                                         const std::vector<std::string>* first_documents = nullptr);

// "met", "member-of": the relation type as the first word of its edge ids.
const std::string& relation_word(RelationType type);
// The content an edge id hashes (see above) and its FNV-1a 64 hash; `source` and
// `target` are node ids in the order the edge is written. With `collapsed`, the
// edge stands for all relations of its type between the two, so date and title are
// left out.
std::string edge_key(RelationType type, std::string_view source, std::string_view target, std::string_view date,
                     std::string_view title_key, bool collapsed);
std::uint64_t edge_hash(RelationType type, std::string_view source, std::string_view target, std::string_view date,
                        std::string_view title_key, bool collapsed);
// "<relation word>-<16 hex digits of hash>".
std::string edge_base_id(RelationType type, std::uint64_t hash);
// The same in place: its length, and the characters written to out[0 .. that length).
std::size_t edge_base_id_size(RelationType type);
void put_edge_base_id(char* out, RelationType type, std::uint64_t hash);

// Ids for the meetings `ids` of `g`, in their order; `node_ids` as from stable_node_ids.
std::vector<std::string> stable_meeting_ids(const graph::KnowledgeGraph& g, const std::vector<MeetingId>& ids,
                                            const std::vector<std::string>& node_ids);

}  // namespace kg::output::detail
