// kg ingest PATH...: extract documents and store them, in batched transactions
// (each document all or nothing).

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <unordered_map>

#include "app/commands.h"
#include "app/document_identity.h"
#include "app/inputs.h"
#include "app/parallel_extraction.h"
#include "app/progress.h"
#include "app/query_base.h"
#include "app/reextraction.h"
#include "model/error.h"
#include "store/store.h"

namespace kg::cli {

namespace {

struct IngestOptions {
    std::vector<std::string> paths;
    std::size_t batch = 256;
    std::size_t threads = 0;  // 0: one per core
    std::string durability = "normal";
    bool strict = false;
};

struct IngestCounts {
    std::size_t added = 0;
    std::size_t unchanged = 0;
    std::size_t replaced = 0;
    std::size_t reextracted = 0;  // stored documents extracted again (their fingerprint was stale)
    std::size_t duplicate = 0;  // same bytes already stored under another document id
    std::size_t moved = 0;      // stored documents found again at another path (or first seen with one)
    std::size_t removed = 0;    // JSON Lines records without ids gone from their file
    std::size_t failed = 0;
};

void print_counts(const IngestCounts& counts) {
    std::cout << "added " << counts.added << ", unchanged " << counts.unchanged << ", replaced " << counts.replaced;
    if (counts.reextracted > 0) std::cout << ", re-extracted " << counts.reextracted;
    if (counts.moved > 0) std::cout << ", moved " << counts.moved;
    if (counts.removed > 0) std::cout << ", removed " << counts.removed;
    if (counts.duplicate > 0) std::cout << ", duplicate " << counts.duplicate;
    std::cout << ", failed " << counts.failed << '\n';
}

int run_ingest(const IngestOptions& opt, const GlobalOptions& global) {
    // The content hash is over the bytes as read (RELIABILITY rule 2): a file whose
    // bytes change is re-ingested even when its normalised text does not.
    extract::ReadOptions read_options;
    read_options.raw_hash = store::sha256_hex;
    extract::ReadResult input = read_inputs(opt.paths, std::cerr, read_options);
    if (const std::size_t warnings = count_warnings(input.diagnostics); opt.strict && warnings > 0) {
        std::cerr << "kg: error: " << strict_failure(warnings) << "; nothing stored\n";
        return 1;
    }
    IngestCounts counts;
    counts.failed = input.failed;
    if (input.documents.empty()) {  // every input failed: leave (or don't create) the database
        print_counts(counts);
        return 1;
    }
    extract::Gazetteer gazetteer = load_gazetteer(global);
    extract::Extractor extractor(gazetteer);
    const std::string fingerprint = extraction_fingerprint(global);
    const store::Durability durability =
        opt.durability == "full" ? store::Durability::Full : store::Durability::Normal;
    std::unique_ptr<store::Store> store = store::open_store(global.db, durability);

    // Which stored document each input is (app/document_identity.h). One stored before
    // with the same bytes is unchanged: counted, not extracted again, so re-running an
    // ingest over a corpus of years costs reading and hashing.
    DocumentIdentities identities(store->documents());
    std::vector<std::size_t> todo;  // positions in input.documents of the documents to extract
    std::vector<const Document*> pending;
    std::vector<std::string> origins;  // of pending
    for (std::size_t i = 0; i < input.documents.size(); ++i) {
        Document& doc = input.documents[i];
        if (doc.raw_sha256.empty()) doc.raw_sha256 = store::sha256_hex(doc.text);
        const DocumentIdentities::Decision d = identities.decide(doc);
        switch (d.action) {
        case DocumentIdentities::Action::Unchanged: ++counts.unchanged; break;
        case DocumentIdentities::Action::Relocate:
            store->relocate(d.id, d.origin, doc.path, doc.source);
            ++(d.adopted ? counts.unchanged : counts.moved);
            break;
        case DocumentIdentities::Action::Duplicate:
            std::cerr << "kg: " << where(doc) << ": same content as document " << d.other << "; not added again\n";
            ++counts.duplicate;
            break;
        case DocumentIdentities::Action::Refused:
            std::cerr << "kg: error: " << where(doc) << ": id '" << d.id << "' already names document " << d.other
                      << "; not stored (nothing replaced)\n";
            ++counts.failed;
            break;
        case DocumentIdentities::Action::Store:
            doc.id = d.id;
            todo.push_back(i);
            pending.push_back(&doc);
            origins.push_back(d.origin);
            break;
        }
    }

    // Documents are committed in batches (one transaction, one WAL sync for up to
    // opt.batch documents or kBatchSeconds of extraction), each document still all
    // or nothing inside its batch. A kill -9 loses at most the open batch; re-running
    // the idempotent ingest adds it.
    constexpr auto kBatchSeconds = std::chrono::milliseconds(1000);
    std::vector<DocumentExtraction> batch;
    std::vector<std::string> sources;
    std::vector<std::string> batch_origins;
    auto batch_started = std::chrono::steady_clock::now();
    Progress progress(pending.size());

    auto flush = [&] {
        if (batch.empty()) return;
        std::vector<store::PutItem> items;
        items.reserve(batch.size());
        for (std::size_t k = 0; k < batch.size(); ++k)
            items.push_back({&batch[k], batch[k].document.raw_sha256, fingerprint, batch_origins[k]});
        std::vector<store::PutResult> results;
        try {
            results = store->put_many(items);
        } catch (const StoreError& e) {
            // The transaction failed as a whole; the database is as it was before the batch.
            progress.clear();
            for (const std::string& source : sources)
                std::cerr << "kg: error: " << source << ": not stored: " << e.what() << '\n';
            counts.failed += batch.size();
            batch.clear();
            sources.clear();
            batch_origins.clear();
            return;
        }
        for (std::size_t k = 0; k < results.size(); ++k) {
            const store::PutResult& r = results[k];
            if (!r.outcome) {
                progress.clear();
                std::cerr << "kg: error: " << sources[k] << ": not stored: " << r.error << '\n';
                ++counts.failed;
                continue;
            }
            switch (*r.outcome) {
            case store::PutOutcome::Added: ++counts.added; break;
            case store::PutOutcome::Unchanged: ++counts.unchanged; break;
            case store::PutOutcome::Replaced: ++counts.replaced; break;
            case store::PutOutcome::Duplicate:
                progress.clear();
                std::cerr << "kg: " << sources[k] << ": same content as a document already stored; not added again\n";
                ++counts.duplicate;
                break;
            }
        }
        batch.clear();
        sources.clear();
        batch_origins.clear();
    };

    ParallelExtraction extraction(extractor, pending, opt.threads);
    for (std::size_t i = 0; i < pending.size(); ++i) {
        Document& doc = input.documents[todo[i]];
        progress.show(i + 1, doc.id);
        DocumentExtraction x = *extraction.next();
        if (!x.diagnostics.empty()) {
            progress.clear();
            print_diagnostics(x.diagnostics, std::cerr);
        }
        if (opt.strict && count_warnings(x.diagnostics) > 0) {
            std::cerr << "kg: error: " << doc.source << ": not stored: " << strict_failure(count_warnings(x.diagnostics))
                      << '\n';
            ++counts.failed;
            continue;
        }
        if (batch.empty()) batch_started = std::chrono::steady_clock::now();
        sources.push_back(doc.source);
        batch_origins.push_back(std::move(origins[i]));
        doc = Document{};  // the extraction holds its own copy: keep one text in memory, not two
        batch.push_back(std::move(x));
        if (batch.size() >= opt.batch || std::chrono::steady_clock::now() - batch_started >= kBatchSeconds)
            flush();
    }
    flush();
    progress.clear();
    // A JSON Lines file read again replaces its earlier version: its records without ids
    // that are gone from it are forgotten (only when every input was read, so a file that
    // failed to read removes nothing).
    if (input.failed == 0)
        for (const std::string& id : identities.vanished_records())
            if (store->forget(id)) ++counts.removed;
    // Stored documents extracted by other rules, data or alias files than today's are
    // extracted again from their stored text, so the base never keeps stale answers.
    const ReextractCounts again = reextract(*store, extractor, fingerprint, false, std::cerr);
    counts.reextracted = again.reextracted;
    counts.failed += again.failed;
    print_counts(counts);
    // Leave the knowledge base ready for questions: the merged graph that `met`, `path`
    // and the other questions read is rebuilt now rather than by the first question.
    if (counts.added + counts.replaced + counts.reextracted + counts.removed > 0) {
        // Seconds on a large base: say what is happening on a terminal.
        const bool tty = isatty(STDERR_FILENO) == 1;
        if (tty) std::cerr << "merging the knowledge base for questions..." << std::flush;
        rebuild_snapshot(global.db);
        if (tty) std::cerr << "\r" << std::string(44, ' ') << "\r" << std::flush;
    }
    return counts.failed > 0 ? 1 : 0;
}

}  // namespace

CommandRunner setup_ingest(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<IngestOptions>();
    cmd.add_option("PATH", opt->paths,
                   "Documents: files (.html/.htm as HTML, .jsonl one per line, others as text), directories "
                   "(recursively; *.json, *.tsv, *.md and hidden files skipped), - for standard input")
        ->required();
    cmd.add_option("--durability", opt->durability,
                   "normal (default): every committed batch survives a crash of kg or kill -9; after a\n"
                   "power loss the last few batches may be missing until the next ingest.\n"
                   "full: also survives power loss, at one fsync per batch")
        ->check(CLI::IsMember({"full", "normal"}))
        ->capture_default_str();
    cmd.add_option("--batch", opt->batch,
                   "Documents per transaction (at most; a batch also closes after one second of\n"
                   "extraction). Each document is stored whole or not at all either way; a kill -9\n"
                   "loses at most the open batch. 1: a transaction per document (slower)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
        ->capture_default_str();
    cmd.add_option("--threads", opt->threads,
                   "Extraction threads (default 0: one per core); what is stored is the same for any N")
        ->check(CLI::Range(std::size_t{0}, std::size_t{1024}))
        ->capture_default_str();
    cmd.add_flag("--strict", opt->strict,
                 "Warnings are failures: a warning while reading stores nothing; a document with\n"
                 "extraction warnings is not stored (counted as failed)");
    cmd.footer("Creates the --db file when absent. A document whose bytes were stored before is left\n"
               "unchanged; one with the same id and new bytes replaces the old. Stored documents whose\n"
               "extraction came from other extraction rules, gazetteer data or --aliases files than\n"
               "this run's are extracted again from their stored text. Prints 'added N, unchanged N,\n"
               "replaced N, failed N' (plus 're-extracted N', and 'duplicate N' for files already stored\n"
               "under another id); the exit status is 1 when any input failed. A progress bar is shown\n"
               "on standard error when it is a terminal.");
    return [opt, &global] { return run_ingest(*opt, global); };
}

}  // namespace kg::cli
