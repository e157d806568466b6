// kg reextract [--all]: extracts stored documents again from their stored text.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/inputs.h"
#include "app/knowledge_base.h"
#include "app/query_base.h"
#include "app/reextraction.h"

namespace kg::cli {

namespace {

struct ReextractOptions {
    bool all = false;
};

int run_reextract(const ReextractOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<store::Store> store = open_existing_store(global.db);
    extract::Gazetteer gazetteer = load_gazetteer(global);
    extract::Extractor extractor(gazetteer);
    configure_extractor(extractor, global);
    const ReextractCounts counts = reextract(*store, extractor, extraction_fingerprint(global), opt.all, std::cerr);
    store.reset();
    std::cout << "re-extracted " << counts.reextracted;
    if (counts.failed > 0) std::cout << ", failed " << counts.failed;
    std::cout << '\n';
    if (counts.reextracted > 0) rebuild_snapshot(global.db);
    return counts.failed > 0 ? 1 : 0;
}

}  // namespace

CommandRunner setup_reextract(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ReextractOptions>();
    cmd.add_flag("--all", opt->all, "Every stored document, not only those whose extraction is stale");
    cmd.footer("A stored document's extraction is stale when kg's extraction rules, the gazetteer data\n"
               "(--data-dir) or the --aliases files differ from those that produced it (kg ingest\n"
               "does the same for every stale document). Documents are extracted from their stored text\n"
               "and keep their stored date; corrections (merge, split) are replayed on the result.\n"
               "Prints 're-extracted N'.");
    return [opt, &global] { return run_reextract(*opt, global); };
}

}  // namespace kg::cli
