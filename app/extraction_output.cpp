#include "app/extraction_output.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace kg::cli {

namespace {

const Entity& entity_at(const DocumentExtraction& x, std::size_t i) {
    if (i >= x.entities.size()) {
        throw std::logic_error("extraction of " + x.document.id + " refers to entity " + std::to_string(i) +
                               " of " + std::to_string(x.entities.size()));
    }
    return x.entities[i];
}

std::string name_or_empty(const DocumentExtraction& x, const std::optional<std::size_t>& i) {
    return i ? entity_at(x, *i).name : std::string();
}

std::string attribute(const Relation& r, const std::string& key) {
    auto it = r.attributes.find(key);
    return it == r.attributes.end() ? std::string() : it->second;
}

void write_evidence(const std::vector<Evidence>& evidence, JsonWriter& w) {
    w.key_literal("evidence");
    w.begin_array();
    for (const Evidence& e : evidence) {
        w.begin_object();
        w.key_literal("begin");
        w.number(std::uint64_t{e.sentence.begin});
        w.key_literal("end");
        w.number(std::uint64_t{e.sentence.end});
        w.key_literal("rule");
        w.string(e.rule);
        w.key_literal("confidence");
        w.number(e.confidence);
        w.end_object();
    }
    w.end_array();
}

void write_entity(const Entity& e, JsonWriter& w) {
    w.begin_object();
    w.key_literal("type");
    w.string(to_string(e.type));
    w.key_literal("name");
    w.string(e.name);
    w.key_literal("aliases");
    w.begin_array();
    for (const std::string& a : e.aliases) w.string(a);
    w.end_array();
    if (!e.full_name.empty()) {
        w.key_literal("full_name");
        w.string(e.full_name);
    }
    w.key_literal("mentions");
    w.begin_array();
    for (const Mention& m : e.mentions) {
        w.begin_object();
        w.key_literal("begin");
        w.number(std::uint64_t{m.span.begin});
        w.key_literal("end");
        w.number(std::uint64_t{m.span.end});
        w.key_literal("text");
        w.string(m.surface);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void write_relation(const DocumentExtraction& x, const Relation& r, JsonWriter& w) {
    w.begin_object();
    w.key_literal("type");
    w.string(to_string(r.type));
    w.key_literal("a");
    w.string(entity_at(x, r.a).name);
    w.key_literal("b");
    w.string(entity_at(x, r.b).name);
    w.key_literal("date");
    w.string_or_null(r.date);
    w.key_literal("place");
    w.string_or_null(name_or_empty(x, r.place));
    switch (r.type) {
    case RelationType::Role:
        w.key_literal("title");
        w.string_or_null(attribute(r, "title"));
        break;
    case RelationType::Contributed:
        w.key_literal("amount");
        w.string_or_null(attribute(r, "amount"));
        break;
    case RelationType::Met:
        w.key_literal("mode");
        w.string_or_null(attribute(r, "mode"));
        break;
    default:
        break;
    }
    write_evidence(r.evidence, w);
    w.end_object();
}

void write_meeting(const DocumentExtraction& x, const Meeting& m, JsonWriter& w) {
    w.begin_object();
    w.key_literal("participants");
    w.begin_array();
    for (std::size_t p : m.participants) w.string(entity_at(x, p).name);
    w.end_array();
    w.key_literal("date");
    w.string_or_null(m.date);
    w.key_literal("place");
    w.string_or_null(name_or_empty(x, m.place));
    w.key_literal("mode");
    w.string(to_string(m.mode));
    w.key_literal("status");
    w.string(to_string(m.status));
    w.key_literal("host");
    w.string_or_null(name_or_empty(x, m.host));
    w.key_literal("visitor");
    w.string_or_null(name_or_empty(x, m.visitor));
    w.key_literal("parent_event");
    w.string_or_null(name_or_empty(x, m.parent_event));
    w.key_literal("cameo");
    w.string_or_null(m.cameo);
    w.key_literal("plover_mode");
    w.string_or_null(m.plover_mode);
    write_evidence(m.evidence, w);
    w.end_object();
}

// The evidence sentence on one line, or a note when its span is out of range.
std::string sentence_text(const Document& doc, const Span& s) {
    if (s.begin > s.end || s.end > doc.text.size()) return "(span out of range)";
    std::string text = doc.text.substr(s.begin, s.end - s.begin);
    for (char& c : text) {
        if (c == '\n' || c == '\t') c = ' ';
    }
    return text;
}

void print_evidence(const Document& doc, const std::vector<Evidence>& evidence, std::ostream& out) {
    for (const Evidence& e : evidence) {
        out << "      rule " << e.rule << " (confidence " << e.confidence << "): \""
            << sentence_text(doc, e.sentence) << "\"\n";
    }
}

std::string join_names(const DocumentExtraction& x, const std::vector<std::size_t>& ids) {
    std::string s;
    for (std::size_t i : ids) {
        if (!s.empty()) s += ", ";
        s += entity_at(x, i).name;
    }
    return s;
}

}  // namespace

void write_extraction_json(const DocumentExtraction& x, JsonWriter& w) {
    w.begin_object();
    w.key_literal("doc");
    w.string(x.document.id);
    w.key_literal("date");
    w.string_or_null(x.document.date);
    w.key_literal("entities");
    w.begin_array();
    for (const Entity& e : x.entities) write_entity(e, w);
    w.end_array();
    w.key_literal("relations");
    w.begin_array();
    for (const Relation& r : x.relations) write_relation(x, r, w);
    w.end_array();
    w.key_literal("meetings");
    w.begin_array();
    for (const Meeting& m : x.meetings) write_meeting(x, m, w);
    w.end_array();
    w.end_object();
}

void print_extraction(const DocumentExtraction& x, std::ostream& out, bool explain) {
    out << x.document.id << "  " << (x.document.date.empty() ? "(no date)" : x.document.date) << "  ("
        << x.entities.size() << " entities, " << x.relations.size() << " relations, " << x.meetings.size()
        << " meetings)\n";
    for (EntityType t : kAllEntityTypes) {
        std::string names;
        for (const Entity& e : x.entities) {
            if (e.type != t) continue;
            if (!names.empty()) names += "; ";
            names += e.name;
            if (!e.full_name.empty()) names += " (" + e.full_name + ")";
        }
        if (!names.empty()) out << "  " << to_string(t) << ": " << names << '\n';
    }
    if (!x.relations.empty()) out << "  relations:\n";
    for (const Relation& r : x.relations) {
        out << "    " << to_string(r.type) << "  " << entity_at(x, r.a).name
            << (is_symmetric(r.type) ? " -- " : " -> ") << entity_at(x, r.b).name;
        for (const char* key : {"title", "amount", "mode"}) {
            std::string value = attribute(r, key);
            if (!value.empty()) out << "  " << key << ": " << value;
        }
        if (!r.date.empty()) out << "  on " << r.date;
        if (r.place) out << "  in " << entity_at(x, *r.place).name;
        out << '\n';
        if (explain) print_evidence(x.document, r.evidence, out);
    }
    if (!x.meetings.empty()) out << "  meetings:\n";
    for (const Meeting& m : x.meetings) {
        out << "    " << (m.date.empty() ? "(no date)" : m.date) << "  " << join_names(x, m.participants) << "  "
            << to_string(m.mode) << ", " << to_string(m.status);
        if (m.place) out << "  in " << entity_at(x, *m.place).name;
        if (m.parent_event) out << "  during " << entity_at(x, *m.parent_event).name;
        out << '\n';
        if (explain) print_evidence(x.document, m.evidence, out);
    }
}

}  // namespace kg::cli
