// kg show NAME: an entity card, read from the graph snapshot.

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/json_writer.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"
#include "graph/roles.h"

namespace kg::cli {

namespace {

struct ShowOptions {
    std::string name;
    std::string type;
    OutputFormat format;
};

// One role line of the card: a person's office, or for an organisation or country
// who held one, with the dates of the documents that state it.
struct CardRole {
    std::string title;  // empty when none was given
    std::string other;  // the organisation (for a person) or the person
    std::string first;  // empty when undated
    std::string last;

    std::string text() const {
        std::string role = (title.empty() ? "(no title)" : title) + ", " + other;
        if (!first.empty()) role += " (" + first + (last != first ? " .. " + last : "") + ")";
        return role;
    }
};

// Everything the card shows, gathered once for the table, JSON and CSV.
struct Card {
    std::string name;
    std::string type;
    std::vector<std::string> aliases;
    std::vector<std::string> documents;
    std::size_t mentions = 0;
    std::string first_seen;
    std::string last_seen;
    std::vector<CardRole> roles;
    std::optional<std::size_t> meetings;  // people only
    std::map<RelationType, std::size_t> relations;
    std::vector<std::string> merged;
};

Card card_of(const QueryBase& kb, EntityId id) {
    const EntityRecord& e = kb.entity(id);
    Card c;
    c.name = e.name;
    c.type = to_string(e.type);
    c.aliases = e.aliases;
    c.documents = kb.documents_of(id);
    c.mentions = e.mention_count;
    c.first_seen = e.first_seen;
    c.last_seen = e.last_seen;

    const std::vector<RelationRecord> relations = kb.relations_of(id);
    std::vector<graph::RoleStatement> statements;
    for (const RelationRecord& r : relations) {
        if (r.type != RelationType::Role || (e.type == EntityType::Person && r.a != id)) continue;
        statements.push_back(graph::role_statement(r, [&](const std::string& doc) { return kb.document_date(doc); }));
    }
    if (e.type == EntityType::Person) graph::sort_role_statements(statements);
    for (const graph::RoleStatement& r : statements) {
        CardRole role{r.title, kb.name(r.person == id ? r.organisation : r.person), {}, {}};
        if (!r.dates.empty()) {
            role.first = r.dates.front();
            role.last = r.dates.back();
        }
        c.roles.push_back(std::move(role));
    }
    if (e.type == EntityType::Person) c.meetings = kb.meetings_of(id).size();
    for (const RelationRecord& r : relations) ++c.relations[r.type];
    c.merged = e.merge_reasons;
    return c;
}

std::string relation_counts(const Card& c) {
    std::string counts;
    for (const auto& [type, n] : c.relations)
        counts += (counts.empty() ? "" : ", ") + std::string(to_string(type)) + " " + std::to_string(n);
    return counts;
}

void print_card(const Card& c, std::ostream& out) {
    out << c.name << '\n';
    out << "  type:       " << c.type << '\n';
    if (!c.aliases.empty()) out << "  aliases:    " << join(c.aliases, "; ") << '\n';
    out << "  documents:  " << c.documents.size()
        << (c.documents.empty() ? "" : " (" + join(c.documents, ", ") + ")") << '\n';
    out << "  mentions:   " << c.mentions << '\n';
    if (!c.first_seen.empty()) {
        out << "  seen:       " << c.first_seen;
        if (c.last_seen != c.first_seen) out << " .. " << c.last_seen;
        out << '\n';
    }
    for (std::size_t i = 0; i < c.roles.size(); ++i)
        out << (i == 0 ? "  roles:      " : "              ") << c.roles[i].text() << '\n';
    if (c.meetings) out << "  meetings:   " << *c.meetings << '\n';
    if (!c.relations.empty()) out << "  relations:  " << relation_counts(c) << '\n';
    if (!c.merged.empty()) out << "  merged:     " << join(c.merged, "; ") << '\n';
}

void print_card_json(const Card& c, std::ostream& out) {
    JsonWriter w;
    const auto strings = [&](const char* key, const std::vector<std::string>& values) {
        w.key(key);
        w.begin_array();
        for (const std::string& v : values) w.string(v);
        w.end_array();
    };
    w.begin_object();
    w.key("name");
    w.string(c.name);
    w.key("type");
    w.string(c.type);
    strings("aliases", c.aliases);
    strings("documents", c.documents);
    w.key("mentions");
    w.number(static_cast<std::uint64_t>(c.mentions));
    w.key("first_seen");
    w.string_or_null(c.first_seen);
    w.key("last_seen");
    w.string_or_null(c.last_seen);
    w.key("roles");
    w.begin_array();
    for (const CardRole& r : c.roles) {
        w.begin_object();
        w.key("title");
        w.string_or_null(r.title);
        w.key(c.type == "PERSON" ? "organisation" : "person");
        w.string(r.other);
        w.key("first");
        w.string_or_null(r.first);
        w.key("last");
        w.string_or_null(r.last);
        w.end_object();
    }
    w.end_array();
    w.key("meetings");
    if (c.meetings)
        w.number(static_cast<std::uint64_t>(*c.meetings));
    else
        w.null();
    w.key("relations");
    w.begin_object();
    for (const auto& [type, n] : c.relations) {
        w.key(to_string(type));
        w.number(static_cast<std::uint64_t>(n));
    }
    w.end_object();
    strings("merged", c.merged);
    w.end_object();
    out << w.text() << '\n';
}

// FIELD,VALUE: one row per value (an alias, a document, a role...), in the card's order.
void print_card_csv(const Card& c, const OutputFormat& format, std::ostream& out) {
    std::vector<std::vector<std::string>> rows = {{"name", c.name}, {"type", c.type}};
    for (const std::string& a : c.aliases) rows.push_back({"alias", a});
    for (const std::string& d : c.documents) rows.push_back({"document", d});
    rows.push_back({"mentions", std::to_string(c.mentions)});
    if (!c.first_seen.empty()) rows.push_back({"first_seen", c.first_seen});
    if (!c.last_seen.empty()) rows.push_back({"last_seen", c.last_seen});
    for (const CardRole& r : c.roles) rows.push_back({"role", r.text()});
    if (c.meetings) rows.push_back({"meetings", std::to_string(*c.meetings)});
    for (const auto& [type, n] : c.relations)
        rows.push_back({"relations", std::string(to_string(type)) + " " + std::to_string(n)});
    for (const std::string& m : c.merged) rows.push_back({"merged", m});
    print_rows(format, {"FIELD", "VALUE"}, rows, out);
}

int run_show(const ShowOptions& opt, const GlobalOptions& global) {
    const std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityType> type;
    if (!opt.type.empty()) type = parse_entity_type(opt.type);
    std::optional<EntityId> id = kb->resolve(opt.name, type, std::cerr);
    if (!id) return 1;
    const Card card = card_of(*kb, *id);
    if (opt.format.json)
        print_card_json(card, std::cout);
    else if (opt.format.csv)
        print_card_csv(card, opt.format, std::cout);
    else
        print_card(card, std::cout);
    return 0;
}

}  // namespace

CommandRunner setup_show(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ShowOptions>();
    cmd.add_option("NAME", opt->name, "Entity name, alias or (for people) surname")->required();
    cmd.add_option("--type", opt->type, "Only consider entities of this type (PERSON, COUNTRY, ...)")
        ->check(entity_type_name());
    add_format_flags(cmd, opt->format);
    cmd.footer("Prints type, canonical name, aliases, documents, roles, meeting count and relation counts.\n"
               "--json: one object {name, type, aliases, documents, mentions, first_seen, last_seen, roles,\n"
               "meetings, relations, merged}; --csv: FIELD,VALUE rows, one per value.\n"
               "An unknown or ambiguous NAME prints the candidates and exits with status 1.");
    return [opt, &global] { return run_show(*opt, global); };
}

}  // namespace kg::cli
