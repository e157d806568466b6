#include "graph/knowledge_graph.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "graph/detail/bfs.h"
#include "graph/detail/centrality.h"
#include "graph/detail/names.h"
#include "graph/merge_version.h"
#include "model/byte_codec.h"
#include "model/error.h"

namespace kg::graph {
namespace {

struct EdgeProperties {
    std::uint32_t relation = 0;  // index into relations
};
// Vertex index == entity index; one edge per relation record (a multigraph).
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    EdgeProperties>;

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

template <class Id>
Id make_id(std::size_t index) {
    assert(index < std::numeric_limits<std::uint32_t>::max());
    return Id{static_cast<std::uint32_t>(index)};
}

// Inserts `value` into the sorted, distinct vector `v`; false when already there.
bool insert_sorted(std::vector<std::string>& v, const std::string& value) {
    if (v.empty() || v.back() < value) {
        v.push_back(value);
        return true;
    }
    auto it = std::lower_bound(v.begin(), v.end(), value);
    if (it != v.end() && *it == value) return false;
    v.insert(it, value);
    return true;
}

void push_unique(std::vector<std::uint32_t>& v, std::uint32_t id) {
    if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
}

void erase_value(std::vector<std::uint32_t>& v, std::uint32_t id) {
    v.erase(std::remove(v.begin(), v.end(), id), v.end());
}

std::size_t hash_combine(std::size_t seed, std::size_t h) {
    return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

std::string type_key(EntityType t, std::string_view key) {
    std::string out;
    out.reserve(key.size() + 2);
    out.push_back(static_cast<char>('0' + static_cast<int>(t)));
    out.push_back('|');
    out.append(key);
    return out;
}

std::optional<std::size_t> parse_index(const std::string& s) {
    std::size_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}

using SimpleGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

constexpr std::size_t kStateTables = static_cast<std::size_t>(StateTable::TokenCount) + 1;
constexpr std::size_t table_index(StateTable t) { return static_cast<std::size_t>(t); }

// An entity id as the key of its TokenCount row: four big-endian bytes, so keys sort as ids.
std::string id_key(std::uint32_t id) {
    std::string k(4, '\0');
    for (int i = 3; i >= 0; --i, id >>= 8) k[static_cast<std::size_t>(i)] = static_cast<char>(id & 0xff);
    return k;
}
std::optional<std::uint32_t> key_id(std::string_view k) {
    if (k.size() != 4) return std::nullopt;
    std::uint32_t id = 0;
    for (char c : k) id = (id << 8) | static_cast<unsigned char>(c);
    return id;
}
std::string id_value(std::uint32_t id) {
    ByteWriter w;
    w.number(id);
    return w.take();
}
std::string ids_value(const std::vector<std::uint32_t>& ids) {
    ByteWriter w;
    w.number(ids.size());
    for (std::uint32_t id : ids) w.number(id);
    return w.take();
}
std::string known_value(std::size_t place, const std::string& key) {
    ByteWriter w;
    w.number(place);
    w.string(key);
    return w.take();
}
void decode(ByteReader& r, std::uint32_t& id) { id = static_cast<std::uint32_t>(r.number()); }
void decode(ByteReader& r, std::vector<std::uint32_t>& ids) {
    ids.resize(r.count());
    for (std::uint32_t& id : ids) id = static_cast<std::uint32_t>(r.number());
}
std::string encode(std::uint32_t id) { return id_value(id); }
std::string encode(const std::vector<std::uint32_t>& ids) { return ids_value(ids); }

[[noreturn]] void damaged_state(const std::string& what) {
    throw Error("the stored merge state is damaged: " + what);
}

// The graph with parallel relations collapsed into one edge: centrality
// measures count connections, not how often a connection was reported.
SimpleGraph collapse(const std::vector<RelationRecord>& relations, std::size_t n) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    pairs.reserve(relations.size());
    for (const RelationRecord& r : relations) {
        auto [lo, hi] = std::minmax(r.a.value, r.b.value);
        if (lo != hi) pairs.emplace_back(lo, hi);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return SimpleGraph(pairs.begin(), pairs.end(), n);
}

}  // namespace

struct KnowledgeGraph::Impl {
    std::vector<EntityRecord> entities;
    std::vector<RelationRecord> relations;
    std::vector<MeetingRecord> meetings;
    Graph graph;

    // Entity resolution. `exact` maps type|key to an entity: every name key for
    // non-persons; for persons the initial-free token keys of their full names
    // (and the key of a surname-only record).
    StringMap<std::uint32_t> exact;
    StringMap<std::uint32_t> other_alias;  // type|key of non-persons' aliases
    StringMap<std::vector<std::uint32_t>> person_token_set;  // sorted tokens -> persons
    StringMap<std::uint32_t> latin_keys;  // joined tokens of a Latin form -> the person in another script
    StringMap<std::vector<std::uint32_t>> person_surname;    // surname -> persons with 2+ tokens
    StringMap<std::vector<std::uint32_t>> person_outer;      // first and last token -> persons
    std::vector<std::uint32_t> token_count;                  // per entity (persons only)
    // Lookup for find().
    StringMap<std::vector<std::uint32_t>> canonical_index;  // name_key(name) -> entities
    StringMap<std::vector<std::uint32_t>> alias_index;      // name_key(alias) -> entities
    std::unordered_set<std::string> reasons_seen;           // "id|source key|rule"
    // Relations and meetings.
    StringMap<std::uint32_t> relation_index;  // type|a|b|date|title
    StringMap<std::uint32_t> meeting_index;   // participants|date, or participants|#document
    StringMap<std::uint32_t> pinned;          // type|pin -> entity (add_pinned)
    StringMap<std::string> document_dates;    // document id -> its date
    std::unordered_set<std::size_t> evidence_seen;
    std::vector<std::vector<std::uint32_t>> meetings_by_entity;
    // What add() created or changed, while tracked (KnowledgeGraph::track_changes).
    bool tracking = false;
    std::unordered_set<std::uint32_t> changed_entities, changed_relations, changed_meetings;
    // Every name and alias with its key, for suggest().
    std::vector<std::pair<std::string, std::string>> known_names;
    std::unordered_set<std::string> known_seen;

    // Attached to a state kept elsewhere (KnowledgeGraph::attach): the vectors of records
    // and known_names stay empty; the records read or made are held by id, the tables hold
    // the keys read or made, and `asked` every key asked of the source.
    std::shared_ptr<StateSource> source;
    StateCounts stored;
    std::size_t entity_total = 0, relation_total = 0, meeting_total = 0, known_total = 0;
    std::unordered_map<std::uint32_t, EntityRecord> held_entities;
    std::unordered_map<std::uint32_t, RelationRecord> held_relations;
    std::unordered_map<std::uint32_t, MeetingRecord> held_meetings;
    std::unordered_map<std::uint32_t, std::uint32_t> held_token_count;
    std::unordered_map<std::uint32_t, std::size_t> documents_before, relation_evidence_before, meeting_evidence_before;
    std::array<std::unordered_set<std::string>, kStateTables> asked;
    mutable StringMap<std::string> held_dates;
    // The keys changed while tracked, and the names learnt (with their place in the list).
    std::array<std::set<std::string>, kStateTables> dirty;
    std::map<std::string, std::pair<std::size_t, std::string>> new_known;

    std::size_t entity_count() const { return source ? entity_total : entities.size(); }
    std::size_t relation_count() const { return source ? relation_total : relations.size(); }
    std::size_t meeting_count() const { return source ? meeting_total : meetings.size(); }

    void touched(StateTable t, std::string_view key) {
        if (tracking) dirty[table_index(t)].emplace(key);
    }
    // Reads `key` of table `t` into `map` from the source, once.
    template <class V>
    void fault(StringMap<V>& map, StateTable t, std::string_view key) {
        if (!source || map.find(key) != map.end()) return;
        if (!asked[table_index(t)].emplace(key).second) return;
        std::optional<std::string> bytes = source->row(t, key);
        if (!bytes) return;
        ByteReader r(*bytes);
        V value{};
        decode(r, value);
        if (!r.ok() || !r.at_end()) damaged_state("a row of table " + std::to_string(table_index(t)));
        map.emplace(std::string(key), std::move(value));
    }
    template <class V>
    V* get(StringMap<V>& map, StateTable t, std::string_view key) {
        fault(map, t, key);
        auto it = map.find(key);
        return it == map.end() ? nullptr : &it->second;
    }
    // The entry of `key` for changing (made empty when there is none).
    std::vector<std::uint32_t>& ids_at(StringMap<std::vector<std::uint32_t>>& map, StateTable t, const std::string& key) {
        fault(map, t, key);
        touched(t, key);
        return map[key];
    }
    // try_emplace: true when `key` was new.
    bool put(StringMap<std::uint32_t>& map, StateTable t, const std::string& key, std::uint32_t id) {
        fault(map, t, key);
        if (!map.try_emplace(key, id).second) return false;
        touched(t, key);
        return true;
    }
    void erase(StringMap<std::uint32_t>& map, StateTable t, StringMap<std::uint32_t>::iterator it) {
        touched(t, it->first);
        map.erase(it);
    }

    EntityRecord& entity_at(std::uint32_t id) {
        if (!source) return entities[id];
        if (auto it = held_entities.find(id); it != held_entities.end()) return it->second;
        std::size_t docs = 0;
        std::optional<EntityRecord> r = id < stored.entities ? source->entity(EntityId{id}, docs) : std::nullopt;
        if (!r || r->id.value != id || !r->documents.empty()) damaged_state("no entity " + std::to_string(id));
        documents_before[id] = docs;
        return held_entities.emplace(id, std::move(*r)).first->second;
    }
    std::uint32_t& tokens_of(std::uint32_t id) {
        if (!source) return token_count[id];
        if (auto it = held_token_count.find(id); it != held_token_count.end()) return it->second;
        std::uint32_t n = 0;
        if (id < stored.entities)
            if (std::optional<std::string> bytes = source->row(StateTable::TokenCount, id_key(id))) {
                ByteReader r(*bytes);
                decode(r, n);
                if (!r.ok() || !r.at_end()) damaged_state("the token count of entity " + std::to_string(id));
            }
        return held_token_count.emplace(id, n).first->second;
    }
    void set_tokens(std::uint32_t id, std::uint32_t n) {
        tokens_of(id) = n;
        touched(StateTable::TokenCount, id_key(id));
    }
    RelationRecord& relation_at(std::uint32_t id) {
        if (!source) return relations[id];
        if (auto it = held_relations.find(id); it != held_relations.end()) return it->second;
        // Its stored evidence is not needed: the new documents' evidence never equals it.
        std::size_t evidence = 0;
        std::optional<RelationRecord> r =
            id < stored.relations ? source->relation(RelationId{id}, evidence) : std::nullopt;
        if (!r || r->id.value != id || !r->evidence.empty()) damaged_state("no relation " + std::to_string(id));
        relation_evidence_before[id] = evidence;
        return held_relations.emplace(id, std::move(*r)).first->second;
    }
    MeetingRecord& meeting_at(std::uint32_t id) {
        if (!source) return meetings[id];
        if (auto it = held_meetings.find(id); it != held_meetings.end()) return it->second;
        std::size_t evidence = 0;
        std::optional<MeetingRecord> m = id < stored.meetings ? source->meeting(MeetingId{id}, evidence) : std::nullopt;
        if (!m || m->id.value != id || !m->evidence.empty()) damaged_state("no meeting " + std::to_string(id));
        meeting_evidence_before[id] = evidence;
        return held_meetings.emplace(id, std::move(*m)).first->second;
    }

    // The collapsed graph the centrality measures share; rebuilt when add() changed things.
    mutable std::mutex simple_mutex;
    mutable std::shared_ptr<const SimpleGraph> simple;
    mutable std::pair<std::size_t, std::size_t> simple_size{0, 0};  // entities, relations

    std::shared_ptr<const SimpleGraph> collapsed() const {
        std::lock_guard lock(simple_mutex);
        std::pair<std::size_t, std::size_t> size{entities.size(), relations.size()};
        if (!simple || simple_size != size) {
            simple = std::make_shared<const SimpleGraph>(collapse(relations, entities.size()));
            simple_size = size;
        }
        return simple;
    }

    void know(const std::string& name, std::string key) {
        if (source && !known_seen.contains(name) && asked[table_index(StateTable::KnownName)].insert(name).second &&
            source->row(StateTable::KnownName, name))
            known_seen.insert(name);
        if (!known_seen.insert(name).second) return;
        const std::size_t place = source ? known_total++ : known_names.size();
        if (tracking) {
            touched(StateTable::KnownName, name);
            new_known.emplace(name, std::make_pair(place, key));
        }
        known_names.emplace_back(name, std::move(key));
    }

    // --- entities -------------------------------------------------------------

    std::uint32_t create_entity(EntityType type, const std::string& name) {
        auto id = static_cast<std::uint32_t>(entity_count());
        EntityRecord r;
        r.id = EntityId{id};
        r.type = type;
        r.name = name;
        if (source) {
            held_entities.emplace(id, std::move(r));
            held_token_count.emplace(id, 0);
            documents_before.emplace(id, 0);
            ++entity_total;
        } else {
            entities.push_back(std::move(r));
            token_count.push_back(0);
            meetings_by_entity.emplace_back();
            boost::add_vertex(graph);
            assert(boost::num_vertices(graph) == entities.size());
        }
        std::string key = name_key(name);
        ids_at(canonical_index, StateTable::Canonical, key).push_back(id);
        know(name, std::move(key));
        if (type == EntityType::Person) register_person_name(id, name, true);
        else put(exact, StateTable::Exact, type_key(type, name_key(name)), id);
        return id;
    }

    // Makes `name` findable by the person resolution rules. Surname-only names are
    // only registered for a record whose canonical name is itself a surname.
    void register_person_name(std::uint32_t id, const std::string& name, bool canonical) {
        std::vector<std::string> tokens = detail::person_tokens(name);
        if (tokens.empty()) return;
        if (canonical) set_tokens(id, static_cast<std::uint32_t>(tokens.size()));
        if (tokens.size() == 1) {
            if (canonical) put(exact, StateTable::Exact, type_key(EntityType::Person, tokens[0]), id);
            return;
        }
        put(exact, StateTable::Exact, type_key(EntityType::Person, detail::join(tokens)), id);
        push_unique(ids_at(person_token_set, StateTable::PersonTokenSet, detail::sorted_join(tokens)), id);
        push_unique(ids_at(person_outer, StateTable::PersonOuter, detail::outer_key(tokens)), id);
        push_unique(ids_at(person_surname, StateTable::PersonSurname, tokens[detail::surname_index(name, tokens)]), id);
    }

    void add_reason(std::uint32_t id, const std::string& from, std::string_view rule, std::string text) {
        std::string seen = std::to_string(id) + '|' + name_key(from) + '|' + std::string(rule);
        if (source && !reasons_seen.contains(seen) &&
            asked[table_index(StateTable::Reasons)].insert(seen).second && source->row(StateTable::Reasons, seen))
            reasons_seen.insert(seen);
        if (!reasons_seen.insert(seen).second) return;
        touched(StateTable::Reasons, seen);
        entity_at(id).merge_reasons.push_back(std::move(text));
    }

    // Adds `alias` to entity `id`; false when it is its name or already known.
    bool add_alias(std::uint32_t id, const std::string& alias) {
        EntityRecord& r = entity_at(id);
        if (alias.empty() || alias == r.name) return false;
        if (!insert_sorted(r.aliases, alias)) return false;
        std::string key = name_key(alias);
        push_unique(ids_at(alias_index, StateTable::Alias, key), id);
        know(alias, std::move(key));
        return true;
    }

    // Gives a surname-only record its full name; the surname stays as an alias.
    void rename_person(std::uint32_t id, const std::string& name) {
        EntityRecord& r = entity_at(id);
        std::string old = r.name;
        std::string old_key = name_key(old);
        erase_value(ids_at(canonical_index, StateTable::Canonical, old_key), id);
        std::vector<std::string> old_tokens = detail::person_tokens(old);
        if (old_tokens.size() == 1) {
            const std::string k = type_key(EntityType::Person, old_tokens[0]);
            fault(exact, StateTable::Exact, k);
            auto it = exact.find(k);
            if (it != exact.end() && it->second == id) erase(exact, StateTable::Exact, it);
        }
        r.name = name;
        auto alias = std::lower_bound(r.aliases.begin(), r.aliases.end(), name);
        if (alias != r.aliases.end() && *alias == name) r.aliases.erase(alias);
        std::string key = name_key(name);
        ids_at(canonical_index, StateTable::Canonical, key).push_back(id);
        know(name, std::move(key));
        register_person_name(id, name, true);
        add_alias(id, old);
    }

    std::optional<std::uint32_t> single_person(const std::string& surname) {
        const std::uint32_t* id = get(exact, StateTable::Exact, type_key(EntityType::Person, surname));
        if (!id || tokens_of(*id) != 1) return std::nullopt;
        return *id;
    }

    // Family-name keys of a person named `name`: its surname token, plus every bare
    // part of the name the document uses on its own, such as "Wang" for "Wang Yi" or
    // "von der Leyen" for "Ursula von der Leyen".
    static std::vector<std::string> family_keys(const Entity& e, const std::string& name,
                                                const std::vector<std::string>& tokens) {
        std::vector<std::string> keys;
        if (tokens.size() < 2) return keys;
        keys.push_back(tokens[detail::surname_index(name, tokens)]);
        for (const std::string& a : e.aliases) {
            std::vector<std::string> part = detail::person_tokens(a);
            if (part.empty() || part.size() >= tokens.size()) continue;
            if (std::search(tokens.begin(), tokens.end(), part.begin(), part.end()) == tokens.end()) continue;
            std::string key = detail::join(part);
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
        }
        return keys;
    }

    // A person named in another script (イェンス・ストルテンベルグ, 林芳正) is also known by the
    // full names in Latin script the document gives them: the name in brackets after it
    // ("(H.E. Mr. Jens Stoltenberg, ...)") or the reading of a Japanese name. Those forms
    // find the same person in English releases.
    static std::vector<std::string> latin_forms(const Entity& e) {
        std::vector<std::string> out;
        if (e.type != EntityType::Person) return out;
        for (char c : e.name)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return out;  // a Latin name itself
        for (const std::string& a : e.aliases) {
            bool latin = !a.empty();
            for (unsigned char c : a)
                if (c >= 0x80 && c < 0xC0) continue;  // inside an accented letter
                else if (c >= 0xE0) latin = false;     // kana, kanji and other far scripts
            if (latin && detail::person_tokens(a).size() >= 2) out.push_back(a);
        }
        return out;
    }

    std::uint32_t resolve_person(const Entity& e, const std::string& doc) {
        std::vector<const std::string*> names;
        std::vector<std::string> full_tokens = detail::person_tokens(e.full_name);
        if (!full_tokens.empty()) names.push_back(&e.full_name);
        // A surname must not override a full name that matched nothing: the full
        // name is the better evidence, so a new person is made instead.
        if (full_tokens.size() < 2 || detail::person_tokens(e.name).size() >= 2) names.push_back(&e.name);

        for (const std::string* n : names) {
            std::vector<std::string> tokens = detail::person_tokens(*n);
            if (tokens.empty()) continue;
            std::string key = detail::join(tokens);
            if (const std::uint32_t* found = get(exact, StateTable::Exact, type_key(EntityType::Person, key))) {
                const std::uint32_t id = *found;
                // Keys learnt from other rules were explained when they were learnt.
                const std::string canonical = entity_at(id).name;
                if (detail::join(detail::person_tokens(canonical)) == key && name_key(canonical) != name_key(*n))
                    add_reason(id, *n, "initials",
                               "name '" + *n + "' matched '" + canonical + "' ignoring initials in " + doc);
                if (const std::uint32_t* l = get(latin_keys, StateTable::LatinKeys, key); l && *l == id)
                    add_reason(id, *n, "script",
                               "name '" + *n + "' matched '" + canonical + "', whose Latin form it is, in " + doc);
                return id;
            }
            if (tokens.size() >= 2) {
                if (const std::vector<std::uint32_t>* ids =
                        get(person_token_set, StateTable::PersonTokenSet, detail::sorted_join(tokens));
                    ids && ids->size() == 1) {
                    std::uint32_t id = ids->front();
                    add_reason(id, *n, "order",
                               "name '" + *n + "' matched '" + entity_at(id).name + "' in another name order in " + doc);
                    put(exact, StateTable::Exact, type_key(EntityType::Person, key), id);
                    return id;
                }
                // Middle names come and go: "Pavlo Anatoliyovych Klimkin" is "Pavlo Klimkin"; and
                // transliterations vary: "Sergey Lavrov" is "Sergei Lavrov".
                if (const std::vector<std::uint32_t>* ids =
                        get(person_outer, StateTable::PersonOuter, detail::outer_key(tokens));
                    ids && ids->size() == 1) {
                    std::uint32_t id = ids->front();
                    const std::string known_name = entity_at(id).name;
                    const std::vector<std::string> known = detail::person_tokens(known_name);
                    const bool spelt = known.size() >= 2 && (known.front() != tokens.front() || known.back() != tokens.back());
                    if (spelt)
                        add_reason(id, *n, "spelling",
                                   "name '" + *n + "' matched '" + known_name + "' as another spelling in " + doc);
                    else
                        add_reason(id, *n, "middle",
                                   "name '" + *n + "' matched '" + known_name + "' ignoring middle names in " + doc);
                    put(exact, StateTable::Exact, type_key(EntityType::Person, key), id);
                    return id;
                }
            }
            if (const std::vector<std::uint32_t>* ids = get(person_surname, StateTable::PersonSurname, key);
                ids && ids->size() == 1) {
                std::uint32_t id = ids->front();
                add_reason(id, *n, "surname", "surname '" + *n + "' matched '" + entity_at(id).name + "' in " + doc);
                return id;
            }
            // A full name completes a surname-only person, unless that surname is
            // already shared by someone else.
            for (const std::string& surname : family_keys(e, *n, tokens)) {
                const std::vector<std::uint32_t>* others = get(person_surname, StateTable::PersonSurname, surname);
                if (auto single = single_person(surname); single && (!others || others->empty())) {
                    add_reason(*single, *n, "absorb",
                               "surname '" + entity_at(*single).name + "' completed to '" + *n + "' in " + doc);
                    rename_person(*single, *n);
                    return *single;
                }
            }
        }
        for (const std::string& form : latin_forms(e)) {
            std::vector<std::string> tokens = detail::person_tokens(form);
            std::optional<std::uint32_t> found;
            if (const std::uint32_t* id = get(exact, StateTable::Exact, type_key(EntityType::Person, detail::join(tokens))))
                found = *id;
            else if (const std::vector<std::uint32_t>* ids =
                         get(person_token_set, StateTable::PersonTokenSet, detail::sorted_join(tokens));
                     ids && ids->size() == 1)
                found = ids->front();
            if (found) {
                add_reason(*found, e.name, "script",
                           "name '" + e.name + "' matched '" + entity_at(*found).name + "' by its Latin form '" + form +
                               "' in " + doc);
                return *found;
            }
        }
        const std::string& name = full_tokens.empty() ? e.name : e.full_name;
        return create_entity(EntityType::Person, name);
    }

    // A non-person matches by name against known names and aliases, and by alias
    // against known names only: two different agreements both called "EPA" in
    // their documents must not become one.
    std::uint32_t resolve_other(const Entity& e) {
        auto lookup = [&](StringMap<std::uint32_t>& index, StateTable t, const std::string& n) -> std::optional<std::uint32_t> {
            if (n.empty()) return std::nullopt;
            const std::uint32_t* id = get(index, t, type_key(e.type, name_key(n)));
            if (!id) return std::nullopt;
            return *id;
        };
        for (const std::string* n : {&e.name, &e.full_name}) {
            if (auto id = lookup(exact, StateTable::Exact, *n)) return *id;
            if (auto id = lookup(other_alias, StateTable::OtherAlias, *n)) return *id;
        }
        for (const auto& a : e.aliases)
            if (auto id = lookup(exact, StateTable::Exact, a)) return *id;
        return create_entity(e.type, e.name.empty() ? e.full_name : e.name);
    }

    // A recurring event's instance (rule event-instance, merge version 2): "NATO Summit" in a release
    // of 2023 is the NATO Summit of 2023, another node than the one of 2024, while two releases of
    // one year about it share one. A name that gives its own instance ("2023 NATO Summit", "78th Session",
    // "Second Dialogue", 「第2回」) stands as written; so does an event of an undated document.
    static bool names_instance(std::string_view name) {
        std::size_t i = 0;
        while (i < name.size()) {
            while (i < name.size() && !std::isalnum(static_cast<unsigned char>(name[i])) &&
                   static_cast<unsigned char>(name[i]) < 0x80)
                ++i;
            std::size_t j = i;
            while (j < name.size() && (std::isalnum(static_cast<unsigned char>(name[j])) ||
                                       static_cast<unsigned char>(name[j]) >= 0x80))
                ++j;
            const std::string_view w = name.substr(i, j - i);
            std::size_t digits = 0;
            while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
            if (digits == 4 && w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))) return true;
            if (digits > 0 && digits + 2 == w.size()) {  // 78th, 2nd, 31st, 3rd
                const std::string_view suffix = w.substr(digits);
                if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") return true;
            }
            std::string lower(w);
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (lower == "first" || lower == "second" || lower == "third" || lower == "fourth" || lower == "fifth" ||
                lower == "sixth" || lower == "seventh" || lower == "eighth" || lower == "ninth" || lower == "tenth" ||
                lower == "inaugural")
                return true;
            if (w.find("\xE7\xAC\xAC") != std::string_view::npos) return true;  // 第 (第2回, 第十回)
            i = j;
        }
        return false;
    }
    static std::string instance_year(const Entity& e, const std::string& doc_date) {
        if (e.type != EntityType::Event || doc_date.size() < 4 || !std::isdigit(static_cast<unsigned char>(doc_date[0])))
            return {};
        if (names_instance(e.name) || names_instance(e.full_name)) return {};
        return doc_date.substr(0, 4);
    }
    // `e` named as its instance of `year`; with `surface`, its forms as written stay aliases
    // (so "NATO Summit" finds every instance), found by name only, never by resolution.
    static Entity as_instance(const Entity& e, const std::string& year, bool surface) {
        Entity q = e;
        const std::string tag = " (" + year + ")";
        q.name = e.name.empty() ? e.name : e.name + tag;
        q.full_name = e.full_name.empty() ? e.full_name : e.full_name + tag;
        q.aliases.clear();
        for (const std::string& a : e.aliases) q.aliases.push_back(a + tag);
        if (surface) {
            if (!e.name.empty()) q.aliases.push_back(e.name);
            q.aliases.insert(q.aliases.end(), e.aliases.begin(), e.aliases.end());
        }
        return q;
    }

    // Records every form of `e` on entity `id`. A person's aliases (surface forms
    // such as "Prime Minister Kishida") are kept but never used to match people.
    void absorb_names(std::uint32_t id, const Entity& e) {
        auto note = [&](const std::string& n, bool is_alias) {
            if (n.empty() || n == entity_at(id).name) return;
            if (!add_alias(id, n)) return;  // known forms are registered already
            if (e.type != EntityType::Person)
                put(is_alias ? other_alias : exact, is_alias ? StateTable::OtherAlias : StateTable::Exact,
                    type_key(e.type, name_key(n)), id);
            else if (!is_alias)
                register_person_name(id, n, false);
        };
        note(e.name, false);
        note(e.full_name, false);
        for (const auto& a : e.aliases) note(a, true);
        if (e.type != EntityType::Person) return;
        // the Latin forms of a name in another script find this person from English releases
        for (const std::string& form : latin_forms(e)) {
            register_person_name(id, form, false);
            put(latin_keys, StateTable::LatinKeys, detail::join(detail::person_tokens(form)), id);
        }
        const std::string& fullest = detail::person_tokens(e.full_name).size() >= 2 ? e.full_name : e.name;
        std::vector<std::string> tokens = detail::person_tokens(fullest);
        for (const std::string& key : family_keys(e, fullest, tokens))
            push_unique(ids_at(person_surname, StateTable::PersonSurname, key), id);
    }

    void note_document(std::uint32_t id, const Document& doc, std::size_t mentions) {
        EntityRecord& r = entity_at(id);
        // A document already counted adds nothing: adding it again is harmless.
        if (!insert_sorted(r.documents, doc.id)) return;
        r.mention_count += std::max<std::size_t>(mentions, 1);
        if (!doc.date.empty()) {
            if (r.first_seen.empty() || doc.date < r.first_seen) r.first_seen = doc.date;
            if (r.last_seen.empty() || doc.date > r.last_seen) r.last_seen = doc.date;
        }
    }

    // --- evidence, meetings, relations ---------------------------------------

    // True when `ev` was new to the record `owner` of kind `kind` (and appends it).
    static std::size_t evidence_hash(char kind, std::uint32_t owner, const Evidence& ev) {
        std::size_t h = std::hash<std::string>{}(ev.doc_id);
        h = hash_combine(h, static_cast<std::size_t>(kind));
        h = hash_combine(h, owner);
        h = hash_combine(h, ev.sentence.begin);
        h = hash_combine(h, ev.sentence.end);
        h = hash_combine(h, std::hash<std::string>{}(ev.rule));
        return hash_combine(h, std::hash<double>{}(ev.confidence));
    }
    bool append_evidence(char kind, std::uint32_t owner, std::vector<Evidence>& list, const Evidence& ev) {
        if (!evidence_seen.insert(evidence_hash(kind, owner, ev)).second && std::find(list.begin(), list.end(), ev) != list.end()) return false;
        list.push_back(ev);
        return true;
    }

    // Dated meetings are identified by who and when; undated ones only within the
    // document that reports them (so adding a document twice changes nothing).
    static std::string meeting_key(const MeetingRecord& m) {
        std::string key;
        for (EntityId p : m.participants) key += std::to_string(p.value) + ',';
        key += '|';
        if (!m.date.empty()) key += m.date;
        else if (!m.documents.empty()) key += "#" + m.documents.front();
        return key;
    }

    // Adds `m` (with its evidence and documents) or merges it into the meeting
    // with the same participants on the same date.
    MeetingId merge_meeting(MeetingRecord m) {
        std::uint32_t id = 0;
        std::optional<std::uint32_t> existing;
        if (!m.participants.empty()) {
            const std::string key = meeting_key(m);
            fault(meeting_index, StateTable::MeetingKey, key);
            auto [it, inserted] = meeting_index.try_emplace(key, static_cast<std::uint32_t>(meeting_count()));
            if (!inserted) existing = it->second;
            else touched(StateTable::MeetingKey, key);
        }
        if (!existing) {
            id = static_cast<std::uint32_t>(meeting_count());
            m.id = MeetingId{id};
            std::vector<Evidence> evidence = std::move(m.evidence);
            m.evidence.clear();
            for (const Evidence& ev : evidence) append_evidence('m', id, m.evidence, ev);
            std::sort(m.documents.begin(), m.documents.end());
            m.documents.erase(std::unique(m.documents.begin(), m.documents.end()), m.documents.end());
            if (source) {
                meeting_evidence_before.emplace(id, 0);
                held_meetings.emplace(id, std::move(m));
                ++meeting_total;
            } else {
                for (EntityId p : m.participants) meetings_by_entity[p.value].push_back(id);
                meetings.push_back(std::move(m));
            }
            if (tracking) changed_meetings.insert(id);
            return MeetingId{id};
        }
        id = *existing;
        if (tracking) changed_meetings.insert(id);
        MeetingRecord& r = meeting_at(id);
        for (const Evidence& ev : m.evidence) append_evidence('m', id, r.evidence, ev);
        for (const std::string& d : m.documents) insert_sorted(r.documents, d);
        if (!r.place) r.place = m.place;
        if (!r.host) r.host = m.host;
        if (!r.visitor) r.visitor = m.visitor;
        if (!r.parent_event) r.parent_event = m.parent_event;
        if (r.cameo.empty()) r.cameo = m.cameo;
        if (r.plover_mode.empty()) r.plover_mode = m.plover_mode;
        if (m.status == MeetingStatus::Happened) r.status = MeetingStatus::Happened;
        return MeetingId{id};
    }

    // An entity pinned by the caller: one entity per type and pin, named after the pin.
    std::uint32_t resolve_pinned(const Entity& e, const std::string& pin) {
        const std::string key = type_key(e.type, pin);
        if (const std::uint32_t* id = get(pinned, StateTable::Pinned, key)) return *id;
        const std::uint32_t id = create_entity(e.type, pin);
        put(pinned, StateTable::Pinned, key, id);
        return id;
    }

    std::vector<std::optional<std::uint32_t>> add(const DocumentExtraction& x,
                                                  const std::vector<std::string>* pins = nullptr) {
        const Document& doc = x.document;
        document_dates.insert_or_assign(doc.id, doc.date);
        const std::size_t n = x.entities.size();

        // Entities, then per-document mention counts.
        std::vector<std::optional<std::uint32_t>> entity_map(n);
        std::unordered_map<std::uint32_t, std::size_t> mentions;
        std::vector<std::uint32_t> order;
        for (std::size_t i = 0; i < n; ++i) {
            const Entity& e = x.entities[i];
            if (name_key(e.name).empty() && name_key(e.full_name).empty()) continue;
            const bool is_pinned = pins != nullptr && i < pins->size() && !(*pins)[i].empty();
            const std::string year = is_pinned ? std::string() : instance_year(e, doc.date);
            std::uint32_t id = is_pinned                       ? resolve_pinned(e, (*pins)[i])
                               : e.type == EntityType::Person ? resolve_person(e, doc.id)
                               : year.empty()                 ? resolve_other(e)
                                                              : resolve_other(as_instance(e, year, false));
            absorb_names(id, year.empty() ? e : as_instance(e, year, true));
            entity_map[i] = id;
            auto [it, inserted] = mentions.try_emplace(id, 0);
            if (inserted) order.push_back(id);
            it->second += e.mentions.size();
        }
        for (std::uint32_t id : order) note_document(id, doc, mentions[id]);

        auto map_entity = [&](std::optional<std::size_t> i) -> std::optional<EntityId> {
            if (!i || *i >= n || !entity_map[*i]) return std::nullopt;
            return EntityId{*entity_map[*i]};
        };

        // Meetings.
        std::vector<std::optional<MeetingId>> meeting_map(x.meetings.size());
        for (std::size_t i = 0; i < x.meetings.size(); ++i) {
            const Meeting& m = x.meetings[i];
            MeetingRecord r;
            for (std::size_t p : m.participants)
                if (auto id = map_entity(p)) r.participants.push_back(*id);
            std::sort(r.participants.begin(), r.participants.end());
            r.participants.erase(std::unique(r.participants.begin(), r.participants.end()), r.participants.end());
            if (r.participants.empty()) continue;
            r.date = m.date;
            r.place = map_entity(m.place);
            r.mode = m.mode;
            r.status = m.status;
            r.host = map_entity(m.host);
            r.visitor = map_entity(m.visitor);
            r.parent_event = map_entity(m.parent_event);
            r.cameo = m.cameo;
            r.plover_mode = m.plover_mode;
            r.evidence = m.evidence;
            r.documents.push_back(doc.id);
            meeting_map[i] = merge_meeting(std::move(r));
        }

        // Relations; MET relations without a meeting get one made from them.
        for (const Relation& rel : x.relations) {
            auto a = map_entity(rel.a);
            auto b = map_entity(rel.b);
            if (!a || !b || *a == *b) continue;
            if (is_symmetric(rel.type) && *b < *a) std::swap(a, b);
            auto title = rel.attributes.find("title");
            std::string key = std::to_string(static_cast<int>(rel.type)) + '|' + std::to_string(a->value) + '|' +
                              std::to_string(b->value) + '|' + rel.date + '|' +
                              (title == rel.attributes.end() ? std::string() : name_key(title->second));
            std::optional<MeetingId> meeting;
            if (auto m = rel.attributes.find("meeting"); m != rel.attributes.end())
                if (auto i = parse_index(m->second); i && *i < meeting_map.size()) meeting = meeting_map[*i];

            fault(relation_index, StateTable::RelationKey, key);
            auto [it, inserted] = relation_index.try_emplace(key, static_cast<std::uint32_t>(relation_count()));
            std::uint32_t id = it->second;
            if (inserted) touched(StateTable::RelationKey, key);
            if (tracking) changed_relations.insert(id);
            if (inserted) {
                RelationRecord r;
                r.id = RelationId{id};
                r.type = rel.type;
                r.a = *a;
                r.b = *b;
                r.date = rel.date;
                r.place = map_entity(rel.place);
                r.attributes = rel.attributes;
                r.attributes.erase("meeting");
                r.meeting = meeting;
                if (source) {
                    relation_evidence_before.emplace(id, 0);
                    held_relations.emplace(id, std::move(r));
                    ++relation_total;
                } else {
                    relations.push_back(std::move(r));
                    boost::add_edge(a->value, b->value, EdgeProperties{id}, graph);
                }
            } else {
                RelationRecord& r = relation_at(id);
                if (!r.place) r.place = map_entity(rel.place);
                for (const auto& [k, v] : rel.attributes)
                    if (k != "meeting") r.attributes.try_emplace(k, v);
                if (!r.meeting) r.meeting = meeting;
            }
            RelationRecord& r = relation_at(id);
            std::vector<Evidence> fresh;
            for (const Evidence& ev : rel.evidence)
                if (append_evidence('r', id, r.evidence, ev)) fresh.push_back(ev);
            if (r.type != RelationType::Met || meeting) continue;

            // A MET statement with no meeting of its own: make or extend one, so
            // that meetings_of covers every MET relation.
            MeetingRecord m;
            m.participants = {r.a, r.b};
            m.date = r.date;
            m.place = r.place;
            if (auto mode = r.attributes.find("mode"); mode != r.attributes.end())
                if (auto parsed = parse_meeting_mode(mode->second)) m.mode = *parsed;
            m.evidence = std::move(fresh);
            m.documents.push_back(doc.id);
            if (r.meeting) {
                MeetingRecord& existing = meeting_at(r.meeting->value);
                if (tracking) changed_meetings.insert(r.meeting->value);
                for (const Evidence& ev : m.evidence) append_evidence('m', r.meeting->value, existing.evidence, ev);
                insert_sorted(existing.documents, doc.id);
            } else {
                r.meeting = merge_meeting(std::move(m));
            }
        }
        if (tracking)
            for (const std::optional<std::uint32_t>& id : entity_map)
                if (id) changed_entities.insert(*id);
        return entity_map;
    }

    // --- the persisted merge state (KnowledgeGraph::save_state) ----------------
    // Everything later merges read is written; what follows from it (the Boost graph,
    // meetings_by_entity, evidence_seen, known_seen) is rebuilt on restore. Hash
    // tables are written in key order, so equal graphs give equal bytes.

    template <class V, class Put>
    static void save_map(ByteWriter& w, const StringMap<V>& map, Put put) {
        std::vector<const typename StringMap<V>::value_type*> items;
        items.reserve(map.size());
        for (const auto& item : map) items.push_back(&item);
        std::sort(items.begin(), items.end(), [](const auto* x, const auto* y) { return x->first < y->first; });
        w.number(items.size());
        for (const auto* item : items) {
            w.string(item->first);
            put(item->second);
        }
    }
    template <class V, class Get>
    static void restore_map(ByteReader& r, StringMap<V>& map, Get get) {
        const std::size_t n = r.count();
        map.reserve(n);
        for (std::size_t i = 0; i < n && r.ok(); ++i) {
            std::string key = r.string();
            map.emplace(std::move(key), get());
        }
    }
    static void save_texts(ByteWriter& w, const std::vector<std::string>& v) {
        w.number(v.size());
        for (const std::string& s : v) w.string(s);
    }
    static std::vector<std::string> restore_texts(ByteReader& r) {
        std::vector<std::string> v(r.count());
        for (std::string& s : v) s = r.string();
        return v;
    }
    static void save_ids(ByteWriter& w, const std::vector<std::uint32_t>& v) {
        w.number(v.size());
        for (std::uint32_t id : v) w.number(id);
    }
    static std::vector<std::uint32_t> restore_ids(ByteReader& r) {
        std::vector<std::uint32_t> v(r.count());
        for (std::uint32_t& id : v) id = static_cast<std::uint32_t>(r.number());
        return v;
    }
    // An optional id as 0 (none) or id + 1.
    template <class Id>
    static void save_optional(ByteWriter& w, const std::optional<Id>& id) {
        w.number(id ? std::uint64_t{id->value} + 1 : 0);
    }
    template <class Id>
    static std::optional<Id> restore_optional(ByteReader& r) {
        const std::uint64_t v = r.number();
        if (v == 0) return std::nullopt;
        return Id{static_cast<std::uint32_t>(v - 1)};
    }
    // One of `all` by its place; false when there is none.
    template <class T, std::size_t N>
    static bool restore_enum(ByteReader& r, const T (&all)[N], T& out) {
        const std::uint64_t i = r.number();
        if (i >= N) return false;
        out = all[i];
        return true;
    }
    static void save_evidence(ByteWriter& w, const std::vector<Evidence>& list) {
        w.number(list.size());
        for (const Evidence& e : list) {
            w.string(e.doc_id);
            w.number(e.sentence.begin);
            w.number(e.sentence.end);
            w.string(e.rule);
            w.real(e.confidence);
        }
    }
    static std::vector<Evidence> restore_evidence(ByteReader& r) {
        std::vector<Evidence> list(r.count());
        for (Evidence& e : list) {
            e.doc_id = r.string();
            e.sentence.begin = r.number();
            e.sentence.end = r.number();
            e.rule = r.string();
            e.confidence = r.real();
        }
        return list;
    }

    void save(ByteWriter& w) const {
        w.number(entities.size());
        for (const EntityRecord& e : entities) {
            w.number(static_cast<std::uint64_t>(e.type));
            w.string(e.name);
            save_texts(w, e.aliases);
            save_texts(w, e.documents);
            w.number(e.mention_count);
            w.string(e.first_seen);
            w.string(e.last_seen);
            save_texts(w, e.merge_reasons);
            w.number(token_count[e.id.value]);
        }
        w.number(relations.size());
        for (const RelationRecord& r : relations) {
            w.number(static_cast<std::uint64_t>(r.type));
            w.number(r.a.value);
            w.number(r.b.value);
            w.string(r.date);
            save_optional(w, r.place);
            w.number(r.attributes.size());
            for (const auto& [k, v] : r.attributes) {
                w.string(k);
                w.string(v);
            }
            save_evidence(w, r.evidence);
            save_optional(w, r.meeting);
        }
        w.number(meetings.size());
        for (const MeetingRecord& m : meetings) {
            w.number(m.participants.size());
            for (EntityId p : m.participants) w.number(p.value);
            w.string(m.date);
            save_optional(w, m.place);
            w.number(static_cast<std::uint64_t>(m.mode));
            w.number(static_cast<std::uint64_t>(m.status));
            save_optional(w, m.host);
            save_optional(w, m.visitor);
            save_optional(w, m.parent_event);
            w.string(m.cameo);
            w.string(m.plover_mode);
            save_evidence(w, m.evidence);
            save_texts(w, m.documents);
        }
        auto id = [&](std::uint32_t v) { w.number(v); };
        auto ids = [&](const std::vector<std::uint32_t>& v) { save_ids(w, v); };
        save_map(w, exact, id);
        save_map(w, other_alias, id);
        save_map(w, person_token_set, ids);
        save_map(w, latin_keys, id);
        save_map(w, person_surname, ids);
        save_map(w, person_outer, ids);
        save_map(w, canonical_index, ids);
        save_map(w, alias_index, ids);
        save_map(w, relation_index, id);
        save_map(w, meeting_index, id);
        save_map(w, pinned, id);
        save_map(w, document_dates, [&](const std::string& date) { w.string(date); });
        std::vector<std::string> reasons(reasons_seen.begin(), reasons_seen.end());
        std::sort(reasons.begin(), reasons.end());
        save_texts(w, reasons);
        w.number(known_names.size());
        for (const auto& [name, key] : known_names) {
            w.string(name);
            w.string(key);
        }
    }

    // False when the bytes are damaged or refer to records that are not there.
    bool restore(ByteReader& in) {
        const std::size_t entity_count = in.count();
        entities.reserve(entity_count);
        token_count.reserve(entity_count);
        meetings_by_entity.reserve(entity_count);
        for (std::size_t i = 0; i < entity_count && in.ok(); ++i) {
            EntityRecord e;
            e.id = make_id<EntityId>(i);
            if (!restore_enum(in, kAllEntityTypes, e.type)) return false;
            e.name = in.string();
            e.aliases = restore_texts(in);
            e.documents = restore_texts(in);
            e.mention_count = in.number();
            e.first_seen = in.string();
            e.last_seen = in.string();
            e.merge_reasons = restore_texts(in);
            entities.push_back(std::move(e));
            token_count.push_back(static_cast<std::uint32_t>(in.number()));
            meetings_by_entity.emplace_back();
        }
        auto known_entity = [&](std::optional<EntityId> e) { return !e || e->value < entities.size(); };
        graph = Graph(entities.size());
        const std::size_t relation_count = in.count();
        relations.reserve(relation_count);
        for (std::size_t i = 0; i < relation_count && in.ok(); ++i) {
            RelationRecord r;
            r.id = make_id<RelationId>(i);
            if (!restore_enum(in, kAllRelationTypes, r.type)) return false;
            r.a = EntityId{static_cast<std::uint32_t>(in.number())};
            r.b = EntityId{static_cast<std::uint32_t>(in.number())};
            r.date = in.string();
            r.place = restore_optional<EntityId>(in);
            const std::size_t attributes = in.count();
            for (std::size_t k = 0; k < attributes && in.ok(); ++k) {
                std::string key = in.string();
                r.attributes.emplace(std::move(key), in.string());
            }
            r.evidence = restore_evidence(in);
            r.meeting = restore_optional<MeetingId>(in);
            if (!known_entity(r.a) || !known_entity(r.b) || !known_entity(r.place)) return false;
            boost::add_edge(r.a.value, r.b.value, EdgeProperties{r.id.value}, graph);
            relations.push_back(std::move(r));
        }
        const std::size_t meeting_count = in.count();
        meetings.reserve(meeting_count);
        for (std::size_t i = 0; i < meeting_count && in.ok(); ++i) {
            MeetingRecord m;
            m.id = make_id<MeetingId>(i);
            m.participants.resize(in.count());
            for (EntityId& p : m.participants) p = EntityId{static_cast<std::uint32_t>(in.number())};
            m.date = in.string();
            m.place = restore_optional<EntityId>(in);
            const std::uint64_t mode = in.number();
            if (mode > static_cast<std::uint64_t>(MeetingMode::Multilateral)) return false;
            m.mode = static_cast<MeetingMode>(mode);
            m.status = in.number() == 0 ? MeetingStatus::Happened : MeetingStatus::Planned;
            m.host = restore_optional<EntityId>(in);
            m.visitor = restore_optional<EntityId>(in);
            m.parent_event = restore_optional<EntityId>(in);
            m.cameo = in.string();
            m.plover_mode = in.string();
            m.evidence = restore_evidence(in);
            m.documents = restore_texts(in);
            for (EntityId p : m.participants) {
                if (!known_entity(p)) return false;
                meetings_by_entity[p.value].push_back(m.id.value);
            }
            meetings.push_back(std::move(m));
        }
        std::size_t evidence_count = 0;
        for (const MeetingRecord& m : meetings) evidence_count += m.evidence.size();
        for (const RelationRecord& r : relations) evidence_count += r.evidence.size();
        evidence_seen.reserve(evidence_count);
        for (const MeetingRecord& m : meetings)
            for (const Evidence& ev : m.evidence) evidence_seen.insert(evidence_hash('m', m.id.value, ev));
        for (const RelationRecord& r : relations) {
            if (r.meeting && r.meeting->value >= meetings.size()) return false;
            for (const Evidence& ev : r.evidence) evidence_seen.insert(evidence_hash('r', r.id.value, ev));
        }
        // Ids below `limit`; a larger one is damage.
        auto id_below = [&](std::size_t limit) {
            return [&in, limit] {
                const std::uint64_t v = in.number();
                if (v >= limit) in.fail("an id beyond the records");
                return static_cast<std::uint32_t>(v);
            };
        };
        auto entity = id_below(entities.size());
        auto entity_list = [&] {
            std::vector<std::uint32_t> v = restore_ids(in);
            for (std::uint32_t e : v)
                if (e >= entities.size()) in.fail("an id beyond the records");
            return v;
        };
        restore_map(in, exact, entity);
        restore_map(in, other_alias, entity);
        restore_map(in, person_token_set, entity_list);
        restore_map(in, latin_keys, entity);
        restore_map(in, person_surname, entity_list);
        restore_map(in, person_outer, entity_list);
        restore_map(in, canonical_index, entity_list);
        restore_map(in, alias_index, entity_list);
        restore_map(in, relation_index, id_below(relations.size()));
        restore_map(in, meeting_index, id_below(meetings.size()));
        restore_map(in, pinned, entity);
        restore_map(in, document_dates, [&] { return in.string(); });
        std::vector<std::string> reasons = restore_texts(in);
        reasons_seen.reserve(reasons.size());
        for (std::string& reason : reasons) reasons_seen.insert(std::move(reason));
        const std::size_t names = in.count();
        known_names.reserve(names);
        known_seen.reserve(names);
        for (std::size_t i = 0; i < names && in.ok(); ++i) {
            std::string name = in.string();
            know(name, in.string());
        }
        return in.ok() && in.at_end();
    }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

void KnowledgeGraph::add(const DocumentExtraction& x) { impl_->add(x); }

std::vector<std::optional<EntityId>> KnowledgeGraph::add_pinned(const DocumentExtraction& x,
                                                                const std::vector<std::string>& pins) {
    std::vector<std::optional<EntityId>> out;
    for (const std::optional<std::uint32_t>& id : impl_->add(x, &pins))
        out.push_back(id ? std::optional<EntityId>(EntityId{*id}) : std::nullopt);
    return out;
}

namespace {
// The first number of a saved state: this layout under these merge rules.
constexpr std::uint64_t kStateFormat = 1 + 1000 * static_cast<std::uint64_t>(kMergeVersion);
}  // namespace

std::string KnowledgeGraph::save_state() const {
    ByteWriter w;
    w.number(kStateFormat);
    impl_->save(w);
    return w.take();
}

std::optional<KnowledgeGraph> KnowledgeGraph::restore_state(std::string_view bytes) {
    ByteReader in(bytes);
    if (in.number() != kStateFormat || !in.ok()) return std::nullopt;
    KnowledgeGraph g;
    if (!g.impl_->restore(in)) return std::nullopt;
    return g;
}

std::optional<KnowledgeGraph> KnowledgeGraph::from_records(
    std::vector<EntityRecord> entities, std::vector<RelationRecord> relations, std::vector<MeetingRecord> meetings,
    std::vector<std::pair<std::string, std::string>> document_dates) {
    KnowledgeGraph g;
    Impl& k = *g.impl_;
    const std::size_t n = entities.size();
    auto known = [n](std::optional<EntityId> e) { return !e || e->value < n; };
    for (std::size_t i = 0; i < n; ++i)
        if (entities[i].id.value != i) return std::nullopt;
    // Edges in relation id order and meetings per entity in meeting id order, as merging
    // (and restore_state) adds them: the queries walk them in that order.
    k.graph = Graph(n);
    for (std::size_t i = 0; i < relations.size(); ++i) {
        const RelationRecord& r = relations[i];
        if (r.id.value != i || !known(r.a) || !known(r.b) || !known(r.place)) return std::nullopt;
        if (r.meeting && r.meeting->value >= meetings.size()) return std::nullopt;
        boost::add_edge(r.a.value, r.b.value, EdgeProperties{r.id.value}, k.graph);
    }
    k.meetings_by_entity.resize(n);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        const MeetingRecord& m = meetings[i];
        if (m.id.value != i || !known(m.place) || !known(m.host) || !known(m.visitor) || !known(m.parent_event))
            return std::nullopt;
        for (EntityId p : m.participants) {
            if (!known(p)) return std::nullopt;
            k.meetings_by_entity[p.value].push_back(m.id.value);
        }
    }
    k.token_count.resize(n);
    k.entities = std::move(entities);
    k.relations = std::move(relations);
    k.meetings = std::move(meetings);
    k.document_dates.reserve(document_dates.size());
    for (auto& [id, date] : document_dates) k.document_dates.insert_or_assign(std::move(id), std::move(date));
    return g;
}

void KnowledgeGraph::track_changes() { impl_->tracking = true; }

KnowledgeGraph::Changes KnowledgeGraph::take_changes() {
    Impl& g = *impl_;
    auto sorted = [](std::unordered_set<std::uint32_t>& ids, auto& out) {
        for (std::uint32_t id : ids) out.push_back({id});
        std::sort(out.begin(), out.end());
        ids.clear();
    };
    Changes c;
    sorted(g.changed_entities, c.entities);
    sorted(g.changed_relations, c.relations);
    sorted(g.changed_meetings, c.meetings);
    if (g.source) {
        for (EntityId id : c.entities) c.documents_before.push_back(g.documents_before.at(id.value));
        for (RelationId id : c.relations) c.relation_evidence_before.push_back(g.relation_evidence_before.at(id.value));
        for (MeetingId id : c.meetings) c.meeting_evidence_before.push_back(g.meeting_evidence_before.at(id.value));
    }
    // The changed keys with their values now, and find()'s entries under them.
    auto id_row = [&](StateTable t, const StringMap<std::uint32_t>& map, const std::string& key) {
        auto it = map.find(key);
        c.rows.push_back({t, key, it == map.end() ? std::nullopt : std::optional<std::string>(id_value(it->second))});
    };
    auto ids_row = [&](StateTable t, const StringMap<std::vector<std::uint32_t>>& map, const std::string& key) {
        auto it = map.find(key);
        c.rows.push_back({t, key, it == map.end() ? std::nullopt : std::optional<std::string>(ids_value(it->second))});
    };
    auto names_of = [&](NameIndex index, const StringMap<std::vector<std::uint32_t>>& map, const std::string& key) {
        c.name_keys.emplace_back(index, key);
        if (auto it = map.find(key); it != map.end())
            for (std::uint32_t id : it->second) c.names.push_back({index, key, EntityId{id}});
    };
    const std::string person_prefix = type_key(EntityType::Person, "");
    for (std::size_t t = 1; t < kStateTables; ++t) {
        const auto table = static_cast<StateTable>(t);
        for (const std::string& key : g.dirty[t]) {
            switch (table) {
            case StateTable::Exact:
                id_row(table, g.exact, key);
                if (key.starts_with(person_prefix)) {
                    const std::string bare = key.substr(person_prefix.size());
                    c.name_keys.emplace_back(NameIndex::PersonExact, bare);
                    if (auto it = g.exact.find(key); it != g.exact.end())
                        c.names.push_back({NameIndex::PersonExact, bare, EntityId{it->second}});
                }
                break;
            case StateTable::OtherAlias: id_row(table, g.other_alias, key); break;
            case StateTable::LatinKeys: id_row(table, g.latin_keys, key); break;
            case StateTable::RelationKey: id_row(table, g.relation_index, key); break;
            case StateTable::MeetingKey: id_row(table, g.meeting_index, key); break;
            case StateTable::Pinned: id_row(table, g.pinned, key); break;
            case StateTable::PersonTokenSet:
                ids_row(table, g.person_token_set, key);
                names_of(NameIndex::PersonTokenSet, g.person_token_set, key);
                break;
            case StateTable::PersonSurname:
                ids_row(table, g.person_surname, key);
                names_of(NameIndex::PersonSurname, g.person_surname, key);
                break;
            case StateTable::PersonOuter:
                ids_row(table, g.person_outer, key);
                names_of(NameIndex::PersonOuter, g.person_outer, key);
                break;
            case StateTable::Canonical:
                ids_row(table, g.canonical_index, key);
                names_of(NameIndex::Canonical, g.canonical_index, key);
                break;
            case StateTable::Alias:
                ids_row(table, g.alias_index, key);
                names_of(NameIndex::Alias, g.alias_index, key);
                break;
            case StateTable::Reasons:
                c.rows.push_back({table, key, g.reasons_seen.contains(key) ? std::optional<std::string>("") : std::nullopt});
                break;
            case StateTable::KnownName: {
                const auto& [place, folded] = g.new_known.at(key);
                c.rows.push_back({table, key, known_value(place, folded)});
                break;
            }
            case StateTable::TokenCount: {
                const std::uint32_t n = g.tokens_of(*key_id(key));
                c.rows.push_back({table, key, n == 0 ? std::nullopt : std::optional<std::string>(id_value(n))});
                break;
            }
            }
        }
        g.dirty[t].clear();
    }
    g.new_known.clear();
    std::sort(c.names.begin(), c.names.end(), [](const NameIndexEntry& x, const NameIndexEntry& y) {
        if (x.index != y.index) return x.index < y.index;
        if (x.key != y.key) return x.key < y.key;
        return x.entity < y.entity;
    });
    c.names.erase(std::unique(c.names.begin(), c.names.end(),
                              [](const NameIndexEntry& x, const NameIndexEntry& y) {
                                  return x.index == y.index && x.key == y.key && x.entity == y.entity;
                              }),
                  c.names.end());
    std::sort(c.name_keys.begin(), c.name_keys.end());
    c.name_keys.erase(std::unique(c.name_keys.begin(), c.name_keys.end()), c.name_keys.end());
    return c;
}

void KnowledgeGraph::each_state_row(const std::function<void(StateRow&)>& emit) const {
    const Impl& g = *impl_;
    // Each table's entries sorted by key as pointers, each row made only as it is given: the
    // rows of a million releases' relation and meeting keys, made all at once, were a gigabyte.
    auto ids = [&](StateTable t, const auto& map) {
        std::vector<const typename std::decay_t<decltype(map)>::value_type*> order;
        order.reserve(map.size());
        for (const auto& entry : map) order.push_back(&entry);
        std::sort(order.begin(), order.end(), [](const auto* x, const auto* y) { return x->first < y->first; });
        for (const auto* entry : order) {
            StateRow row{t, entry->first, encode(entry->second)};
            emit(row);
        }
    };
    ids(StateTable::Exact, g.exact);
    ids(StateTable::OtherAlias, g.other_alias);
    ids(StateTable::PersonTokenSet, g.person_token_set);
    ids(StateTable::LatinKeys, g.latin_keys);
    ids(StateTable::PersonSurname, g.person_surname);
    ids(StateTable::PersonOuter, g.person_outer);
    ids(StateTable::Canonical, g.canonical_index);
    ids(StateTable::Alias, g.alias_index);
    ids(StateTable::RelationKey, g.relation_index);
    ids(StateTable::MeetingKey, g.meeting_index);
    ids(StateTable::Pinned, g.pinned);
    {
        std::vector<const std::string*> order;
        for (const std::string& reason : g.reasons_seen) order.push_back(&reason);
        std::sort(order.begin(), order.end(), [](const std::string* x, const std::string* y) { return *x < *y; });
        for (const std::string* reason : order) {
            StateRow row{StateTable::Reasons, *reason, std::string()};
            emit(row);
        }
    }
    {
        std::vector<std::size_t> order(g.known_names.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t x, std::size_t y) { return g.known_names[x].first < g.known_names[y].first; });
        for (std::size_t i : order) {
            StateRow row{StateTable::KnownName, g.known_names[i].first, known_value(i, g.known_names[i].second)};
            emit(row);
        }
    }
    for (std::size_t i = 0; i < g.token_count.size(); ++i)
        if (g.token_count[i] != 0) {
            StateRow row{StateTable::TokenCount, id_key(static_cast<std::uint32_t>(i)), id_value(g.token_count[i])};
            emit(row);
        }
}

std::vector<StateRow> KnowledgeGraph::state_rows() const {
    std::vector<StateRow> rows;
    each_state_row([&](StateRow& row) { rows.push_back(std::move(row)); });
    return rows;
}

StateCounts KnowledgeGraph::state_counts() const {
    const Impl& g = *impl_;
    if (g.source) return {g.entity_total, g.relation_total, g.meeting_total, g.known_total};
    return {g.entities.size(), g.relations.size(), g.meetings.size(), g.known_names.size()};
}

KnowledgeGraph KnowledgeGraph::attach(std::shared_ptr<StateSource> source, const StateCounts& counts) {
    KnowledgeGraph g;
    Impl& k = *g.impl_;
    k.source = std::move(source);
    k.stored = counts;
    k.entity_total = counts.entities;
    k.relation_total = counts.relations;
    k.meeting_total = counts.meetings;
    k.known_total = counts.known_names;
    return g;
}

bool KnowledgeGraph::attached() const { return impl_->source != nullptr; }

std::optional<KnowledgeGraph> KnowledgeGraph::restore_rows(
    const std::vector<StateRow>& rows, std::vector<EntityRecord> entities, std::vector<RelationRecord> relations,
    std::vector<MeetingRecord> meetings, std::vector<std::pair<std::string, std::string>> document_dates) {
    std::optional<KnowledgeGraph> g =
        from_records(std::move(entities), std::move(relations), std::move(meetings), std::move(document_dates));
    if (!g) return std::nullopt;
    Impl& k = *g->impl_;
    const std::size_t n = k.entities.size();
    std::size_t evidence_count = 0;
    for (const MeetingRecord& m : k.meetings) evidence_count += m.evidence.size();
    for (const RelationRecord& r : k.relations) evidence_count += r.evidence.size();
    k.evidence_seen.reserve(evidence_count);
    for (const MeetingRecord& m : k.meetings)
        for (const Evidence& ev : m.evidence) k.evidence_seen.insert(Impl::evidence_hash('m', m.id.value, ev));
    for (const RelationRecord& r : k.relations)
        for (const Evidence& ev : r.evidence) k.evidence_seen.insert(Impl::evidence_hash('r', r.id.value, ev));
    std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> known;
    for (const StateRow& row : rows) {
        if (!row.value) return std::nullopt;
        ByteReader in(*row.value);
        auto id_below = [&](std::size_t limit) {
            const std::uint64_t v = in.number();
            if (v >= limit) in.fail("an id beyond the records");
            return static_cast<std::uint32_t>(v);
        };
        auto entity_list = [&] {
            std::vector<std::uint32_t> v;
            decode(in, v);
            for (std::uint32_t e : v)
                if (e >= n) in.fail("an id beyond the records");
            return v;
        };
        switch (row.table) {
        case StateTable::Exact: k.exact.emplace(row.key, id_below(n)); break;
        case StateTable::OtherAlias: k.other_alias.emplace(row.key, id_below(n)); break;
        case StateTable::LatinKeys: k.latin_keys.emplace(row.key, id_below(n)); break;
        case StateTable::Pinned: k.pinned.emplace(row.key, id_below(n)); break;
        case StateTable::RelationKey: k.relation_index.emplace(row.key, id_below(k.relations.size())); break;
        case StateTable::MeetingKey: k.meeting_index.emplace(row.key, id_below(k.meetings.size())); break;
        case StateTable::PersonTokenSet: k.person_token_set.emplace(row.key, entity_list()); break;
        case StateTable::PersonSurname: k.person_surname.emplace(row.key, entity_list()); break;
        case StateTable::PersonOuter: k.person_outer.emplace(row.key, entity_list()); break;
        case StateTable::Canonical: k.canonical_index.emplace(row.key, entity_list()); break;
        case StateTable::Alias: k.alias_index.emplace(row.key, entity_list()); break;
        case StateTable::Reasons: k.reasons_seen.insert(row.key); break;
        case StateTable::KnownName: {
            const std::size_t place = in.index();
            std::string key = in.string();
            known.push_back({place, {row.key, std::move(key)}});
            break;
        }
        case StateTable::TokenCount: {
            const std::optional<std::uint32_t> id = key_id(row.key);
            if (!id || *id >= n) return std::nullopt;
            k.token_count[*id] = static_cast<std::uint32_t>(in.number());
            break;
        }
        default: return std::nullopt;
        }
        if (!in.ok() || !in.at_end()) return std::nullopt;
    }
    std::sort(known.begin(), known.end());
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (known[i].first != i) return std::nullopt;
        k.know(known[i].second.first, std::move(known[i].second.second));
    }
    return g;
}

std::string KnowledgeGraph::document_date(std::string_view doc_id) const {
    const Impl& g = *impl_;
    if (auto it = g.document_dates.find(doc_id); it != g.document_dates.end()) return it->second;
    if (!g.source) return {};
    auto it = g.held_dates.find(doc_id);
    if (it == g.held_dates.end()) it = g.held_dates.emplace(std::string(doc_id), g.source->document_date(doc_id)).first;
    return it->second;
}

const std::vector<EntityRecord>& KnowledgeGraph::entities() const { return impl_->entities; }
const std::vector<RelationRecord>& KnowledgeGraph::relations() const { return impl_->relations; }
const std::vector<MeetingRecord>& KnowledgeGraph::meetings() const { return impl_->meetings; }

const EntityRecord& KnowledgeGraph::entity(EntityId id) const {
    if (impl_->source) return impl_->entity_at(id.value);
    assert(id.value < impl_->entities.size());
    return impl_->entities[id.value];
}
const RelationRecord& KnowledgeGraph::relation(RelationId id) const {
    if (impl_->source) return impl_->relation_at(id.value);
    assert(id.value < impl_->relations.size());
    return impl_->relations[id.value];
}
const MeetingRecord& KnowledgeGraph::meeting(MeetingId id) const {
    if (impl_->source) return impl_->meeting_at(id.value);
    assert(id.value < impl_->meetings.size());
    return impl_->meetings[id.value];
}

std::vector<EntityId> KnowledgeGraph::find(std::string_view name, std::optional<EntityType> type) const {
    Impl& g = *impl_;  // an attached graph reads the keys it is asked for
    std::vector<EntityId> out;
    auto take = [&](std::uint32_t id) {
        if (type && g.entity_at(id).type != *type) return;
        EntityId e{id};
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    };
    auto take_all = [&](StringMap<std::vector<std::uint32_t>>& index, StateTable t, const std::string& key) {
        const std::vector<std::uint32_t>* found = g.get(index, t, key);
        if (!found) return;
        std::vector<std::uint32_t> ids = *found;
        std::sort(ids.begin(), ids.end());
        for (std::uint32_t id : ids) take(id);
    };
    const std::string key = name_key(name);
    if (key.empty()) return out;
    take_all(g.canonical_index, StateTable::Canonical, key);
    std::vector<std::string> tokens = detail::person_tokens(name);
    if (!tokens.empty() && (!type || *type == EntityType::Person))
        if (const std::uint32_t* id = g.get(g.exact, StateTable::Exact, type_key(EntityType::Person, detail::join(tokens))))
            take(*id);
    take_all(g.alias_index, StateTable::Alias, key);
    if (!tokens.empty()) take_all(g.person_surname, StateTable::PersonSurname, detail::join(tokens));
    if (tokens.size() >= 2) {
        take_all(g.person_token_set, StateTable::PersonTokenSet, detail::sorted_join(tokens));
        take_all(g.person_outer, StateTable::PersonOuter, detail::outer_key(tokens));
    }
    return out;
}

RelationRecord KnowledgeGraph::whole_relation(RelationId id) const {
    Impl& g = *impl_;
    if (!g.source) return g.relations[id.value];
    RelationRecord r = g.relation_at(id.value);
    if (id.value < g.stored.relations) {
        std::vector<Evidence> evidence = g.source->evidence(id);
        evidence.insert(evidence.end(), r.evidence.begin(), r.evidence.end());
        r.evidence = std::move(evidence);
    }
    return r;
}

namespace {

using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// Keeps the edges whose relation has one of the wanted types.
struct RelationFilter {
    const Graph* graph = nullptr;
    const std::vector<RelationRecord>* relations = nullptr;
    std::uint32_t mask = 0;
    template <class Edge>
    bool operator()(const Edge& e) const {
        return ((mask >> static_cast<unsigned>((*relations)[(*graph)[e].relation].type)) & 1U) != 0;
    }
};

std::uint32_t type_mask(const std::vector<RelationType>& via) {
    std::uint32_t mask = 0;
    for (RelationType t : via) mask |= 1U << static_cast<unsigned>(t);
    return mask;
}

using detail::bfs_distances;
using detail::kUnreached;

template <class G>
std::vector<Vertex> sorted_neighbours(const G& g, Vertex v) {
    std::vector<Vertex> out;
    for (auto [it, end] = boost::adjacent_vertices(v, g); it != end; ++it)
        if (*it != v) out.push_back(*it);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The lowest-numbered relation of an allowed type linking u and v.
template <class G>
RelationId hop_between(const G& g, Vertex u, Vertex v) {
    std::uint32_t best = std::numeric_limits<std::uint32_t>::max();
    for (auto [it, end] = boost::out_edges(u, g); it != end; ++it)
        if (boost::target(*it, g) == v) best = std::min(best, g[*it].relation);
    return RelationId{best};
}

// Every shortest chain from a to b (or the first one) by walking back from b
// over neighbours one hop closer to a. Iterative: chains can be long.
template <class G>
std::vector<Path> shortest_chains(const G& g, std::size_t n, Vertex a, Vertex b, bool all) {
    std::vector<unsigned> dist = bfs_distances(g, n, a, kUnreached, b);
    if (dist[b] == kUnreached) return {};
    auto closer = [&](Vertex v) {
        std::vector<Vertex> out;
        for (Vertex u : sorted_neighbours(g, v))
            if (dist[u] != kUnreached && dist[u] + 1 == dist[v]) out.push_back(u);
        return out;
    };
    std::vector<Path> paths;
    auto record = [&](const std::vector<Vertex>& back) {
        Path p;
        for (auto it = back.rbegin(); it != back.rend(); ++it) p.nodes.push_back(make_id<EntityId>(*it));
        for (std::size_t i = 0; i + 1 < p.nodes.size(); ++i)
            p.hops.push_back(hop_between(g, p.nodes[i].value, p.nodes[i + 1].value));
        paths.push_back(std::move(p));
    };
    if (a == b) {
        record(std::vector<Vertex>{b});
        return paths;
    }
    detail::walk_back_chains<Vertex>(a, b, all, closer, record);
    std::sort(paths.begin(), paths.end(), [](const Path& x, const Path& y) { return x.nodes < y.nodes; });
    return paths;
}

}  // namespace

std::vector<std::string> KnowledgeGraph::suggest(std::string_view name, std::size_t limit) const {
    return detail::closest_names(name_key(name), impl_->known_names, limit);
}

std::vector<MeetingView> KnowledgeGraph::meetings_of(EntityId person) const {
    const Impl& g = *impl_;
    if (person.value >= g.entities.size()) return {};
    std::vector<std::uint32_t> ids;
    for (std::uint32_t id : g.meetings_by_entity[person.value])
        if (g.meetings[id].status == MeetingStatus::Happened) ids.push_back(id);
    std::sort(ids.begin(), ids.end(), [&](std::uint32_t x, std::uint32_t y) {
        const std::string& dx = g.meetings[x].date;
        const std::string& dy = g.meetings[y].date;
        if (dx.empty() != dy.empty()) return dy.empty();
        if (dx != dy) return dx > dy;
        return x < y;
    });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<MeetingView> out;
    out.reserve(ids.size());
    for (std::uint32_t id : ids) {
        MeetingView v{MeetingId{id}, {}};
        for (EntityId p : g.meetings[id].participants)
            if (p != person) v.counterparts.push_back(p);
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<RelationId> KnowledgeGraph::relations_of(EntityId id, std::optional<RelationType> type) const {
    Impl& g = *impl_;
    if (g.source) {
        // The stored relations touching it, then the new ones (with higher ids).
        std::vector<RelationId> ids;
        if (id.value < g.stored.entities) ids = g.source->relations_of(id);
        for (const auto& [r, record] : g.held_relations)
            if (r >= g.stored.relations && (record.a == id || record.b == id)) ids.push_back(RelationId{r});
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::vector<RelationId> out;
        for (RelationId r : ids)
            if (!type || g.relation_at(r.value).type == *type) out.push_back(r);
        return out;
    }
    if (id.value >= g.entities.size()) return {};
    std::vector<RelationId> out;
    for (auto [it, end] = boost::out_edges(id.value, g.graph); it != end; ++it) {
        std::uint32_t r = g.graph[*it].relation;
        if (!type || g.relations[r].type == *type) out.push_back(RelationId{r});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<Path> KnowledgeGraph::shortest_paths(EntityId a, EntityId b, const std::vector<RelationType>& via,
                                                 bool all_shortest) const {
    const Impl& g = *impl_;
    const std::size_t n = g.entities.size();
    if (a.value >= n || b.value >= n) return {};
    if (via.empty()) return shortest_chains(g.graph, n, a.value, b.value, all_shortest);
    boost::filtered_graph<Graph, RelationFilter> filtered(g.graph, RelationFilter{&g.graph, &g.relations, type_mask(via)});
    return shortest_chains(filtered, n, a.value, b.value, all_shortest);
}

std::vector<EntityId> KnowledgeGraph::neighbourhood(EntityId id, unsigned depth,
                                                    const std::vector<RelationType>& via) const {
    const Impl& g = *impl_;
    const std::size_t n = g.entities.size();
    if (id.value >= n) return {};
    std::vector<unsigned> dist;
    if (via.empty()) {
        dist = bfs_distances(g.graph, n, id.value, depth);
    } else {
        boost::filtered_graph<Graph, RelationFilter> filtered(g.graph,
                                                              RelationFilter{&g.graph, &g.relations, type_mask(via)});
        dist = bfs_distances(filtered, n, id.value, depth);
    }
    std::vector<std::pair<unsigned, std::uint32_t>> found;
    for (std::size_t v = 0; v < n; ++v)
        if (dist[v] <= depth) found.emplace_back(dist[v], static_cast<std::uint32_t>(v));
    std::sort(found.begin(), found.end());
    std::vector<EntityId> out;
    out.reserve(found.size());
    for (const auto& [d, v] : found) out.push_back(EntityId{v});
    return out;
}

std::vector<Score> KnowledgeGraph::rank(Centrality by, std::optional<EntityType> type, unsigned threads) const {
    const Impl& g = *impl_;
    const std::size_t n = g.entities.size();
    auto wanted = [&](std::size_t v) { return !type || g.entities[v].type == *type; };
    std::vector<double> value(n, 0.0);
    if (by == Centrality::Meetings) {
        for (std::size_t v = 0; v < n; ++v)
            for (std::uint32_t m : g.meetings_by_entity[v])
                if (g.meetings[m].status == MeetingStatus::Happened) value[v] += 1.0;
    } else if (n > 0) {
        std::shared_ptr<const SimpleGraph> shared = g.collapsed();
        const SimpleGraph& simple = *shared;
        switch (by) {
        case Centrality::Degree:
            for (std::size_t v = 0; v < n; ++v) value[v] = static_cast<double>(boost::out_degree(v, simple));
            break;
        case Centrality::Betweenness:
            value = detail::betweenness(detail::adjacency_of(simple), threads);
            break;
        case Centrality::Closeness: {
            // Wasserman-Faust closeness, which stays meaningful in a disconnected graph;
            // only the wanted entities need their own search.
            std::vector<bool> searched;
            if (type) {
                searched.resize(n);
                for (std::size_t v = 0; v < n; ++v) searched[v] = wanted(v);
            }
            value = detail::closeness(detail::adjacency_of(simple), searched, threads);
            break;
        }
        case Centrality::PageRank: {
            value = detail::page_rank(detail::adjacency_of(simple), 0.85, 30, threads);
            double sum = 0.0;
            for (double x : value) sum += x;
            if (sum > 0.0)
                for (double& x : value) x /= sum;
            break;
        }
        case Centrality::Meetings:
            break;
        }
    }
    std::vector<Score> out;
    for (std::size_t v = 0; v < n; ++v)
        if (wanted(v)) out.push_back(Score{make_id<EntityId>(v), value[v]});
    std::stable_sort(out.begin(), out.end(), [](const Score& x, const Score& y) { return x.value > y.value; });
    return out;
}

std::vector<std::vector<EntityId>> KnowledgeGraph::components() const {
    const Impl& g = *impl_;
    const std::size_t n = g.entities.size();
    if (n == 0) return {};
    std::vector<std::size_t> component(n);
    std::size_t count = boost::connected_components(
        g.graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g.graph)));
    std::vector<std::vector<EntityId>> out(count);
    for (std::size_t v = 0; v < n; ++v) out[component[v]].push_back(make_id<EntityId>(v));
    // Members come out in id order; order the components by size, then first member.
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
        return x.size() != y.size() ? x.size() > y.size() : x.front() < y.front();
    });
    return out;
}

std::vector<NameIndexEntry> KnowledgeGraph::name_index() const {
    const Impl& g = *impl_;
    std::vector<NameIndexEntry> out;
    auto add_all = [&](NameIndex index, const StringMap<std::vector<std::uint32_t>>& map) {
        for (const auto& [key, ids] : map)
            for (std::uint32_t id : ids) out.push_back({index, key, EntityId{id}});
    };
    add_all(NameIndex::Canonical, g.canonical_index);
    add_all(NameIndex::Alias, g.alias_index);
    add_all(NameIndex::PersonSurname, g.person_surname);
    add_all(NameIndex::PersonTokenSet, g.person_token_set);
    add_all(NameIndex::PersonOuter, g.person_outer);
    const std::string person_prefix = type_key(EntityType::Person, "");
    for (const auto& [key, id] : g.exact)
        if (key.starts_with(person_prefix)) out.push_back({NameIndex::PersonExact, key.substr(person_prefix.size()), EntityId{id}});
    std::sort(out.begin(), out.end(), [](const NameIndexEntry& x, const NameIndexEntry& y) {
        if (x.index != y.index) return x.index < y.index;
        if (x.key != y.key) return x.key < y.key;
        return x.entity < y.entity;
    });
    return out;
}

}  // namespace kg::graph
