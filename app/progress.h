#pragma once
// A progress bar on standard error for long commands (ingest, reextract):
//
//   kg::cli::Progress progress(documents.size());
//   progress.show(i + 1, doc.id);   ...   progress.clear();

#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <iostream>
#include <string>

namespace kg::cli {

// "\r[#####.....]  3/40 017.txt" on a terminal, so a long ingest shows it is alive
// ("\r3 documents 017.txt" when the total is not known: total 0); nothing at all when
// stderr is a file or a pipe (logs stay clean).
class Progress {
public:
    explicit Progress(std::size_t total) : total_(total), enabled_(isatty(STDERR_FILENO) == 1) {}
    void show(std::size_t done, const std::string& what) {
        if (!enabled_) return;
        constexpr std::size_t kBar = 20;
        std::string line;
        if (total_ == 0) {
            line = std::to_string(done) + (done == 1 ? " document " : " documents ") + what;
        } else {
            const std::size_t filled = std::min(done, total_) * kBar / total_;
            // (appended piece by piece: GCC 12 at -O3 warns falsely of an overlap in "[" + string&&)
            line.reserve(kBar + 32 + what.size());
            line.push_back('[');
            line.append(filled, '#').append(kBar - filled, '.').append("] ");
            line.append(std::to_string(done)).append("/").append(std::to_string(total_)).append(" ").append(what);
        }
        if (line.size() > 78) line.resize(78);
        std::cerr << '\r' << line << std::string(line.size() < width_ ? width_ - line.size() : 0, ' ') << std::flush;
        width_ = line.size();
    }
    void clear() {
        if (enabled_ && width_ > 0) std::cerr << '\r' << std::string(width_, ' ') << '\r' << std::flush;
        width_ = 0;
    }

private:
    std::size_t total_;
    bool enabled_;
    std::size_t width_ = 0;
};


}  // namespace kg::cli
