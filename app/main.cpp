// kg: builds a knowledge graph of who met whom from diplomatic press releases.
// This file holds the subcommand table and the program's single catch site.

#include <cstdio>
#include <cstdlib>
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "app/commands.h"
#include "app/option_checks.h"
#include "extract/rules_version.h"
#include "model/error.h"
#include "store/store.h"

namespace {

struct Subcommand {
    std::string_view name;
    std::string_view help;
    kg::cli::CommandSetup setup;
};

// `kg --help` lists these in this order.
constexpr Subcommand kSubcommands[] = {
    {"extract", "Extract entities, relations and meetings from documents and print them (nothing is stored)",
     kg::cli::setup_extract},
    {"ingest", "Extract documents and store them in the knowledge base (--db)", kg::cli::setup_ingest},
    {"met", "List meetings: of one person (NAME), or all of them, newest first", kg::cli::setup_met},
    {"export", "Write the knowledge graph as DOT, SVG, PNG, PDF, GraphML, GEXF, JSON or Neo4j CSV",
     kg::cli::setup_export},
    {"show", "Show everything known about one entity", kg::cli::setup_show},
    {"entities", "List the entities of the knowledge base", kg::cli::setup_entities},
    {"reextract", "Extract stored documents again whose extraction is stale (or --all)", kg::cli::setup_reextract},
    {"forget", "Remove documents and every fact only they supported", kg::cli::setup_forget},
    {"documents", "The stored documents: ids, dates and where each was read from", kg::cli::setup_documents},
    {"copy", "Copy a knowledge base to another file or backend (SQLite, PostgreSQL), corrections kept",
     kg::cli::setup_copy},
    {"merge", "Record that two entities are one (lasts across ingests)", kg::cli::setup_merge},
    {"split", "Undo an automatic merge: one entity per name again (lasts across ingests)", kg::cli::setup_split},
    {"rename", "Give an entity another canonical name (lasts across ingests)", kg::cli::setup_rename},
    {"meetings", "When and where two people met (--between A B)", kg::cli::setup_meetings},
    {"path", "The shortest chains of relations linking two entities, with evidence", kg::cli::setup_path},
    {"neighbors", "The entities within K relations of one entity", kg::cli::setup_neighbors},
    {"rank", "Rank entities by degree, betweenness, closeness, PageRank or meetings", kg::cli::setup_rank},
    {"components", "The connected components of the knowledge graph", kg::cli::setup_components},
    {"communities", "Modularity classes (Louvain) of the knowledge graph", kg::cli::setup_communities},
    {"timeline", "An entity's meetings, roles and events in date order", kg::cli::setup_timeline},
    {"eval", "Measure extraction against gold annotations: precision, recall and F1", kg::cli::setup_eval},
};

// --from after --to asks for nothing: a usage error, whichever subcommand takes them as
// dates (kg copy's are knowledge bases).
void check_date_range(const CLI::App& cmd) {
    if (cmd.get_name() == "copy") return;
    const CLI::Option* from = cmd.get_option_no_throw("--from");
    const CLI::Option* to = cmd.get_option_no_throw("--to");
    if (from == nullptr || to == nullptr || from->count() == 0 || to->count() == 0) return;
    const std::string first = from->as<std::string>();
    const std::string last = to->as<std::string>();
    if (kg::cli::date_range_empty(first, last))
        throw kg::cli::UsageError("--from " + first + " is after --to " + last + "; no date lies between them");
}

// --db when given, else KG_DB when set (a URL there may carry a password: it is not on
// the command line).
void use_db_from_environment(const CLI::Option& db, kg::cli::GlobalOptions& global) {
    if (db.count() > 0) return;
    if (const char* env = std::getenv("KG_DB"); env != nullptr && *env != '\0') global.db = env;
}

int run(int argc, char** argv) {
    CLI::App app{"kg: builds a knowledge graph of who met whom from diplomatic press releases.", "kg"};
    app.require_subcommand(1);
    app.fallthrough();  // global options may also follow the subcommand
    app.footer("Run 'kg SUBCOMMAND --help' for a subcommand's options.\n"
               "Exit status: 0 success, 1 failure, 2 bad usage.");

    // What produced an output or a knowledge base, for bug reports and for telling
    // whether stored extractions are older than the rules.
    app.set_version_flag("--version", "kg " KG_VERSION "\nstore schema " + std::to_string(kg::store::schema_version()) +
                                          "\nextraction rules " + std::to_string(kg::extract::kRulesVersion));

    kg::cli::GlobalOptions global;
    CLI::Option* db = app.add_option("--db", global.db,
                                     "Knowledge base: a SQLite file, or a PostgreSQL database as\n"
                                     "postgresql://USER@HOST:PORT/DBNAME (password from PGPASSFILE,\n"
                                     "a service file or PGPASSWORD; never in the URL). Default: $KG_DB,\n"
                                     "else kg.db")
                          ->type_name("FILE|URL")
                          ->check(kg::cli::no_password_in_url())
                          ->capture_default_str();
    app.add_option("--aliases", global.alias_files,
                   "Extra alias file (TSV: name, TYPE, aliases|..., roles|...); repeatable")
        ->type_name("FILE")
        ->allow_extra_args(false);
    app.add_option("--data-dir", global.data_dir,
                   "Directory of gazetteer data files (default: the one kg was built with)")
        ->type_name("DIR");
    app.add_option("--lang", global.lang,
                   "Language to read documents in: auto (each document's own, found from its text), en or ja")
        ->check(CLI::IsMember({"auto", "en", "ja"}))
        ->capture_default_str();

    std::vector<std::pair<CLI::App*, kg::cli::CommandRunner>> runners;
    for (const Subcommand& s : kSubcommands) {
        CLI::App* cmd = app.add_subcommand(std::string(s.name), std::string(s.help));
        runners.emplace_back(cmd, s.setup(*cmd, global));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);  // prints help (stdout) or the usage error (stderr)
        return code == 0 ? 0 : 2;
    }
    use_db_from_environment(*db, global);
    for (auto& [cmd, runner] : runners) {
        if (!cmd->parsed()) continue;
        check_date_range(*cmd);
        const int status = runner();
        // Results are the point: a full disk or closed pipe on stdout is a failure.
        std::cout.flush();
        // Some writers go through C stdio: check its buffer and error flag too.
        if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout))
            throw kg::Error("cannot write to standard output");
        return status;
    }
    return 2;  // unreachable: require_subcommand(1)
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const kg::cli::UsageError& e) {
        std::cout.flush();
        std::cerr << "kg: error: " << e.what() << "\nRun with --help for more information.\n";
        return 2;
    } catch (const kg::Error& e) {
        std::cout.flush();
        std::cerr << "kg: error: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cout.flush();
        std::cerr << "kg: internal error: " << e.what() << '\n';
        return 1;
    }
}
