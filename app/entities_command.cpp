// kg entities [--type T] [--match TEXT]: the entities of the knowledge base.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/table.h"

namespace kg::cli {

namespace {

struct EntitiesOptions {
    std::string type;
    std::string match;
};

bool matches(const EntityRecord& e, const std::string& key) {
    if (key.empty()) return true;
    if (graph::name_key(e.name).find(key) != std::string::npos) return true;
    return std::any_of(e.aliases.begin(), e.aliases.end(),
                       [&](const std::string& a) { return graph::name_key(a).find(key) != std::string::npos; });
}

int run_entities(const EntitiesOptions& opt, const GlobalOptions& global) {
    graph::KnowledgeGraph g = load_graph(global.db);
    std::optional<EntityType> type;
    if (!opt.type.empty()) type = parse_entity_type(opt.type);
    const std::string key = graph::name_key(opt.match);

    std::vector<const EntityRecord*> selected;
    for (const EntityRecord& e : g.entities()) {
        if ((!type || e.type == *type) && matches(e, key)) selected.push_back(&e);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const EntityRecord* a, const EntityRecord* b) {
        if (a->type != b->type) return a->type < b->type;
        return graph::name_key(a->name) < graph::name_key(b->name);
    });

    if (selected.empty()) {
        std::cerr << "kg: no entities found\n";
        return 0;
    }
    Table table({"TYPE", "NAME", "DOCS", "ALIASES"});
    for (const EntityRecord* e : selected) {
        table.add({std::string(to_string(e->type)), e->name, std::to_string(e->documents.size()), join(e->aliases, "; ")});
    }
    table.print(std::cout);
    return 0;
}

}  // namespace

CommandRunner setup_entities(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<EntitiesOptions>();
    cmd.add_option("--type", opt->type, "Only entities of this type (PERSON, COUNTRY, ORGANIZATION, PROGRAMME, "
                                        "EVENT, LOCATION; any case)")
        ->check(entity_type_name());
    cmd.add_option("--match", opt->match,
                   "Only entities whose name or an alias contains TEXT (case, accents and punctuation ignored)")
        ->type_name("TEXT");
    cmd.footer("Prints a table: type, canonical name, number of documents, aliases; sorted by type, then name.");
    return [opt, &global] { return run_entities(*opt, global); };
}

}  // namespace kg::cli
