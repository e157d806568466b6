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


// A small world: Kishida met Blinken twice and Wang once (by phone); Blinken met
// Wang; Hayashi met Park; Kishida holds a ROLE in Japan; one meeting is only planned.
struct World {
    KnowledgeGraph g;
    EntityId kishida, blinken, wang, hayashi, park, japan, loner;

    World() {
        Doc d1("001.txt", "2023-01-10");
        auto k = d1.person("Fumio Kishida");
        auto b = d1.person("Antony Blinken");
        auto j = d1.entity(EntityType::Country, "Japan");
        d1.meeting({k, b}, 1);
        d1.relation(RelationType::Role, k, j, 2, {{"title", "Prime Minister"}});
        Doc d2("002.txt", "2023-03-05");
        auto k2 = d2.person("Kishida");
        auto w = d2.person("Wang Yi");
        d2.meeting({k2, w}, 1);
        d2.x.meetings[0].mode = kg::MeetingMode::Telephone;
        Doc d3("003.txt", "2023-02-01");
        auto b3 = d3.person("Blinken");
        auto k3 = d3.person("Kishida");
        auto w3 = d3.person("Wang Yi");
        d3.meeting({b3, k3}, 1);
        d3.meeting({b3, w3}, 5);
        d3.meeting({k3, w3}, 9, kg::MeetingStatus::Planned);
        Doc d4("004.txt", "");
        auto h = d4.person("Yoshimasa Hayashi");
        auto p = d4.person("Park Jin");
        d4.meeting({h, p});
        d4.person("Nobody Special");
        for (auto* d : {&d1, &d2, &d3, &d4}) g.add(d->x);
        kishida = only(g, "Fumio Kishida");
        blinken = only(g, "Antony Blinken");
        wang = only(g, "Wang Yi");
        hayashi = only(g, "Yoshimasa Hayashi");
        park = only(g, "Park Jin");
        japan = only(g, "Japan");
        loner = only(g, "Nobody Special");
    }
};

std::vector<EntityId> ids_of(const std::vector<kg::graph::Score>& scores) {
    std::vector<EntityId> out;
    for (const auto& s : scores) out.push_back(s.entity);
    return out;
}

}  // namespace

TEST_SUITE("graph") {

TEST_CASE("name keys ignore case and accents and punctuation and spacing") {
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
    // Ill-formed UTF-8 becomes a separator rather than garbage in the key.
    CHECK(name_key("\xff\xfe" "Abc\xc3") == "abc");
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

TEST_CASE("event-instance: a recurring event is one node per year, a name giving its instance stands as written") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-07-11");
    d1.entity(EntityType::Event, "NATO Summit", {}, {"the Summit"});
    Doc d2("002.txt", "2023-07-12");  // the same summit, another release
    d2.entity(EntityType::Event, "NATO Summit");
    Doc d3("003.txt", "2024-07-10");  // next year's
    d3.entity(EntityType::Event, "NATO Summit");
    d3.entity(EntityType::Event, "78th Session of the General Assembly");
    d3.entity(EntityType::Event, "2024 Summit for Democracy");
    Doc d4("004.txt", "");  // no date: no instance to name
    d4.entity(EntityType::Event, "G7 Summit");
    for (const Doc* d : {&d1, &d2, &d3, &d4}) g.add(d->x);

    REQUIRE(count_type(g, EntityType::Event) == 5);
    const std::vector<EntityId> summits = g.find("NATO Summit");
    REQUIRE(summits.size() == 2);  // found by the name as written
    std::vector<std::string> names;
    for (EntityId id : summits) names.push_back(g.entity(id).name);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"NATO Summit (2023)", "NATO Summit (2024)"});
    CHECK(g.entity(only(g, "NATO Summit (2023)")).documents == std::vector<std::string>{"001.txt", "002.txt"});
    CHECK(g.entity(only(g, "NATO Summit (2023)")).aliases ==
          std::vector<std::string>{"NATO Summit", "the Summit", "the Summit (2023)"});
    CHECK(g.find("78th Session of the General Assembly").size() == 1);
    CHECK(g.find("2024 Summit for Democracy").size() == 1);
    CHECK(g.entity(only(g, "G7 Summit")).name == "G7 Summit");
}

TEST_CASE("a non-person alias matches known names but not other aliases") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.entity(EntityType::Programme, "Japan-EU Economic Partnership Agreement", {}, {"EPA"});
    d1.entity(EntityType::Organization, "North Atlantic Treaty Organization", {}, {"NATO"});
    Doc d2("002.txt", "2023-01-11");
    d2.entity(EntityType::Programme, "Japan-UK Economic Partnership Agreement", {}, {"EPA"});
    d2.entity(EntityType::Organization, "NATO");
    Doc d3("003.txt", "2023-01-12");
    d3.entity(EntityType::Organization, "The Alliance", {}, {"North Atlantic Treaty Organization"});
    g.add(d1.x);
    g.add(d2.x);
    g.add(d3.x);
    CHECK(count_type(g, EntityType::Programme) == 2);
    REQUIRE(count_type(g, EntityType::Organization) == 1);
    CHECK(g.entity(only(g, "NATO")).documents.size() == 3);
    CHECK(g.find("EPA").size() == 2);
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

TEST_CASE("a person named in another script is the same as the person of its Latin form, either way round") {
    for (bool japanese_first : {true, false}) {
        CAPTURE(japanese_first);
        KnowledgeGraph g;
        Doc ja("ja.txt", "2023-04-05");
        const std::size_t p = ja.person("イェンス・ストルテンベルグ");
        ja.x.entities[p].aliases = {"Jens Stoltenberg", "ストルテンベルグ事務総長"};
        Doc en("en.txt", "2023-04-06");
        en.person("Jens Stoltenberg");
        Doc other("other.txt", "2023-04-07");
        other.person("ヤン・ストルテンベルグ");  // another person: no Latin form, stays apart
        if (japanese_first) g.add(ja.x);
        g.add(en.x);
        if (!japanese_first) g.add(ja.x);
        g.add(other.x);
        REQUIRE(count_type(g, EntityType::Person) == 2);
        const std::vector<EntityId> found = g.find("Jens Stoltenberg");
        REQUIRE(found.size() == 1);
        const kg::EntityRecord& s = g.entity(found.front());
        CHECK(s.documents == std::vector<std::string>{"en.txt", "ja.txt"});
        REQUIRE(s.merge_reasons.size() == 1);
        CHECK(s.merge_reasons[0].find("Latin form") != std::string::npos);
    }
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
    CHECK(g.entity(only(g, "Antony Blinken")).merge_reasons ==
          std::vector<std::string>{"name 'Antony Blinken' matched 'Antony J. Blinken' ignoring initials in 002.txt"});
    CHECK(hayashi.merge_reasons == std::vector<std::string>{
              "name 'HAYASHI Yoshimasa' matched 'Yoshimasa Hayashi' in another name order in 002.txt"});
    Doc d3("003.txt", "2023-01-12");
    d3.person("Hayashi YOSHIMASA");
    g.add(d3.x);
    CHECK(g.entity(only(g, "Hayashi Yoshimasa")).merge_reasons.size() == 1);

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

TEST_CASE("a family name the document uses on its own matches later bare mentions") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.entity(EntityType::Person, "Wang Yi", {}, {"Foreign Minister Wang", "Wang"});
    d1.entity(EntityType::Person, "Ursula von der Leyen", {}, {"President von der Leyen", "von der Leyen"});
    d1.person("Joseph R. Biden Jr.");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Wang");
    d2.person("von der Leyen");
    d2.person("Joseph Biden");
    g.add(d1.x);
    g.add(d2.x);
    CHECK(g.entities().size() == 3);
    CHECK(g.entity(only(g, "Wang")).documents.size() == 2);
    CHECK(g.entity(only(g, "von der Leyen")).name == "Ursula von der Leyen");
    CHECK(g.entity(only(g, "Joseph Biden")).name == "Joseph R. Biden Jr.");

    SUBCASE("titles in a person's aliases never match other people") {
        Doc d3("003.txt", "2023-01-12");
        d3.person("Foreign Minister Wang");
        g.add(d3.x);
        CHECK(g.entities().size() == 4);
    }
    SUBCASE("an earlier bare family name is completed when the full name comes") {
        KnowledgeGraph h;
        Doc e1("001.txt", "2023-01-10");
        e1.person("Wang");
        Doc e2("002.txt", "2023-01-11");
        e2.entity(EntityType::Person, "Wang Yi", {}, {"Wang"});
        h.add(e1.x);
        h.add(e2.x);
        REQUIRE(h.entities().size() == 1);
        CHECK(h.entities()[0].name == "Wang Yi");
    }
}

TEST_CASE("middle names are optional but hyphenated given names are whole") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.person("Pavlo Anatoliyovych Klimkin");
    d1.person("Kim Hong-kyun");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Pavlo Klimkin");
    d2.person("Kim Sung-kyun");
    d2.person("KIM Hong-Kyun");
    g.add(d1.x);
    g.add(d2.x);
    CHECK(g.entities().size() == 3);
    const kg::EntityRecord& klimkin = g.entity(only(g, "Pavlo Klimkin"));
    CHECK(klimkin.name == "Pavlo Anatoliyovych Klimkin");
    REQUIRE(klimkin.merge_reasons.size() == 1);
    CHECK(klimkin.merge_reasons[0] ==
          "name 'Pavlo Klimkin' matched 'Pavlo Anatoliyovych Klimkin' ignoring middle names in 002.txt");
    CHECK(g.entity(only(g, "Kim Hong-kyun")).documents.size() == 2);
    CHECK(g.entity(only(g, "Kim Sung-kyun")).documents.size() == 1);
}

TEST_CASE("transliterations of one name are one person, names that differ otherwise stay apart") {
    KnowledgeGraph g;
    Doc d1("001.txt", "2023-01-10");
    d1.person("Sergei Lavrov");
    d1.person("Mohammed Mustafa");
    d1.person("Volodymyr Zelensky");
    d1.person("Maria Costa");
    d1.person("Jan Novak");
    Doc d2("002.txt", "2023-01-11");
    d2.person("Sergey Lavrov");
    d2.person("Muhammad Mustafa");
    d2.person("Volodymyr Zelenskyy");
    d2.person("Mario Costa");  // another last letter: another person
    d2.person("Jon Novak");    // short given names are compared as written
    g.add(d1.x);
    g.add(d2.x);
    CHECK(g.entities().size() == 7);
    const kg::EntityRecord& lavrov = g.entity(only(g, "Sergey Lavrov"));
    CHECK(lavrov.name == "Sergei Lavrov");
    REQUIRE(lavrov.merge_reasons.size() == 1);
    CHECK(lavrov.merge_reasons[0] == "name 'Sergey Lavrov' matched 'Sergei Lavrov' as another spelling in 002.txt");
    CHECK(g.entity(only(g, "Muhammad Mustafa")).documents.size() == 2);
    CHECK(g.entity(only(g, "Volodymyr Zelenskyy")).documents.size() == 2);
    CHECK(g.entity(only(g, "Mario Costa")).documents.size() == 1);
    CHECK(g.entity(only(g, "Jon Novak")).documents.size() == 1);
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
    d2.relation(RelationType::Role, k2, j2, 7, {{"title", "Prime  minister"}});  // same title, other spelling
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

TEST_CASE("adding the same document twice changes nothing") {
    World w;
    auto entities = w.g.entities();
    auto relations = w.g.relations();
    auto meetings = w.g.meetings();
    Doc d4("004.txt", "");  // the undated meeting of the world, again
    d4.meeting({d4.person("Yoshimasa Hayashi"), d4.person("Park Jin")});
    d4.person("Nobody Special");
    w.g.add(d4.x);
    REQUIRE(w.g.entities().size() == entities.size());
    REQUIRE(w.g.relations().size() == relations.size());
    REQUIRE(w.g.meetings().size() == meetings.size());
    for (std::size_t i = 0; i < entities.size(); ++i) {
        CHECK(w.g.entities()[i].mention_count == entities[i].mention_count);
        CHECK(w.g.entities()[i].documents == entities[i].documents);
    }
    for (std::size_t i = 0; i < meetings.size(); ++i) CHECK(w.g.meetings()[i].evidence == meetings[i].evidence);
    for (std::size_t i = 0; i < relations.size(); ++i) CHECK(w.g.relations()[i].evidence == relations[i].evidence);
}

TEST_CASE("undated meetings of the same people in different documents stay apart") {
    KnowledgeGraph g;
    Doc d1("001.txt", "");
    d1.meeting({d1.person("Fumio Kishida"), d1.person("Antony Blinken")});
    Doc d2("002.txt", "");
    d2.meeting({d2.person("Fumio Kishida"), d2.person("Antony Blinken")});
    g.add(d1.x);
    g.add(d2.x);
    CHECK(g.meetings().size() == 2);
    CHECK(g.relations().size() == 1);  // one undated MET relation with both evidences
    CHECK(g.relations()[0].evidence.size() == 2);
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

TEST_CASE("references to missing entities are skipped rather than trusted") {
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

TEST_CASE("meetings_of lists happened meetings newest first with the other participants") {
    World w;
    auto views = w.g.meetings_of(w.kishida);
    REQUIRE(views.size() == 3);  // the planned meeting is left out
    std::vector<std::string> dates;
    for (const auto& v : views) dates.push_back(w.g.meeting(v.meeting).date);
    CHECK(dates == std::vector<std::string>{"2023-03-05", "2023-02-01", "2023-01-10"});
    CHECK(views[0].counterparts == std::vector<EntityId>{w.wang});
    CHECK(views[1].counterparts == std::vector<EntityId>{w.blinken});
    CHECK(w.g.meeting(views[0].meeting).mode == kg::MeetingMode::Telephone);

    SUBCASE("undated meetings come last") {
        Doc d5("005.txt", "");
        d5.meeting({d5.person("Kishida"), d5.person("Park Jin")});
        w.g.add(d5.x);
        auto again = w.g.meetings_of(w.kishida);
        REQUIRE(again.size() == 4);
        CHECK(w.g.meeting(again.back().meeting).date.empty());
        CHECK(again.back().counterparts == std::vector<EntityId>{w.park});
    }
    SUBCASE("people without meetings and unknown ids give nothing") {
        CHECK(w.g.meetings_of(w.loner).empty());
        CHECK(w.g.meetings_of(EntityId{9999}).empty());
    }
}

TEST_CASE("relations_of lists the relations touching an entity and can keep one type") {
    World w;
    auto all = w.g.relations_of(w.kishida);
    CHECK(all.size() == 5);  // MET Blinken twice (two dates), Wang twice (happened and planned), ROLE Japan
    auto roles = w.g.relations_of(w.kishida, RelationType::Role);
    REQUIRE(roles.size() == 1);
    CHECK(w.g.relation(roles[0]).b == w.japan);
    CHECK(w.g.relations_of(w.loner).empty());
    CHECK(w.g.relations_of(EntityId{9999}).empty());
    CHECK(std::is_sorted(all.begin(), all.end()));
}

TEST_CASE("shortest_paths finds the chain of relations linking two entities") {
    World w;
    SUBCASE("directly connected") {
        auto paths = w.g.shortest_paths(w.kishida, w.wang);
        REQUIRE(paths.size() == 1);
        CHECK(paths[0].nodes == std::vector<EntityId>{w.kishida, w.wang});
        REQUIRE(paths[0].hops.size() == 1);
        const kg::RelationRecord& hop = w.g.relation(paths[0].hops[0]);
        CHECK(hop.type == RelationType::Met);
        CHECK(((hop.a == w.kishida && hop.b == w.wang) || (hop.a == w.wang && hop.b == w.kishida)));
    }
    SUBCASE("through another entity, only over the wanted relation types") {
        auto paths = w.g.shortest_paths(w.japan, w.wang);
        REQUIRE(paths.size() == 1);
        CHECK(paths[0].nodes == std::vector<EntityId>{w.japan, w.kishida, w.wang});
        CHECK(w.g.relation(paths[0].hops[0]).type == RelationType::Role);
        CHECK(w.g.shortest_paths(w.japan, w.wang, {RelationType::Met}).empty());
        CHECK(w.g.shortest_paths(w.japan, w.wang, {RelationType::Met, RelationType::Role}).size() == 1);
    }
    SUBCASE("every shortest chain when asked") {
        // Japan - Kishida - {Blinken} ; with Kishida-Wang direct, Japan->Blinken is 2 hops, one way.
        Doc d("006.txt", "2023-04-01");
        d.meeting({d.person("Antony Blinken"), d.person("Yoshimasa Hayashi")});
        d.meeting({d.person("Wang Yi"), d.person("Park Jin")});
        w.g.add(d.x);
        // Hayashi -> Park: Hayashi-Park direct. Blinken -> Park: via Hayashi or via Wang.
        auto one = w.g.shortest_paths(w.blinken, w.park);
        auto all = w.g.shortest_paths(w.blinken, w.park, {}, true);
        CHECK(one.size() == 1);
        REQUIRE(all.size() == 2);
        CHECK(all[0].nodes == std::vector<EntityId>{w.blinken, w.wang, w.park});
        CHECK(all[1].nodes == std::vector<EntityId>{w.blinken, w.hayashi, w.park});
        CHECK(one[0].nodes == all[0].nodes);
        for (const auto& p : all) CHECK(p.hops.size() == 2);
    }
    SUBCASE("unconnected or unknown entities give no chain") {
        CHECK(w.g.shortest_paths(w.kishida, w.park).empty());
        CHECK(w.g.shortest_paths(w.kishida, w.loner).empty());
        CHECK(w.g.shortest_paths(w.kishida, EntityId{9999}).empty());
    }
    SUBCASE("an entity reaches itself in no hops") {
        auto self = w.g.shortest_paths(w.kishida, w.kishida);
        REQUIRE(self.size() == 1);
        CHECK(self[0].nodes == std::vector<EntityId>{w.kishida});
        CHECK(self[0].hops.empty());
    }
}

TEST_CASE("neighbourhood returns entities within a number of hops nearest first") {
    World w;
    CHECK(w.g.neighbourhood(w.japan, 0) == std::vector<EntityId>{w.japan});
    auto one = w.g.neighbourhood(w.japan, 1);
    CHECK(one == std::vector<EntityId>{w.japan, w.kishida});
    auto two = w.g.neighbourhood(w.japan, 2);
    REQUIRE(two.size() == 4);
    CHECK(two[0] == w.japan);
    CHECK(two[1] == w.kishida);
    CHECK(std::find(two.begin(), two.end(), w.park) == two.end());
    CHECK(w.g.neighbourhood(w.japan, 5, {RelationType::Met}) == std::vector<EntityId>{w.japan});
    CHECK(w.g.neighbourhood(w.hayashi, 10).size() == 2);
    CHECK(w.g.neighbourhood(EntityId{9999}, 1).empty());
}

TEST_CASE("rank scores entities by centrality highest first") {
    World w;
    SUBCASE("degree counts distinct neighbours") {
        auto scores = w.g.rank(kg::graph::Centrality::Degree);
        REQUIRE(scores.size() == w.g.entities().size());
        CHECK(scores[0].entity == w.kishida);
        CHECK(scores[0].value == doctest::Approx(3.0));  // Blinken, Wang, Japan; parallel edges count once
        CHECK(scores.back().value == doctest::Approx(0.0));
    }
    SUBCASE("betweenness singles out the broker") {
        auto scores = w.g.rank(kg::graph::Centrality::Betweenness);
        CHECK(scores[0].entity == w.kishida);
        CHECK(scores[0].value == doctest::Approx(2.0));  // Japan-Blinken and Japan-Wang pass through
    }
    SUBCASE("closeness favours the centre and leaves isolated entities at zero") {
        auto scores = w.g.rank(kg::graph::Centrality::Closeness, EntityType::Person);
        CHECK(scores[0].entity == w.kishida);
        CHECK(scores.back().entity == w.loner);
        CHECK(scores.back().value == doctest::Approx(0.0));
        for (const auto& s : scores) CHECK(w.g.entity(s.entity).type == EntityType::Person);
    }
    SUBCASE("pagerank sums to one") {
        auto scores = w.g.rank(kg::graph::Centrality::PageRank);
        double sum = 0.0;
        for (const auto& s : scores) sum += s.value;
        CHECK(sum == doctest::Approx(1.0));
        CHECK(scores[0].entity == w.kishida);
    }
    SUBCASE("meetings counts happened meetings only") {
        auto scores = w.g.rank(kg::graph::Centrality::Meetings, EntityType::Person);
        REQUIRE(scores.size() == 6);
        CHECK(scores[0].entity == w.kishida);
        CHECK(scores[0].value == doctest::Approx(3.0));
        CHECK(ids_of(scores)[1] == w.blinken);  // ties keep id order: Kishida before Blinken
        CHECK(scores[1].value == doctest::Approx(3.0));
        CHECK(ids_of(scores)[2] == w.wang);
        CHECK(scores[2].value == doctest::Approx(2.0));
    }
    SUBCASE("an empty graph ranks nothing") {
        KnowledgeGraph empty;
        CHECK(empty.rank(kg::graph::Centrality::Betweenness).empty());
    }
}

TEST_CASE("components are listed largest first with members in id order") {
    World w;
    auto parts = w.g.components();
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == std::vector<EntityId>{w.kishida, w.blinken, w.japan, w.wang});
    CHECK(parts[1] == std::vector<EntityId>{w.hayashi, w.park});
    CHECK(parts[2] == std::vector<EntityId>{w.loner});
    CHECK(KnowledgeGraph().components().empty());
}

TEST_CASE("suggest offers the closest known names for a misspelling") {
    World w;
    CHECK(w.g.suggest("Kishda").front() == "Kishida");
    auto blink = w.g.suggest("Antony Blinkin");
    REQUIRE_FALSE(blink.empty());
    CHECK(blink.front() == "Antony Blinken");
    CHECK(w.g.suggest("Hyashi", 1) == std::vector<std::string>{"Yoshimasa Hayashi"});
    CHECK(w.g.suggest("Completely Different Words").empty());
    CHECK(w.g.suggest("Kishda", 0).empty());
    CHECK(w.g.suggest("").empty());
}

}  // TEST_SUITE
