// kg forget DOC...: remove documents and every fact only they supported.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/knowledge_base.h"

namespace kg::cli {

namespace {

struct ForgetOptions {
    std::vector<std::string> documents;
};

int run_forget(const ForgetOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<store::Store> store = open_existing_store(global.db);
    int status = 0;
    for (const std::string& doc : opt.documents) {
        // A path works too: documents are stored under their file's base name.
        const std::string base = std::filesystem::path(doc).filename().string();
        if (store->forget(doc)) {
            std::cout << "forgot " << doc << '\n';
        } else if (!base.empty() && base != doc && store->forget(base)) {
            std::cout << "forgot " << base << '\n';
        } else {
            std::cerr << "kg: error: no document '" << doc << "' in " << global.db << '\n';
            status = 1;
        }
    }
    return status;
}

}  // namespace

CommandRunner setup_forget(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ForgetOptions>();
    cmd.add_option("DOC", opt->documents, "Document id (the file's base name, as 'kg ingest' stored it) or path")
        ->required();
    cmd.footer("Each document goes in its own transaction, with every entity mention, relation and meeting\n"
               "that only it supported; facts other documents also state keep their other evidence.\n"
               "Corrections (kg merge, kg split) are kept. Exit status 1 when a DOC is not stored.");
    return [opt, &global] { return run_forget(*opt, global); };
}

}  // namespace kg::cli
