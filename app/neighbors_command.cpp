// kg neighbors NAME [--depth K] [--type T] [--relation R,...] [--from DATE]
//                   [--to DATE] [--json | --csv]: what lies around an entity.

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <memory>

#include "app/commands.h"
#include "app/json_writer.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct NeighborsOptions {
    std::string name;
    unsigned depth = 1;
    std::string type;
    std::vector<std::string> relations;
    std::string from;
    std::string to;
    OutputFormat format;
};

int run_neighbors(const NeighborsOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityId> id = kb->resolve(opt.name, std::nullopt, std::cerr);
    if (!id) return 1;
    std::vector<RelationType> via;
    for (const std::string& r : opt.relations)
        if (auto t = parse_relation_type(r)) via.push_back(*t);
    const std::optional<EntityType> type = opt.type.empty() ? std::nullopt : parse_entity_type(opt.type);

    const graph::Network net = kb->network(opt.from, opt.to);
    // The relation types linking each direct neighbour to NAME, with counts.
    std::map<EntityId, std::map<RelationType, std::size_t>> direct;
    for (const RelationRecord& r : kb->relations_of(*id)) {
        if (!via.empty() && std::find(via.begin(), via.end(), r.type) == via.end()) continue;
        const EntityId other = r.a == *id ? r.b : r.a;
        ++direct[other][r.type];
    }
    struct Row {
        graph::Reached reached;
        std::string relations;
    };
    std::vector<Row> rows;
    for (const graph::Reached& n : net.neighbourhood(*id, opt.depth, via)) {
        if (n.depth == 0) continue;
        if (type && kb->entity(n.entity).type != *type) continue;
        std::string links;
        if (auto it = direct.find(n.entity); it != direct.end())
            for (const auto& [t, count] : it->second)
                links += (links.empty() ? "" : ", ") + std::string(to_string(t)) +
                         (count > 1 ? " x" + std::to_string(count) : "");
        rows.push_back({n, links});
    }
    if (opt.format.json) {
        JsonWriter w;
        w.begin_array();
        for (const Row& r : rows) {
            w.begin_object();
            w.key("name");
            w.string(kb->name(r.reached.entity));
            w.key("type");
            w.string(to_string(kb->entity(r.reached.entity).type));
            w.key("depth");
            w.number(static_cast<std::uint64_t>(r.reached.depth));
            const auto it = direct.find(r.reached.entity);
            const bool linked = it != direct.end() && r.reached.depth == 1;
            w.key("relations");
            w.begin_array();
            if (linked)
                for (const auto& [t, count] : it->second) w.string(to_string(t));
            w.end_array();
            // The table's "MET x2": how many relations of each type link it to NAME.
            w.key("relation_counts");
            w.begin_object();
            if (linked)
                for (const auto& [t, count] : it->second) {
                    w.key(to_string(t));
                    w.number(static_cast<std::uint64_t>(count));
                }
            w.end_object();
            w.end_object();
        }
        w.end_array();
        std::cout << w.text() << '\n';
        return 0;
    }
    if (rows.empty() && !opt.format.csv) {
        std::cerr << "kg: no neighbours found\n";
        return 0;
    }
    std::vector<std::vector<std::string>> cells;
    for (const Row& r : rows)
        cells.push_back({std::to_string(r.reached.depth), std::string(to_string(kb->entity(r.reached.entity).type)),
                         kb->name(r.reached.entity), r.relations.empty() && !opt.format.csv ? "-" : r.relations});
    print_rows(opt.format, {"DEPTH", "TYPE", "NAME", "RELATIONS"}, cells, std::cout);
    return 0;
}

}  // namespace

CommandRunner setup_neighbors(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<NeighborsOptions>();
    cmd.add_option("NAME", opt->name, "An entity (any type)")->required();
    cmd.add_option("--depth", opt->depth, "Hops from NAME, default 1")->type_name("K")->check(CLI::Range(1U, 10U));
    cmd.add_option("--type", opt->type, "Only list entities of this type, e.g. PERSON")
        ->type_name("TYPE")
        ->check(entity_type_name());
    cmd.add_option("--relation", opt->relations, "Only follow relations of these types, e.g. MET,ROLE")
        ->type_name("TYPE,...")
        ->delimiter(',')
        ->check(relation_type_name());
    cmd.add_option("--from", opt->from, "Only relations dated on or after DATE (undated: their document's date)")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only relations dated on or before DATE")->type_name("DATE")->check(iso_date());
    add_format_flags(cmd, opt->format);
    cmd.footer("Lists the entities within --depth relations of NAME, nearest first, with the relation\n"
               "types that link direct neighbours to NAME (xN: N relations of that type).");
    return [opt, &global] { return run_neighbors(*opt, global); };
}

}  // namespace kg::cli
