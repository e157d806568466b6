// kg show NAME: an entity card, read from the graph snapshot.

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>

#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "graph/roles.h"

namespace kg::cli {

namespace {

struct ShowOptions {
    std::string name;
    std::string type;
};

void print_card(const QueryBase& kb, EntityId id) {
    const EntityRecord& e = kb.entity(id);
    const std::vector<std::string> documents = kb.documents_of(id);
    std::cout << e.name << '\n';
    std::cout << "  type:       " << to_string(e.type) << '\n';
    if (!e.aliases.empty()) std::cout << "  aliases:    " << join(e.aliases, "; ") << '\n';
    std::cout << "  documents:  " << documents.size() << (documents.empty() ? "" : " (" + join(documents, ", ") + ")")
              << '\n';
    std::cout << "  mentions:   " << e.mention_count << '\n';
    if (!e.first_seen.empty()) {
        std::cout << "  seen:       " << e.first_seen;
        if (e.last_seen != e.first_seen) std::cout << " .. " << e.last_seen;
        std::cout << '\n';
    }

    // Roles with the dates of the documents that state them: a person's offices, or
    // the people an organisation or country gave an office to.
    const std::vector<RelationRecord> relations = kb.relations_of(id);
    std::vector<graph::RoleStatement> statements;
    for (const RelationRecord& r : relations) {
        if (r.type != RelationType::Role || (e.type == EntityType::Person && r.a != id)) continue;
        statements.push_back(graph::role_statement(r, [&](const std::string& doc) { return kb.document_date(doc); }));
    }
    if (e.type == EntityType::Person) graph::sort_role_statements(statements);
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const graph::RoleStatement& r = statements[i];
        const EntityId other = r.person == id ? r.organisation : r.person;
        std::string role = (r.title.empty() ? "(no title)" : r.title) + ", " + kb.name(other);
        if (!r.dates.empty()) {
            role += " (" + r.dates.front();
            if (r.dates.back() != r.dates.front()) role += " .. " + r.dates.back();
            role += ")";
        }
        std::cout << (i == 0 ? "  roles:      " : "              ") << role << '\n';
    }

    if (e.type == EntityType::Person) std::cout << "  meetings:   " << kb.meetings_of(id).size() << '\n';

    std::map<RelationType, std::size_t> by_type;
    for (const RelationRecord& r : relations) ++by_type[r.type];
    if (!by_type.empty()) {
        std::string counts;
        for (const auto& [type, n] : by_type) {
            counts += (counts.empty() ? "" : ", ") + std::string(to_string(type)) + " " + std::to_string(n);
        }
        std::cout << "  relations:  " << counts << '\n';
    }
    if (!e.merge_reasons.empty()) std::cout << "  merged:     " << join(e.merge_reasons, "; ") << '\n';
}

int run_show(const ShowOptions& opt, const GlobalOptions& global) {
    const std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityType> type;
    if (!opt.type.empty()) type = parse_entity_type(opt.type);
    std::optional<EntityId> id = kb->resolve(opt.name, type, std::cerr);
    if (!id) return 1;
    print_card(*kb, *id);
    return 0;
}

}  // namespace

CommandRunner setup_show(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ShowOptions>();
    cmd.add_option("NAME", opt->name, "Entity name, alias or (for people) surname")->required();
    cmd.add_option("--type", opt->type, "Only consider entities of this type (PERSON, COUNTRY, ...)")
        ->check(entity_type_name());
    cmd.footer("Prints type, canonical name, aliases, documents, roles, meeting count and relation counts.\n"
               "An unknown or ambiguous NAME prints the candidates and exits with status 1.");
    return [opt, &global] { return run_show(*opt, global); };
}

}  // namespace kg::cli
