// kg rank, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg rank --by meetings --type PERSON puts the person with most meetings first") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "rank", "--by", "meetings", "--type", "PERSON", "--top", "2"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "RANK  NAME              TYPE    SCORE");
    CHECK(lines[1] == "1     Kiyoto Tsuji      PERSON  2");
}

TEST_CASE("kg rank --by betweenness --json gives ranks names types and scores") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "rank", "--by", "Betweenness", "--top", "3", "--json"});
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 3);
    CHECK(d[0]["rank"].GetUint64() == 1);
    CHECK(d[2]["rank"].GetUint64() == 3);
    CHECK(d[0]["name"].IsString());
    CHECK(d[0]["type"].IsString());
    CHECK(d[0]["score"].GetDouble() > 0.0);
    CHECK(d[0]["score"].GetDouble() >= d[1]["score"].GetDouble());
    CHECK(d[1]["score"].GetDouble() >= d[2]["score"].GetDouble());
}

TEST_CASE("kg rank --threads gives the same scores on one thread as on several") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    for (const char* by : {"betweenness", "closeness", "pagerank"}) {
        INFO(by);
        kg_test::KgRun one = run_kg({"--db", db, "rank", "--by", by, "--top", "0", "--json", "--threads", "1"});
        kg_test::KgRun three = run_kg({"--db", db, "rank", "--by", by, "--top", "0", "--json", "--threads", "3"});
        kg_test::KgRun all = run_kg({"--db", db, "rank", "--by", by, "--top", "0", "--json"});
        REQUIRE(one.status == 0);
        CHECK(one.out.size() > 100);  // scores of many entities, not an empty list
        CHECK(three.out == one.out);
        CHECK(all.out == one.out);
    }
    CHECK(run_kg({"--db", db, "rank", "--threads", "many"}).status == 2);
}

TEST_CASE("kg rank on the person graph of who met whom and with date bounds") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "rank", "--by", "degree", "--type", "PERSON", "--top", "1", "--csv"});
    REQUIRE(r.status == 0);
    CHECK(r.out == "RANK,NAME,TYPE,SCORE\r\n1,Kiyoto Tsuji,PERSON,2\r\n");
    kg_test::KgRun later = run_kg({"--db", db, "rank", "--by", "meetings", "--from", "2024", "--top", "1", "--csv"});
    CHECK(later.out == "RANK,NAME,TYPE,SCORE\r\n1,Kiyoto Tsuji,PERSON,1\r\n");
    CHECK(run_kg({"--db", db, "rank", "--by", "fame"}).status == 2);
}

}
