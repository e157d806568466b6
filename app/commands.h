#pragma once
// The subcommands of the `kg` tool. Each lives in its own file (extract_command.cpp,
// ...) and provides one setup function: it declares the subcommand's options on
// `cmd` and returns the function that runs the subcommand once the command line
// has been parsed. main.cpp lists them in one table.
//
//   CLI::App* cmd = app.add_subcommand("met", "...");
//   kg::cli::CommandRunner run = kg::cli::setup_met(*cmd, globals);
//   ... app.parse(argc, argv); ... return run();   // exit code: 0 ok, 1 failure

#include <functional>
#include <string>
#include <vector>

#include "model/error.h"

namespace CLI {
class App;
}

namespace kg::cli {

// Options that come before (or after) any subcommand.
struct GlobalOptions {
    std::string db = "kg.db";               // --db FILE|URL (or KG_DB): the knowledge base
    std::vector<std::string> alias_files;   // --aliases FILE, repeatable
    std::string data_dir;                   // --data-dir DIR: gazetteer data; empty = built-in
    std::string lang = "auto";              // --lang auto|en|ja: the language documents are read in
};

// A request that cannot be answered as asked (`kg meetings --between A A`), found
// after parsing: main() prints it like CLI11's usage errors and exits with 2.
struct UsageError : Error {
    using Error::Error;
};

// Runs a parsed subcommand and returns the process exit code (0 success, 1 failure).
// Errors the user can fix are thrown as kg::Error and reported by main().
using CommandRunner = std::function<int()>;

// `global` must outlive the returned runner.
using CommandSetup = CommandRunner (*)(CLI::App& cmd, const GlobalOptions& global);

CommandRunner setup_extract(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_ingest(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_met(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_export(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_show(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_entities(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_forget(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_documents(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_copy(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_merge(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_split(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_meetings(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_path(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_neighbors(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_rank(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_components(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_communities(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_timeline(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_eval(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_reextract(CLI::App& cmd, const GlobalOptions& global);
CommandRunner setup_rename(CLI::App& cmd, const GlobalOptions& global);

}  // namespace kg::cli
