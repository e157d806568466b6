// Who met whom: reads a folder of press releases, extracts them, merges the
// extractions into a knowledge graph and prints every meeting that took place,
// newest first.
// The library used directly, without the kg tool or a database.
//
//   who_met_whom examples/corpus
//   2023-04-04  Yoshimasa Hayashi met Jens Stoltenberg  in Brussels  (corpus/002_6f339f2360b3421b.txt)

#include <exception>
#include <iostream>
#include <string>

#include "extract/extractor.h"
#include "extract/reader.h"
#include "graph/knowledge_graph.h"
#include "graph/queries.h"
#include "model/error.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: who_met_whom DIR\n";
        return 2;
    }
    try {
        kg::extract::ReadResult input = kg::extract::read_documents({argv[1]});
        for (const kg::Diagnostic& d : input.diagnostics) std::cerr << d.source << ": " << d.message << '\n';

        const kg::extract::Gazetteer gazetteer = kg::extract::Gazetteer::load_default();
        const kg::extract::Extractor extractor(gazetteer);
        kg::graph::KnowledgeGraph graph;
        for (const kg::Document& doc : input.documents) graph.add(extractor.extract(doc));

        // Every meeting that took place, newest first (graph/queries.h; a MeetingFilter
        // narrows it: with whom, counterparts' country or organisation, place, mode, dates).
        for (const kg::graph::MeetingView& v : kg::graph::find_meetings(graph, std::nullopt)) {
            const kg::MeetingRecord& m = graph.meeting(v.meeting);
            std::string people;
            for (std::size_t i = 0; i < m.participants.size(); ++i) {
                if (i > 0) people += i + 1 == m.participants.size() ? " met " : ", ";
                people += graph.entity(m.participants[i]).name;
            }
            std::cout << (m.date.empty() ? "(undated)" : m.date) << "  " << people;
            if (m.place) std::cout << "  in " << graph.entity(*m.place).name;
            std::cout << "  (";
            for (std::size_t i = 0; i < m.documents.size(); ++i) std::cout << (i ? ", " : "") << m.documents[i];
            std::cout << ")\n";
        }
        return input.failed == 0 ? 0 : 1;
    } catch (const kg::Error& e) {
        std::cerr << "who_met_whom: error: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "who_met_whom: internal error: " << e.what() << '\n';
        return 1;
    }
}
