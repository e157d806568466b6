#include "store/extraction_codec.h"

#include <bit>
#include <cstdint>
#include <optional>

namespace kg::store::detail {
namespace {

constexpr std::string_view kMagic{"KGX\x01", 4};

class Writer {
public:
    void raw(std::string_view s) { out_.append(s); }
    void number(std::uint64_t v) {
        while (v >= 0x80) {
            out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out_.push_back(static_cast<char>(v));
    }
    void string(std::string_view s) {
        number(s.size());
        out_.append(s);
    }
    void optional_index(const std::optional<std::size_t>& v) { number(v ? *v + 1 : 0); }
    void real(double d) {
        std::uint64_t bits = std::bit_cast<std::uint64_t>(d);
        for (int i = 0; i < 8; ++i, bits >>= 8) out_.push_back(static_cast<char>(bits & 0xff));
    }
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
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// Reads the format back; the first problem is kept in error_ and every later read
// yields zeros, so callers check ok() once per record rather than after each field.
class Reader {
public:
    explicit Reader(std::string_view data) : data_(data) {}
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    bool at_end() const { return pos_ == data_.size(); }
    void fail(std::string what) {
        if (error_.empty()) error_ = std::move(what) + " at byte " + std::to_string(pos_);
    }

    bool expect(std::string_view bytes) {
        if (data_.substr(pos_, bytes.size()) != bytes) {
            fail("bad header");
            return false;
        }
        pos_ += bytes.size();
        return true;
    }
    std::uint64_t number() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!ok() || pos_ >= data_.size()) {
                fail("truncated number");
                return 0;
            }
            const auto byte = static_cast<unsigned char>(data_[pos_++]);
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0) return v;
        }
        fail("number too long");
        return 0;
    }
    // A count of items each at least one byte long: never more than the bytes left,
    // so a corrupt count cannot ask for a huge allocation.
    std::size_t count() {
        const std::uint64_t n = number();
        if (n > data_.size() - pos_) {
            fail("count " + std::to_string(n) + " beyond the data");
            return 0;
        }
        return static_cast<std::size_t>(n);
    }
    std::size_t index() { return static_cast<std::size_t>(number()); }
    std::optional<std::size_t> optional_index() {
        const std::uint64_t v = number();
        if (v == 0) return std::nullopt;
        return static_cast<std::size_t>(v - 1);
    }
    std::string string() {
        const std::size_t n = count();
        if (!ok()) return {};
        std::string s(data_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    double real() {
        if (!ok() || data_.size() - pos_ < 8) {
            fail("truncated number");
            return 0;
        }
        std::uint64_t bits = 0;
        for (int i = 7; i >= 0; --i) bits = (bits << 8) | static_cast<unsigned char>(data_[pos_ + static_cast<std::size_t>(i)]);
        pos_ += 8;
        return std::bit_cast<double>(bits);
    }
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

private:
    std::string_view data_;
    std::size_t pos_ = 0;
    std::string error_;
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
