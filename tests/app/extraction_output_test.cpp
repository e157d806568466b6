#include "app/extraction_output.h"

#include <doctest/doctest.h>

#include <sstream>
#include <stdexcept>

#include "model/error.h"

namespace {

// Hayashi met Stoltenberg in Brussels, the way the extractor reports it.
kg::DocumentExtraction sample() {
    kg::DocumentExtraction x;
    x.document.id = "002.txt";
    x.document.date = "2023-04-04";
    x.document.text = "Minister Hayashi held a meeting with Mr. Jens Stoltenberg in Brussels.";
    kg::Entity hayashi{kg::EntityType::Person, "Yoshimasa Hayashi", "", {"Minister Hayashi", "Hayashi"}, {}};
    hayashi.mentions.push_back({{0, 16}, "Minister Hayashi"});
    kg::Entity stoltenberg{kg::EntityType::Person, "Jens Stoltenberg", "", {}, {}};
    kg::Entity brussels{kg::EntityType::Location, "Brussels", "", {}, {}};
    kg::Entity kishida{kg::EntityType::Person, "Kishida", "Fumio Kishida", {}, {}};
    x.entities = {hayashi, stoltenberg, brussels, kishida};
    kg::Relation met;
    met.type = kg::RelationType::Met;
    met.a = 0;
    met.b = 1;
    met.date = "2023-04-04";
    met.place = 2;
    met.attributes["mode"] = "in-person";
    met.evidence.push_back({"002.txt", {0, 70}, "met.held_meeting", 0.9});
    kg::Relation role;
    role.type = kg::RelationType::Role;
    role.a = 1;
    role.b = 2;
    role.evidence.push_back({"002.txt", {0, 70}, "role.apposition", 0.5});
    x.relations = {met, role};
    kg::Meeting m;
    m.participants = {0, 1};
    m.date = "2023-04-04";
    m.place = 2;
    m.cameo = "040";
    m.evidence = met.evidence;
    x.meetings = {m};
    return x;
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("an extraction is written as one JSON object in the gold schema with names for indices") {
    kg::cli::JsonWriter w;
    kg::cli::write_extraction_json(sample(), w);
    const std::string json(w.text());
    CHECK(json.find(R"({"doc":"002.txt","date":"2023-04-04","entities":[)") == 0);
    CHECK(json.find(R"({"type":"PERSON","name":"Yoshimasa Hayashi","aliases":["Minister Hayashi","Hayashi"],)"
                    R"("mentions":[{"begin":0,"end":16,"text":"Minister Hayashi"}]})") != std::string::npos);
    CHECK(json.find(R"("name":"Kishida","aliases":[],"full_name":"Fumio Kishida")") != std::string::npos);
    CHECK(json.find(R"({"type":"MET","a":"Yoshimasa Hayashi","b":"Jens Stoltenberg","date":"2023-04-04",)"
                    R"("place":"Brussels","mode":"in-person","evidence":[{"begin":0,"end":70,)"
                    R"("rule":"met.held_meeting","confidence":0.9}]})") != std::string::npos);
    CHECK(json.find(R"({"type":"ROLE","a":"Jens Stoltenberg","b":"Brussels","date":null,"place":null,"title":null,)") !=
          std::string::npos);
    CHECK(json.find(R"("meetings":[{"participants":["Yoshimasa Hayashi","Jens Stoltenberg"],"date":"2023-04-04",)"
                    R"("place":"Brussels","mode":)") != std::string::npos);
    CHECK(json.find(R"("host":null,"visitor":null,"parent_event":null,"cameo":"040","plover_mode":null,)") !=
          std::string::npos);
}

TEST_CASE("a document without a date gets a null date") {
    kg::DocumentExtraction x;
    x.document.id = "003.txt";
    kg::cli::JsonWriter w;
    kg::cli::write_extraction_json(x, w);
    CHECK(w.text() == R"({"doc":"003.txt","date":null,"entities":[],"relations":[],"meetings":[]})");
}

TEST_CASE("a relation pointing outside the entities is reported and not written") {
    kg::DocumentExtraction x = sample();
    x.relations[0].b = 17;
    kg::cli::JsonWriter w;
    CHECK_THROWS_WITH_AS(kg::cli::write_extraction_json(x, w), "extraction of 002.txt refers to entity 17 of 4",
                         std::logic_error);
}

TEST_CASE("invalid UTF-8 in a name is an error rather than broken JSON") {
    kg::DocumentExtraction x = sample();
    x.entities[1].name = "Stoltenb\xC3";
    kg::cli::JsonWriter w;
    CHECK_THROWS_AS(kg::cli::write_extraction_json(x, w), kg::Error);
}

TEST_CASE("the text summary groups entities by type and --explain adds rule and sentence") {
    std::ostringstream plain;
    kg::cli::print_extraction(sample(), plain, false);
    CHECK(plain.str().find("002.txt  2023-04-04  (4 entities, 2 relations, 1 meetings)\n") == 0);
    CHECK(plain.str().find("  PERSON: Yoshimasa Hayashi; Jens Stoltenberg; Kishida (Fumio Kishida)\n") !=
          std::string::npos);
    CHECK(plain.str().find("  LOCATION: Brussels\n") != std::string::npos);
    CHECK(plain.str().find("    MET  Yoshimasa Hayashi -- Jens Stoltenberg  mode: in-person  on 2023-04-04  in "
                           "Brussels\n") != std::string::npos);
    CHECK(plain.str().find("    ROLE  Jens Stoltenberg -> Brussels\n") != std::string::npos);
    CHECK(plain.str().find("rule") == std::string::npos);

    std::ostringstream explained;
    kg::cli::print_extraction(sample(), explained, true);
    CHECK(explained.str().find("      rule met.held_meeting (confidence 0.9): \"Minister Hayashi held a meeting with "
                               "Mr. Jens Stoltenberg in Brussels.\"\n") != std::string::npos);
}

}
