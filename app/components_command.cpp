// kg components [--type T] [--from DATE] [--to DATE] [--json | --csv]:
// the separate parts of the knowledge graph.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct ComponentsOptions {
    std::string type;
    std::string from;
    std::string to;
    OutputFormat format;
};

int run_components(const ComponentsOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    const std::vector<bool> keep = entities_of_type(*kb, opt.type);
    const std::vector<std::vector<EntityId>> groups = kb->network(opt.from, opt.to).components(keep);
    print_groups(*kb, groups, "COMPONENT", std::nullopt, opt.format, std::cout, std::cerr);
    return 0;
}

}  // namespace

CommandRunner setup_components(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ComponentsOptions>();
    cmd.add_option("--type", opt->type, "Only entities of this type, linked among themselves (e.g. PERSON)")
        ->type_name("TYPE")
        ->check(entity_type_name());
    cmd.add_option("--from", opt->from, "Only relations dated on or after DATE")->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only relations dated on or before DATE")->type_name("DATE")->check(iso_date());
    add_format_flags(cmd, opt->format);
    cmd.footer("Lists the connected components, largest first (the table names the first ten members;\n"
               "--json and --csv list all).");
    return [opt, &global] { return run_components(*opt, global); };
}

}  // namespace kg::cli
