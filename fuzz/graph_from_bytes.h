#pragma once
// Builds a KnowledgeGraph from fuzz bytes the way the CLI builds one: one or two
// DocumentExtractions (entities, relations, meetings, evidence) merged with
// KnowledgeGraph::add. Names mix raw bytes with tokens that have broken escapers
// before (quotes, backslashes, ]]>, DOT keywords, BOMs, ill-formed UTF-8, controls).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::fuzz {

// Hands out the input a byte or a string at a time; zeros once exhausted.
class ByteSource {
public:
    ByteSource(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    bool empty() const { return pos_ >= size_; }
    std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : byte() % n; }

    // Up to `max_pieces` pieces, each a raw byte or one of the hostile tokens.
    std::string text(std::size_t max_pieces) {
        static constexpr std::string_view kTokens[] = {
            "\"",   "\\",    "<",   ">",   "&",     "]]>",         "'",     "node",   "edge",   "graph",
            "-.",   "\n",    "\r",  "\t",  " ",     "\xEF\xBB\xBF", "\xFF", "\xC0\xAF", "\xED\xA0\x80",
            "\xEF\xBF\xBE", "\x01", "\x7F", "\xC2\x85", "&amp;", "--", "->", "{", "}", "|", "\\N",
            "\xE2\x80\xAE", "\xE2\x80\x8B", "Taro", "Yamada", "Hayashi", "Japan", "strict", "-1", ".5", "\\\"",
        };
        constexpr std::size_t kTokenCount = sizeof kTokens / sizeof kTokens[0];
        std::string s;
        const std::size_t pieces = below(max_pieces + 1);
        for (std::size_t i = 0; i < pieces && !empty(); ++i) {
            const std::uint8_t b = byte();
            if (b < kTokenCount * 2) s += kTokens[b % kTokenCount];
            else s += static_cast<char>(byte());
        }
        return s;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

inline std::string fuzz_date(ByteSource& in) {
    switch (in.below(4)) {
        case 0: return "";
        case 1: return "2023-0" + std::to_string(1 + in.below(9)) + "-1" + std::to_string(in.below(10));
        case 2: return "2024-1" + std::to_string(in.below(3));
        default: return in.text(6);
    }
}

inline DocumentExtraction extraction_from_bytes(ByteSource& in, std::size_t document) {
    DocumentExtraction x;
    x.document.id = "d" + std::to_string(document) + in.text(4);
    x.document.source = "fuzz://" + x.document.id;
    x.document.title = in.text(6);
    x.document.date = fuzz_date(in);
    x.document.text = std::string(200, 'x');

    const std::size_t n = 1 + in.below(12);
    std::vector<std::size_t> people, places;
    for (std::size_t i = 0; i < n; ++i) {
        Entity e;
        e.type = kAllEntityTypes[in.below(6)];
        e.name = in.text(12);
        if (e.name.empty()) e.name = "e" + std::to_string(i);
        // Now and then a name far longer than any lexer buffer (Graphviz: 16 KiB per token).
        if (in.below(64) == 0)
            while (e.name.size() < 20000) e.name += e.name;
        for (std::size_t a = in.below(3); a > 0; --a) {
            std::string alias = in.text(8);
            if (!alias.empty() && alias != e.name) e.aliases.push_back(std::move(alias));
        }
        const std::size_t begin = in.below(150);
        e.mentions.push_back(Mention{Span{begin, begin + 1 + in.below(40)}, e.name});
        if (e.type == EntityType::Person) people.push_back(i);
        if (e.type == EntityType::Location) places.push_back(i);
        x.entities.push_back(std::move(e));
    }
    auto evidence = [&] {
        const std::size_t begin = in.below(150);
        return Evidence{x.document.id, Span{begin, begin + in.below(50)}, "fuzz-rule" + in.text(2),
                        static_cast<double>(in.below(101)) / 100.0};
    };

    for (std::size_t m = people.size() >= 2 ? in.below(4) : 0; m > 0; --m) {
        Meeting meeting;
        for (std::size_t p : people)
            if (in.byte() & 1) meeting.participants.push_back(p);
        if (meeting.participants.size() < 2) meeting.participants = {people[0], people[1]};
        meeting.date = fuzz_date(in);
        meeting.mode = static_cast<MeetingMode>(in.below(7));
        meeting.status = in.byte() & 1 ? MeetingStatus::Happened : MeetingStatus::Planned;
        if (in.byte() & 1) meeting.host = meeting.participants[0];
        if (in.byte() & 1) meeting.visitor = meeting.participants[1];
        if (!places.empty() && (in.byte() & 1)) meeting.place = places[in.below(places.size())];
        meeting.cameo = in.text(3);
        meeting.plover_mode = in.text(3);
        meeting.evidence.push_back(evidence());
        x.meetings.push_back(std::move(meeting));
    }

    for (std::size_t r = in.below(17); r > 0 && !in.empty(); --r) {
        Relation rel;
        rel.type = kAllRelationTypes[in.below(10)];
        rel.a = in.below(n);
        rel.b = in.below(n);
        rel.date = fuzz_date(in);
        if (!places.empty() && (in.byte() & 1)) rel.place = places[in.below(places.size())];
        const std::uint8_t attrs = in.byte();
        if (attrs & 1) rel.attributes["title"] = in.text(8);
        if (attrs & 2) rel.attributes["amount"] = in.text(8);
        if (attrs & 4) rel.attributes["mode"] = in.text(4);
        if ((attrs & 8) && !x.meetings.empty()) rel.attributes["meeting"] = std::to_string(in.below(x.meetings.size()));
        if (attrs & 16) rel.attributes[in.text(4)] = in.text(4);
        for (std::size_t k = 1 + in.below(2); k > 0; --k) rel.evidence.push_back(evidence());
        x.relations.push_back(std::move(rel));
    }
    return x;
}

inline graph::KnowledgeGraph graph_from_bytes(const std::uint8_t* data, std::size_t size) {
    ByteSource in(data, size);
    graph::KnowledgeGraph g;
    const std::size_t documents = 1 + in.below(2);
    for (std::size_t d = 0; d < documents; ++d) g.add(extraction_from_bytes(in, d));
    return g;
}

}  // namespace kg::fuzz
