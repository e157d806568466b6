// The query functions of graph/queries.h: meeting filters, timelines, the
// Network's paths, neighbourhoods, centrality, components and Louvain communities.
#include "graph/queries.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

using kg::EntityId;
using kg::EntityType;
using kg::RelationId;
using kg::RelationType;
using kg::graph::Centrality;
using kg::graph::KnowledgeGraph;
using kg::graph::Link;
using kg::graph::Network;

namespace {

struct QueryDoc {
    kg::DocumentExtraction x;
    QueryDoc(std::string id, std::string date) {
        x.document.id = std::move(id);
        x.document.date = std::move(date);
    }
    std::size_t entity(EntityType type, std::string name) {
        kg::Entity e;
        e.type = type;
        e.name = std::move(name);
        e.mentions.push_back({{0, 5}, e.name});
        x.entities.push_back(std::move(e));
        return x.entities.size() - 1;
    }
    std::size_t person(std::string name) { return entity(EntityType::Person, std::move(name)); }
    void relation(RelationType type, std::size_t a, std::size_t b, std::map<std::string, std::string> attributes = {},
                  std::string date = {}) {
        kg::Relation r;
        r.type = type;
        r.a = a;
        r.b = b;
        r.date = std::move(date);
        r.attributes = std::move(attributes);
        r.evidence.push_back(kg::Evidence{x.document.id, {0, 10}, "test", 0.9});
        x.relations.push_back(std::move(r));
    }
    void meeting(std::vector<std::size_t> people, kg::MeetingMode mode = kg::MeetingMode::InPerson,
                 std::optional<std::size_t> place = {}) {
        kg::Meeting m;
        m.participants = people;
        m.date = x.document.date;
        m.mode = mode;
        m.place = place;
        m.evidence.push_back(kg::Evidence{x.document.id, {0, 10}, "meeting", 0.9});
        x.meetings.push_back(std::move(m));
        const std::string index = std::to_string(x.meetings.size() - 1);
        for (std::size_t i = 0; i < people.size(); ++i)
            for (std::size_t j = i + 1; j < people.size(); ++j)
                relation(RelationType::Met, people[i], people[j], {{"meeting", index}}, x.document.date);
    }
};

EntityId only_match(const KnowledgeGraph& g, std::string_view name) {
    auto ids = g.find(name);
    REQUIRE(ids.size() == 1);
    return ids[0];
}

// Kishida (ROLE Japan) met Blinken (ROLE United States) in Tokyo in January, and
// Wang by telephone in March; Blinken met Wang in February; Kishida attended a summit.
struct QueryWorld {
    KnowledgeGraph g;
    EntityId kishida, blinken, wang, japan, usa, tokyo, summit;
    std::map<std::string, std::string> dates{{"001.txt", "2023-01-10"}, {"002.txt", "2023-03-05"},
                                             {"003.txt", "2023-02-01"}};
    QueryWorld() {
        QueryDoc d1("001.txt", "2023-01-10");
        auto k = d1.person("Fumio Kishida");
        auto b = d1.person("Antony Blinken");
        auto j = d1.entity(EntityType::Country, "Japan");
        auto u = d1.entity(EntityType::Country, "United States");
        auto t = d1.entity(EntityType::Location, "Tokyo");
        d1.meeting({k, b}, kg::MeetingMode::InPerson, t);
        d1.relation(RelationType::Role, k, j, {{"title", "Prime Minister"}});
        d1.relation(RelationType::Role, b, u, {{"title", "Secretary of State"}});
        QueryDoc d2("002.txt", "2023-03-05");
        auto k2 = d2.person("Kishida");
        auto w = d2.person("Wang Yi");
        auto s = d2.entity(EntityType::Event, "G7 Summit");
        d2.meeting({k2, w}, kg::MeetingMode::Telephone);
        d2.relation(RelationType::Attended, k2, s);
        QueryDoc d3("003.txt", "2023-02-01");
        auto b3 = d3.person("Blinken");
        auto w3 = d3.person("Wang Yi");
        d3.meeting({b3, w3});
        for (auto* d : {&d1, &d2, &d3}) g.add(d->x);
        kishida = only_match(g, "Fumio Kishida");
        blinken = only_match(g, "Antony Blinken");
        wang = only_match(g, "Wang Yi");
        japan = only_match(g, "Japan");
        usa = only_match(g, "United States");
        tokyo = only_match(g, "Tokyo");
        summit = only_match(g, "G7 Summit");
    }
};

std::vector<EntityId> counterparts(const std::vector<kg::graph::MeetingView>& views) {
    std::vector<EntityId> out;
    for (const auto& v : views) out.insert(out.end(), v.counterparts.begin(), v.counterparts.end());
    return out;
}

}  // namespace

TEST_SUITE("graph") {

TEST_CASE("date_within treats short bounds as whole years and months and leaves undated out") {
    using kg::graph::date_within;
    CHECK(date_within("2023-04-04", "2023", "2023"));
    CHECK(date_within("2023-04-04", "2023-04", ""));
    CHECK_FALSE(date_within("2023-03-31", "2023-04", ""));
    CHECK_FALSE(date_within("2024-01-01", "", "2023"));
    CHECK(date_within("", "", ""));
    CHECK_FALSE(date_within("", "2023", ""));
}

TEST_CASE("newer_meeting_key orders meetings as newer_meeting does wherever it gives a key") {
    using kg::MeetingId;
    const std::vector<std::string> dates{"",           "2023",       "2023-01",    "2023-01-01", "2023-01-02",
                                         "2023-01-31", "2023-02",    "2023-12-31", "2024",       "2022-12",
                                         "0000",       "9999-99-99", "2023-00",    "2023-01-00", "2023-1",
                                         "2023/01/01", "20230101",   "2023-01-01T", "abcd",      "2023-0a"};
    std::vector<std::pair<std::string, MeetingId>> meetings;
    for (std::uint32_t id : {0u, 1u, 7u, 4000000000u})
        for (const std::string& d : dates) meetings.emplace_back(d, MeetingId{id});
    std::size_t keyed = 0;
    for (const auto& [xd, x] : meetings)
        for (const auto& [yd, y] : meetings) {
            const auto kx = kg::graph::newer_meeting_key(xd, x), ky = kg::graph::newer_meeting_key(yd, y);
            if (!kx || !ky) continue;
            ++keyed;
            const std::string pair = xd + " " + std::to_string(x.value) + " / " + yd + " " + std::to_string(y.value);
            CHECK_MESSAGE((*kx < *ky) == kg::graph::newer_meeting(xd, x, yd, y), pair);
        }
    CHECK(keyed == 48 * 48);  // the twelve dates of the usual forms, with four ids each
    for (const char* odd : {"2023-00", "2023-01-00", "2023-1", "2023/01/01", "20230101", "2023-01-01T", "abcd", "2023-0a"})
        CHECK_FALSE(kg::graph::newer_meeting_key(odd, MeetingId{1}));
}

TEST_CASE("find_meetings filters by counterpart and mode and place and country and dates") {
    QueryWorld w;
    using kg::graph::MeetingFilter;
    CHECK(counterparts(kg::graph::find_meetings(w.g, w.kishida)) == std::vector<EntityId>{w.wang, w.blinken});
    MeetingFilter f;
    SUBCASE("with") {
        f.with = w.blinken;
        CHECK(counterparts(kg::graph::find_meetings(w.g, w.kishida, f)) == std::vector<EntityId>{w.blinken});
    }
    SUBCASE("mode") {
        f.mode = kg::MeetingMode::Telephone;
        CHECK(counterparts(kg::graph::find_meetings(w.g, w.kishida, f)) == std::vector<EntityId>{w.wang});
    }
    SUBCASE("place") {
        f.place = w.tokyo;
        CHECK(counterparts(kg::graph::find_meetings(w.g, w.kishida, f)) == std::vector<EntityId>{w.blinken});
    }
    SUBCASE("country of a counterpart by ROLE") {
        f.country = w.usa;
        CHECK(counterparts(kg::graph::find_meetings(w.g, w.kishida, f)) == std::vector<EntityId>{w.blinken});
        f.country = w.japan;  // Kishida's own role does not count
        CHECK(kg::graph::find_meetings(w.g, w.kishida, f).empty());
    }
    SUBCASE("dates") {
        f.from = "2023-02";
        CHECK(counterparts(kg::graph::find_meetings(w.g, w.kishida, f)) == std::vector<EntityId>{w.wang});
        f.to = "2023-02";
        CHECK(kg::graph::find_meetings(w.g, w.kishida, f).empty());
    }
    SUBCASE("every meeting newest first without a person") {
        auto all = kg::graph::find_meetings(w.g, std::nullopt, f);
        REQUIRE(all.size() == 3);
        CHECK(w.g.meeting(all[0].meeting).date == "2023-03-05");
        CHECK(w.g.meeting(all[2].meeting).date == "2023-01-10");
        f.country = w.japan;  // without a person every participant counts
        CHECK(kg::graph::find_meetings(w.g, std::nullopt, f).size() == 2);
    }
}

TEST_CASE("meetings_between lists only the meetings of both people") {
    QueryWorld w;
    auto both = kg::graph::meetings_between(w.g, w.blinken, w.wang);
    REQUIRE(both.size() == 1);
    CHECK(w.g.meeting(both[0].meeting).date == "2023-02-01");
    CHECK(kg::graph::meetings_between(w.g, w.wang, w.wang).empty());
}

TEST_CASE("a timeline orders meetings and roles and events by date using document dates for undated relations") {
    QueryWorld w;
    auto t = kg::graph::timeline(w.g, w.kishida, w.dates);
    REQUIRE(t.size() == 4);
    CHECK(t[0].meeting.has_value());  // the Tokyo meeting comes before its ROLE on the same date
    CHECK(t[0].date == "2023-01-10");
    REQUIRE(t[1].relation.has_value());
    CHECK(w.g.relation(*t[1].relation).type == RelationType::Role);
    CHECK(t[1].date_from_document);
    CHECK(t[2].date == "2023-03-05");
    CHECK(t[2].meeting.has_value());
    CHECK(w.g.relation(*t[3].relation).type == RelationType::Attended);
    CHECK(kg::graph::timeline(w.g, w.kishida, w.dates, "2023-02").size() == 2);
}

TEST_CASE("find_in_index over the exported name index answers like find") {
    QueryWorld w;
    const auto entries = w.g.name_index();
    CHECK(std::is_sorted(entries.begin(), entries.end(), [](const auto& x, const auto& y) {
        return x.index != y.index ? x.index < y.index : x.key < y.key;
    }));
    auto type_of = [&](EntityId id) { return w.g.entity(id).type; };
    for (const char* name : {"Kishida", "fumio kishida", "KISHIDA Fumio", "Blinken", "Wang", "Yi Wang", "Japan",
                             "Tokyo", "nobody", "G7 summit"}) {
        INFO(name);
        CHECK(kg::graph::find_in_index(entries, name, std::nullopt, type_of) == w.g.find(name));
        CHECK(kg::graph::find_in_index(entries, name, EntityType::Person, type_of) ==
              w.g.find(name, EntityType::Person));
    }
    CHECK(kg::graph::suggest_names({"Fumio Kishida", "Antony Blinken"}, "Kishda") ==
          std::vector<std::string>{"Fumio Kishida"});
}

TEST_CASE("the network finds every shortest chain and honours relation types") {
    // 0-1-3 and 0-2-3 by MET; 0-3 directly by ROLE.
    std::vector<Link> links{{EntityId{0}, EntityId{1}, RelationId{0}, RelationType::Met},
                            {EntityId{1}, EntityId{3}, RelationId{1}, RelationType::Met},
                            {EntityId{0}, EntityId{2}, RelationId{2}, RelationType::Met},
                            {EntityId{2}, EntityId{3}, RelationId{3}, RelationType::Met},
                            {EntityId{3}, EntityId{0}, RelationId{4}, RelationType::Role}};
    Network net(5, links);
    auto direct = net.shortest_paths(EntityId{0}, EntityId{3});
    REQUIRE(direct.size() == 1);
    CHECK(direct[0].hops == std::vector<RelationId>{RelationId{4}});
    auto by_met = net.shortest_paths(EntityId{0}, EntityId{3}, {RelationType::Met}, true);
    REQUIRE(by_met.size() == 2);
    CHECK(by_met[0].nodes == std::vector<EntityId>{EntityId{0}, EntityId{1}, EntityId{3}});
    CHECK(by_met[1].hops == std::vector<RelationId>{RelationId{2}, RelationId{3}});
    CHECK(net.shortest_paths(EntityId{0}, EntityId{4}).empty());
    CHECK(net.shortest_paths(EntityId{0}, EntityId{9}).empty());

    auto around = net.neighbourhood(EntityId{1}, 1);
    REQUIRE(around.size() == 3);
    CHECK(around[0].entity == EntityId{1});
    CHECK(around[0].depth == 0);
    CHECK(around[2].entity == EntityId{3});
    CHECK(net.relations_of(EntityId{3}) == std::vector<RelationId>{RelationId{1}, RelationId{3}, RelationId{4}});
}

namespace {

// The chains a one-ended breadth-first search over the whole link list gives (what
// Network::shortest_paths did before it read links on demand): distances from a, then
// a walk back from b over the lowest-numbered neighbours one hop nearer a first; at most
// 1000 chains, sorted by their entities.
std::vector<kg::graph::Path> reference_paths(std::size_t n, const std::vector<Link>& links, EntityId a, EntityId b,
                                             const std::vector<RelationType>& via, bool all) {
    auto allowed = [&](RelationType t) { return via.empty() || std::find(via.begin(), via.end(), t) != via.end(); };
    std::vector<std::map<std::uint32_t, std::uint32_t>> next(n);  // neighbour -> lowest relation
    for (const Link& l : links) {
        if (!allowed(l.type) || l.a == l.b) continue;
        for (auto [from, to] : {std::pair(l.a.value, l.b.value), std::pair(l.b.value, l.a.value)}) {
            auto [it, added] = next[from].emplace(to, l.relation.value);
            if (!added) it->second = std::min(it->second, l.relation.value);
        }
    }
    constexpr unsigned kFar = ~0U;
    std::vector<unsigned> dist(n, kFar);
    std::vector<std::uint32_t> queue{a.value};
    dist[a.value] = 0;
    for (std::size_t i = 0; i < queue.size(); ++i)
        for (const auto& [u, r] : next[queue[i]])
            if (dist[u] == kFar) {
                dist[u] = dist[queue[i]] + 1;
                queue.push_back(u);
            }
    std::vector<kg::graph::Path> paths;
    if (dist[b.value] == kFar) return paths;
    std::vector<std::uint32_t> back{b.value};
    bool done = false;
    auto walk = [&](auto& self, std::uint32_t v) -> void {
        if (v == a.value) {
            kg::graph::Path p;
            for (auto it = back.rbegin(); it != back.rend(); ++it) p.nodes.push_back(EntityId{*it});
            for (std::size_t i = 0; i + 1 < p.nodes.size(); ++i)
                p.hops.push_back(RelationId{next[p.nodes[i].value].at(p.nodes[i + 1].value)});
            paths.push_back(std::move(p));
            done = !all || paths.size() == 1000;
            return;
        }
        for (const auto& [u, r] : next[v]) {
            if (done) return;
            if (dist[u] == kFar || dist[u] + 1 != dist[v]) continue;
            back.push_back(u);
            self(self, u);
            back.pop_back();
        }
    };
    walk(walk, b.value);
    std::sort(paths.begin(), paths.end(), [](const kg::graph::Path& x, const kg::graph::Path& y) { return x.nodes < y.nodes; });
    return paths;
}

bool same_paths(const std::vector<kg::graph::Path>& x, const std::vector<kg::graph::Path>& y) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i].nodes != y[i].nodes || x[i].hops != y[i].hops) return false;
    return true;
}

}  // namespace

TEST_CASE("the search from both ends gives the chains of a search over the whole link list, asking each entity once") {
    std::mt19937 rng(12);
    const RelationType types[] = {RelationType::Met, RelationType::Role, RelationType::Attended};
    const std::vector<std::vector<RelationType>> vias{{}, {RelationType::Met}, {RelationType::Met, RelationType::Role}};
    // Random multigraphs of every density (parallel links, self links, several types), and
    // layered ones with more than 1000 shortest chains between their ends.
    std::vector<std::pair<std::size_t, std::vector<Link>>> graphs;
    for (int round = 0; round < 40; ++round) {
        const std::size_t n = 2 + rng() % 24;
        const std::size_t count = rng() % (n * (1 + round % 4));
        std::vector<Link> links;
        for (std::size_t i = 0; i < count; ++i)
            links.push_back(Link{EntityId{static_cast<std::uint32_t>(rng() % n)}, EntityId{static_cast<std::uint32_t>(rng() % n)},
                                 RelationId{static_cast<std::uint32_t>(i)}, types[rng() % 3]});
        std::shuffle(links.begin(), links.end(), rng);  // relation ids out of link order
        graphs.emplace_back(n, std::move(links));
    }
    for (std::size_t width : {2, 6}) {
        std::vector<Link> links;
        const std::size_t layers = 6;
        std::uint32_t id = 0;
        for (std::size_t l = 0; l + 1 < layers; ++l)
            for (std::size_t i = 0; i < width; ++i)
                for (std::size_t j = 0; j < width; ++j)
                    links.push_back(Link{EntityId{static_cast<std::uint32_t>(l * width + i)},
                                         EntityId{static_cast<std::uint32_t>((l + 1) * width + j)}, RelationId{id++},
                                         types[(i + j) % 3]});
        graphs.emplace_back(layers * width, std::move(links));
    }
    std::size_t compared = 0, connected = 0;
    for (const auto& [n, links] : graphs) {
        const Network net(n, links);
        // As the snapshot keeps them: each neighbour once per type, its lowest relation.
        std::vector<std::map<std::pair<std::uint32_t, RelationType>, std::uint32_t>> kept(n);
        for (const Link& l : links)
            for (auto [from, to] : {std::pair(l.a.value, l.b.value), std::pair(l.b.value, l.a.value)}) {
                auto [it, added] = kept[from].emplace(std::pair(to, l.type), l.relation.value);
                if (!added) it->second = std::min(it->second, l.relation.value);
            }
        for (std::uint32_t a = 0; a < n; ++a)
            for (std::uint32_t b = 0; b < n; ++b)
                for (const std::vector<RelationType>& via : vias)
                    for (bool all : {false, true}) {
                        std::map<std::uint32_t, int> asked;
                        const kg::graph::AdjacencyOf links_of = [&](EntityId id) {
                            ++asked[id.value];
                            std::vector<kg::graph::Adjacent> out;
                            for (const auto& [key, r] : kept[id.value])
                                out.push_back(kg::graph::Adjacent{EntityId{key.first}, key.second, RelationId{r}});
                            return out;
                        };
                        const auto want = reference_paths(n, links, EntityId{a}, EntityId{b}, via, all);
                        const auto got = kg::graph::shortest_paths(EntityId{a}, EntityId{b}, links_of, via, all);
                        if (a != b) {
                            CHECK(same_paths(got, want));
                            CHECK(same_paths(net.shortest_paths(EntityId{a}, EntityId{b}, via, all), want));
                        }
                        for (const auto& [id, times] : asked) CHECK(times == 1);
                        ++compared;
                        if (!want.empty()) ++connected;
                    }
    }
    CHECK(compared > 20000);
    CHECK(connected > compared / 4);
    const std::size_t big = graphs.back().first;
    const auto many = kg::graph::shortest_paths(EntityId{0}, EntityId{static_cast<std::uint32_t>(big - 1)},
                                                [&](EntityId id) {
                                                    std::vector<kg::graph::Adjacent> out;
                                                    for (const Link& l : graphs.back().second) {
                                                        if (l.a == id) out.push_back({l.b, l.type, l.relation});
                                                        if (l.b == id) out.push_back({l.a, l.type, l.relation});
                                                    }
                                                    return out;
                                                },
                                                {}, true);
    CHECK(many.size() == 1000);
}

TEST_CASE("betweenness counts each pair once and degree counts distinct neighbours") {
    // A path 0-1-2 with a parallel relation 0-1: 1 lies on the one shortest path 0..2.
    std::vector<Link> links{{EntityId{0}, EntityId{1}, RelationId{0}, RelationType::Met},
                            {EntityId{1}, EntityId{0}, RelationId{1}, RelationType::Role},
                            {EntityId{1}, EntityId{2}, RelationId{2}, RelationType::Met}};
    Network net(3, links);
    auto between = net.rank(Centrality::Betweenness);
    CHECK(between[0].entity == EntityId{1});
    CHECK(between[0].value == doctest::Approx(1.0));
    auto degree = net.rank(Centrality::Degree);
    CHECK(degree[0].value == doctest::Approx(2.0));
    CHECK(degree[1].value == doctest::Approx(1.0));
    // Induced on {0, 2}: no links left.
    auto induced = net.rank(Centrality::Degree, {true, false, true});
    REQUIRE(induced.size() == 2);
    CHECK(induced[0].value == 0.0);
    double sum = 0.0;
    for (const auto& s : net.rank(Centrality::PageRank)) sum += s.value;
    CHECK(sum == doctest::Approx(1.0));
    CHECK(kg::graph::rank_by_count({1.0, 3.0, 2.0})[0].entity == EntityId{1});
}

TEST_CASE("components come largest first and communities split two cliques joined by one link") {
    // Two 4-cliques {0..3} and {4..7} joined by 3-4; 8 is alone.
    std::vector<Link> links;
    std::uint32_t r = 0;
    for (std::uint32_t base : {0U, 4U})
        for (std::uint32_t i = 0; i < 4; ++i)
            for (std::uint32_t j = i + 1; j < 4; ++j)
                links.push_back({EntityId{base + i}, EntityId{base + j}, RelationId{r++}, RelationType::Met});
    links.push_back({EntityId{3}, EntityId{4}, RelationId{r++}, RelationType::Met});
    Network net(9, links);
    auto comps = net.components();
    REQUIRE(comps.size() == 2);
    CHECK(comps[0].size() == 8);
    CHECK(comps[1] == std::vector<EntityId>{EntityId{8}});

    kg::graph::Communities c = net.communities();
    REQUIRE(c.groups.size() == 3);
    CHECK(c.groups[0] == std::vector<EntityId>{EntityId{0}, EntityId{1}, EntityId{2}, EntityId{3}});
    CHECK(c.groups[1] == std::vector<EntityId>{EntityId{4}, EntityId{5}, EntityId{6}, EntityId{7}});
    // Q = 2 * (12/26 - (13/26)^2) for this partition.
    CHECK(c.modularity == doctest::Approx(2.0 * (12.0 / 26.0 - 0.25)));
    CHECK(net.communities().groups == c.groups);  // deterministic
    CHECK(Network(0, {}).communities().groups.empty());
}

TEST_CASE("network_of and meeting_counts follow the knowledge graph") {
    QueryWorld w;
    Network net = kg::graph::network_of(w.g);
    CHECK(net.entity_count() == w.g.entities().size());
    CHECK(net.link_count() == w.g.relations().size());
    auto counts = kg::graph::meeting_counts(w.g);
    CHECK(counts[w.kishida.value] == 2.0);
    CHECK(counts[w.japan.value] == 0.0);
    auto path = net.shortest_paths(w.kishida, w.usa);
    REQUIRE(path.size() == 1);
    CHECK(path[0].nodes.size() == 3);  // Kishida - Blinken - United States
}

}
