// kg path A B [--via TYPE,...] [--all-shortest] [--from DATE] [--to DATE]
//             [--json | --csv]: how two entities are linked.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/json_writer.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct PathOptions {
    std::string a;
    std::string b;
    std::vector<std::string> via;
    bool all = false;
    std::string from;
    std::string to;
    OutputFormat format;
};

// One hop of a chain with what shows it.
struct Hop {
    EntityId from;
    EntityId to;
    RelationRecord relation;
    std::string document;
    std::string evidence;  // the sentence's text
    std::optional<Evidence> source;

    // True when the hop goes from the relation's object to its subject ("Japan" to
    // the person who VISITED it); never for symmetric relations such as MET.
    bool reversed() const { return !is_symmetric(relation.type) && from == relation.b && to == relation.a; }
    // The relation as the table shows it: "VISITED", or "<-VISITED-" for a reversed hop.
    std::string label() const {
        const std::string type(to_string(relation.type));
        return reversed() ? "<-" + type + "-" : type;
    }
};

int run_path(const PathOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityId> a = kb->resolve(opt.a, std::nullopt, std::cerr);
    if (!a) return 1;
    std::optional<EntityId> b = kb->resolve(opt.b, std::nullopt, std::cerr);
    if (!b) return 1;
    if (*a == *b)
        throw UsageError("a path needs two different entities; '" + opt.a + "' and '" + opt.b + "' are both " +
                         kb->name(*a));
    std::vector<RelationType> via;
    for (const std::string& v : opt.via)
        if (auto t = parse_relation_type(v)) via.push_back(*t);

    const std::vector<graph::Path> paths = kb->shortest_paths(*a, *b, via, opt.all, opt.from, opt.to);
    std::vector<std::vector<Hop>> chains;
    for (const graph::Path& p : paths) {
        std::vector<Hop> hops;
        for (std::size_t i = 0; i < p.hops.size(); ++i) {
            Hop h{p.nodes[i], p.nodes[i + 1], kb->relation(p.hops[i]), {}, {}, {}};
            if (!h.relation.evidence.empty()) {
                h.source = h.relation.evidence.front();
                h.document = h.source->doc_id;
                h.evidence = kb->evidence_text(*h.source);
            }
            hops.push_back(std::move(h));
        }
        chains.push_back(std::move(hops));
    }

    if (opt.format.json) {
        JsonWriter w;
        w.begin_array();
        for (std::size_t c = 0; c < chains.size(); ++c) {
            w.begin_object();
            w.key("nodes");
            w.begin_array();
            for (EntityId n : paths[c].nodes) w.string(kb->name(n));
            w.end_array();
            w.key("hops");
            w.begin_array();
            for (const Hop& h : chains[c]) {
                w.begin_object();
                w.key("from");
                w.string(kb->name(h.from));
                w.key("to");
                w.string(kb->name(h.to));
                w.key("relation");
                w.string(to_string(h.relation.type));
                w.key("reversed");
                w.boolean(h.reversed());
                w.key("date");
                w.string_or_null(h.relation.date);
                w.key("evidence");
                if (h.source) {
                    w.begin_object();
                    w.key("document");
                    w.string(h.source->doc_id);
                    w.key("begin");
                    w.number(static_cast<std::uint64_t>(h.source->sentence.begin));
                    w.key("end");
                    w.number(static_cast<std::uint64_t>(h.source->sentence.end));
                    w.key("rule");
                    w.string(h.source->rule);
                    w.key("text");
                    w.string(h.evidence);
                    w.end_object();
                } else {
                    w.null();
                }
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
        std::cout << w.text() << '\n';
        return 0;
    }
    if (chains.empty()) {
        if (!opt.format.csv) {
            std::cerr << "kg: " << kb->name(*a) << " and " << kb->name(*b) << " are not connected";
            if (!via.empty() || !opt.from.empty() || !opt.to.empty()) std::cerr << " by the chosen relations";
            std::cerr << '\n';
            return 0;
        }
    }
    std::vector<std::vector<std::string>> rows;
    for (std::size_t c = 0; c < chains.size(); ++c)
        for (std::size_t i = 0; i < chains[c].size(); ++i) {
            const Hop& h = chains[c][i];
            auto dash = [&](const std::string& s) { return s.empty() && !opt.format.csv ? std::string("-") : s; };
            rows.push_back({std::to_string(c + 1), std::to_string(i + 1), kb->name(h.from),
                            h.label(), kb->name(h.to), dash(h.relation.date),
                            dash(h.document), dash(h.evidence)});
        }
    print_rows(opt.format, {"PATH", "HOP", "FROM", "RELATION", "TO", "DATE", "DOCUMENT", "EVIDENCE"}, rows,
               std::cout);
    return 0;
}

}  // namespace

CommandRunner setup_path(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<PathOptions>();
    cmd.add_option("A", opt->a, "An entity (any type: person, country, organisation, ...)")->required();
    cmd.add_option("B", opt->b, "Another entity")->required();
    cmd.add_option("--via", opt->via, "Only relations of these types, e.g. MET,ROLE")
        ->type_name("TYPE,...")
        ->delimiter(',')
        ->check(relation_type_name());
    cmd.add_flag("--all-shortest", opt->all, "Every shortest chain (at most 1000), not just the first");
    cmd.add_option("--from", opt->from, "Only relations dated on or after DATE (undated: their document's date)")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only relations dated on or before DATE")->type_name("DATE")->check(iso_date());
    add_format_flags(cmd, opt->format);
    cmd.footer("Prints the shortest chains of relations linking A and B, one row per hop: the relation\n"
               "type, its date, and the sentence of the document it was found in. A hop that follows a\n"
               "relation against its direction is marked: 'Japan <-VISITED- X' is X VISITED Japan\n"
               "(JSON: \"reversed\": true).");
    return [opt, &global] { return run_path(*opt, global); };
}

}  // namespace kg::cli
