// kg eval GOLD_DIR [PATH...] [--json] [--min KEY=F1]... [--verbose]: kg's extraction
// measured against gold annotations (eval/scorer.h has the matching rules).

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>

#include "app/commands.h"
#include "app/extraction_output.h"
#include "app/inputs.h"
#include "app/json_writer.h"
#include "eval/annotation.h"
#include "eval/scorer.h"

namespace kg::cli {

namespace {

struct Bound {
    std::string key;
    double f1 = 0.0;
};

struct EvalOptions {
    std::string gold_dir;
    std::vector<std::string> paths;
    bool json = false;
    bool verbose = false;
    std::vector<std::string> bounds;  // KEY=F1
};

// "PERSON=0.95" -> {PERSON, 0.95}; nullopt when malformed.
std::optional<Bound> parse_bound(const std::string& text) {
    const std::size_t eq = text.rfind('=');
    if (eq == std::string::npos || eq == 0) return std::nullopt;
    Bound b{text.substr(0, eq), 0.0};
    const std::vector<std::string>& keys = eval::figure_keys();
    if (std::find(keys.begin(), keys.end(), b.key) == keys.end()) return std::nullopt;
    const std::string value = text.substr(eq + 1);
    char* end = nullptr;
    b.f1 = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || !(b.f1 >= 0.0 && b.f1 <= 1.0)) return std::nullopt;
    return b;
}

std::string format(const char* spec, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, spec, value);
    return buf;
}

void print_table(const eval::Report& report, std::ostream& out) {
    out << "                  P      R     F1   tp/pred/gold\n";
    for (const eval::Figure& f : report.figures) {
        std::string key = f.key;
        key.resize(std::max<std::size_t>(key.size(), 12), ' ');
        out << key << ' ' << format("%6.3f", eval::rounded(f.precision())) << ' '
            << format("%6.3f", eval::rounded(f.recall())) << ' ' << format("%6.3f", eval::rounded(f.f1())) << "   "
            << f.tp << '/' << f.predicted << '/' << f.gold << '\n';
    }
}

void print_json(const eval::Report& report, std::ostream& out) {
    JsonWriter w;
    w.begin_object();
    for (const eval::Figure& f : report.figures) {
        w.key(f.key);
        w.begin_object();
        w.key("precision");
        w.number(eval::rounded(f.precision()));
        w.key("recall");
        w.number(eval::rounded(f.recall()));
        w.key("f1");
        w.number(eval::rounded(f.f1()));
        w.key("tp");
        w.number(std::uint64_t{f.tp});
        w.key("predicted");
        w.number(std::uint64_t{f.predicted});
        w.key("gold");
        w.number(std::uint64_t{f.gold});
        w.end_object();
    }
    w.end_object();
    out << w.text() << '\n';
}

int run_eval(const EvalOptions& opt, const GlobalOptions& global) {
    const std::vector<eval::Annotation> gold = eval::read_gold_dir(opt.gold_dir);
    const std::vector<std::string> paths = opt.paths.empty() ? std::vector<std::string>{opt.gold_dir} : opt.paths;
    extract::ReadResult input = read_inputs(paths, std::cerr);
    extract::Gazetteer gazetteer = load_gazetteer(global);
    extract::Extractor extractor(gazetteer);
    configure_extractor(extractor, global);

    // Scored as `kg extract --json` prints it, so the figures are those of that output.
    std::vector<eval::Annotation> predicted;
    JsonWriter json;
    for (const Document& doc : input.documents) {
        const DocumentExtraction x = extractor.extract(doc);
        json.reset();
        write_extraction_json(x, json);
        predicted.push_back(eval::parse_annotation(json.text(), doc.source));
    }
    const eval::Report report = eval::score(gold, predicted);

    if (opt.json)
        print_json(report, std::cout);
    else
        print_table(report, std::cout);
    if (opt.verbose)
        for (const eval::Miss& m : report.misses)
            std::cout << m.doc << ": " << m.kind << ' ' << m.key << ": " << m.what << '\n';
    if (report.missing_documents > 0)
        std::cerr << "kg: warning: " << report.missing_documents << " of " << report.documents
                  << " gold documents were not among the extracted documents (scored as empty)\n";

    int status = 0;
    if (input.failed > 0) {
        std::cerr << "kg: error: " << input.failed << (input.failed == 1 ? " input" : " inputs")
                  << " could not be read\n";
        status = 1;
    }
    std::string below;
    for (const std::string& text : opt.bounds) {
        const Bound b = *parse_bound(text);  // validated at parse
        for (const eval::Figure& f : report.figures)
            if (f.key == b.key && eval::rounded(f.f1()) < b.f1)
                below += (below.empty() ? "" : "; ") + f.key + " F1 " + format("%.3f", eval::rounded(f.f1())) +
                         " < " + format("%g", b.f1);
    }
    if (!below.empty()) {
        std::cerr << "kg: error: below bound: " << below << '\n';
        status = 1;
    }
    return status;
}

}  // namespace

CommandRunner setup_eval(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<EvalOptions>();
    cmd.add_option("GOLD_DIR", opt->gold_dir, "Directory of NNN.gold.json annotations (the corpus gold format)")
        ->required()
        ->check(CLI::ExistingDirectory);
    cmd.add_option("PATH", opt->paths, "Documents to extract (default: GOLD_DIR, where NNN.txt sit beside their gold)");
    cmd.add_flag("--json", opt->json, "Print the figures as one JSON object");
    cmd.add_flag("--verbose", opt->verbose, "After the figures, every missed and false entity and relation");
    cmd.add_option("--min", opt->bounds,
                   "KEY=F1: exit 1 when KEY's F1 is below F1 (keys: PERSON, COUNTRY, ORGANIZATION, PROGRAMME, "
                   "EVENT, LOCATION, PERSON~, MET, ATTENDED, ROLE, CONTRIBUTED, MET+date, date); repeatable")
        ->type_name("KEY=F1")
        ->allow_extra_args(false)
        ->check(CLI::Validator(
            [](std::string& text) {
                return parse_bound(text) ? std::string() : "expected KEY=F1 with a known KEY and 0 <= F1 <= 1, got '" + text + "'";
            },
            "KEY=F1"));
    cmd.footer("Precision, recall and F1 per entity type (PERSON~: a gold alias also matches), per relation\n"
               "type, for MET with its date and for the document date; micro-averaged over the gold\n"
               "documents. The matching rules are in README.md (\"Measuring extraction\").");
    return [opt, &global] { return run_eval(*opt, global); };
}

}  // namespace kg::cli
