// kg export --format F [-o FILE] [selection]: the knowledge graph in a file format.

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::cli {

namespace {

struct ExportCommandOptions {
    std::string format;
    std::string output = "-";
    std::string ego;
    unsigned depth = 1;
    std::vector<std::string> types;
    std::vector<std::string> relations;
    std::string from;
    std::string to;
    bool collapse = false;
    std::string title;
    std::string layout;
};

// The two Neo4j CSV files: into DIR when `output` is an existing directory, else
// next to each other as OUTPUT-nodes.csv and OUTPUT-relationships.csv (a trailing
// ".csv" on OUTPUT is dropped first).
std::pair<std::string, std::string> csv_paths(const std::string& output) {
    std::error_code ec;
    if (std::filesystem::is_directory(output, ec)) {
        std::filesystem::path dir(output);
        return {(dir / "nodes.csv").string(), (dir / "relationships.csv").string()};
    }
    std::string prefix = output;
    if (prefix.size() > 4 && prefix.ends_with(".csv")) prefix.resize(prefix.size() - 4);
    return {prefix + "-nodes.csv", prefix + "-relationships.csv"};
}

int run_export(const ExportCommandOptions& opt, const GlobalOptions& global) {
    const bool binary = opt.format == "png" || opt.format == "pdf";
    if (opt.format == "csv" && opt.output == "-") {
        throw InputError("--format csv writes two files; give -o DIR or -o PREFIX");
    }
    if (binary && opt.output == "-" && isatty(STDOUT_FILENO) == 1) {
        throw InputError("not writing binary " + opt.format + " to a terminal; give -o FILE");
    }

    graph::KnowledgeGraph g = load_graph(global.db);

    output::ExportOptions sel;
    if (!opt.ego.empty()) {
        sel.ego = resolve_entity(g, opt.ego, std::nullopt, std::cerr);
        if (!sel.ego) return 1;
    }
    sel.ego_depth = opt.depth;
    for (const std::string& t : opt.types) sel.types.push_back(*parse_entity_type(t));  // validated at parse
    for (const std::string& r : opt.relations) sel.relations.push_back(*parse_relation_type(r));
    sel.from = opt.from;
    sel.to = opt.to;
    sel.collapse = opt.collapse;
    sel.title = opt.title;
    sel.layout = opt.layout;

    if (opt.format == "csv") {
        // Both files are produced in memory first, so a failing writer leaves neither behind.
        std::ostringstream nodes;
        std::ostringstream relationships;
        output::write_neo4j_csv(g, nodes, relationships, sel);
        auto [nodes_path, relationships_path] = csv_paths(opt.output);
        output::write_file(nodes_path, [&](std::ostream& o) { o << nodes.str(); });
        output::write_file(relationships_path, [&](std::ostream& o) { o << relationships.str(); });
        std::cerr << "kg: wrote " << nodes_path << " and " << relationships_path << '\n';
        return 0;
    }

    output::write_file(opt.output, [&](std::ostream& o) {
        if (opt.format == "dot") {
            output::write_dot(g, o, sel);
        } else if (opt.format == "graphml") {
            output::write_graphml(g, o, sel);
        } else if (opt.format == "gexf") {
            output::write_gexf(g, o, sel);
        } else if (opt.format == "json") {
            output::write_json(g, o, sel);
        } else {
            output::render(g, opt.format, o, sel);  // svg, png, pdf
        }
    });
    if (opt.output != "-") std::cerr << "kg: wrote " << opt.output << '\n';
    return 0;
}

}  // namespace

CommandRunner setup_export(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ExportCommandOptions>();
    cmd.add_option("-f,--format", opt->format,
                   "dot, svg, png, pdf (rendered by Graphviz), graphml, gexf (1.2), json (node-link), "
                   "csv (Neo4j bulk import)")
        ->required()
        ->check(CLI::IsMember({"dot", "svg", "png", "pdf", "graphml", "gexf", "json", "csv"}));
    cmd.add_option("-o,--output", opt->output,
                   "Output file; - is standard output (the default, except for csv). For csv: a directory "
                   "(gets nodes.csv and relationships.csv) or a PREFIX (gets PREFIX-nodes.csv and "
                   "PREFIX-relationships.csv)")
        ->type_name("FILE")
        ->capture_default_str();
    CLI::Option* ego = cmd.add_option("--ego", opt->ego, "Only entities within --depth relations of this one")
                           ->type_name("NAME");
    cmd.add_option("--depth", opt->depth, "Hops from --ego to include")
        ->capture_default_str()
        ->check(CLI::Range(0u, 100u))
        ->needs(ego);
    cmd.add_option("--types", opt->types, "Only entities of these types, e.g. PERSON,COUNTRY")
        ->delimiter(',')
        ->type_name("TYPE,...")
        ->check(entity_type_name());
    cmd.add_option("--relations", opt->relations, "Only relations of these types, e.g. MET,ROLE")
        ->delimiter(',')
        ->type_name("RELATION,...")
        ->check(relation_type_name());
    cmd.add_option("--from", opt->from, "Only relations dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only relations dated on or before DATE")->type_name("DATE")->check(iso_date());
    cmd.add_flag("--collapse", opt->collapse, "Merge parallel relations into one edge with a weight");
    cmd.add_option("--title", opt->title, "Graph title (label of the drawing)");
    cmd.add_option("--layout", opt->layout, "Graphviz layout engine for dot/svg/png/pdf (default: by graph size)")
        ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"}));
    cmd.footer("Files are written atomically: on any error the previous file (if any) is left as it was,\n"
               "the error names the file, and the exit status is 1.");
    return [opt, &global] { return run_export(*opt, global); };
}

}  // namespace kg::cli
