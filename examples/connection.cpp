// Connection: how are two entities linked? Reads a folder of press releases,
// builds the knowledge graph and prints the shortest chain of relations between
// two names (people, countries, organisations...).
//
//   connection examples/corpus "Tsuji" "Stoltenberg"
//   Kiyoto Tsuji -[MET 2024-04-04]- Mircea Geoana -[ROLE]- North Atlantic Treaty Organization ...

#include <algorithm>
#include <exception>
#include <map>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/reader.h"
#include "graph/knowledge_graph.h"
#include "graph/queries.h"
#include "model/error.h"

namespace {

// The single entity a name denotes; prints why not and returns nothing otherwise.
std::optional<kg::EntityId> lookup(const kg::graph::KnowledgeGraph& g, const std::string& name) {
    std::vector<kg::EntityId> found = g.find(name);
    if (found.empty()) {
        std::cerr << "connection: no entity named '" << name << "'";
        std::vector<std::string> close = g.suggest(name);
        for (std::size_t i = 0; i < close.size(); ++i) std::cerr << (i ? ", " : "; did you mean: ") << close[i];
        std::cerr << '\n';
        return std::nullopt;
    }
    return found.front();  // best match first
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: connection DIR NAME NAME\n";
        return 2;
    }
    try {
        kg::extract::ReadResult input = kg::extract::read_documents({argv[1]});
        const kg::extract::Gazetteer gazetteer = kg::extract::Gazetteer::load_default();
        const kg::extract::Extractor extractor(gazetteer);
        kg::graph::KnowledgeGraph graph;
        for (const kg::Document& doc : input.documents) graph.add(extractor.extract(doc));

        std::optional<kg::EntityId> a = lookup(graph, argv[2]);
        std::optional<kg::EntityId> b = lookup(graph, argv[3]);
        if (!a || !b) return 1;

        std::vector<kg::graph::Path> paths = graph.shortest_paths(*a, *b);
        if (paths.empty()) {
            std::cout << graph.entity(*a).name << " and " << graph.entity(*b).name << " are not connected\n";
            return 0;
        }
        const kg::graph::Path& p = paths.front();
        std::cout << graph.entity(p.nodes.front()).name;
        for (std::size_t i = 0; i < p.hops.size(); ++i) {
            const kg::RelationRecord& r = graph.relation(p.hops[i]);
            std::cout << " -[" << kg::to_string(r.type) << (r.date.empty() ? "" : " " + r.date) << "]- "
                      << graph.entity(p.nodes[i + 1]).name;
        }
        std::cout << '\n';
        // Each hop's evidence: the sentence of the document that states it.
        std::map<std::string, const kg::Document*> documents;
        for (const kg::Document& doc : input.documents) documents.emplace(doc.id, &doc);
        for (kg::RelationId hop : p.hops) {
            const kg::RelationRecord& r = graph.relation(hop);
            if (r.evidence.empty()) continue;
            const kg::Evidence& e = r.evidence.front();
            std::cout << "  " << kg::to_string(r.type) << ": " << e.doc_id << ", rule " << e.rule << '\n';
            if (auto d = documents.find(e.doc_id); d != documents.end() && e.sentence.end <= d->second->text.size())
                std::cout << "    \"" << d->second->text.substr(e.sentence.begin, e.sentence.size()) << "\"\n";
        }
        // The communities the two ends belong to (Louvain modularity classes).
        const kg::graph::Communities communities = kg::graph::network_of(graph).communities();
        for (const kg::EntityId end : {*a, *b})
            for (const auto& group : communities.groups)
                if (std::find(group.begin(), group.end(), end) != group.end())
                    std::cout << graph.entity(end).name << " belongs to a community of " << group.size()
                              << (group.size() == 1 ? " entity\n" : " entities\n");
        return 0;
    } catch (const kg::Error& e) {
        std::cerr << "connection: error: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "connection: internal error: " << e.what() << '\n';
        return 1;
    }
}
