// kg copy --from A --to B [--append]: moves a knowledge base to another backend or file
// (SQLite to PostgreSQL, PostgreSQL to SQLite, SQLite to SQLite, ...) with every
// document, its stored extraction, content hash, fingerprint and origin, and the
// corrections (merge, split, rename), so B answers every question as A does.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "store/store.h"

namespace kg::cli {

namespace {

struct CopyOptions {
    std::string from;
    std::string to;
    bool append = false;
};

// True when `a` and `b` name the same base: the same URL, or the same SQLite file.
bool same_base(const std::string& a, const std::string& b) {
    if (a == b) return true;
    if (store::is_postgres_url(a) || store::is_postgres_url(b)) return false;
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec);
}

int run_copy(const CopyOptions& opt) {
    const std::string from_name = store::redacted(opt.from);
    const std::string to_name = store::redacted(opt.to);
    if (same_base(opt.from, opt.to)) throw UsageError("--from and --to name the same knowledge base, " + to_name);
    const std::unique_ptr<store::Store> from = open_existing_store(opt.from);
    // A target that does not exist yet is created; one with documents is only added to
    // when asked, and checked before anything is written to it.
    std::unique_ptr<store::Store> to = store::open_store(opt.to);
    if (const std::size_t held = to->documents().size(); held > 0 && !opt.append)
        throw InputError(to_name + " already holds " + std::to_string(held) +
                         (held == 1 ? " document" : " documents") +
                         "; nothing copied. Give --append to add the documents of " + from_name +
                         " to it, or choose an empty target");
    const CopyCounts counts = copy_base(*from, *to);
    to.reset();
    rebuild_snapshot(opt.to);  // ready for questions, as after an ingest
    for (const std::string& why : counts.failed) std::cerr << "kg: error: " << why << '\n';
    std::cout << "copied " << counts.documents << (counts.documents == 1 ? " document" : " documents");
    if (counts.unchanged > 0) std::cout << " (" << counts.unchanged << " already there)";
    std::cout << " and " << counts.corrections << (counts.corrections == 1 ? " correction" : " corrections")
              << " from " << from_name << " to " << to_name << '\n';
    return counts.failed.empty() ? 0 : 1;
}

}  // namespace

CommandRunner setup_copy(CLI::App& cmd, const GlobalOptions&) {
    auto opt = std::make_shared<CopyOptions>();
    cmd.add_option("--from", opt->from, "The knowledge base to copy: a SQLite file or a postgresql:// URL")
        ->type_name("DB")
        ->check(no_password_in_url())
        ->required();
    cmd.add_option("--to", opt->to, "Where to copy it: a SQLite file or a postgresql:// URL (created when absent)")
        ->type_name("DB")
        ->check(no_password_in_url())
        ->required();
    cmd.add_flag("--append", opt->append,
                 "Copy into a base that already holds documents: a copied document replaces the one of\n"
                 "the same origin (or id), the others stay; the corrections are added after its own");
    cmd.footer("Copies every document with its text, stored extraction, content hash, extraction\n"
               "fingerprint and origin, then the corrections in the order they were made, in one\n"
               "transaction; --from is read at one moment, so a copy of a base being written is\n"
               "consistent. Refuses (exit 1, nothing written) a target that already holds documents\n"
               "unless --append is given. --db is not used. Passwords never belong in the URL: use\n"
               "PGPASSFILE, a service file (PGSERVICE) or PGPASSWORD.");
    return [opt] { return run_copy(*opt); };
}

}  // namespace kg::cli
