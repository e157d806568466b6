// kg forget DOC...: remove documents and every fact only they supported.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/query_base.h"
#include "extract/reader.h"

namespace kg::cli {

namespace {

struct ForgetOptions {
    std::vector<std::string> documents;
};

// The stored documents read from `arg` as a path: the file itself, the records of a
// JSON Lines file, or everything under a folder. Matched by absolute path, so any
// relative spelling from any working directory works, and it need not exist any more.
std::vector<std::string> documents_at(const std::vector<store::DocumentInfo>& stored, const std::string& arg) {
    const std::string path = extract::absolute_path(arg);
    const std::string folder = path.ends_with('/') ? path : path + "/";
    std::vector<std::string> ids;
    for (const store::DocumentInfo& d : stored)
        if (!d.path.empty() && (d.path == path || d.path.starts_with(folder))) ids.push_back(d.id);
    return ids;
}

int run_forget(const ForgetOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<store::Store> store = open_existing_store(global.db);
    int status = 0;
    std::size_t forgotten = 0;
    for (const std::string& doc : opt.documents) {
        if (store->forget(doc)) {
            std::cout << "forgot " << doc << '\n';
            ++forgotten;
            continue;
        }
        const std::vector<std::string> ids = documents_at(store->documents(), doc);
        for (const std::string& id : ids)
            if (store->forget(id)) {
                std::cout << "forgot " << id << '\n';
                ++forgotten;
            }
        if (ids.empty()) {
            std::cerr << "kg: error: no document '" << doc << "' in " << global.db
                      << " (neither a document id nor the path of an ingested file or folder)\n";
            status = 1;
        }
    }
    // The questions' snapshot is brought up to date by the command that changed the base.
    if (forgotten > 0) rebuild_snapshot(global.db);
    return status;
}

}  // namespace

CommandRunner setup_forget(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<ForgetOptions>();
    cmd.add_option("DOC", opt->documents,
                   "Document id (as outputs show it) or the path of an ingested file, JSON Lines file or\n"
                   "folder (every document read from it)")
        ->required();
    cmd.footer("Each document goes in its own transaction, with every entity mention, relation and meeting\n"
               "that only it supported; facts other documents also state keep their other evidence.\n"
               "Corrections (kg merge, kg split) are kept. Exit status 1 when a DOC is not stored.");
    return [opt, &global] { return run_forget(*opt, global); };
}

}  // namespace kg::cli
