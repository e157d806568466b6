// Betweenness, closeness and PageRank on several threads (graph/detail/centrality.h):
// the same bits for any thread count, and Boost's single-thread results.
#include "graph/detail/centrality.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph/knowledge_graph.h"
#include "graph/queries.h"

namespace {

using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using kg::graph::detail::adjacency_of;

// A simple graph of `n` vertices and about `edges` edges from a fixed linear
// congruential sequence, with a few vertices left out of it (a disconnected rest).
Simple generated(std::size_t n, std::size_t edges, std::uint64_t seed) {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::uint64_t x = seed;
    const auto next = [&x] {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        return x >> 33;
    };
    const std::size_t joined = n - n / 10;  // the last tenth: isolated vertices and one pair
    for (std::size_t i = 0; i < edges; ++i) {
        // Skewed: low-numbered vertices are busier, as central people are.
        const std::size_t a = next() % joined;
        const std::size_t b = (next() % (a + 1) + next() % joined) % joined;
        if (a != b) pairs.emplace_back(std::min(a, b), std::max(a, b));
    }
    pairs.emplace_back(n - 2, n - 1);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return Simple(pairs.begin(), pairs.end(), n);
}

std::vector<double> boost_betweenness(const Simple& g) {
    std::vector<double> value(boost::num_vertices(g), 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(value.begin(), boost::get(boost::vertex_index, g)));
    return value;
}

std::vector<double> boost_page_rank(const Simple& g) {
    std::vector<double> value(boost::num_vertices(g), 0.0);
    boost::graph::page_rank(g, boost::make_iterator_property_map(value.begin(), boost::get(boost::vertex_index, g)),
                            boost::graph::n_iterations(30));
    return value;
}

// Wasserman-Faust closeness through Boost's breadth-first search.
std::vector<double> boost_closeness(const Simple& g) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<double> value(n, 0.0);
    for (std::size_t s = 0; s < n; ++s) {
        std::vector<std::size_t> dist(n, 0);
        std::vector<bool> seen(n, false);
        seen[s] = true;
        struct Recorder : boost::default_bfs_visitor {
            std::vector<std::size_t>* dist;
            std::vector<bool>* seen;
            void tree_edge(Simple::edge_descriptor e, const Simple& gr) const {
                (*dist)[boost::target(e, gr)] = (*dist)[boost::source(e, gr)] + 1;
                (*seen)[boost::target(e, gr)] = true;
            }
        } recorder;
        recorder.dist = &dist;
        recorder.seen = &seen;
        boost::breadth_first_search(g, s, boost::visitor(recorder));
        double reached = 0.0, total = 0.0;
        for (std::size_t v = 0; v < n; ++v)
            if (seen[v] && v != s) {
                reached += 1.0;
                total += static_cast<double>(dist[v]);
            }
        if (total > 0.0) value[s] = (reached / static_cast<double>(n - 1)) * (reached / total);
    }
    return value;
}

void check_near(const std::vector<double>& got, const std::vector<double>& want, double tolerance) {
    REQUIRE(got.size() == want.size());
    for (std::size_t v = 0; v < got.size(); ++v) {
        INFO("vertex " << v);
        CHECK(std::fabs(got[v] - want[v]) <= tolerance);
    }
}

}  // namespace

TEST_CASE("betweenness closeness and PageRank equal Boost's one-thread results on small graphs") {
    // A star, a path, a cycle with a chord, and generated graphs with a disconnected rest.
    std::vector<Simple> graphs;
    {
        std::vector<std::pair<int, int>> star{{0, 1}, {0, 2}, {0, 3}, {0, 4}};
        graphs.emplace_back(star.begin(), star.end(), 5);
        std::vector<std::pair<int, int>> path{{0, 1}, {1, 2}, {2, 3}};
        graphs.emplace_back(path.begin(), path.end(), 4);
        std::vector<std::pair<int, int>> cycle{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}, {1, 4}};
        graphs.emplace_back(cycle.begin(), cycle.end(), 7);
    }
    for (std::uint64_t seed = 1; seed <= 4; ++seed) graphs.push_back(generated(40 + 20 * seed, 120 * seed, seed));
    for (const Simple& g : graphs) {
        const kg::graph::detail::Adjacency a = adjacency_of(g);
        for (unsigned threads : {1U, 3U}) {
            INFO(boost::num_vertices(g) << " vertices, " << threads << " threads");
            check_near(kg::graph::detail::betweenness(a, threads), boost_betweenness(g), 1e-9);
            check_near(kg::graph::detail::closeness(a, {}, threads), boost_closeness(g), 1e-12);
            // The same arithmetic in the same order as Boost's: the same bits.
            CHECK(kg::graph::detail::page_rank(a, 0.85, 30, threads) == boost_page_rank(g));
        }
    }
    // The star's centre lies on all 6 shortest paths between its leaves.
    CHECK(kg::graph::detail::betweenness(adjacency_of(graphs[0]), 2)[0] == 6.0);
}

TEST_CASE("betweenness closeness and PageRank give the same bits on any number of threads") {
    const Simple g = generated(1500, 6000, 7);
    const kg::graph::detail::Adjacency a = adjacency_of(g);
    const std::vector<double> between = kg::graph::detail::betweenness(a, 1);
    std::vector<bool> wanted(boost::num_vertices(g));
    for (std::size_t v = 0; v < wanted.size(); ++v) wanted[v] = v % 3 != 0;
    const std::vector<double> close = kg::graph::detail::closeness(a, wanted, 1);
    const std::vector<double> rank = kg::graph::detail::page_rank(a, 0.85, 30, 1);
    // Not all zero: the comparisons below compare something.
    CHECK(*std::max_element(between.begin(), between.end()) > 1000.0);
    CHECK(close[1] > 0.0);
    CHECK(close[3] == 0.0);  // not wanted
    CHECK(close[1499] > 0.0);  // the lone pair: reaches one vertex of 1499
    for (unsigned threads : {2U, 3U, 8U, 0U}) {
        INFO(threads << " threads");
        CHECK(kg::graph::detail::betweenness(a, threads) == between);
        CHECK(kg::graph::detail::closeness(a, wanted, threads) == close);
        CHECK(kg::graph::detail::page_rank(a, 0.85, 30, threads) == rank);
    }
}

TEST_CASE("KnowledgeGraph and Network rankings are the same on one thread and on four") {
    // People meeting in a ring with chords, every third also visiting a country.
    kg::DocumentExtraction x;
    x.document.id = "ring.txt";
    x.document.date = "2024-01-01";
    constexpr std::size_t kPeople = 60;
    for (std::size_t i = 0; i < kPeople; ++i) {
        kg::Entity e;
        e.type = kg::EntityType::Person;
        // (second letters are consonants: names that differ by a vowel alone are one person's spellings)
        e.name = "Person " + std::string(1, static_cast<char>('A' + i / 15)) + std::string(1, "bcdfgjlmnqrtvwz"[i % 15]) + "son";
        e.mentions.push_back({{0, 5}, e.name});
        x.entities.push_back(std::move(e));
    }
    kg::Entity country;
    country.type = kg::EntityType::Country;
    country.name = "Japan";
    country.mentions.push_back({{0, 5}, country.name});
    x.entities.push_back(std::move(country));
    const auto relate = [&](kg::RelationType type, std::size_t a, std::size_t b) {
        kg::Relation r;
        r.type = type;
        r.a = a;
        r.b = b;
        r.evidence.push_back({x.document.id, {0, 10}, "test", 1.0});
        x.relations.push_back(std::move(r));
    };
    for (std::size_t i = 0; i < kPeople; ++i) {
        relate(kg::RelationType::Met, i, (i + 1) % kPeople);
        if (i % 7 == 0) relate(kg::RelationType::Met, i, (i * 13 + 5) % kPeople);
        if (i % 3 == 0) relate(kg::RelationType::Visited, i, kPeople);
    }
    kg::graph::KnowledgeGraph g;
    g.add(x);
    REQUIRE(g.entities().size() == kPeople + 1);
    const kg::graph::Network net = kg::graph::network_of(g);
    std::vector<bool> people(g.entities().size());
    for (const kg::EntityRecord& e : g.entities()) people[e.id.value] = e.type == kg::EntityType::Person;
    const auto same = [](const std::vector<kg::graph::Score>& a, const std::vector<kg::graph::Score>& b) {
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].entity == b[i].entity);
            CHECK(a[i].value == b[i].value);
        }
    };
    using kg::graph::Centrality;
    for (Centrality by : {Centrality::Betweenness, Centrality::Closeness, Centrality::PageRank}) {
        INFO("measure " << static_cast<int>(by));
        const auto one = g.rank(by, kg::EntityType::Person, 1);
        CHECK(one.front().value > 0.0);
        same(g.rank(by, kg::EntityType::Person, 4), one);
        same(g.rank(by, std::nullopt, 4), g.rank(by, std::nullopt, 1));
        same(net.rank(by, people, 4), net.rank(by, people, 1));
        same(net.rank(by, {}, 4), net.rank(by, {}, 1));
    }
}
