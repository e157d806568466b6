// kg communities, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg communities --json gives modularity classes and their modularity deterministically") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "communities", "--json"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE(d.IsObject());
    REQUIRE(d["modularity"].IsNumber());
    CHECK(d["modularity"].GetDouble() > 0.3);
    const auto& groups = d["groups"];
    REQUIRE(groups.Size() > 3);
    CHECK(groups[0]["size"].GetUint64() >= groups[1]["size"].GetUint64());
    // A partition: every entity in exactly one group, sizes as listed, largest first.
    std::vector<std::string> seen;
    for (rapidjson::SizeType i = 0; i < groups.Size(); ++i) {
        CHECK(groups[i]["id"].GetUint64() == i + 1);
        CHECK(groups[i]["size"].GetUint64() == groups[i]["members"].Size());
        if (i > 0) CHECK(groups[i]["size"].GetUint64() <= groups[i - 1]["size"].GetUint64());
        for (const auto& m : groups[i]["members"].GetArray())
            seen.push_back(std::string(m["type"].GetString()) + ":" + m["name"].GetString());
    }
    std::sort(seen.begin(), seen.end());
    CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
    kg_test::KgRun all = run_kg({"--db", db, "components", "--json"});
    rapidjson::Document c;
    c.Parse(all.out.c_str());
    std::size_t entities = 0;
    for (const auto& g : c["groups"].GetArray()) entities += g["size"].GetUint64();
    CHECK(seen.size() == entities);
    CHECK(run_kg({"--db", db, "communities", "--json"}).out == r.out);
}

TEST_CASE("kg communities prints a table and the modularity") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "communities", "--type", "PERSON"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0] == "COMMUNITY  SIZE  MEMBERS");
    CHECK(lines.back().find("modularity 0.") == 0);
}

}
