// kg eval, end to end: the figures, their JSON, the bounds and the errors.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <filesystem>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg eval prints precision, recall and F1 per type for the documents beside the gold") {
    kg_test::KgRun r = run_kg({"eval", kg_test::corpus_dir()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() == 14);
    CHECK(lines[0] == "                  P      R     F1   tp/pred/gold");
    CHECK(lines[1].rfind("PERSON       ", 0) == 0);
    CHECK(lines[13] == "date          1.000  1.000  1.000   4/4/4");  // one seed has no date line
}

TEST_CASE("kg eval --json gives every figure with its counts") {
    kg_test::KgRun r = run_kg({"eval", "--json", kg_test::corpus_dir()});
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    for (const char* key : {"PERSON", "COUNTRY", "ORGANIZATION", "PROGRAMME", "EVENT", "LOCATION", "PERSON~", "MET",
                            "ATTENDED", "ROLE", "CONTRIBUTED", "MET+date", "date"}) {
        INFO(key);
        REQUIRE(d.HasMember(key));
        const auto& f = d[key];
        for (const char* field : {"precision", "recall", "f1"}) CHECK(f[field].IsNumber());
        for (const char* field : {"tp", "predicted", "gold"}) CHECK(f[field].IsUint());
        CHECK(f["tp"].GetUint() <= f["gold"].GetUint());
    }
    CHECK(d["date"]["gold"].GetUint() == 4);
    CHECK(d["PERSON"]["gold"].GetUint() > 0);
}

TEST_CASE("kg eval --min exits 1 naming the figures below their bound") {
    kg_test::KgRun met = run_kg({"eval", kg_test::corpus_dir(), "--min", "date=1", "--min", "PERSON=0.5"});
    CHECK(met.status == 0);
    kg_test::TempDir dir;
    // A gold annotation the extractor cannot meet: a person the text never names.
    kg_test::write_text_file(dir.file("a.txt"), "Tokyo, 1 May 2024. Nothing happened.");
    kg_test::write_text_file(dir.file("a.gold.json"),
                             R"({"doc": "a.txt", "date": null, "entities": [{"type": "PERSON", "name": "Nobody Known", "aliases": []}], "relations": []})");
    kg_test::KgRun below = run_kg({"eval", dir.path(), "--min", "PERSON=0.5", "--min", "COUNTRY=0"});
    CHECK(below.status == 1);
    CHECK(below.err.find("kg: error: below bound: PERSON F1 0.000 < 0.5") != std::string::npos);
    CHECK(below.err.find("COUNTRY") == std::string::npos);
    CHECK(below.out.find("PERSON        0.000  0.000  0.000   0/0/1") != std::string::npos);
}

TEST_CASE("kg eval --verbose lists what was missed") {
    kg_test::TempDir dir;
    kg_test::write_text_file(dir.file("a.txt"), "Tokyo, 1 May 2024. Nothing happened.");
    kg_test::write_text_file(dir.file("a.gold.json"),
                             R"({"doc": "a.txt", "date": null, "entities": [{"type": "PERSON", "name": "Nobody Known", "aliases": []}], "relations": []})");
    kg_test::KgRun r = run_kg({"eval", "--verbose", dir.path()});
    CHECK(r.status == 0);
    CHECK(r.out.find("a.txt: missed PERSON: Nobody Known") != std::string::npos);
}

TEST_CASE("kg eval refuses bad bounds as usage errors and bad gold as errors naming the file") {
    SUBCASE("unknown key") {
        kg_test::KgRun r = run_kg({"eval", kg_test::corpus_dir(), "--min", "PEOPLE=0.5"});
        CHECK(r.status == 2);
        CHECK(r.err.find("PEOPLE=0.5") != std::string::npos);
    }
    SUBCASE("bound above 1") { CHECK(run_kg({"eval", kg_test::corpus_dir(), "--min", "MET=2"}).status == 2); }
    SUBCASE("no gold directory") { CHECK(run_kg({"eval", "/nonexistent-gold"}).status == 2); }
    SUBCASE("a folder without gold files") {
        kg_test::TempDir dir;
        kg_test::KgRun r = run_kg({"eval", dir.path()});
        CHECK(r.status == 1);
        CHECK(r.err == "kg: error: " + dir.path() + ": no *.gold.json file\n");
    }
    SUBCASE("a malformed gold file") {
        kg_test::TempDir dir;
        kg_test::write_text_file(dir.file("a.txt"), "Text.");
        kg_test::write_text_file(dir.file("a.gold.json"), "{\"doc\": ");
        kg_test::KgRun r = run_kg({"eval", dir.path()});
        CHECK(r.status == 1);
        CHECK(r.err.find("kg: error: " + dir.file("a.gold.json") + ": offset 8: ") == 0);
    }
}

}
