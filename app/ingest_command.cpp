// kg ingest PATH...: extract documents and store them, in batched transactions
// (each document all or nothing).

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

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
    std::size_t moved = 0;      // stored documents found again at another path (the old one is gone)
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

// Thrown when the database cannot take a batch at all (disk full, I/O error): the
// ingest stops there, after one message.
struct IngestStopped {};

// One ingest: documents arrive in chunks as they are read (a corpus of any size in
// bounded memory), each chunk is recognised, extracted on every core and stored in
// batches. The database is opened at the first document, so an ingest whose every input
// fails leaves it as it was (or never creates it).
class IngestRun {
public:
    IngestRun(const IngestOptions& opt, const GlobalOptions& global)
        : opt_(opt),
          global_(global),
          gazetteer_(load_gazetteer(global)),
          extractor_(gazetteer_),
          fingerprint_(extraction_fingerprint(global)) {
        configure_extractor(extractor_, global);
    }

    // Recognises, extracts and stores `docs` (emptied).
    void add(std::vector<Document>& docs) {
        if (docs.empty()) return;
        open();
        std::vector<Document*> pending;
        std::vector<std::string> origins;  // of pending
        for (Document& doc : docs) {
            if (doc.raw_sha256.empty()) doc.raw_sha256 = store::sha256_hex(doc.text);
            const DocumentIdentities::Decision d = identities_->decide(doc);
            switch (d.action) {
            case DocumentIdentities::Action::Unchanged: ++counts_.unchanged; break;
            case DocumentIdentities::Action::Relocate:
                store_->relocate(d.id, d.origin, doc.path, doc.source);
                ++(d.adopted ? counts_.unchanged : counts_.moved);
                break;
            case DocumentIdentities::Action::Duplicate:
                progress_.clear();
                std::cerr << "kg: " << where(doc) << ": same content as document " << d.other << "; not added again\n";
                ++counts_.duplicate;
                break;
            case DocumentIdentities::Action::Refused:
                progress_.clear();
                std::cerr << "kg: error: " << where(doc) << ": id '" << d.id << "' already names document " << d.other
                          << "; not stored (nothing replaced)\n";
                ++counts_.failed;
                break;
            case DocumentIdentities::Action::Store:
                doc.id = d.id;
                pending.push_back(&doc);
                origins.push_back(d.origin);
                break;
            }
        }
        const std::vector<const Document*> to_extract(pending.begin(), pending.end());
        ParallelExtraction extraction(extractor_, to_extract, opt_.threads);
        for (std::size_t i = 0; i < pending.size(); ++i) {
            Document& doc = *pending[i];
            progress_.show(++extracted_, doc.id);
            DocumentExtraction x = *extraction.next();
            if (!x.diagnostics.empty()) {
                progress_.clear();
                print_diagnostics(x.diagnostics, std::cerr);
            }
            if (opt_.strict && count_warnings(x.diagnostics) > 0) {
                std::cerr << "kg: error: " << doc.source << ": not stored: "
                          << strict_failure(count_warnings(x.diagnostics)) << '\n';
                ++counts_.failed;
                continue;
            }
            if (batch_.empty()) batch_started_ = std::chrono::steady_clock::now();
            sources_.push_back(doc.source);
            batch_origins_.push_back(std::move(origins[i]));
            doc.text = std::string();  // the extraction holds its own copy: keep one text in memory, not two
            batch_.push_back(std::move(x));
            if (batch_.size() >= opt_.batch || std::chrono::steady_clock::now() - batch_started_ >= kBatchSeconds)
                flush();
        }
        flush();  // the chunk's documents are gone after this call
        docs.clear();
    }

    // After IngestStopped: the counts so far, exit status 1.
    int stopped() {
        progress_.clear();
        print_counts(counts_);
        return 1;
    }

    int finish(std::size_t read_failures) {
        progress_.clear();
        counts_.failed += read_failures;
        if (!store_) {  // every input failed: leave (or don't create) the database
            print_counts(counts_);
            return 1;
        }
        // A JSON Lines file read again replaces its earlier version: its records without ids
        // that are gone from it are forgotten (only when every input was read, so a file that
        // failed to read removes nothing).
        if (read_failures == 0)
            for (const std::string& id : identities_->vanished_records())
                if (store_->forget(id)) ++counts_.removed;
        // Stored documents extracted by other rules, data or alias files than today's are
        // extracted again from their stored text, so the base never keeps stale answers.
        const ReextractCounts again = reextract(*store_, extractor_, fingerprint_, false, std::cerr);
        counts_.reextracted = again.reextracted;
        counts_.failed += again.failed;
        print_counts(counts_);
        // Leave the knowledge base ready for questions: the merged graph that `met`, `path`
        // and the other questions read is rebuilt now rather than by the first question.
        if (counts_.added + counts_.replaced + counts_.reextracted + counts_.removed > 0) {
            // Seconds on a large base: say what is happening on a terminal.
            const bool tty = isatty(STDERR_FILENO) == 1;
            if (tty) std::cerr << "merging the knowledge base for questions..." << std::flush;
            store_.reset();
            rebuild_snapshot(global_.db);
            if (tty) std::cerr << "\r" << std::string(44, ' ') << "\r" << std::flush;
        }
        return counts_.failed > 0 ? 1 : 0;
    }

private:
    // Documents are committed in batches (one transaction, one WAL sync for up to
    // opt.batch documents or kBatchSeconds of extraction), each document still all
    // or nothing inside its batch. A kill -9 loses at most the open batch; re-running
    // the idempotent ingest adds it.
    static constexpr auto kBatchSeconds = std::chrono::milliseconds(1000);

    void open() {
        if (store_) return;
        const store::Durability durability =
            opt_.durability == "full" ? store::Durability::Full : store::Durability::Normal;
        store_ = store::open_store(global_.db, durability);
        // Which stored document each input is (app/document_identity.h). One stored before
        // with the same bytes is unchanged: counted, not extracted again, so re-running an
        // ingest over a corpus of years costs reading and hashing.
        identities_.emplace(store_->documents());
    }

    void flush() {
        if (batch_.empty()) return;
        std::vector<store::PutItem> items;
        items.reserve(batch_.size());
        for (std::size_t k = 0; k < batch_.size(); ++k)
            items.push_back({&batch_[k], batch_[k].document.raw_sha256, fingerprint_, batch_origins_[k]});
        std::vector<store::PutResult> results;
        try {
            results = store_->put_many(items);
        } catch (const StoreError& e) {
            // The transaction failed as a whole (disk full, I/O error); the database is as
            // it was before the batch. Going on would fail the same way for every batch.
            progress_.clear();
            std::cerr << "kg: error: " << e.what() << "\nkg: error: ingest stopped at " << sources_.front()
                      << ": it and the " << batch_.size() - 1
                      << " documents after it in its batch, and the rest of the input, were not stored; "
                         "nothing stored before was lost\n";
            counts_.failed += batch_.size();
            clear_batch();
            throw IngestStopped{};
        }
        for (std::size_t k = 0; k < results.size(); ++k) {
            const store::PutResult& r = results[k];
            if (!r.outcome) {
                progress_.clear();
                std::cerr << "kg: error: " << sources_[k] << ": not stored: " << r.error << '\n';
                ++counts_.failed;
                continue;
            }
            switch (*r.outcome) {
            case store::PutOutcome::Added: ++counts_.added; break;
            case store::PutOutcome::Unchanged: ++counts_.unchanged; break;
            case store::PutOutcome::Replaced: ++counts_.replaced; break;
            case store::PutOutcome::Duplicate:
                progress_.clear();
                std::cerr << "kg: " << sources_[k] << ": same content as a document already stored; not added again\n";
                ++counts_.duplicate;
                break;
            }
        }
        clear_batch();
    }

    void clear_batch() {
        batch_.clear();
        sources_.clear();
        batch_origins_.clear();
    }

    const IngestOptions& opt_;
    const GlobalOptions& global_;
    extract::Gazetteer gazetteer_;
    extract::Extractor extractor_;
    std::string fingerprint_;
    std::unique_ptr<store::Store> store_;
    std::optional<DocumentIdentities> identities_;
    IngestCounts counts_;
    Progress progress_{0};  // the total is not known while the input streams in
    std::size_t extracted_ = 0;
    std::vector<DocumentExtraction> batch_;
    std::vector<std::string> sources_, batch_origins_;
    std::chrono::steady_clock::time_point batch_started_ = std::chrono::steady_clock::now();
};

int run_ingest(const IngestOptions& opt, const GlobalOptions& global) {
    // Refused before any work (even loading the gazetteer): nothing could be stored.
    std::error_code ec;
    if (std::filesystem::exists(global.db, ec) && !store::writable(global.db))
        throw InputError(global.db + ": read-only: kg ingest needs write access to the file and its folder");
    IngestRun run(opt, global);
    // The content hash is over the bytes as read (RELIABILITY rule 2): a file whose
    // bytes change is re-ingested even when its normalised text does not.
    extract::ReadOptions read_options;
    read_options.raw_hash = store::sha256_hex;
    if (opt.strict) {
        // A warning while reading stores nothing: read everything before storing anything.
        extract::ReadResult input = read_inputs(opt.paths, std::cerr, read_options);
        if (const std::size_t warnings = count_warnings(input.diagnostics); warnings > 0) {
            std::cerr << "kg: error: " << strict_failure(warnings) << "; nothing stored\n";
            return 1;
        }
        try {
            run.add(input.documents);
        } catch (const IngestStopped&) {
            return run.stopped();
        }
        return run.finish(input.failed);
    }
    // Otherwise documents are stored as they are read, in chunks of about kChunkBytes of
    // text, so memory stays bounded whatever the size of the input.
    constexpr std::size_t kChunkBytes = std::size_t{32} << 20;
    std::vector<Document> chunk;
    std::size_t chunk_bytes = 0, documents = 0;
    read_options.each_file = [&](extract::ReadResult& part) {
        print_diagnostics(part.diagnostics, std::cerr);
        for (Document& d : part.documents) {
            chunk_bytes += d.text.size();
            chunk.push_back(std::move(d));
            ++documents;
        }
        if (chunk_bytes >= kChunkBytes || chunk.size() >= 4096) {
            run.add(chunk);
            chunk_bytes = 0;
        }
    };
    try {
        const extract::ReadResult rest = extract::read_documents(opt.paths, read_options);
        if (documents == 0 && rest.failed == 0) throw no_documents_error(opt.paths);
        run.add(chunk);
        return run.finish(rest.failed);
    } catch (const IngestStopped&) {
        return run.stopped();
    }
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
    cmd.footer("Creates the --db file when absent. A document is known by where it came from (a file\n"
               "by its absolute path, a JSON Lines record by its id): read again with the same bytes it\n"
               "is unchanged, with new bytes it replaces its own earlier version, found at a new path\n"
               "(its old one gone) it is moved. Stored documents whose extraction came from other\n"
               "extraction rules, gazetteer data or --aliases files than this run's are extracted again\n"
               "from their stored text. Prints 'added N, unchanged N, replaced N, failed N' (plus\n"
               "'re-extracted N', 'moved N', 'removed N' for JSON Lines records gone from their file,\n"
               "and 'duplicate N' for the bytes of another stored document); the exit status is 1 when\n"
               "any input failed. On a terminal, a running count of documents is shown on standard error.");
    return [opt, &global] { return run_ingest(*opt, global); };
}

}  // namespace kg::cli
