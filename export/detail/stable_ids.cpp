#include "export/detail/stable_ids.h"

#include <algorithm>
#include <map>
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

namespace {

// The bits / 4 hex digits of `h` into out[0 .. bits / 4).
void put_hex(char* out, std::uint64_t h, unsigned bits) {
    static constexpr char kDigits[] = "0123456789abcdef";
    for (std::size_t i = bits / 4; i-- > 0; h >>= 4) out[i] = kDigits[h & 0xF];
}

}  // namespace

void append_hex(std::string& out, std::uint64_t h, unsigned bits) {
    const std::size_t start = out.size();
    out.resize(start + bits / 4);
    put_hex(out.data() + start, h, bits);
}

std::string hex(std::uint64_t h, unsigned bits) {
    std::string out;
    append_hex(out, h, bits);
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

std::vector<std::string> unique_ids(std::vector<IdClaim> claims, const Describe& describe) {
    const std::size_t n = claims.size();
    std::vector<bool> described(n, !describe);
    const auto key_of = [&](std::size_t i) -> const IdClaim& {
        if (!described[i]) {
            describe(i, claims[i]);
            described[i] = true;
        }
        return claims[i];
    };
    // Claims of equal strings, found through sorted fingerprints: cheaper than a
    // hash table of a million strings. Returns the indices of every string shared.
    const auto shared_of = [n](const auto& text_of) {
        std::vector<std::pair<std::uint64_t, std::size_t>> prints(n);
        for (std::size_t i = 0; i < n; ++i) prints[i] = {fnv1a64(text_of(i)), i};
        std::sort(prints.begin(), prints.end());
        std::vector<std::size_t> shared;
        for (std::size_t a = 0, b = 0; a < n; a = b) {
            for (b = a + 1; b < n && prints[b].first == prints[a].first; ++b) {}
            if (b - a == 1) continue;
            // Same fingerprint: almost always the same text, but compare to be sure.
            std::sort(prints.begin() + static_cast<std::ptrdiff_t>(a), prints.begin() + static_cast<std::ptrdiff_t>(b),
                      [&](const auto& x, const auto& y) { return text_of(x.second) < text_of(y.second); });
            for (std::size_t i = a; i < b; ++i)
                if ((i > a && text_of(prints[i].second) == text_of(prints[i - 1].second)) ||
                    (i + 1 < b && text_of(prints[i].second) == text_of(prints[i + 1].second)))
                    shared.push_back(prints[i].second);
        }
        std::sort(shared.begin(), shared.end());
        return shared;
    };

    std::vector<std::string> ids(n);
    const std::vector<std::size_t> shared_bases = shared_of([&](std::size_t i) -> std::string_view { return claims[i].base; });
    for (std::size_t i : shared_bases) ids[i] = claims[i].base + '-' + hex(fnv1a64(key_of(i).key), 32);
    for (std::size_t i = 0; i < n; ++i)
        if (ids[i].empty()) ids[i] = std::move(claims[i].base);
    if (shared_bases.empty()) return ids;

    // Still shared (equal keys, a hash collision, or a hashed id equal to another's
    // base): settled by content order, so the outcome does not depend on ingest order.
    const std::vector<std::size_t> still = shared_of([&](std::size_t i) -> std::string_view { return ids[i]; });
    if (still.empty()) return ids;
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i : still) groups[ids[i]].push_back(i);
    std::unordered_set<std::string> used(ids.begin(), ids.end());
    for (auto& [id, members] : groups) {
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            const IdClaim& x = key_of(a);
            const IdClaim& y = key_of(b);
            return x.key != y.key ? x.key < y.key : x.tiebreak < y.tiebreak;
        });
        std::size_t next = 2;
        for (std::size_t k = 1; k < members.size(); ++k) {
            std::string renamed;
            do renamed = id + '-' + std::to_string(next++);
            while (used.count(renamed));
            used.insert(renamed);
            ids[members[k]] = std::move(renamed);
        }
    }
    return ids;
}

std::vector<std::string> stable_node_ids(const graph::KnowledgeGraph& g,
                                         const std::vector<std::string>* first_documents) {
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
        if (first_documents) key += first_documents->at(e.id.value);
        else if (!e.documents.empty()) key += e.documents.front();  // documents are sorted
        c.key = std::move(key);
        c.tiebreak = e.id.value;
        claims.push_back(std::move(c));
    }
    return unique_ids(std::move(claims));
}

namespace {

// The bytes an edge id hashes, piece by piece, for edge_key and edge_hash alike.
template <class Put>
void edge_pieces(RelationType type, std::string_view source, std::string_view target, std::string_view date,
                 std::string_view title_key, bool collapsed, Put&& put) {
    static constexpr std::string_view sep(&kSep, 1);
    put(relation_word(type));
    put(sep);
    put(source);
    put(sep);
    put(target);
    put(sep);
    if (collapsed) return put("*");
    put(date);
    put(sep);
    put(title_key);
}

}  // namespace

const std::string& relation_word(RelationType type) {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> w;
        for (RelationType t : kAllRelationTypes) {
            if (static_cast<std::size_t>(t) >= w.size()) w.resize(static_cast<std::size_t>(t) + 1);
            w[static_cast<std::size_t>(t)] = id_word(to_string(t));
        }
        return w;
    }();
    return words.at(static_cast<std::size_t>(type));
}

std::string edge_key(RelationType type, std::string_view source, std::string_view target, std::string_view date,
                     std::string_view title_key, bool collapsed) {
    std::string key;
    edge_pieces(type, source, target, date, title_key, collapsed, [&](std::string_view p) { key += p; });
    return key;
}

std::uint64_t edge_hash(RelationType type, std::string_view source, std::string_view target, std::string_view date,
                        std::string_view title_key, bool collapsed) {
    std::uint64_t h = fnv1a64({});
    edge_pieces(type, source, target, date, title_key, collapsed, [&](std::string_view p) { h = fnv1a64(p, h); });
    return h;
}

std::size_t edge_base_id_size(RelationType type) { return relation_word(type).size() + 17; }

void put_edge_base_id(char* out, RelationType type, std::uint64_t hash) {
    const std::string& word = relation_word(type);
    std::copy(word.begin(), word.end(), out);
    out[word.size()] = '-';
    put_hex(out + word.size() + 1, hash, 64);
}

std::string edge_base_id(RelationType type, std::uint64_t hash) {
    std::string id(edge_base_id_size(type), '-');  // one allocation, of the final size
    put_edge_base_id(id.data(), type, hash);
    return id;
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
    return unique_ids(std::move(claims));
}

}  // namespace kg::output::detail
