#include "store/store_rules.h"

namespace kg::store::detail {

std::string invalid_extraction(const DocumentExtraction& x, const std::string& sha256) {
    const std::size_t n = x.entities.size();
    auto bad_ref = [&](std::size_t i, std::string_view owner, std::size_t k, std::string_view field) {
        return std::string(owner) + " " + std::to_string(k) + " " + std::string(field) + " refers to entity " +
               std::to_string(i) + " of " + std::to_string(n);
    };
    if (x.document.id.empty()) return "empty document id";
    if (sha256.empty()) return "empty content hash";
    for (std::size_t e = 0; e < n; ++e)
        for (const Mention& m : x.entities[e].mentions)
            if (m.span.end < m.span.begin) return "entity " + std::to_string(e) + " has a mention ending before it begins";
    auto check_evidence = [&](const std::vector<Evidence>& list, std::string_view owner, std::size_t k) -> std::string {
        for (const Evidence& ev : list) {
            if (ev.sentence.end < ev.sentence.begin)
                return std::string(owner) + " " + std::to_string(k) + " has evidence ending before it begins";
            if (!(ev.confidence >= 0.0 && ev.confidence <= 1.0))
                return std::string(owner) + " " + std::to_string(k) + " has a confidence outside [0, 1]";
        }
        return {};
    };
    for (std::size_t k = 0; k < x.relations.size(); ++k)
        if (std::string why = check_evidence(x.relations[k].evidence, "relation", k); !why.empty()) return why;
    for (std::size_t k = 0; k < x.meetings.size(); ++k)
        if (std::string why = check_evidence(x.meetings[k].evidence, "meeting", k); !why.empty()) return why;
    for (std::size_t k = 0; k < x.relations.size(); ++k) {
        const Relation& r = x.relations[k];
        if (r.a >= n) return bad_ref(r.a, "relation", k, "a");
        if (r.b >= n) return bad_ref(r.b, "relation", k, "b");
        if (r.place && *r.place >= n) return bad_ref(*r.place, "relation", k, "place");
    }
    for (std::size_t k = 0; k < x.meetings.size(); ++k) {
        const Meeting& m = x.meetings[k];
        for (std::size_t p : m.participants)
            if (p >= n) return bad_ref(p, "meeting", k, "participant");
        if (m.place && *m.place >= n) return bad_ref(*m.place, "meeting", k, "place");
        if (m.host && *m.host >= n) return bad_ref(*m.host, "meeting", k, "host");
        if (m.visitor && *m.visitor >= n) return bad_ref(*m.visitor, "meeting", k, "visitor");
        if (m.parent_event && *m.parent_event >= n) return bad_ref(*m.parent_event, "meeting", k, "parent_event");
    }
    return {};
}

std::string_view correction_kind_name(Correction::Kind k) {
    switch (k) {
    case Correction::Kind::Split: return "split";
    case Correction::Kind::Rename: return "rename";
    case Correction::Kind::Merge: break;
    }
    return "merge";
}

std::optional<Correction::Kind> parse_correction_kind(std::string_view name) {
    for (Correction::Kind k : {Correction::Kind::Merge, Correction::Kind::Split, Correction::Kind::Rename})
        if (correction_kind_name(k) == name) return k;
    return std::nullopt;
}

std::string quoted(std::string_view s) {
    std::string out = "\"";
    out += s;
    out += '"';
    return out;
}

}  // namespace kg::store::detail
