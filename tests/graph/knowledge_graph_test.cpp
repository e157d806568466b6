#include "graph/knowledge_graph.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using kg::DocumentExtraction;
using kg::EntityId;
using kg::EntityType;
using kg::RelationType;
using kg::graph::KnowledgeGraph;
using kg::graph::name_key;

namespace {

// Builds one document's extraction in a few lines per test.
struct Doc {
    DocumentExtraction x;

    Doc(std::string id, std::string date) {
        x.document.id = std::move(id);
        x.document.date = std::move(date);
    }
    std::size_t entity(EntityType type, std::string name, std::string full_name = {},
                       std::vector<std::string> aliases = {}, std::size_t mentions = 1) {
        kg::Entity e;
        e.type = type;
        e.name = std::move(name);
        e.full_name = std::move(full_name);
        e.aliases = std::move(aliases);
        for (std::size_t i = 0; i < mentions; ++i) e.mentions.push_back({{i * 10, i * 10 + 5}, e.name});
        x.entities.push_back(std::move(e));
        return x.entities.size() - 1;
    }
    std::size_t person(std::string name, std::string full_name = {}) {
        return entity(EntityType::Person, std::move(name), std::move(full_name));
    }
    kg::Evidence evidence(std::size_t sentence, std::string rule = "test") const {
        return kg::Evidence{x.document.id, {sentence, sentence + 20}, std::move(rule), 0.9};
    }
    std::size_t relation(RelationType type, std::size_t a, std::size_t b, std::size_t sentence = 0,
                         std::map<std::string, std::string> attributes = {}, std::string date = {}) {
        kg::Relation r;
        r.type = type;
        r.a = a;
        r.b = b;
        r.date = std::move(date);
        r.attributes = std::move(attributes);
        r.evidence.push_back(evidence(sentence));
        x.relations.push_back(std::move(r));
        return x.relations.size() - 1;
    }
    // A meeting of `people` on the document's date, with the pairwise MET relations pointing at it.
    std::size_t meeting(std::vector<std::size_t> people, std::size_t sentence = 0,
                        kg::MeetingStatus status = kg::MeetingStatus::Happened) {
        kg::Meeting m;
        m.participants = people;
        m.date = x.document.date;
        m.status = status;
        m.evidence.push_back(evidence(sentence, "meeting"));
        x.meetings.push_back(std::move(m));
        std::size_t index = x.meetings.size() - 1;
        for (std::size_t i = 0; i < people.size(); ++i)
            for (std::size_t j = i + 1; j < people.size(); ++j)
                relation(RelationType::Met, people[i], people[j], sentence, {{"meeting", std::to_string(index)}},
                         x.document.date);
        return index;
    }
};

EntityId only(const KnowledgeGraph& g, std::string_view name, std::optional<EntityType> type = {}) {
    auto ids = g.find(name, type);
    REQUIRE(ids.size() == 1);
    return ids[0];
}

std::size_t count_type(const KnowledgeGraph& g, EntityType t) {
    return static_cast<std::size_t>(std::count_if(g.entities().begin(), g.entities().end(),
                                                  [t](const kg::EntityRecord& e) { return e.type == t; }));
}

}  // namespace

TEST_SUITE("graph") {

TEST_CASE("name keys ignore case, accents, punctuation and spacing") {
    CHECK(name_key("  Fumio   KISHIDA ") == "fumio kishida");
    CHECK(name_key("Côte d’Ivoire") == "cote d'ivoire");
    CHECK(name_key("Côte d'Ivoire") == name_key("COTE D\u2019IVOIRE"));
    CHECK(name_key("José-María Álvarez, Jr.") == "jose maria alvarez jr");
    CHECK(name_key("Straße") == "strasse");
    CHECK(name_key("Ｔｏｋｙｏ") == "tokyo");
    CHECK(name_key("Zero\u200Bwidth") == "zerowidth");
    CHECK(name_key("...") == "");
    CHECK(name_key("") == "");
    // Kana voicing marks are part of the letter, not accents.
    CHECK(name_key("ガザ") == "ガザ");
}

TEST_CASE("entities of one type and name key become one record across documents") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.entity(EntityType::Country, "Japan", {}, {"JAPAN"}, 3);
    d1.entity(EntityType::Location, "Japan");  // another type stays apart
    Doc d2("002.txt", "2022-12-01");
    d2.entity(EntityType::Country, "japan", {}, {}, 0);
    d2.entity(EntityType::Country, "Côte d’Ivoire", {}, {"Ivory Coast"});
    Doc d3("003.txt", "");
    d3.entity(EntityType::Country, "Ivory Coast", {}, {}, 2);
    g.add(d1.x);
    g.add(d2.x);
    g.add(d3.x);

    REQUIRE(g.entities().size() == 3);
    const kg::EntityRecord& japan = g.entity(only(g, "JAPAN", EntityType::Country));
    CHECK(japan.name == "Japan");
    CHECK(japan.aliases == std::vector<std::string>{"JAPAN", "japan"});
    CHECK(japan.documents == std::vector<std::string>{"001.txt", "002.txt"});
    CHECK(japan.mention_count == 4);  // 3 + at least one for 002.txt
    CHECK(japan.first_seen == "2022-12-01");
    CHECK(japan.last_seen == "2023-01-10");

    const kg::EntityRecord& civ = g.entity(only(g, "Ivory Coast"));
    CHECK(civ.name == "Côte d’Ivoire");
    CHECK(civ.documents == std::vector<std::string>{"002.txt", "003.txt"});
    CHECK(civ.mention_count == 3);
    for (std::size_t i = 0; i < g.entities().size(); ++i) CHECK(g.entities()[i].id.value == i);
}

TEST_CASE("a surname alone joins the one known person with that surname") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.person("Fumio Kishida");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Kishida");
    g.add(d1.x);
    g.add(d2.x);
    REQUIRE(count_type(g, EntityType::Person) == 1);
    const kg::EntityRecord& k = g.entities()[0];
    CHECK(k.name == "Fumio Kishida");
    CHECK(k.aliases == std::vector<std::string>{"Kishida"});
    CHECK(k.documents.size() == 2);
    REQUIRE(k.merge_reasons.size() == 1);
    CHECK(k.merge_reasons[0] == "surname 'Kishida' matched 'Fumio Kishida' in 002.txt");
}

TEST_CASE("a fuller name arriving later absorbs an earlier surname-only person") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.person("Motegi");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Toshimitsu Motegi");
    g.add(d1.x);
    g.add(d2.x);
    REQUIRE(g.entities().size() == 1);
    const kg::EntityRecord& m = g.entities()[0];
    CHECK(m.name == "Toshimitsu Motegi");
    CHECK(m.aliases == std::vector<std::string>{"Motegi"});
    CHECK(m.documents == std::vector<std::string>{"001.txt", "002.txt"});
    CHECK_FALSE(m.merge_reasons.empty());
    CHECK(g.find("Motegi") == std::vector<EntityId>{m.id});
    CHECK(g.find("toshimitsu motegi") == std::vector<EntityId>{m.id});

    SUBCASE("and a later surname still finds the renamed person") {
        Doc d3("003.txt", "2023-01-12");
        d3.person("MOTEGI");
        g.add(d3.x);
        CHECK(g.entities().size() == 1);
    }
}

TEST_CASE("a surname with a full name from the extractor uses the full name") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.person("Kishida", "Fumio Kishida");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Fumio Kishida");
    d2.person("Kishida");
    g.add(d1.x);
    g.add(d2.x);
    REQUIRE(g.entities().size() == 1);
    CHECK(g.entities()[0].name == "Fumio Kishida");
    CHECK(g.entities()[0].mention_count == 3);  // one in 001, two records in 002
}

TEST_CASE("people whose given names differ stay apart and make a bare surname ambiguous") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.person("Taro Kono");
    d1.person("Yohei Kono");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Kono");
    g.add(d1.x);
    g.add(d2.x);
    CHECK(count_type(g, EntityType::Person) == 3);  // the bare "Kono" cannot be placed
    CHECK(g.find("Taro Kono").size() == 1);
    auto konos = g.find("Kono");
    CHECK(konos.size() == 3);
    CHECK(g.entity(konos[0]).name == "Kono");  // exact canonical match ranks first
}

TEST_CASE("initials and family-name-first order do not split a person") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.person("Antony J. Blinken");
    d1.person("Yoshimasa Hayashi");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Antony Blinken");
    d2.person("HAYASHI Yoshimasa");
    g.add(d1.x);
    g.add(d2.x);
    REQUIRE(g.entities().size() == 2);
    const kg::EntityRecord& hayashi = g.entity(only(g, "Hayashi Yoshimasa"));
    CHECK(hayashi.name == "Yoshimasa Hayashi");
    CHECK(hayashi.aliases == std::vector<std::string>{"HAYASHI Yoshimasa"});
    CHECK(g.entity(only(g, "Antony Blinken")).aliases == std::vector<std::string>{"Antony Blinken"});

    SUBCASE("the capitalised family name counts as the surname") {
        KnowledgeGraph h;
        Doc e1("001.txt", "2023-01-10");
        e1.person("HAYASHI Yoshimasa");
        Doc e2("002.txt", "2023-01-11");
        e2.person("Hayashi");
        h.add(e1.x);
        h.add(e2.x);
        CHECK(h.entities().size() == 1);
    }
}

TEST_CASE("the same relation stated twice keeps one record with both evidences") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    auto k = d1.person("Fumio Kishida");
    auto j = d1.entity(EntityType::Country, "Japan");
    d1.relation(RelationType::Role, k, j, 5, {{"title", "Prime Minister"}});
    d1.relation(RelationType::Role, k, j, 5, {{"title", "Prime Minister"}});  // identical evidence
    Doc d2("002.txt", "2023-01-11");
    auto j2 = d2.entity(EntityType::Country, "Japan");
    auto k2 = d2.person("Kishida");
    d2.relation(RelationType::Role, k2, j2, 7, {{"title", "Prime Minister"}});
    d2.relation(RelationType::Role, k2, j2, 9, {{"title", "President"}});
    g.add(d1.x);
    g.add(d2.x);
    g.add(d2.x);  // adding a document again adds nothing new

    REQUIRE(g.relations().size() == 2);
    const kg::RelationRecord& pm = g.relations()[0];
    CHECK(pm.a == only(g, "Fumio Kishida"));
    CHECK(pm.b == only(g, "Japan"));
    CHECK(pm.attributes.at("title") == "Prime Minister");
    REQUIRE(pm.evidence.size() == 2);
    CHECK(pm.evidence[0].doc_id == "001.txt");
    CHECK(pm.evidence[1].doc_id == "002.txt");
    CHECK(g.relations()[1].attributes.at("title") == "President");
}

TEST_CASE("MET relations keep a < b and point at their meeting") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    auto b = d1.person("Antony Blinken");
    auto k = d1.person("Fumio Kishida");
    d1.entity(EntityType::Location, "Tokyo");
    d1.meeting({k, b});
    d1.x.meetings[0].place = 2;
    g.add(d1.x);

    REQUIRE(g.relations().size() == 1);
    const kg::RelationRecord& met = g.relations()[0];
    CHECK(met.type == RelationType::Met);
    CHECK(met.a < met.b);
    CHECK_FALSE(met.attributes.contains("meeting"));
    REQUIRE(met.meeting.has_value());
    const kg::MeetingRecord& m = g.meeting(*met.meeting);
    CHECK(m.participants == std::vector<EntityId>{EntityId{0}, EntityId{1}});
    CHECK(m.date == "2023-01-10");
    CHECK(m.place == only(g, "Tokyo"));
    CHECK(m.documents == std::vector<std::string>{"001.txt"});
}

TEST_CASE("the same meeting reported in two releases is one meeting") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.meeting({d1.person("Fumio Kishida"), d1.person("Antony Blinken")}, 3);
    Doc d2("002.txt", "2023-01-10");
    d2.meeting({d2.person("Blinken"), d2.person("Kishida", "Fumio Kishida")}, 8);
    Doc d3("003.txt", "2023-03-01");  // same people, another day
    d3.meeting({d3.person("Kishida"), d3.person("Blinken")}, 1);
    g.add(d1.x);
    g.add(d2.x);
    g.add(d3.x);

    CHECK(g.entities().size() == 2);
    REQUIRE(g.meetings().size() == 2);
    const kg::MeetingRecord& m = g.meetings()[0];
    CHECK(m.documents == std::vector<std::string>{"001.txt", "002.txt"});
    CHECK(m.evidence.size() == 2);
    REQUIRE(g.relations().size() == 2);  // one MET per date
    CHECK(g.relations()[0].evidence.size() == 2);
    CHECK(g.relations()[0].meeting == kg::MeetingId{0});
    CHECK(g.relations()[1].meeting == kg::MeetingId{1});
}

TEST_CASE("a MET relation without a meeting gets one made for it") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    auto a = d1.person("Fumio Kishida");
    auto b = d1.person("Antony Blinken");
    d1.relation(RelationType::Met, b, a, 4, {{"mode", "telephone"}}, "2023-01-09");
    g.add(d1.x);
    REQUIRE(g.meetings().size() == 1);
    REQUIRE(g.relations()[0].meeting == kg::MeetingId{0});
    const kg::MeetingRecord& m = g.meetings()[0];
    CHECK(m.participants.size() == 2);
    CHECK(m.date == "2023-01-09");
    CHECK(m.mode == kg::MeetingMode::Telephone);
    CHECK(m.evidence.size() == 1);
}

TEST_CASE("find never creates entries and returns nothing for unknown names") {
    KnowledgeGraph g;
    CHECK(g.find("Nobody").empty());
    Doc d1("001.txt", "2023-01-10");
    d1.person("Fumio Kishida");
    g.add(d1.x);
    CHECK(g.find("Nobody").empty());
    CHECK(g.find("").empty());
    CHECK(g.find("Kishida", EntityType::Country).empty());
    CHECK(g.find("Kishida", EntityType::Person).size() == 1);
    CHECK(g.entities().size() == 1);
}

TEST_CASE("references to missing entities are skipped, not trusted") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    auto a = d1.person("Fumio Kishida");
    auto blank = d1.person("  ");
    d1.relation(RelationType::Met, a, 42);
    d1.relation(RelationType::Met, a, blank);
    d1.relation(RelationType::Met, a, a);
    d1.meeting({a, 99});
    g.add(d1.x);
    CHECK(g.entities().size() == 1);
    CHECK(g.relations().empty());
    CHECK(g.meetings().size() == 1);  // a meeting with its one known participant
}

}  // TEST_SUITE
