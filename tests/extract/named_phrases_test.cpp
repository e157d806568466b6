// Named phrases by head noun (extract/stages/named_phrases.cpp): bodies whose name goes on
// after "of", "for" or "on" (data/word_classes.tsv, head-of), with sentences of their own.
#include <doctest/doctest.h>

#include "tests/extract/extract_test_support.h"

using kg::EntityType;
using kg_test::entity;
using kg_test::run;

TEST_SUITE("extract named phrases") {

TEST_CASE("a church is a body named by its head noun, never a person read from its capitals") {
    const auto x = run("Bishop Paul White of the AME Church met leaders of the Roman Catholic Church in Lima.");
    CHECK(entity(x, kg::EntityType::Organization, "AME Church"));
    CHECK(entity(x, kg::EntityType::Organization, "Roman Catholic Church"));
    CHECK_FALSE(entity(x, kg::EntityType::Person, "Church Ame"));
}

TEST_CASE("head-of: a ministry, department, council or university named after 'of' / 'on' is one body") {
    const auto x = run("The Ministry of Coastal Affairs said the talks went well. "
                       "She thanked the Department of Inland Waterways and the Council on Maritime Relations. "
                       "He studied at the University of Eastbrook.");
    for (const char* body : {"Ministry of Coastal Affairs", "Department of Inland Waterways",
                             "Council on Maritime Relations", "University of Eastbrook"})
        CHECK_MESSAGE(entity(x, EntityType::Organization, body), body);
}

TEST_CASE("head-of: an office held in the body, after it or after 'and', is not part of its name") {
    const auto x = run("She met the Chair of the Commission on Arctic Fisheries and Minister of Fisheries John Ralston. "
                       "Council on Coastal Quality Chair Brenda Mallory attended.");
    CHECK(entity(x, EntityType::Organization, "Commission on Arctic Fisheries"));
    CHECK(!entity(x, EntityType::Organization, "Commission on Arctic Fisheries and Minister of Fisheries"));
    CHECK(entity(x, EntityType::Organization, "Council on Coastal Quality"));
    CHECK(!entity(x, EntityType::Organization, "Council on Coastal Quality Chair"));
}

TEST_CASE("quoted titles: a year may begin one, a country may stand inside, punctuation before the quote is not part") {
    const auto x = run("The two ministers welcomed the \u201c2027 Visit Norway Year,\u201d which opens in May. "
                       "They attended sessions on the \u201cArctic Security and Regional Issues\u201d as well.");
    CHECK(entity(x, EntityType::Programme, "2027 Visit Norway Year"));
    CHECK(entity(x, EntityType::Country, "Norway") == nullptr);  // only inside the title's name
    CHECK(!entity(x, EntityType::Programme, "Arctic Security and Regional Issues"));  // a session's topic
}

TEST_CASE("strict heads: a Process names a programme only after a known name or an acronym") {
    const auto x = run("Both sides support the Tallinn Process and the OSCE Mediation Process. "
                       "They discussed the Legislative Process.");
    CHECK(entity(x, EntityType::Programme, "Tallinn Process"));
    CHECK(entity(x, EntityType::Programme, "OSCE Mediation Process"));
    CHECK(!entity(x, EntityType::Programme, "Legislative Process"));
}

TEST_CASE("associations, clubs, corps, groups and divisions are bodies, named on after 'of' too") {
    const auto x = run("Leaders of the Alpine Club, the Northern Growers Association and the Coastal Engineers Corps met "
                       "the Antitrust Division and the Association of Harbor Pilots.");
    for (const char* body : {"Alpine Club", "Northern Growers Association", "Coastal Engineers Corps", "Antitrust Division",
                             "Association of Harbor Pilots"})
        CHECK_MESSAGE(entity(x, EntityType::Organization, body), body);
}

TEST_CASE("a leaders' retreat is a named event") {
    const auto x = run("Release\n\nThe exchange took place after the 11th Malaysia-Singapore Leaders' Retreat held "
                       "at Seri Perdana.");
    CHECK(entity(x, EntityType::Event, "11th Malaysia-Singapore Leaders' Retreat"));
}

}  // TEST_SUITE

TEST_CASE("a named dialogue is an event its participants attended: 'held the 12th EU-China Strategic Dialogue with X'") {
    const auto x = run("High Representative Ana Silva held the 12th EU-China Strategic Dialogue with Ben Cole, Minister "
                       "of Foreign Affairs of China, in Beijing today.",
                       "2023-10-13");
    CHECK(kg_test::entity(x, kg::EntityType::Event, "12th EU-China Strategic Dialogue"));
    CHECK(kg_test::relation(x, kg::RelationType::Attended, "Ana Silva", "12th EU-China Strategic Dialogue"));
    CHECK(kg_test::relation(x, kg::RelationType::Attended, "Ben Cole", "12th EU-China Strategic Dialogue"));
}

TEST_CASE("'travelled to Beijing today for the 12th EU-China Strategic Dialogue with X': a meeting at a named dialogue") {
    const auto x = run("High Representative Ana Silva travelled to Beijing today for the 12th EU-China Strategic "
                       "Dialogue with Ben Cole, Minister of Foreign Affairs of China.",
                       "2023-10-13");
    CHECK(kg_test::relation(x, kg::RelationType::Met, "Ana Silva", "Ben Cole"));
    CHECK(kg_test::relation(x, kg::RelationType::Attended, "Ana Silva", "12th EU-China Strategic Dialogue"));
}

TEST_CASE("an event's name: the body's fuller form over the headline's shorter one, unless it names another instance") {
    const auto x = run("Turkish minister holds talks on sidelines of Andes meeting\n\nMinister Tom Hale held talks on the "
                       "sidelines of the Andes Foreign Ministers Meeting in Lima.");
    CHECK(entity(x, EntityType::Event, "Andes Foreign Ministers Meeting"));
    CHECK_FALSE(entity(x, EntityType::Event, "Andes meeting"));
    // "2024 Andes Summit" names its year's instance; the headline's "Andes Summit" stays the name
    const auto y = run("Minister attends Andes Summit\n\nMinister Tom Hale attended the 2024 Andes Summit in Lima.");
    CHECK(entity(y, EntityType::Event, "Andes Summit"));
}

TEST_CASE("a lower-case word joined by hyphens inside an event's name ('People-to-People Exchange') is part of it") {
    const auto x = run("Release\n\nMinister Tom Hale attended the Fifth Round of the Andes High-Level Consultation on "
                       "People-to-People Exchange in Lima.");
    CHECK(entity(x, EntityType::Event, "Fifth Round of the Andes High-Level Consultation on People-to-People Exchange"));

}

TEST_CASE("head-of: an honorific before a name ends the body's name ('Head of the Commission on Coastal Risks Dr. X'), 'Notre Dame' does not") {
    const auto x = run("Release\n\nThe delegation included the Head of the Commission on Coastal Risks Dr. Ana Silva Ramos "
                       "and the President of the University of Notre Dame.");
    CHECK(entity(x, EntityType::Organization, "Commission on Coastal Risks"));
    CHECK(!entity(x, EntityType::Organization, "Commission on Coastal Risks Dr"));
    CHECK(entity(x, EntityType::Organization, "University of Notre Dame"));
}

TEST_CASE("head-of: where a delegation or mission is accredited is part of its name, 'Chief of Mission' names no body") {
    const auto x = run("Release\n\nHe visited the Delegation of the European Union to Chile and the Permanent Mission of "
                       "Peru to the United Nations. She was Deputy Chief of Mission of the Embassy of Peru in Lima.");
    CHECK(entity(x, EntityType::Organization, "Delegation of the European Union to Chile"));
    CHECK(entity(x, EntityType::Organization, "Permanent Mission of Peru to the United Nations"));
    CHECK(!entity(x, EntityType::Organization, "Mission of the Embassy of Peru in Lima"));
    CHECK(!entity(x, EntityType::Organization, "Chief of Mission"));
}

TEST_CASE("numbered-event-session: 'COP28', 'COP 29', 'COP-30' are events, a longer name goes on, 'COP 1,000' is no session") {
    const auto x = run("Release\n\nThey discussed preparations for COP28 and the road to COP 29 and COP-30. The COP26 Summit "
                       "was a success. Minister Ana Silva attended COP28 in Dubai. Police hired COP 1,000 officers.");
    for (const char* ev : {"COP28", "COP 29", "COP-30", "COP26 Summit"}) CHECK_MESSAGE(entity(x, EntityType::Event, ev), ev);
    CHECK(!entity(x, EntityType::Event, "COP26"));
    CHECK(!entity(x, EntityType::Event, "COP 1"));
    CHECK(kg_test::relation(x, kg::RelationType::Attended, "Ana Silva", "COP28"));
}

TEST_CASE("two-plus-two: 'the Indo-U.S. 2+2 talks', 'the 2+2 talks' are one event, a score of '2+2 points' is none") {
    const auto x = run("Release\n\nMinister Ana Silva and Minister Mark Lee attended the inaugural Chile-U.S. 2+2 talks "
                       "in Lima. The focus of the 2+2 talks is trade. The score was 2+2 points.");
    const kg::Entity* e = entity(x, EntityType::Event, "Chile-U.S. 2+2 talks");
    REQUIRE(e);
    CHECK(kg_test::has_alias(e, "2+2 talks"));
    CHECK(kg_test::relation(x, kg::RelationType::Attended, "Mark Lee", "Chile-U.S. 2+2 talks"));
    CHECK(!entity(x, EntityType::Event, "2+2 points"));
}

TEST_CASE("a body's capitalised name before a lower-case 'meeting' names an event ('an EU Heads of Missions meeting'), a country's does not") {
    const auto x = run("Minister Hale Attends an EU Heads of Missions meeting in Lima Hosted by Mr. Mark Lee\n\nRelease\n\n"
                       "The NATO Defence Ministers meeting was held. The US Government meeting was long.");
    CHECK(entity(x, EntityType::Event, "EU Heads of Missions meeting"));
    CHECK(entity(x, EntityType::Event, "NATO Defence Ministers meeting"));
    CHECK(!entity(x, EntityType::Event, "US Government meeting"));
}

TEST_CASE("a web page's link marker glued to a word ('Indo-PacificOpen a New Window') is blanked, offsets kept") {
    const std::string text = "Release\n\nBoth leaders affirmed a free and open Indo-PacificOpen a New Window, and the "
                             "Andes Trust Fund (PDF)Open a New Window as well.";
    const auto x = run(text);
    const kg::Entity* foip = entity(x, EntityType::Programme, "Free and Open Indo-Pacific");
    REQUIRE(foip);
    REQUIRE(!foip->mentions.empty());
    const kg::Span sp = foip->mentions.front().span;
    CHECK(text.substr(sp.begin, sp.end - sp.begin) == "free and open Indo-Pacific");
    CHECK(entity(x, EntityType::Programme, "Andes Trust Fund"));
}

TEST_CASE("a numbered meeting of a series is an event by its number and two more capitalised words ('the Third Foreign Ministers' Meeting'), not 'the Second Meeting'") {
    const auto x = run("Release\n\nThe Third Foreign Ministers' Meeting within the Lake Dialogue was held in Almaty. The 4th Defence "
                       "Ministers' Meeting followed. The Second Meeting was short. The First Bilateral Meeting was long.");
    CHECK(entity(x, EntityType::Event, "Third Foreign Ministers' Meeting"));
    CHECK(entity(x, EntityType::Event, "4th Defence Ministers' Meeting"));
    CHECK(!entity(x, EntityType::Event, "Second Meeting"));
    CHECK(!entity(x, EntityType::Event, "First Bilateral Meeting"));
}
