// kg communities [--type T] [--from DATE] [--to DATE] [--json | --csv]:
// modularity classes (Louvain), as Gephi users know them.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct CommunitiesOptions {
    std::string type;
    std::string from;
    std::string to;
    OutputFormat format;
};

int run_communities(const CommunitiesOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    const std::vector<bool> keep = entities_of_type(*kb, opt.type);
    const graph::Communities c = kb->network(opt.from, opt.to).communities(keep);
    print_groups(*kb, c.groups, "COMMUNITY", c.modularity, opt.format, std::cout, std::cerr);
    return 0;
}

}  // namespace

CommandRunner setup_communities(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<CommunitiesOptions>();
    cmd.add_option("--type", opt->type, "Only entities of this type, linked among themselves (e.g. PERSON)")
        ->type_name("TYPE")
        ->check(entity_type_name());
    cmd.add_option("--from", opt->from, "Only relations dated on or after DATE")->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only relations dated on or before DATE")->type_name("DATE")->check(iso_date());
    add_format_flags(cmd, opt->format);
    cmd.footer("Groups entities by the Louvain method (Blondel et al. 2008): modularity classes of the\n"
               "graph with parallel relations collapsed into weighted edges. Deterministic: the same\n"
               "knowledge base always gives the same groups. Largest first; the modularity follows the table.");
    return [opt, &global] { return run_communities(*opt, global); };
}

}  // namespace kg::cli
