// kg documents [--json|--csv]: the documents stored in the knowledge base, with the ids
// that outputs, `kg forget` and evidence use, and where each was read from.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/json_writer.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct DocumentsOptions {
    OutputFormat format;
};

int run_documents(const DocumentsOptions& opt, const GlobalOptions& global) {
    const std::unique_ptr<store::Store> store = open_existing_store(global.db);
    const std::vector<store::DocumentInfo> docs = store->documents();
    if (opt.format.json) {
        JsonWriter w;
        w.begin_array();
        for (const store::DocumentInfo& d : docs) {
            w.begin_object();
            w.key("id");
            w.string(d.id);
            w.key("date");
            w.string(d.date);
            w.key("source");
            w.string(d.source);
            w.key("path");
            w.string(d.path);
            w.key("sha256");
            w.string(d.sha256);
            w.end_object();
        }
        w.end_array();
        std::cout << w.text() << '\n';
        return 0;
    }
    if (docs.empty() && !opt.format.csv) {
        std::cerr << "kg: no documents stored\n";
        return 0;
    }
    std::vector<std::vector<std::string>> rows;
    rows.reserve(docs.size());
    for (const store::DocumentInfo& d : docs) rows.push_back({d.id, d.date.empty() && !opt.format.csv ? "(no date)" : d.date, d.source});
    print_rows(opt.format, {"ID", "DATE", "SOURCE"}, rows, std::cout);
    return 0;
}

}  // namespace

CommandRunner setup_documents(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<DocumentsOptions>();
    add_format_flags(cmd, opt->format);
    cmd.footer("Prints a table of the stored documents sorted by id: id, date, source (the path or URL it\n"
               "was last read from). --csv: the same columns (no date: empty); --json: an array of {\"id\", \"date\",\n"
               "\"source\", \"path\" (absolute, '' for standard input and records of unknown origin),\n"
               "\"sha256\" (of the bytes read)}.");
    return [opt, &global] { return run_documents(*opt, global); };
}

}  // namespace kg::cli
