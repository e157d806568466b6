#pragma once
// Breadth-first hop counts over any Boost graph whose vertices are indices, bounded
// by a depth limit and stopping early at a goal. Shared by the knowledge graph's
// own path queries and the read-only query network.

#include <algorithm>
#include <cstddef>
#include <deque>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>

namespace kg::graph::detail {

inline constexpr unsigned kUnreached = std::numeric_limits<unsigned>::max();

// all_shortest stops after this many chains: the count can grow exponentially.
inline constexpr std::size_t kMaxChains = 1000;

// Every shortest chain from a to b, or the first one unless `all`: walking back from b over
// `closer(v)` (the neighbours of v one hop nearer a, in the order to try them), `record(back)`
// takes each chain as walked (b first), up to kMaxChains. Iterative: chains can be long.
// Shared by the graph in memory and the snapshot's adjacency rows.
template <class V, class Closer, class Record>
void walk_back_chains(V a, V b, bool all, Closer&& closer, Record&& record) {
    std::vector<V> back{b};
    std::vector<std::pair<std::vector<V>, std::size_t>> stack;
    stack.emplace_back(closer(b), 0);
    std::size_t recorded = 0;
    while (!stack.empty() && recorded < kMaxChains) {
        auto& [options, next] = stack.back();
        if (next == options.size()) {
            stack.pop_back();
            back.pop_back();
            continue;
        }
        const V u = options[next++];
        back.push_back(u);
        if (u == a) {
            record(back);
            ++recorded;
            if (!all) break;
            back.pop_back();
            continue;
        }
        stack.emplace_back(closer(u), 0);
    }
}

// A FIFO queue for Boost's BFS that refuses vertices at or beyond `limit` hops, so
// the search stops expanding once the wanted depth is reached.
struct BoundedQueue {
    std::deque<std::size_t> queue;
    const std::vector<unsigned>* dist = nullptr;
    const unsigned* limit = nullptr;
    void push(std::size_t v) {
        if ((*dist)[v] < *limit) queue.push_back(v);
    }
    void pop() { queue.pop_front(); }
    std::size_t& top() { return queue.front(); }
    const std::size_t& top() const { return queue.front(); }
    bool empty() const { return queue.empty(); }
    std::size_t size() const { return queue.size(); }
};

// Records hop counts; once `goal` is reached nothing at its depth or deeper is expanded.
struct DistanceRecorder : boost::default_bfs_visitor {
    std::vector<unsigned>* dist = nullptr;
    unsigned* limit = nullptr;
    std::optional<std::size_t> goal;
    template <class Edge, class G>
    void tree_edge(const Edge& e, const G& g) const {
        const std::size_t from = boost::source(e, g);
        const std::size_t to = boost::target(e, g);
        (*dist)[to] = (*dist)[from] + 1;
        if (goal && to == *goal) *limit = std::min(*limit, (*dist)[to]);
    }
};

// Hop counts from `s` over the `n` vertices of `g` (kUnreached when farther than
// `limit` or unconnected).
template <class G>
std::vector<unsigned> bfs_distances(const G& g, std::size_t n, std::size_t s, unsigned limit,
                                    std::optional<std::size_t> goal = {}) {
    std::vector<unsigned> dist(n, kUnreached);
    std::vector<boost::default_color_type> colour(n, boost::white_color);
    dist[s] = 0;
    BoundedQueue queue;
    queue.dist = &dist;
    queue.limit = &limit;
    DistanceRecorder recorder;
    recorder.dist = &dist;
    recorder.limit = &limit;
    recorder.goal = goal;
    boost::breadth_first_visit(g, static_cast<typename boost::graph_traits<G>::vertex_descriptor>(s), queue, recorder,
                               boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g)));
    return dist;
}

}  // namespace kg::graph::detail
