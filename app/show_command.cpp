// kg show NAME: an entity card.

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>

#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"

namespace kg::cli {

namespace {

struct ShowOptions {
    std::string name;
    std::string type;
};

void print_card(const graph::KnowledgeGraph& g, EntityId id) {
    const EntityRecord& e = g.entity(id);
    std::cout << e.name << '\n';
    std::cout << "  type:       " << to_string(e.type) << '\n';
    if (!e.aliases.empty()) std::cout << "  aliases:    " << join(e.aliases, "; ") << '\n';
    std::cout << "  documents:  " << e.documents.size() << (e.documents.empty() ? "" : " (" + join(e.documents, ", ") + ")")
              << '\n';
    std::cout << "  mentions:   " << e.mention_count << '\n';
    if (!e.first_seen.empty()) {
        std::cout << "  seen:       " << e.first_seen;
        if (e.last_seen != e.first_seen) std::cout << " .. " << e.last_seen;
        std::cout << '\n';
    }

    std::vector<std::string> roles;
    for (RelationId rid : g.relations_of(id, RelationType::Role)) {
        const RelationRecord& r = g.relation(rid);
        const EntityId other = r.a == id ? r.b : r.a;
        auto title = r.attributes.find("title");
        std::string role = title == r.attributes.end() || title->second.empty() ? "(no title)" : title->second;
        roles.push_back(role + ", " + g.entity(other).name);
    }
    if (!roles.empty()) std::cout << "  roles:      " << join(roles, "; ") << '\n';

    if (e.type == EntityType::Person) std::cout << "  meetings:   " << g.meetings_of(id).size() << '\n';

    std::map<RelationType, std::size_t> by_type;
    for (RelationId rid : g.relations_of(id)) ++by_type[g.relation(rid).type];
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
    graph::KnowledgeGraph g = load_graph(global.db);
    std::optional<EntityType> type;
    if (!opt.type.empty()) type = parse_entity_type(opt.type);
    std::optional<EntityId> id = resolve_entity(g, opt.name, type, std::cerr);
    if (!id) return 1;
    print_card(g, *id);
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
