#include "graph/detail/centrality.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>

namespace kg::graph::detail {
namespace {

// Runs work(piece) for every piece in 0..pieces-1 on up to `threads` threads (the
// calling one among them), each thread taking the next piece nobody has taken. The
// first exception a piece throws is rethrown here once every thread has stopped.
template <class Work>
void for_each_piece(std::size_t pieces, unsigned threads, const Work& work) {
    const std::size_t helpers = std::min<std::size_t>(threads, pieces);
    if (helpers <= 1) {
        for (std::size_t i = 0; i < pieces; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::mutex failed;
    std::exception_ptr error;
    const auto run = [&] {
        try {
            for (std::size_t i = next++; i < pieces; i = next++) work(i);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failed);
            if (!error) error = std::current_exception();
            next = pieces;
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(helpers - 1);
    for (std::size_t t = 1; t < helpers; ++t) pool.emplace_back(run);
    run();
    for (std::thread& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

// The first vertex of piece `p` when `n` vertices are cut into `pieces` runs.
std::size_t piece_start(std::size_t n, std::size_t pieces, std::size_t p) { return n * p / pieces; }

constexpr std::uint32_t kFar = std::numeric_limits<std::uint32_t>::max();

// Breadth-first search state reused from one source to the next: only the
// vertices a search reached are reset afterwards.
struct Search {
    std::vector<std::uint32_t> dist;    // hops from the source, kFar when not reached
    std::vector<std::uint32_t> order;   // vertices in the order reached, the source first
    explicit Search(std::size_t n) : dist(n, kFar) { order.reserve(n); }

    // Fills `order` and `dist`, calling reach(from, to) for every edge from a vertex
    // to one a hop farther from the source (Brandes counts paths there).
    template <class Reach>
    void run(const Adjacency& g, std::uint32_t source, Reach&& reach) {
        order.clear();
        order.push_back(source);
        dist[source] = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const std::uint32_t v = order[i];
            const std::uint32_t next = dist[v] + 1;
            for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
                const std::uint32_t w = g.targets[e];
                if (dist[w] == kFar) {
                    dist[w] = next;
                    order.push_back(w);
                }
                if (dist[w] == next) reach(v, w);
            }
        }
    }
    void reset() {
        for (std::uint32_t v : order) dist[v] = kFar;
    }
};

}  // namespace

unsigned thread_count(unsigned requested) {
    return requested > 0 ? requested : std::max(1U, std::thread::hardware_concurrency());
}

std::vector<double> betweenness(const Adjacency& g, unsigned threads) {
    const std::size_t n = g.size();
    std::vector<double> total(n, 0.0);
    if (n == 0) return total;
    // Sources are cut into a number of pieces that depends on the graph alone (as
    // many as 64, fewer when n is large so their sums fit in about 32 MB); each
    // piece sums its sources' dependencies in source order, and the pieces are added
    // in piece order, so any number of threads gives the same bits.
    const std::size_t pieces = std::clamp<std::size_t>((std::size_t{1} << 22) / n, 1, std::min<std::size_t>(64, n));
    std::vector<std::vector<double>> sums(pieces);
    for_each_piece(pieces, thread_count(threads), [&](std::size_t p) {
        std::vector<double> sum(n, 0.0);
        Search search(n);
        std::vector<double> paths(n, 0.0);       // shortest paths from the source (sigma)
        std::vector<double> dependency(n, 0.0);  // delta
        for (std::size_t s = piece_start(n, pieces, p); s < piece_start(n, pieces, p + 1); ++s) {
            paths[s] = 1.0;
            search.run(g, static_cast<std::uint32_t>(s), [&](std::uint32_t v, std::uint32_t w) { paths[w] += paths[v]; });
            // Back from the farthest vertex, as Boost does: each predecessor v of w
            // gets sigma(v) / sigma(w) * (1 + delta(w)).
            for (std::size_t i = search.order.size(); i-- > 1;) {
                const std::uint32_t w = search.order[i];
                const std::uint32_t before = search.dist[w] - 1;
                for (std::size_t e = g.offsets[w]; e < g.offsets[w + 1]; ++e) {
                    const std::uint32_t v = g.targets[e];
                    if (search.dist[v] != before) continue;
                    double factor = paths[v] / paths[w];
                    factor *= 1.0 + dependency[w];
                    dependency[v] += factor;
                }
                sum[w] += dependency[w];
            }
            for (std::uint32_t v : search.order) paths[v] = dependency[v] = 0.0;
            search.reset();
        }
        sums[p] = std::move(sum);
    });
    for (const std::vector<double>& sum : sums)
        for (std::size_t v = 0; v < n; ++v) total[v] += sum[v];
    // Both orders of every pair were counted.
    for (double& x : total) x /= 2.0;
    return total;
}

std::vector<double> closeness(const Adjacency& g, const std::vector<bool>& wanted, unsigned threads) {
    const std::size_t n = g.size();
    std::vector<double> value(n, 0.0);
    if (n < 2) return value;
    // Each vertex's score is its own search's and written by one thread only.
    const std::size_t pieces = std::min<std::size_t>(n, 256);
    for_each_piece(pieces, thread_count(threads), [&](std::size_t p) {
        Search search(n);
        for (std::size_t v = piece_start(n, pieces, p); v < piece_start(n, pieces, p + 1); ++v) {
            if (!wanted.empty() && !wanted[v]) continue;
            search.run(g, static_cast<std::uint32_t>(v), [](std::uint32_t, std::uint32_t) {});
            // Whole numbers, so the sums are exact in any order.
            double reached = 0.0;
            double total = 0.0;
            for (std::size_t i = 1; i < search.order.size(); ++i) {
                reached += 1.0;
                total += search.dist[search.order[i]];
            }
            if (total > 0.0) value[v] = (reached / static_cast<double>(n - 1)) * (reached / total);
            search.reset();
        }
    });
    return value;
}

std::vector<double> page_rank(const Adjacency& g, double damping, unsigned iterations, unsigned threads) {
    const std::size_t n = g.size();
    if (n == 0) return {};
    std::vector<double> rank(n, 1.0 / static_cast<double>(n));
    std::vector<double> next(n, 0.0);
    const unsigned workers = thread_count(threads);
    // A vertex's new rank reads only old ranks, in its own order of neighbours, so
    // how the vertices are shared out does not change a bit.
    const std::size_t pieces = std::min<std::size_t>(n, std::size_t{workers} * 4);
    for (unsigned it = 0; it < iterations; ++it) {
        for_each_piece(pieces, workers, [&](std::size_t p) {
            for (std::size_t v = piece_start(n, pieces, p); v < piece_start(n, pieces, p + 1); ++v) {
                double sum = 0.0;
                for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
                    const std::uint32_t u = g.targets[e];
                    sum += rank[u] / static_cast<double>(g.degree(u));
                }
                next[v] = (1.0 - damping) + damping * sum;
            }
        });
        rank.swap(next);
    }
    return rank;
}

}  // namespace kg::graph::detail
