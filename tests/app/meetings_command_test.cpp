// kg meetings --between, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg meetings --between lists when and where two people met") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "meetings", "--between", "Tsuji", "Mircea Geoana", "--json"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 1);
    CHECK(std::string(d[0]["date"].GetString()) == "2024-04-04");
    CHECK(std::string(d[0]["place"].GetString()) == "Brussels");
    CHECK(std::string(d[0]["mode"].GetString()) == "in-person");
    CHECK(d[0]["participants"].Size() == 2);
    CHECK_FALSE(d[0].HasMember("counterparts"));
}

TEST_CASE("kg meetings --between two people who never met prints nothing and exits 0") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "meetings", "--between", "Hayashi", "Geoana"});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "kg: no meetings found\n");
    kg_test::KgRun one = run_kg({"--db", db, "meetings", "--between", "Hayashi"});
    CHECK(one.status == 2);
}

TEST_CASE("kg meetings --between one person twice is a usage error with exit status 2") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    for (const std::string second : {"Hayashi", "Yoshimasa Hayashi"}) {
        kg_test::KgRun r = run_kg({"--db", db, "meetings", "--between", "Hayashi", second});
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find("kg: error: --between needs two different people; 'Hayashi' and '" + second +
                         "' are both Yoshimasa Hayashi\n") == 0);
    }
}

}

TEST_SUITE("app") {

TEST_CASE("other impossible requests are usage errors with exit status 2") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    SUBCASE("met NAME --with the same person") {
        kg_test::KgRun r = run_kg({"--db", db, "met", "Hayashi", "--with", "HAYASHI Yoshimasa"});
        CHECK(r.status == 2);
        CHECK(r.err.find("kg: error: --with needs someone other than NAME") == 0);
    }
    SUBCASE("a path from an entity to itself") {
        kg_test::KgRun r = run_kg({"--db", db, "path", "Japan", "Japan"});
        CHECK(r.status == 2);
        CHECK(r.err.find("kg: error: a path needs two different entities") == 0);
    }
    SUBCASE("--from after --to, in any subcommand") {
        for (const std::vector<std::string>& args :
             {std::vector<std::string>{"met", "--from", "2024", "--to", "2023-12"},
              std::vector<std::string>{"timeline", "Hayashi", "--from", "2023-04-05", "--to", "2023-04-04"},
              std::vector<std::string>{"export", "--format", "json", "--from", "2024", "--to", "2023"}}) {
            std::vector<std::string> full = {"--db", db};
            full.insert(full.end(), args.begin(), args.end());
            kg_test::KgRun r = run_kg(full);
            INFO(args[0]);
            CHECK(r.status == 2);
            CHECK(r.out.empty());
            CHECK(r.err.find("kg: error: --from ") == 0);
            CHECK(r.err.find(" is after --to ") != std::string::npos);
        }
        // A month inside the year it ends with is a range.
        CHECK(run_kg({"--db", db, "met", "--from", "2023-04", "--to", "2023"}).status == 0);
    }
}

}
