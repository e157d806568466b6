// kg path, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg path prints each hop with its relation and date and evidence sentence") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "path", "Tsuji", "Stoltenberg"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() == 4);  // header and three hops
    CHECK(lines[0].find("PATH  HOP  FROM") == 0);
    CHECK(lines[1].find("Kiyoto Tsuji") != std::string::npos);
    CHECK(lines[3].find("Jens Stoltenberg") != std::string::npos);
}

TEST_CASE("kg path --all-shortest --json gives every chain with evidence text and offsets") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "path", "Tsuji", "Kamikawa", "--all-shortest", "--json"});
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 2);
    const auto& first = d[0];
    REQUIRE(first["nodes"].IsArray());
    CHECK(std::string(first["nodes"][0].GetString()) == "Kiyoto Tsuji");
    const auto& hop = first["hops"][0];
    CHECK(std::string(hop["relation"].GetString()) == "MET");
    CHECK(std::string(hop["date"].GetString()) == "2024-04-04");
    const auto& ev = hop["evidence"];
    CHECK(std::string(ev["document"].GetString()) == "corpus/000_a78d721dc74829b4.txt");
    CHECK(ev["end"].GetUint64() > ev["begin"].GetUint64());
    CHECK(std::string(ev["text"].GetString()).find("State Minister Tsuji held a meeting with") != std::string::npos);
    CHECK(first["hops"][1]["date"].IsNull());
}

TEST_CASE("kg path --via restricts relation types and reports no connection with exit status 0") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "path", "Tsuji", "Stoltenberg", "--via", "MET"});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "kg: Kiyoto Tsuji and Jens Stoltenberg are not connected by the chosen relations\n");
    kg_test::KgRun json = run_kg({"--db", db, "path", "Tsuji", "Stoltenberg", "--via", "MET", "--json"});
    CHECK(json.out == "[]\n");
    kg_test::KgRun bad = run_kg({"--db", db, "path", "Tsuji", "Stoltenberg", "--via", "FRIEND"});
    CHECK(bad.status == 2);
}

TEST_CASE("kg path on an unknown name suggests close names with exit status 1") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "path", "Tsuji", "Stoltenburg"});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: no entity named 'Stoltenburg'; did you mean: Jens Stoltenberg") == 0);
}

TEST_CASE("kg path --csv writes a header and one row per hop") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "path", "hayashi", "STOLTENBERG", "--csv"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "PATH,HOP,FROM,RELATION,TO,DATE,DOCUMENT,EVIDENCE\r");
    CHECK(lines[1].find("1,1,Yoshimasa Hayashi,MET,Jens Stoltenberg,2023-04-04,corpus/002_6f339f2360b3421b.txt,") == 0);
}

}

TEST_SUITE("app") {

TEST_CASE("kg path marks a hop that follows a relation against its direction") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    // Stored: Jens Stoltenberg ROLE North Atlantic Treaty Organization.
    kg_test::KgRun back = run_kg({"--db", db, "path", "North Atlantic Treaty Organization", "Stoltenberg", "--via",
                                  "ROLE", "--csv"});
    REQUIRE(back.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(back.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].rfind("1,1,North Atlantic Treaty Organization,<-ROLE-,Jens Stoltenberg,,", 0) == 0);
    kg_test::KgRun forward = run_kg({"--db", db, "path", "Stoltenberg", "North Atlantic Treaty Organization",
                                     "--via", "ROLE", "--csv"});
    REQUIRE(forward.status == 0);
    CHECK(kg_test::lines_of(forward.out).at(1).rfind("1,1,Jens Stoltenberg,ROLE,North Atlantic Treaty Organization,",
                                                     0) == 0);
    kg_test::KgRun json = run_kg({"--db", db, "path", "North Atlantic Treaty Organization", "Stoltenberg", "--via",
                                  "ROLE", "--json"});
    REQUIRE(json.status == 0);
    rapidjson::Document d;
    d.Parse(json.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    const auto& hop = d[0]["hops"][0];
    CHECK(std::string(hop["relation"].GetString()) == "ROLE");
    CHECK(hop["reversed"].GetBool());
    // MET has no direction: never reversed.
    kg_test::KgRun met = run_kg({"--db", db, "path", "Stoltenberg", "Hayashi", "--via", "MET", "--json"});
    REQUIRE(met.status == 0);
    d.Parse(met.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK_FALSE(d[0]["hops"][0]["reversed"].GetBool());
}

}
