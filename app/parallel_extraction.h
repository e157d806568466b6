#pragma once
// Runs the extractor over many documents on worker threads and hands the results
// back one by one in input order, so `kg ingest` stores (and reports) documents in
// the order it was given them while every core extracts. At most `window`
// extractions are held ahead of the consumer, so memory stays bounded.
//
//   ParallelExtraction run(extractor, docs, threads);
//   while (std::optional<DocumentExtraction> x = run.next()) store(*x);

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "model/types.h"

namespace kg::cli {

class ParallelExtraction {
public:
    // `docs` must outlive this object. threads == 0 means one per core.
    ParallelExtraction(const extract::Extractor& extractor, const std::vector<const Document*>& docs,
                       std::size_t threads = 0, std::size_t window = 512);
    ~ParallelExtraction();  // stops and joins the workers
    ParallelExtraction(const ParallelExtraction&) = delete;
    ParallelExtraction& operator=(const ParallelExtraction&) = delete;

    // The next document's extraction in input order; nullopt after the last.
    // Rethrows what the extractor threw for that document.
    std::optional<DocumentExtraction> next();

private:
    struct Slot {
        std::optional<DocumentExtraction> result;
        std::exception_ptr error;
        bool ready = false;
    };
    void work();
    bool batch_ready() const;  // documents consumed_ and wanted_ are both ready (mutex_ held)

    const extract::Extractor& extractor_;
    const std::vector<const Document*>& docs_;
    std::vector<Slot> slots_;  // ring of `window` slots: document i lives in slot i % window
    std::mutex mutex_;
    std::condition_variable slot_ready_, slot_free_;
    std::size_t claimed_ = 0;   // next document a worker takes
    std::size_t consumed_ = 0;  // next document next() returns
    // next() waiting: it sleeps until documents consumed_ and wanted_ (kBatch on at most) are
    // ready, and only the worker that makes them so wakes it
    static constexpr std::size_t kBatch = 16;
    std::size_t wanted_ = 0;
    bool waiting_ = false;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace kg::cli
