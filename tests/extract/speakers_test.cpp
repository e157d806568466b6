// Stage extract/stages/speakers.cpp: speaker labels and bylines of transcripts, titles
// that stand for a person named elsewhere, meetings stated by a transcript or heading.
#include <doctest/doctest.h>

#include "extract_test_support.h"

using namespace kg_test;
using kg::EntityType;
using kg::RelationType;

TEST_SUITE("extract.speakers") {
    TEST_CASE("speaker labels in capitals name people, with or without a title") {
        auto x = run("Press availability\n\nSECRETARY KERRY: Thank you all for coming.\n\n"
                     "ANTHONY ALBANESE, PRIME MINISTER: It is good to be here.\n\nQUESTION: A question.\n\n"
                     "JULIE BISHOP: I am pleased.\n");
        CHECK(entity(x, EntityType::Person, "Kerry"));
        CHECK(entity(x, EntityType::Person, "Anthony Albanese"));
        CHECK(entity(x, EntityType::Person, "Julie Bishop"));
        CHECK_FALSE(entity(x, EntityType::Person, "Question"));
    }

    TEST_CASE("headings in capitals are not speakers outside a transcript") {
        auto x = run("FACT SHEET: The New Partnership\n\nPILLAR TWO: Trade and supply chains.\n\n"
                     "GREEN ENERGY: Clean power for all.\n");
        for (const auto& e : x.entities) CHECK(e.type != EntityType::Person);
        CHECK(count(x, RelationType::Met) == 0);
    }

    TEST_CASE("two officials speaking in one transcript met") {
        auto x = run("Remarks Before a Bilateral Meeting\n\nPRESIDENT TRUMP: Thank you very much.\n\n"
                     "PRIME MINISTER MAY: Thank you, Mr. President.\n\nPRESIDENT TRUMP: Thank you.\n",
                     "2018-09-26");
        const kg::Relation* r = relation(x, RelationType::Met, "Trump", "May");
        REQUIRE(r);
        CHECK(r->date == "2018-09-26");
    }

    TEST_CASE("a byline over a title line is the principal of a heading's meeting") {
        auto x = run("Remarks With Foreign Minister Frank-Walter Steinmeier Before Their Meeting\n\nJohn Kerry\n"
                     "Secretary of State\nVienna, Austria\nNovember 22, 2014\n\nWe are grateful for the help.\n");
        CHECK(entity(x, EntityType::Person, "John Kerry"));
        CHECK(relation(x, RelationType::Met, "John Kerry", "Frank-Walter Steinmeier"));
    }

    TEST_CASE("a bare title stands for the one person holding that office") {
        auto x = run("United Nations Secretary-General Ban Ki-moon arrived in Seoul on 24 March.\n"
                     "That afternoon, the Secretary-General met President Lee Myung-bak of the Republic of Korea.\n"
                     "The Secretary-General and the President had wide-ranging discussions.");
        CHECK(relation(x, RelationType::Met, "Ban Ki-moon", "Lee Myung-bak"));
        const kg::Entity* ban = entity(x, EntityType::Person, "Ban Ki-moon");
        REQUIRE(ban);
        CHECK_FALSE(has_alias(ban, "Secretary-General"));  // a reference is not a name
    }

    TEST_CASE("a bare title is left alone when two people hold that office or a rank differs") {
        auto x = run("President Alpha Gomez of Ruritania and President Beta Ortiz of Freedonia spoke on Monday. "
                     "The President met Minister Carla Diaz.");
        CHECK_FALSE(relation(x, RelationType::Met, "Alpha Gomez", "Carla Diaz"));
        CHECK_FALSE(relation(x, RelationType::Met, "Beta Ortiz", "Carla Diaz"));
        auto y = run("Vice President Kamala Harris arrived in Paris. The President met Chancellor Olaf Scholz.");
        CHECK_FALSE(relation(y, RelationType::Met, "Kamala Harris", "Olaf Scholz"));
    }
}
