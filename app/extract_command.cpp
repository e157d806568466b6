// kg extract [--json] [--explain] PATH...: extraction only, nothing is stored.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/extraction_output.h"
#include "app/inputs.h"
#include "app/parallel_extraction.h"

namespace kg::cli {

namespace {

struct ExtractOptions {
    std::vector<std::string> paths;
    bool json = false;
    bool explain = false;
    bool strict = false;
    std::size_t threads = 0;  // 0: one per core
};

int run_extract(const ExtractOptions& opt, const GlobalOptions& global) {
    extract::ReadResult input = read_inputs(opt.paths, std::cerr);
    extract::Gazetteer gazetteer = load_gazetteer(global);
    extract::Extractor extractor(gazetteer);
    configure_extractor(extractor, global);

    JsonWriter json;
    std::size_t warnings = count_warnings(input.diagnostics);
    // Every core extracts; results come back in input order, so the output is the same
    // bytes for any number of threads.
    std::vector<const Document*> docs;
    docs.reserve(input.documents.size());
    for (const Document& doc : input.documents) docs.push_back(&doc);
    ParallelExtraction extraction(extractor, docs, opt.threads);
    while (std::optional<DocumentExtraction> next = extraction.next()) {
        DocumentExtraction& x = *next;
        print_diagnostics(x.diagnostics, std::cerr);
        warnings += count_warnings(x.diagnostics);
        if (opt.json) {
            json.reset();
            write_extraction_json(x, json);
            std::cout << json.text() << '\n';
        } else {
            print_extraction(x, std::cout, opt.explain);
            std::cout << '\n';
        }
    }
    if (input.failed > 0) {
        std::cerr << "kg: error: " << input.failed << (input.failed == 1 ? " input" : " inputs") << " could not be read\n";
        return 1;
    }
    if (opt.strict && warnings > 0) {
        std::cerr << "kg: error: " << strict_failure(warnings) << '\n';
        return 1;
    }
    return 0;
}

}  // namespace

CommandRunner setup_extract(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ExtractOptions>();
    cmd.add_option("PATH", opt->paths,
                   "Documents: files (.html/.htm as HTML, .jsonl one per line, others as text), directories "
                   "(recursively; *.json, *.tsv, *.md and hidden files skipped), - for standard input")
        ->required();
    CLI::Option* json = cmd.add_flag("--json", opt->json,
                 "Print JSON Lines: one object per document in the corpus gold schema, plus mentions, "
                 "evidence and meetings");
    cmd.add_flag("--explain", opt->explain,
                 "Text summary only: after each relation and meeting, the rule that found it and its sentence")
        ->excludes(json);
    cmd.add_flag("--strict", opt->strict, "Any warning (repaired or skipped input) makes the exit status 1");
    cmd.add_option("--threads", opt->threads,
                   "Extraction threads (default 0: one per core); the output is the same bytes for any N")
        ->check(CLI::Range(std::size_t{0}, std::size_t{1024}))
        ->capture_default_str();
    cmd.footer("Unreadable inputs are reported on stderr and skipped; the exit status is then 1.");
    return [opt, &global] { return run_extract(*opt, global); };
}

}  // namespace kg::cli
