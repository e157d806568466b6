// kg entities, end to end.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg entities --type lists only entities of that type") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "entities", "--type", "person"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].find("TYPE") == 0);
    for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i].find("PERSON  ") == 0);
    CHECK(r.out.find("Jens Stoltenberg") != std::string::npos);
    CHECK(r.out.find("Belgium") == std::string::npos);
}

TEST_CASE("kg entities --match keeps names or aliases containing the text whatever its case") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "entities", "--match", "STOLT"});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Jens Stoltenberg") != std::string::npos);
    CHECK(r.out.find("Hayashi") == std::string::npos);
}

TEST_CASE("kg entities --json and --csv give the table's entities for scripts") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    const kg_test::KgRun table = run_kg({"--db", db, "entities", "--type", "PERSON"});
    const kg_test::KgRun json = run_kg({"--db", db, "entities", "--type", "PERSON", "--json"});
    const kg_test::KgRun csv = run_kg({"--db", db, "entities", "--type", "PERSON", "--csv"});
    REQUIRE(json.status == 0);
    REQUIRE(csv.status == 0);
    rapidjson::Document d;
    d.Parse(json.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsArray());
    const std::vector<std::string> table_lines = kg_test::lines_of(table.out);
    const std::vector<std::string> csv_lines = kg_test::lines_of(csv.out);
    CHECK(d.Size() + 1 == table_lines.size());
    CHECK(csv_lines.size() == table_lines.size());
    CHECK(csv_lines[0] == "TYPE,NAME,DOCS,ALIASES\r");  // RFC 4180 line ends
    bool found = false;
    for (const auto& e : d.GetArray()) {
        CHECK(std::string(e["type"].GetString()) == "PERSON");
        if (std::string(e["name"].GetString()) != "Jens Stoltenberg") continue;
        found = true;
        CHECK(e["documents"].GetUint() >= 1);
        bool alias = false;
        for (const auto& a : e["aliases"].GetArray()) alias = alias || std::string(a.GetString()) == "Stoltenberg";
        CHECK(alias);
    }
    CHECK(found);
    const kg_test::KgRun none = run_kg({"--db", db, "entities", "--match", "no such name", "--json"});
    CHECK(none.status == 0);
    CHECK(none.out == "[]\n");
}

}

TEST_SUITE("app") {

TEST_CASE("--csv tables neutralise names a spreadsheet would run as formulas") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string aliases = dir.file("formula.tsv");
    kg_test::write_text_file(aliases,
                             "=SUM(1+1)\tPERSON\tHAYASHI Yoshimasa|Hayashi|Yoshimasa Hayashi|Foreign Minister "
                             "Hayashi|Minister Hayashi\n"
                             "@Stoltenberg\tPERSON\tJens Stoltenberg|STOLTENBERG Jens|Stoltenberg|Secretary General "
                             "Stoltenberg\n");
    kg_test::KgRun ingest = run_kg({"--db", db, "--aliases", aliases, "ingest", kg_test::corpus_dir()});
    REQUIRE(ingest.status == 0);
    kg_test::KgRun entities = run_kg({"--db", db, "entities", "--type", "PERSON", "--csv"});
    REQUIRE(entities.status == 0);
    CHECK(entities.out.find("PERSON,\"'=SUM(1+1)\",") != std::string::npos);
    CHECK(entities.out.find("PERSON,\"'@Stoltenberg\",") != std::string::npos);
    kg_test::KgRun met = run_kg({"--db", db, "met", "--csv"});
    REQUIRE(met.status == 0);
    CHECK(met.out.find(",\"'=SUM(1+1), @Stoltenberg\",") != std::string::npos);  // the cell as a whole
    for (const std::string& line : kg_test::lines_of(entities.out + met.out))
        for (char c : {'=', '+', '-', '@'}) {
            CHECK(line.front() != c);
            CHECK(line.find(std::string(",") + c) == std::string::npos);
        }
}

}
