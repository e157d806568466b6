// kg rank --by degree|betweenness|closeness|pagerank|meetings [--type T]
//         [--top N] [--from DATE] [--to DATE] [--threads N] [--json | --csv]: who is central.

#include <CLI/CLI.hpp>

#include <cctype>
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

struct RankOptions {
    std::string by = "degree";
    std::string type;
    std::size_t top = 20;
    std::string from;
    std::string to;
    unsigned threads = 0;  // 0: one per core
    OutputFormat format;
};

const std::map<std::string, graph::Centrality>& measures() {
    static const std::map<std::string, graph::Centrality> m = {
        {"degree", graph::Centrality::Degree},       {"betweenness", graph::Centrality::Betweenness},
        {"closeness", graph::Centrality::Closeness}, {"pagerank", graph::Centrality::PageRank},
        {"meetings", graph::Centrality::Meetings}};
    return m;
}

int run_rank(const RankOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::string measure = opt.by;
    for (char& c : measure) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const graph::Centrality by = measures().at(measure);
    std::vector<bool> keep;
    if (!opt.type.empty()) {
        const EntityType t = *parse_entity_type(opt.type);
        keep.resize(kb->entities().size());
        for (const EntityRecord& e : kb->entities()) keep[e.id.value] = e.type == t;
    }
    std::vector<graph::Score> scores = by == graph::Centrality::Meetings
                                           ? graph::rank_by_count(kb->meeting_counts(opt.from, opt.to), keep)
                                           : kb->network(opt.from, opt.to).rank(by, keep, opt.threads);
    if (opt.top > 0 && scores.size() > opt.top) scores.resize(opt.top);
    const int digits = by == graph::Centrality::Degree || by == graph::Centrality::Meetings ? 0 : 4;

    if (opt.format.json) {
        JsonWriter w;
        w.begin_array();
        for (std::size_t i = 0; i < scores.size(); ++i) {
            w.begin_object();
            w.key("rank");
            w.number(static_cast<std::uint64_t>(i + 1));
            w.key("name");
            w.string(kb->name(scores[i].entity));
            w.key("type");
            w.string(to_string(kb->entity(scores[i].entity).type));
            w.key("score");
            w.number(scores[i].value);
            w.end_object();
        }
        w.end_array();
        std::cout << w.text() << '\n';
        return 0;
    }
    if (scores.empty() && !opt.format.csv) {
        std::cerr << "kg: no entities to rank\n";
        return 0;
    }
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < scores.size(); ++i)
        rows.push_back({std::to_string(i + 1), kb->name(scores[i].entity),
                        std::string(to_string(kb->entity(scores[i].entity).type)), fixed(scores[i].value, digits)});
    print_rows(opt.format, {"RANK", "NAME", "TYPE", "SCORE"}, rows, std::cout);
    return 0;
}

}  // namespace

CommandRunner setup_rank(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<RankOptions>();
    std::vector<std::string> names;
    for (const auto& [name, m] : measures()) names.push_back(name);
    cmd.add_option("--by", opt->by, "degree, betweenness, closeness, pagerank or meetings (default degree)")
        ->type_name("MEASURE")
        ->check(CLI::IsMember(names, CLI::ignore_case));
    cmd.add_option("--type", opt->type, "Rank only entities of this type, on the graph among them (e.g. PERSON)")
        ->type_name("TYPE")
        ->check(entity_type_name());
    cmd.add_option("--top", opt->top, "How many to list (default 20; 0 for all)")->type_name("N");
    cmd.add_option("--from", opt->from, "Only relations (or meetings) dated on or after DATE")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only relations (or meetings) dated on or before DATE")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--threads", opt->threads,
                   "Threads for betweenness, closeness and pagerank (default 0: one per core); the scores are "
                   "the same for any N")
        ->type_name("N");
    add_format_flags(cmd, opt->format);
    cmd.footer("Measures use the graph with parallel relations collapsed; with --type, the graph induced\n"
               "by entities of that type (for PERSON: who met whom). degree: distinct neighbours;\n"
               "betweenness: Brandes, unnormalised; closeness: Wasserman-Faust; pagerank: damping 0.85;\n"
               "meetings: meetings taken part in. Highest first, ties in order of first appearance.");
    return [opt, &global] { return run_rank(*opt, global); };
}

}  // namespace kg::cli
