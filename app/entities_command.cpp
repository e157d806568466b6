// kg entities [--type T] [--match TEXT] [--json|--csv]: the entities of the knowledge
// base, read from its graph snapshot (no re-merge of every document).

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/json_writer.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct EntitiesOptions {
    std::string type;
    std::string match;
    OutputFormat format;
};

bool matches(const EntityRecord& e, const std::string& key) {
    if (key.empty()) return true;
    if (graph::name_key(e.name).find(key) != std::string::npos) return true;
    return std::any_of(e.aliases.begin(), e.aliases.end(),
                       [&](const std::string& a) { return graph::name_key(a).find(key) != std::string::npos; });
}

int run_entities(const EntitiesOptions& opt, const GlobalOptions& global) {
    const std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityType> type;
    if (!opt.type.empty()) type = parse_entity_type(opt.type);
    const std::string key = graph::name_key(opt.match);

    // (type, folded name) per selected entity, folded once rather than in every comparison.
    std::vector<std::pair<std::pair<EntityType, std::string>, EntityId>> order;
    for (std::size_t i = 0; i < kb->entities().size(); ++i) {
        const EntityRecord& e = kb->entities()[i];
        if ((!type || e.type == *type) && matches(e, key))
            order.push_back({{e.type, graph::name_key(e.name)}, EntityId{static_cast<std::uint32_t>(i)}});
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<EntityId> selected;
    selected.reserve(order.size());
    for (const auto& entry : order) selected.push_back(entry.second);

    if (opt.format.json) {
        JsonWriter w;
        w.begin_array();
        for (EntityId id : selected) {
            const EntityRecord& e = kb->entity(id);
            w.begin_object();
            w.key("type");
            w.string(to_string(e.type));
            w.key("name");
            w.string(e.name);
            w.key("documents");
            w.number(static_cast<std::uint64_t>(kb->document_count(id)));
            w.key("aliases");
            w.begin_array();
            for (const std::string& a : e.aliases) w.string(a);
            w.end_array();
            w.end_object();
        }
        w.end_array();
        std::cout << w.text() << '\n';
        return 0;
    }
    if (selected.empty() && !opt.format.csv) {
        std::cerr << "kg: no entities found\n";
        return 0;
    }
    std::vector<std::vector<std::string>> rows;
    for (EntityId id : selected) {
        const EntityRecord& e = kb->entity(id);
        rows.push_back({std::string(to_string(e.type)), e.name, std::to_string(kb->document_count(id)),
                        join(e.aliases, "; ")});
    }
    print_rows(opt.format, {"TYPE", "NAME", "DOCS", "ALIASES"}, rows, std::cout);
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
    add_format_flags(cmd, opt->format);
    cmd.footer("Prints a table: type, canonical name, number of documents, aliases; sorted by type, then name.\n"
               "--csv: the same columns (aliases joined by '; '); --json: an array of\n"
               "{\"type\", \"name\", \"documents\", \"aliases\": [...]}. No entities: an empty table prints\n"
               "'kg: no entities found' on standard error; JSON '[]'.");
    return [opt, &global] { return run_entities(*opt, global); };
}

}  // namespace kg::cli
