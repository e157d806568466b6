// GraphML and GEXF export speed on one core: builds a synthetic knowledge graph
// of EDGES relations through KnowledgeGraph::add (the way ingest builds one),
// then times write_graphml and write_gexf into files and reports MB/s, and in the
// same run times python-igraph writing a GraphML of the same nodes and arcs
// (bench/igraph_graphml.py; Debian's python3-igraph), printing the ratios.
//   export_bench [EDGES] [OUTPUT_DIR] [--runs N] [--keep] [--no-igraph]
//     (defaults: 1000000, the system temp directory, 3 runs)
//   Each writer (igraph's too) runs N times and the run of least CPU time is
//   reported: on a machine shared with other jobs, the others only ever add time.
//   --keep leaves OUTPUT_DIR/export_bench.graphml and .gexf (to compare the bytes of
//   two builds with cmp); --no-igraph skips the peer. KG_PYTHON names the Python
//   that has igraph (default /usr/bin/python3, where Debian installs it).
//   export_bench html [NODES] [EDGES] [OUTPUT_DIR]   (defaults: 5000, 20000, temp directory)
// The second times write_html (the explorer: selection, Graphviz layout, JSON, page)
// on a graph of about NODES entities and EDGES relations, every evidence with a
// sentence, and leaves OUTPUT_DIR/export_bench.html for timing the page in a browser.
//
// The graph: documents of 1,000 relations each over 400 entities drawn from a pool
// of EDGES/10 (people, countries, organisations, events, programmes), so entities
// recur across documents and merge the way real ones do. Relations are MET with a
// date and mode, ROLE with a title, ATTENDED, CONTRIBUTED with an amount and
// VISITED, every one with its evidence; names include XML specials and non-ASCII
// text so escaping is exercised.
#include <stdio.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "graph/knowledge_graph.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of this process: on a machine shared with other jobs the wall clock
// also counts time spent waiting for a core.
double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Timing {
    double wall = 0, cpu = 0;
};

template <class F>
Timing timed(F&& f) {
    const auto start = Clock::now();
    const double cpu = cpu_seconds();
    f();
    return {seconds_since(start), cpu_seconds() - cpu};
}

// Distinct pronounceable words per number, so person names never share a surname
// (which would make the graph merge them).
std::string word(std::size_t n) {
    static const char* const syllables[] = {"ka", "to", "mi", "ra", "ne", "so", "lu", "vi",
                                            "da", "ge", "ho", "pe", "zu", "ri", "ba", "no"};
    std::string w;
    do {
        w += syllables[n % 16];
        n /= 16;
    } while (n);
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
}

kg::Entity entity_of(std::size_t pool_index) {
    kg::Entity e;
    switch (pool_index % 5) {
        case 0:
        case 1: e.type = kg::EntityType::Person; e.name = word(pool_index) + " " + word(pool_index * 7 + 3) + "son"; break;
        case 2: e.type = kg::EntityType::Country; e.name = "Republic of " + word(pool_index); break;
        case 3: e.type = kg::EntityType::Organization; e.name = word(pool_index) + " & Partners <Fund>"; break;
        default: e.type = kg::EntityType::Event; e.name = "Summit \xE4\xBC\x9A\xE8\xAD\xB0 " + word(pool_index); break;
    }
    e.mentions.push_back(kg::Mention{kg::Span{0, 10}, e.name});
    return e;
}

kg::DocumentExtraction document(std::size_t doc, std::size_t relations, std::size_t pool) {
    constexpr std::size_t kEntitiesPerDoc = 400;
    kg::DocumentExtraction x;
    x.document.id = "doc" + std::to_string(doc) + ".txt";
    x.document.source = "bench/" + x.document.id;
    x.document.date = std::to_string(2000 + doc % 25) + "-" + (doc % 12 < 9 ? "0" : "") +
                      std::to_string(doc % 12 + 1) + "-1" + std::to_string(doc % 10);
    x.document.text = "synthetic";
    const std::size_t base = (doc * 397) % pool;
    for (std::size_t i = 0; i < kEntitiesPerDoc; ++i) x.entities.push_back(entity_of((base + i) % pool));
    for (std::size_t r = 0; r < relations; ++r) {
        kg::Relation rel;
        rel.a = r % kEntitiesPerDoc;
        rel.b = (r * 7 + 1 + r / kEntitiesPerDoc) % kEntitiesPerDoc;
        if (rel.a == rel.b) rel.b = (rel.b + 1) % kEntitiesPerDoc;
        switch (r % 5) {
            case 0: rel.type = kg::RelationType::Met; rel.date = x.document.date; rel.attributes["mode"] = "in-person"; break;
            case 1: rel.type = kg::RelationType::Role; rel.attributes["title"] = "Minister \"for\" Foreign Affairs"; break;
            case 2: rel.type = kg::RelationType::Attended; rel.date = x.document.date; break;
            case 3: rel.type = kg::RelationType::Contributed; rel.attributes["amount"] = "USD " + std::to_string(r) + " million"; break;
            default: rel.type = kg::RelationType::Visited; rel.date = x.document.date; break;
        }
        rel.evidence.push_back(kg::Evidence{x.document.id, kg::Span{r * 40, r * 40 + 39}, "bench", 0.9});
        x.relations.push_back(std::move(rel));
    }
    return x;
}

double file_mb(const std::string& path) {
    return static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
}

// The graph as bench/igraph_graphml.py reads it: the same nodes and the same arcs
// as kg's GraphML (a symmetric relation is two arcs), with a few attributes each.
// Tabs and line breaks cannot occur in the synthetic names.
void write_peer_input(const kg::graph::KnowledgeGraph& g, const std::string& path) {
    std::size_t arcs = 0;
    for (const kg::RelationRecord& r : g.relations()) arcs += kg::is_symmetric(r.type) ? 2 : 1;
    std::ofstream out(path, std::ios::binary);
    out << g.entities().size() << ' ' << arcs << '\n';
    for (const kg::EntityRecord& e : g.entities())
        out << e.name << '\t' << kg::to_string(e.type) << '\t' << e.mention_count << '\n';
    const auto arc = [&](const kg::RelationRecord& r, kg::EntityId from, kg::EntityId to) {
        out << from.value << '\t' << to.value << '\t' << kg::to_string(r.type) << '\t' << r.date << '\t'
            << r.evidence.size() << '\n';
    };
    for (const kg::RelationRecord& r : g.relations()) {
        arc(r, r.a, r.b);
        if (kg::is_symmetric(r.type)) arc(r, r.b, r.a);
    }
    if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

// What bench/igraph_graphml.py reports: python-igraph's version, the wall and CPU
// seconds of write_graphml (with fsync) and the file's size; none when the script
// or igraph is missing.
struct PeerResult {
    std::string version;
    Timing time;
    double mb = 0;
};

std::optional<PeerResult> time_igraph(const kg::graph::KnowledgeGraph& g, const std::filesystem::path& dir,
                                      unsigned runs) {
    const char* env = std::getenv("KG_PYTHON");
    const std::string python = env && *env ? env : "/usr/bin/python3";
    const std::filesystem::path script = std::filesystem::path(KG_SOURCE_DIR) / "bench" / "igraph_graphml.py";
    const std::string input = (dir / "export_bench_igraph.tsv").string();
    const std::string output = (dir / "export_bench_igraph.graphml").string();
    write_peer_input(g, input);
    const std::string command = "'" + python + "' '" + script.string() + "' '" + input + "' '" + output + "' " +
                                std::to_string(runs);
    std::string line;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[256];
        while (std::fgets(buf, sizeof buf, p)) line += buf;
        if (pclose(p) != 0) line.clear();
    }
    std::filesystem::remove(input);
    std::error_code ignored;
    std::filesystem::remove(output, ignored);
    char version[64] = {};
    double wall = 0, cpu = 0, bytes = 0;
    if (std::sscanf(line.c_str(), "igraph %63s %lf %lf %lf", version, &wall, &cpu, &bytes) != 4) return std::nullopt;
    return PeerResult{version, Timing{wall, cpu}, bytes / (1024.0 * 1024.0)};
}

}  // namespace

// The explorer of a graph of about `nodes` entities and `edges` relations.
int html_bench(std::size_t nodes, std::size_t edges, const std::filesystem::path& dir) {
    constexpr std::size_t kPerDoc = 1000;
    auto start = Clock::now();
    kg::graph::KnowledgeGraph g;
    for (std::size_t d = 0; g.relations().size() < edges; ++d)
        g.add(document(d, std::min(kPerDoc, edges - g.relations().size()), nodes));
    std::printf("graph     %zu entities, %zu relations, built in %.2f s\n", g.entities().size(), g.relations().size(),
                seconds_since(start));
    const kg::output::EvidenceText sentence = [](const kg::Evidence& ev) {
        return "Synthetic sentence " + std::to_string(ev.sentence.begin) + " of " + ev.doc_id +
               ", where the minister met her counterpart and they discussed the situation.";
    };
    const std::string path = (dir / "export_bench.html").string();
    const Timing file = timed([&] {
        kg::output::write_file(path, [&](std::ostream& o) { kg::output::write_html(g, o, {}, sentence); });
    });
    std::printf("html      %.2f s wall, %.2f s cpu, %.1f MB (selection, Graphviz layout, JSON, atomic write with fsync)\n",
                file.wall, file.cpu, file_mb(path));
    std::printf("page      %s\n", path.c_str());
    std::printf("target    under 2 s (wall clock) for 5,000 nodes and 20,000 edges: %s\n",
                nodes < 5000 || edges < 20000 ? "n/a (smaller graph)" : file.wall < 2.0 ? "met" : "MISSED");
    return 0;
}

int main(int argc, char** argv) {
    try {
        if (argc > 1 && std::string(argv[1]) == "html") {
            return html_bench(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 5000,
                              argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 20000,
                              argc > 4 ? std::filesystem::path(argv[4]) : std::filesystem::temp_directory_path());
        }
        std::vector<std::string> args;
        bool keep = false;
        bool peer = true;
        unsigned runs = 3;
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            if (a == "--keep") keep = true;
            else if (a == "--runs" && i + 1 < argc) runs = std::max(1U, static_cast<unsigned>(std::atoi(argv[++i])));
            else if (a == "--no-igraph") peer = false;
            else args.push_back(a);
        }
        const std::size_t edges = !args.empty() ? std::strtoull(args[0].c_str(), nullptr, 10) : 1000000;
        const std::filesystem::path dir = args.size() > 1 ? std::filesystem::path(args[1])
                                                          : std::filesystem::temp_directory_path();
        constexpr std::size_t kPerDoc = 1000;
        const std::size_t pool = std::max<std::size_t>(edges / 10, 1000);

        auto start = Clock::now();
        kg::graph::KnowledgeGraph g;
        // The same relation stated in two documents is one record, so add documents
        // until the graph holds the wanted number of relations.
        for (std::size_t d = 0; g.relations().size() < edges; ++d)
            g.add(document(d, std::min(kPerDoc, edges - g.relations().size()), pool));
        std::printf("graph       %zu entities, %zu relations, built in %.2f s; each writer's least cpu time of %u runs\n",
                    g.entities().size(), g.relations().size(), seconds_since(start), runs);

        // The peer first, so that kg's figures are printed next to it.
        std::optional<PeerResult> igraph;
        if (peer) {
            igraph = time_igraph(g, dir, runs);
            if (igraph)
                std::printf("igraph    %.2f s wall, %.2f s cpu, %.1f MB (python-igraph %s write_graphml with fsync; "
                            "same nodes and arcs, fewer attributes)\n",
                            igraph->time.wall, igraph->time.cpu, igraph->mb, igraph->version.c_str());
            else
                std::printf("igraph    not measured (no python-igraph for %s; set KG_PYTHON)\n",
                            std::getenv("KG_PYTHON") ? std::getenv("KG_PYTHON") : "/usr/bin/python3");
        }

        const kg::output::ExportOptions all;
        bool ok = true;
        bool near_peer = true;
        const auto measure = [&](const char* name, const char* ext,
                                 void (*writer)(const kg::graph::KnowledgeGraph&, std::ostream&,
                                                const kg::output::ExportOptions&)) {
            const std::string path = (dir / (std::string("export_bench.") + ext)).string();
            Timing file;
            for (unsigned run = 0; run < runs; ++run) {
                const Timing t =
                    timed([&] { kg::output::write_file(path, [&](std::ostream& o) { writer(g, o, all); }); });
                if (run == 0 || t.cpu < file.cpu) file = t;
            }
            const double mb = file_mb(path);
            std::printf("%-8s  %.2f s wall, %.2f s cpu, %.1f MB, %.0f MB/s (selection, formatting, atomic write with fsync)\n",
                        name, file.wall, file.cpu, mb, mb / file.wall);
            if (igraph && igraph->time.cpu > 0) {
                const double ratio = file.cpu / igraph->time.cpu;
                std::printf("          %.2fx igraph's GraphML in cpu time (%.2f s against %.2f s), %.2fx in wall time\n",
                            ratio, file.cpu, igraph->time.cpu, file.wall / igraph->time.wall);
                near_peer = near_peer && ratio <= 1.5;
            }
            if (!keep) std::filesystem::remove(path);
            ok = ok && file.wall < 5.0;
        };
        measure("graphml", "graphml", &kg::output::write_graphml);
        measure("gexf", "gexf", &kg::output::write_gexf);
        std::printf("target    under 5 s each (to file, wall clock) for 1,000,000 edges: %s\n",
                    edges < 1000000 ? "n/a (fewer edges)" : ok ? "met" : "MISSED");
        if (igraph)
            std::printf("target    within 1.5x of igraph's GraphML writer (cpu time): %s\n", near_peer ? "met" : "MISSED");
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "export_bench: %s\n", e.what());
        return 1;
    }
}
