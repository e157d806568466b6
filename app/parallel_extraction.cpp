#include "app/parallel_extraction.h"

#include <algorithm>

namespace kg::cli {

ParallelExtraction::ParallelExtraction(const extract::Extractor& extractor, const std::vector<const Document*>& docs,
                                       std::size_t threads, std::size_t window)
    : extractor_(extractor), docs_(docs), slots_(std::max<std::size_t>(window, 1)) {
    if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
    threads = std::min(threads, std::max<std::size_t>(docs.size(), 1));
    workers_.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

ParallelExtraction::~ParallelExtraction() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    slot_free_.notify_all();
    for (std::thread& t : workers_) t.join();
}

void ParallelExtraction::work() {
    for (;;) {
        std::size_t i = 0;
        {
            std::unique_lock lock(mutex_);
            // Wait while the ring is full: the consumer has not yet taken document
            // claimed_ - window, whose slot this one would reuse.
            slot_free_.wait(lock, [&] { return stopping_ || claimed_ < consumed_ + slots_.size(); });
            if (stopping_ || claimed_ >= docs_.size()) return;
            i = claimed_++;
        }
        Slot done;
        try {
            done.result = extractor_.extract(*docs_[i]);
        } catch (...) {
            done.error = std::current_exception();
        }
        bool wake = false;
        {
            std::lock_guard lock(mutex_);
            Slot& slot = slots_[i % slots_.size()];
            slot = std::move(done);
            slot.ready = true;
            wake = waiting_ && batch_ready();
        }
        if (wake) slot_ready_.notify_all();
    }
}

bool ParallelExtraction::batch_ready() const {
    return slots_[consumed_ % slots_.size()].ready && slots_[wanted_ % slots_.size()].ready;
}

std::optional<DocumentExtraction> ParallelExtraction::next() {
    std::unique_lock lock(mutex_);
    if (consumed_ >= docs_.size()) return std::nullopt;
    Slot& slot = slots_[consumed_ % slots_.size()];
    if (!slot.ready) {
        // Sleeps until a batch of documents is ready, not the next one alone: woken for each
        // document (a futex call on each side, and a switch of threads), a one-thread run spent
        // about 5 % of its time waking and sleeping.
        wanted_ = std::min({consumed_ + kBatch, docs_.size(), consumed_ + slots_.size()}) - 1;
        waiting_ = true;
        slot_ready_.wait(lock, [&] { return batch_ready(); });
        waiting_ = false;
    }
    Slot taken = std::move(slot);
    slot = Slot{};
    ++consumed_;
    lock.unlock();
    slot_free_.notify_all();
    if (taken.error) std::rethrow_exception(taken.error);
    return std::move(taken.result);
}

}  // namespace kg::cli
