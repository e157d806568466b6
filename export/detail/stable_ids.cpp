#include "export/detail/stable_ids.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace kg::output::detail {
namespace {

constexpr char kSep = '\x1f';  // between the fields of a hashed key; no name holds it after cleaning

bool id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::uint64_t fnv1a64(std::string_view s, std::uint64_t h) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::string hex(std::uint64_t h, unsigned bits) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(bits / 4, '0');
    for (std::size_t i = out.size(); i-- > 0; h >>= 4) out[i] = kDigits[h & 0xF];
    return out;
}

std::string id_word(std::string_view type_name) {
    std::string out(type_name);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        else if (!id_char(c)) c = '-';
    }
    return out;
}

Slug slug(std::string_view name, std::size_t max_bytes) {
    Slug s;
    bool gap = false;
    for (char c : graph::name_key(name)) {
        if (!id_char(c)) {
            gap = true;
            continue;
        }
        if (gap && !s.text.empty()) s.text += '-';
        gap = false;
        s.text += c;
    }
    if (s.text.size() > max_bytes) {
        s.text.resize(max_bytes);
        s.truncated = true;
        while (!s.text.empty() && s.text.back() == '-') s.text.pop_back();
    }
    return s;
}

std::vector<std::string> unique_ids(const std::vector<IdClaim>& claims) {
    std::vector<std::string> ids;
    ids.reserve(claims.size());
    std::unordered_map<std::string_view, std::size_t> uses;
    for (const IdClaim& c : claims) ++uses[c.base];
    for (const IdClaim& c : claims)
        ids.push_back(uses[c.base] == 1 ? c.base : c.base + '-' + hex(fnv1a64(c.key), 32));

    // Still shared (equal keys, a hash collision, or a hashed id equal to another's
    // base): settled by content order, so the outcome does not depend on ingest order.
    std::unordered_set<std::string> used;
    std::map<std::string, std::vector<std::size_t>> shared;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!used.insert(ids[i]).second) shared[ids[i]];
    if (shared.empty()) return ids;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (auto it = shared.find(ids[i]); it != shared.end()) it->second.push_back(i);
    for (auto& [id, members] : shared) {
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            if (claims[a].key != claims[b].key) return claims[a].key < claims[b].key;
            return claims[a].tiebreak < claims[b].tiebreak;
        });
        std::size_t n = 2;
        for (std::size_t k = 1; k < members.size(); ++k) {
            std::string next;
            do next = id + '-' + std::to_string(n++);
            while (used.count(next));
            used.insert(next);
            ids[members[k]] = std::move(next);
        }
    }
    return ids;
}

std::vector<std::string> stable_node_ids(const graph::KnowledgeGraph& g) {
    std::vector<IdClaim> claims;
    claims.reserve(g.entities().size());
    for (const EntityRecord& e : g.entities()) {
        IdClaim c;
        const std::string word = id_word(to_string(e.type));
        const Slug s = slug(e.name);
        c.base = word;
        if (!s.text.empty()) c.base += '-' + s.text;
        std::string key = word + kSep + e.name;
        if (s.text.empty() || s.truncated) c.base += '-' + hex(fnv1a64(key), 32);
        key += kSep;
        for (const std::string& a : e.aliases) key.append(a).append(1, '\x1e');  // aliases are sorted
        key += kSep;
        if (!e.documents.empty()) key += e.documents.front();  // documents are sorted
        c.key = std::move(key);
        c.tiebreak = e.id.value;
        claims.push_back(std::move(c));
    }
    return unique_ids(claims);
}

std::string edge_key(RelationType type, std::string_view source, std::string_view target, std::string_view date,
                     std::string_view title_key, bool collapsed) {
    std::string key = id_word(to_string(type));
    key.append(1, kSep).append(source).append(1, kSep).append(target);
    if (collapsed) return key + kSep + '*';
    key.append(1, kSep).append(date).append(1, kSep).append(title_key);
    return key;
}

std::string edge_base_id(RelationType type, std::string_view key) {
    return id_word(to_string(type)) + '-' + hex(fnv1a64(key), 64);
}

std::vector<std::string> stable_meeting_ids(const graph::KnowledgeGraph& g, const std::vector<MeetingId>& ids,
                                            const std::vector<std::string>& node_ids) {
    std::vector<IdClaim> claims;
    claims.reserve(ids.size());
    for (MeetingId id : ids) {
        const MeetingRecord& m = g.meeting(id);
        std::vector<std::string_view> people;
        for (EntityId p : m.participants) people.push_back(node_ids.at(p.value));
        std::sort(people.begin(), people.end());
        IdClaim c;
        c.key = m.date + kSep + std::string(to_string(m.mode)) + kSep;
        if (m.place) c.key += node_ids.at(m.place->value);
        for (std::string_view p : people) c.key.append(1, kSep).append(p);
        c.base = "meeting-" + hex(fnv1a64(c.key), 64);
        c.tiebreak = id.value;
        claims.push_back(std::move(c));
    }
    return unique_ids(claims);
}

}  // namespace kg::output::detail
