// kg export --format F [-o FILE] [selection]: the knowledge graph in a file format.

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include "app/caption.h"
#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "export/exporters.h"
#include "graph/knowledge_graph.h"
#include "store/store.h"
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
    double min_weight = 0.0;
    std::size_t top = 0;
    std::string top_by = "degree";
    bool meetings_as_nodes = false;
    std::string title;
    std::string caption;
    bool no_caption = false;
    std::string layout;
    bool full = false;
};

// Above this many entities a static drawing stops answering "who met whom" (names overlap,
// labels vanish): svg/png/pdf then draw the kReadableView entities with the most relations,
// and say so, unless --full, --top or --ego chooses otherwise.
constexpr std::size_t kReadableEntities = 150;
constexpr std::size_t kReadableView = 100;

graph::Centrality centrality_of(const std::string& name) {
    if (name == "betweenness") return graph::Centrality::Betweenness;
    if (name == "closeness") return graph::Centrality::Closeness;
    if (name == "pagerank") return graph::Centrality::PageRank;
    if (name == "meetings") return graph::Centrality::Meetings;
    return graph::Centrality::Degree;
}

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

// The sentences the explorer quotes, from the stored text of their documents (only
// the bytes of each sentence are read).
output::EvidenceText evidence_text(const QueryBase& kb) {
    return [&kb](const Evidence& ev) { return kb.evidence_sentence(ev); };
}

int run_export(const ExportCommandOptions& opt, const GlobalOptions& global) {
    const bool binary = opt.format == "png" || opt.format == "pdf";
    if (opt.format == "csv" && opt.output == "-") {
        throw InputError("--format csv writes two files; give -o DIR or -o PREFIX");
    }
    if (binary && opt.output == "-" && isatty(STDOUT_FILENO) == 1) {
        throw InputError("not writing binary " + opt.format + " to a terminal; give -o FILE");
    }

    // The graph as the snapshot the questions read keeps it (brought up to date first,
    // grown by the documents added since when it can be): no document is merged here.
    const std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    // Every format but the explorer reads entities' documents and relations' evidence from
    // the snapshot as it writes them, and meetings only when it writes or ranks by them.
    const bool lean = opt.format != "html";
    std::optional<QueryBase::ExportGraph> lean_graph;
    std::optional<graph::KnowledgeGraph> whole_graph;
    if (lean) lean_graph.emplace(kb->export_graph(opt.meetings_as_nodes || (opt.top > 0 && opt.top_by == "meetings")));
    else whole_graph.emplace(kb->graph());
    const graph::KnowledgeGraph& g = lean ? lean_graph->graph : *whole_graph;

    output::ExportOptions sel;
    if (!opt.ego.empty()) {
        sel.ego = kb->resolve(opt.ego, std::nullopt, std::cerr);
        if (!sel.ego) return 1;
    }
    sel.ego_depth = opt.depth;
    for (const std::string& t : opt.types) sel.types.push_back(*parse_entity_type(t));  // validated at parse
    for (const std::string& r : opt.relations) sel.relations.push_back(*parse_relation_type(r));
    sel.from = opt.from;
    sel.to = opt.to;
    sel.collapse = opt.collapse;
    sel.min_weight = opt.min_weight;
    sel.top = opt.top;
    sel.top_by = centrality_of(opt.top_by);
    sel.meetings_as_nodes = opt.meetings_as_nodes;
    sel.title = opt.title;
    sel.layout = opt.layout;
    if (lean) sel.records = &lean_graph->records;
    // Only drawings show a caption; the default one counts the documents of the selection.
    const bool drawing = opt.format == "svg" || binary;
    std::string readable_note;
    if (drawing && !opt.full && sel.top == 0 && !sel.ego) {
        const std::size_t n = output::selected_entity_count(g, sel);
        if (n > kReadableEntities) {
            sel.top = kReadableView;
            sel.top_by = graph::Centrality::Degree;
            readable_note = "the " + std::to_string(kReadableView) + " of " + std::to_string(n) +
                            " entities with the most relations (--full draws all, --top N chooses)";
            std::cerr << "kg: note: drawing " << readable_note << '\n';
        }
    }
    if (drawing && !opt.no_caption) {
        sel.caption = opt.caption.empty()
                          ? source_caption(open_existing_store(global.db)->documents(), output::selected_documents(g, sel))
                          : opt.caption;
        if (!readable_note.empty()) sel.caption += "\nshowing " + readable_note;
    }

    if (opt.format == "csv") {
        // Both files are written all or nothing, so a failure never leaves a new nodes
        // file beside an old relationships file. The relationships (the larger file: a
        // million relations' are hundreds of MB) go straight into their temporary file
        // as they are made; the nodes are held until theirs is written after it.
        std::ostringstream nodes;
        auto [nodes_path, relationships_path] = csv_paths(opt.output);
        output::write_files(
            {{relationships_path, [&](std::ostream& o) { output::write_neo4j_csv(g, nodes, o, sel); }},
             {nodes_path, [&](std::ostream& o) { o << nodes.view(); }}});
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
        } else if (opt.format == "html") {
            output::write_html(g, o, sel, evidence_text(*kb));
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
                   "csv (Neo4j bulk import), html (interactive explorer: one self-contained page with search, "
                   "evidence, filters; laid out by Graphviz)")
        ->required()
        ->check(CLI::IsMember({"dot", "svg", "png", "pdf", "graphml", "gexf", "json", "csv", "html"}));
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
    cmd.add_option("--min-weight", opt->min_weight,
                   "Only edges standing for at least N relations of one type between the same two entities")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    CLI::Option* top = cmd.add_option("--top", opt->top, "Only the N entities ranked highest by --by (plus --ego)")
                           ->type_name("N")
                           ->check(CLI::PositiveNumber);
    cmd.add_option("--by", opt->top_by, "Centrality for --top: degree, betweenness, closeness, pagerank, meetings")
        ->capture_default_str()
        ->check(CLI::IsMember({"degree", "betweenness", "closeness", "pagerank", "meetings"}))
        ->needs(top);
    cmd.add_flag("--meetings-as-nodes", opt->meetings_as_nodes,
                 "Each meeting becomes a node (MEETING: date, place, mode, CAMEO/PLOVER codes) joined to its "
                 "participants, in place of MET edges between every two of them; all formats (html: how the page "
                 "starts, it has a toggle)");
    cmd.add_option("--title", opt->title, "Graph title (label of the drawing)");
    CLI::Option* caption =
        cmd.add_option("--caption", opt->caption,
                       "svg/png/pdf: line under the title (default: the source folder, document count and dates)");
    cmd.add_flag("--no-caption", opt->no_caption, "svg/png/pdf: no caption line")->excludes(caption);
    cmd.add_flag("--full", opt->full,
                 "svg/png/pdf: draw every entity of the selection; by default a selection of more than 150 "
                 "entities is drawn as its 100 with the most relations, as the caption says")
        ->excludes(top);
    cmd.add_option("--layout", opt->layout, "Graphviz layout engine for dot/svg/png/pdf/html (default: by graph size)")
        ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"}));
    cmd.footer("Files are written atomically: on any error the previous file (if any) is left as it was,\n"
               "the error names the file, and the exit status is 1.");
    return [opt, &global] { return run_export(*opt, global); };
}

}  // namespace kg::cli
