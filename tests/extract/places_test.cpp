// Places read from context (extract/stages/places.cpp): each rule with sentences of its own.
#include <doctest/doctest.h>

#include "tests/extract/extract_test_support.h"

using kg::EntityType;
using kg::RelationType;
using kg_test::relation;
using kg_test::entity;
using kg_test::run;

TEST_SUITE("extract places") {

TEST_CASE("place-after-in: an unknown capitalised name after 'in' that a comma, a full stop or a lower-case word ends") {
    const auto x = run("The Minister held talks with the Governor in Tromsø on Monday. "
                       "The two leaders later visited a factory in Gyeongju, where they spoke to workers. "
                       "The Ambassador opened a consulate in Port Harcourt.");
    CHECK(entity(x, EntityType::Location, "Tromsø"));
    CHECK(entity(x, EntityType::Location, "Gyeongju"));
    CHECK(entity(x, EntityType::Location, "Port Harcourt"));  // a place prefix may begin the name
}

TEST_CASE("place-after-in: common words, days, abbreviations, people, groups and court cases are not places") {
    const auto x = run("The Senator spoke in Parliament on Tuesday and in Congress later. "
                       "They invested in R&D and in EVs. Participants met in Black churches. "
                       "The Court ruled in Dobbs v. Jackson. It was praised in Joe Biden's remarks. "
                       "She is active in Entrepreneurship. The plan was agreed in North and South America.");
    for (const char* not_place : {"Parliament", "Congress", "Tuesday", "R", "EVs", "Black", "Dobbs", "Joe Biden",
                                  "Entrepreneurship", "North"})
        CHECK_MESSAGE(!entity(x, EntityType::Location, not_place), not_place);
}

TEST_CASE("place-after-in: a name that goes on or owns something is not taken") {
    const auto x = run("The meeting took place in Zorvath's capital. The team worked in Qelbridge Trading Company offices.");
    CHECK(!entity(x, EntityType::Location, "Zorvath"));
    CHECK(!entity(x, EntityType::Location, "Qelbridge"));
    CHECK(!entity(x, EntityType::Location, "Qelbridge Trading"));
}

TEST_CASE("place-noun-of: the name after 'the town of', 'the city of'") {
    const auto x = run("The Chancellor received the President in the Bavarian town of Kelheimstadt. "
                       "They later toured the city of Vrandsburg together.");
    CHECK(entity(x, EntityType::Location, "Kelheimstadt"));
    CHECK(entity(x, EntityType::Location, "Vrandsburg"));
}

TEST_CASE("place-direction: a compass word before a known region is part of its name") {
    const auto x = run("They discussed security in West Africa and the Southern Mediterranean, "
                       "and the situation in South Africa.");
    CHECK(entity(x, EntityType::Location, "West Africa"));
    CHECK(entity(x, EntityType::Location, "Southern Mediterranean"));
    CHECK(entity(x, EntityType::Country, "South Africa"));  // a country of that shape stays one
    CHECK(!entity(x, EntityType::Location, "Africa"));
}

TEST_CASE("gazetteer: national capitals and states of federations are places") {
    const auto x = run("The Foreign Minister travelled to Ljubljana and Windhoek, then to Nebraska and Manitoba.");
    for (const char* place : {"Ljubljana", "Windhoek", "Nebraska", "Manitoba"})
        CHECK_MESSAGE(entity(x, EntityType::Location, place), place);
}

TEST_CASE("facilities: a known building or room is no entity, and an office written after it is still an office") {
    const auto x = run("White House Senior Advisor Dana Whitfield met the Governor in the Oval Office.");
    CHECK(entity(x, EntityType::Person, "Dana Whitfield"));
    for (EntityType t : {EntityType::Organization, EntityType::Location, EntityType::Person}) {
        CHECK(!entity(x, t, "White House"));
        CHECK(!entity(x, t, "Oval Office"));
    }
}

TEST_CASE("a journey's end gives a meeting its place: 'made an Official Visit to X', 'flew to X, where'") {
    const auto x = run("Release\n\nMinister Hiro Sato made an Official Visit to Jakarta, Indonesia from 15 to 16 "
                       "January 2024. Minister Sato called on President Tom Hale on 15 January 2024.",
                       "2024-01-16");
    const kg::Relation* visit = relation(x, RelationType::Met, "Hiro Sato", "Tom Hale");
    REQUIRE(visit);
    REQUIRE(visit->place);
    CHECK(x.entities[*visit->place].name == "Jakarta");
    const auto y = run("Release\n\nSecretary Ana Silva later flew to Berlin, where she held talks with Chancellor "
                       "Paul White on Thursday.",
                       "2022-01-21");
    const kg::Relation* talks = relation(y, RelationType::Met, "Ana Silva", "Paul White");
    REQUIRE(talks);
    REQUIRE(talks->place);
    CHECK(y.entities[*talks->place].name == "Berlin");
}

}  // TEST_SUITE

TEST_CASE("two places sharing a plural head written in lower case: 'the East and South China seas', 'the Atlantic and Pacific oceans'") {
    const auto x = kg_test::run("Release\n\nThey discussed the situations in the East and South China seas. United across "
                                "the Atlantic and Pacific oceans, they stand together.");
    for (const char* place : {"East China Sea", "South China Sea", "Atlantic Ocean", "Pacific Ocean"})
        CHECK_MESSAGE(kg_test::entity(x, kg::EntityType::Location, place), place);
}

TEST_CASE("place-office-of: 'Mayor of Gaziantep', 'the Governor of Para' name a place, 'the Governor of the Bank of Peru' does not") {
    const auto x = kg_test::run("Release\n\nHe thanked Ms. Ana Silva, Mayor of Gaziantep, and partnered with the Governor "
                                "of Para. The Governor of the Bank of Peru spoke.");
    CHECK(kg_test::entity(x, kg::EntityType::Location, "Gaziantep"));
    CHECK(kg_test::entity(x, kg::EntityType::Location, "Para"));
    CHECK(!kg_test::entity(x, kg::EntityType::Location, "Bank of Peru"));
    CHECK(!kg_test::entity(x, kg::EntityType::Location, "Bank"));
}
