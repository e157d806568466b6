#pragma once
// Betweenness, closeness and PageRank on every core, over an undirected simple
// graph held as adjacency arrays. Shared by KnowledgeGraph::rank and Network::rank.
//
// Every result is the same to the last bit whatever the thread count: work is cut
// into pieces that depend only on the graph (sources for betweenness and
// closeness, vertices for PageRank), each piece is computed alone, and pieces are
// combined in a fixed order. Betweenness equals Boost's brandes_betweenness_
// centrality up to the order of a floating-point sum; closeness and PageRank are
// the same arithmetic as Boost's in the same order, so the same bits.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg::graph::detail {

// The neighbours of v are targets[offsets[v] .. offsets[v + 1]), each edge listed at
// both ends, in the order the graph it was made from lists them.
struct Adjacency {
    std::vector<std::size_t> offsets{0};
    std::vector<std::uint32_t> targets;
    std::size_t size() const { return offsets.size() - 1; }
    std::size_t degree(std::size_t v) const { return offsets[v + 1] - offsets[v]; }
};

// The adjacency of an undirected Boost graph whose vertices are 0..n-1, in the
// graph's own order of adjacent vertices (Boost's functions, found by argument-
// dependent lookup, so this header needs no Boost header of its own).
template <class G>
Adjacency adjacency_of(const G& g) {
    Adjacency a;
    const std::size_t n = num_vertices(g);
    a.offsets.reserve(n + 1);
    for (std::size_t v = 0; v < n; ++v) {
        for (auto [it, end] = adjacent_vertices(v, g); it != end; ++it)
            a.targets.push_back(static_cast<std::uint32_t>(*it));
        a.offsets.push_back(a.targets.size());
    }
    return a;
}

// `requested`, or the number of hardware threads when 0 (at least 1).
unsigned thread_count(unsigned requested);

// Brandes betweenness, unnormalised, each unordered pair of ends counted once
// (Boost's result on an undirected graph).
std::vector<double> betweenness(const Adjacency& g, unsigned threads);

// Wasserman-Faust closeness, (r / (n - 1)) * (r / total distance) over the r
// vertices a vertex reaches; 0 for vertices with wanted[v] false (all are wanted
// when `wanted` is empty) and for those that reach none.
std::vector<double> closeness(const Adjacency& g, const std::vector<bool>& wanted, unsigned threads);

// Boost's page_rank on an undirected graph: every rank starts at 1/n, then
// `iterations` steps of r'(v) = (1 - damping) + damping * sum over neighbours u of
// r(u) / degree(u). Not normalised.
std::vector<double> page_rank(const Adjacency& g, double damping, unsigned iterations, unsigned threads);

}  // namespace kg::graph::detail
