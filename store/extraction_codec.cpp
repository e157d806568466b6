#include "store/extraction_codec.h"

#include <bit>
#include <cstdint>
#include <optional>

#include "model/byte_codec.h"

namespace kg::store::detail {
namespace {

using kg::ByteReader;
using kg::ByteWriter;

constexpr std::string_view kMagic{"KGX\x01", 4};

class Writer : public ByteWriter {
public:
    void evidence(const std::vector<Evidence>& list, const std::string& own_id) {
        number(list.size());
        for (const Evidence& ev : list) {
            string(ev.doc_id == own_id ? std::string_view() : std::string_view(ev.doc_id));
            number(ev.sentence.begin);
            number(ev.sentence.end);
            string(ev.rule);
            real(ev.confidence);
        }
    }
};

class Reader : public ByteReader {
public:
    using ByteReader::ByteReader;
    void evidence(std::vector<Evidence>& list, const std::string& own_id) {
        const std::size_t n = count();
        for (std::size_t i = 0; i < n && ok(); ++i) {
            Evidence& ev = list.emplace_back();
            ev.doc_id = string();
            if (ev.doc_id.empty()) ev.doc_id = own_id;
            ev.sentence.begin = index();
            ev.sentence.end = index();
            ev.rule = string();
            ev.confidence = real();
        }
    }
};

std::string_view severity_name(Diagnostic::Severity s) {
    return s == Diagnostic::Severity::Error ? "error" : "warning";
}

// Every index a relation or meeting holds must name one of the document's entities:
// the graph indexes entities with them unchecked.
std::string check_references(const DocumentExtraction& x) {
    const std::size_t n = x.entities.size();
    auto bad = [&](std::size_t i) { return i >= n; };
    auto bad_opt = [&](const std::optional<std::size_t>& i) { return i && *i >= n; };
    for (std::size_t k = 0; k < x.relations.size(); ++k) {
        const Relation& r = x.relations[k];
        if (bad(r.a) || bad(r.b) || bad_opt(r.place))
            return "relation " + std::to_string(k) + " refers to a missing entity";
    }
    for (std::size_t k = 0; k < x.meetings.size(); ++k) {
        const Meeting& m = x.meetings[k];
        bool wrong = bad_opt(m.place) || bad_opt(m.host) || bad_opt(m.visitor) || bad_opt(m.parent_event);
        for (std::size_t p : m.participants) wrong = wrong || bad(p);
        if (wrong) return "meeting " + std::to_string(k) + " refers to a missing entity";
    }
    return {};
}

}  // namespace

std::string encode_extraction(const DocumentExtraction& x) {
    const std::string& own = x.document.id;
    Writer w;
    w.raw(kMagic);
    w.number(x.entities.size());
    for (const Entity& e : x.entities) {
        w.string(to_string(e.type));
        w.string(e.name);
        w.string(e.full_name);
        w.number(e.aliases.size());
        for (const std::string& a : e.aliases) w.string(a);
        w.number(e.mentions.size());
        for (const Mention& m : e.mentions) {
            w.number(m.span.begin);
            w.number(m.span.end);
            w.string(m.surface);
        }
    }
    w.number(x.relations.size());
    for (const Relation& r : x.relations) {
        w.string(to_string(r.type));
        w.number(r.a);
        w.number(r.b);
        w.string(r.date);
        w.optional_index(r.place);
        w.number(r.attributes.size());
        for (const auto& [key, value] : r.attributes) {
            w.string(key);
            w.string(value);
        }
        w.evidence(r.evidence, own);
    }
    w.number(x.meetings.size());
    for (const Meeting& m : x.meetings) {
        w.number(m.participants.size());
        for (std::size_t p : m.participants) w.number(p);
        w.string(m.date);
        w.optional_index(m.place);
        w.string(to_string(m.mode));
        w.string(to_string(m.status));
        w.optional_index(m.host);
        w.optional_index(m.visitor);
        w.optional_index(m.parent_event);
        w.string(m.cameo);
        w.string(m.plover_mode);
        w.evidence(m.evidence, own);
    }
    w.number(x.diagnostics.size());
    for (const Diagnostic& d : x.diagnostics) {
        w.string(severity_name(d.severity));
        w.string(d.source);
        w.string(d.message);
    }
    return w.take();
}

std::string decode_extraction(std::string_view data, DocumentExtraction& x) {
    const std::string& own = x.document.id;
    Reader r(data);
    if (!r.expect(kMagic)) return r.error();

    const std::size_t entities = r.count();
    for (std::size_t i = 0; i < entities && r.ok(); ++i) {
        Entity& e = x.entities.emplace_back();
        const std::string type = r.string();
        const std::optional<EntityType> t = parse_entity_type(type);
        if (r.ok() && !t) r.fail("unknown entity type \"" + type + "\"");
        e.type = t.value_or(EntityType::Person);
        e.name = r.string();
        e.full_name = r.string();
        const std::size_t aliases = r.count();
        for (std::size_t k = 0; k < aliases && r.ok(); ++k) e.aliases.push_back(r.string());
        const std::size_t mentions = r.count();
        for (std::size_t k = 0; k < mentions && r.ok(); ++k) {
            Mention& m = e.mentions.emplace_back();
            m.span.begin = r.index();
            m.span.end = r.index();
            m.surface = r.string();
        }
    }
    const std::size_t relations = r.count();
    for (std::size_t i = 0; i < relations && r.ok(); ++i) {
        Relation& rel = x.relations.emplace_back();
        const std::string type = r.string();
        const std::optional<RelationType> t = parse_relation_type(type);
        if (r.ok() && !t) r.fail("unknown relation type \"" + type + "\"");
        rel.type = t.value_or(RelationType::Met);
        rel.a = r.index();
        rel.b = r.index();
        rel.date = r.string();
        rel.place = r.optional_index();
        const std::size_t attributes = r.count();
        for (std::size_t k = 0; k < attributes && r.ok(); ++k) {
            std::string key = r.string();
            rel.attributes.emplace(std::move(key), r.string());
        }
        r.evidence(rel.evidence, own);
    }
    const std::size_t meetings = r.count();
    for (std::size_t i = 0; i < meetings && r.ok(); ++i) {
        Meeting& m = x.meetings.emplace_back();
        const std::size_t participants = r.count();
        for (std::size_t k = 0; k < participants && r.ok(); ++k) m.participants.push_back(r.index());
        m.date = r.string();
        m.place = r.optional_index();
        const std::string mode = r.string();
        const std::optional<MeetingMode> parsed = parse_meeting_mode(mode);
        if (r.ok() && !parsed) r.fail("unknown meeting mode \"" + mode + "\"");
        m.mode = parsed.value_or(MeetingMode::InPerson);
        const std::string status = r.string();
        if (status == to_string(MeetingStatus::Planned))
            m.status = MeetingStatus::Planned;
        else if (r.ok() && status != to_string(MeetingStatus::Happened))
            r.fail("unknown meeting status \"" + status + "\"");
        m.host = r.optional_index();
        m.visitor = r.optional_index();
        m.parent_event = r.optional_index();
        m.cameo = r.string();
        m.plover_mode = r.string();
        r.evidence(m.evidence, own);
    }
    const std::size_t diagnostics = r.count();
    for (std::size_t i = 0; i < diagnostics && r.ok(); ++i) {
        Diagnostic& d = x.diagnostics.emplace_back();
        const std::string severity = r.string();
        if (severity == severity_name(Diagnostic::Severity::Error))
            d.severity = Diagnostic::Severity::Error;
        else if (r.ok() && severity != severity_name(Diagnostic::Severity::Warning))
            r.fail("unknown diagnostic severity \"" + severity + "\"");
        d.source = r.string();
        d.message = r.string();
    }
    if (r.ok() && !r.at_end()) r.fail("trailing bytes");
    if (!r.ok()) return r.error();
    return check_references(x);
}

}  // namespace kg::store::detail
