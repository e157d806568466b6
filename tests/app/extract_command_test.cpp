// kg extract, end to end on the seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "run_kg.h"

using kg_test::run_kg;

namespace {

rapidjson::Document parse_line(const std::string& line) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(line.c_str(), line.size());
    INFO("JSON error at " << d.GetErrorOffset() << ": " << rapidjson::GetParseError_En(d.GetParseError()));
    REQUIRE_FALSE(d.HasParseError());
    return d;
}

bool is_string_or_null(const rapidjson::Value& object, const char* key) {
    return object.HasMember(key) && (object[key].IsString() || object[key].IsNull());
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("kg extract --json prints one JSON object per document in the gold schema") {
    kg_test::KgRun r = run_kg({"extract", "--json", kg_test::corpus_dir()});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() == 5);

    std::set<std::string> docs;
    for (const std::string& line : lines) {
        rapidjson::Document d = parse_line(line);
        REQUIRE(d.IsObject());
        REQUIRE(d.HasMember("doc"));
        REQUIRE(d["doc"].IsString());
        docs.insert(d["doc"].GetString());
        CHECK(is_string_or_null(d, "date"));
        REQUIRE(d.HasMember("entities"));
        REQUIRE(d["entities"].IsArray());
        REQUIRE(d.HasMember("relations"));
        REQUIRE(d["relations"].IsArray());
        REQUIRE(d.HasMember("meetings"));
        REQUIRE(d["meetings"].IsArray());

        std::set<std::string> names;
        for (const auto& e : d["entities"].GetArray()) {
            REQUIRE(e.IsObject());
            REQUIRE(e.HasMember("type"));
            CHECK(e["type"].IsString());
            REQUIRE(e.HasMember("name"));
            REQUIRE(e["name"].IsString());
            names.insert(e["name"].GetString());
            REQUIRE(e.HasMember("aliases"));
            CHECK(e["aliases"].IsArray());
            REQUIRE(e.HasMember("mentions"));
            REQUIRE(e["mentions"].IsArray());
            for (const auto& m : e["mentions"].GetArray()) {
                CHECK(m.HasMember("begin"));
                CHECK(m.HasMember("end"));
                CHECK(m.HasMember("text"));
            }
            if (e.HasMember("full_name")) CHECK(e["full_name"].IsString());
        }
        for (const auto& rel : d["relations"].GetArray()) {
            REQUIRE(rel.IsObject());
            for (const char* key : {"type", "a", "b"}) {
                REQUIRE(rel.HasMember(key));
                REQUIRE(rel[key].IsString());
            }
            CHECK(names.count(rel["a"].GetString()) == 1);  // ends are canonical names of this document
            CHECK(names.count(rel["b"].GetString()) == 1);
            CHECK(is_string_or_null(rel, "date"));
            CHECK(is_string_or_null(rel, "place"));
            REQUIRE(rel.HasMember("evidence"));
            REQUIRE(rel["evidence"].IsArray());
            CHECK(rel["evidence"].Size() >= 1);
            for (const auto& ev : rel["evidence"].GetArray()) {
                for (const char* key : {"begin", "end", "rule", "confidence"}) CHECK(ev.HasMember(key));
            }
            const std::string type = rel["type"].GetString();
            if (type == "ROLE") CHECK(is_string_or_null(rel, "title"));
            if (type == "CONTRIBUTED") CHECK(is_string_or_null(rel, "amount"));
            if (type == "MET") CHECK(is_string_or_null(rel, "mode"));
        }
        for (const auto& m : d["meetings"].GetArray()) {
            REQUIRE(m.HasMember("participants"));
            REQUIRE(m["participants"].IsArray());
            for (const auto& p : m["participants"].GetArray()) CHECK(names.count(p.GetString()) == 1);
            for (const char* key : {"date", "place", "host", "visitor", "parent_event", "cameo", "plover_mode"}) {
                CHECK_MESSAGE(is_string_or_null(m, key), key);
            }
            CHECK(m.HasMember("mode"));
            CHECK(m.HasMember("status"));
            CHECK(m.HasMember("evidence"));
        }
    }
    // A walked folder's files are known by the folder's name and their path under it.
    CHECK(docs == std::set<std::string>{"corpus/000_a78d721dc74829b4.txt", "corpus/001_f7c9a4d84f27ea13.txt",
                                        "corpus/002_6f339f2360b3421b.txt", "corpus/003_f85726f219d5bc00.txt",
                                        "corpus/004_e71870b0339a9a44.txt"});
}

TEST_CASE("kg extract finds that Hayashi met Stoltenberg on the date of the meeting") {
    kg_test::KgRun r = run_kg({"extract", "--json", kg_test::corpus_file("002_6f339f2360b3421b.txt")});
    REQUIRE(r.status == 0);
    rapidjson::Document d = parse_line(kg_test::lines_of(r.out).at(0));
    CHECK(std::string(d["date"].GetString()) == "2023-04-04");
    bool found = false;
    for (const auto& rel : d["relations"].GetArray()) {
        const std::string a = rel["a"].GetString();
        const std::string b = rel["b"].GetString();
        if (std::string(rel["type"].GetString()) == "MET" &&
            ((a.find("Hayashi") != std::string::npos && b.find("Stoltenberg") != std::string::npos) ||
             (b.find("Hayashi") != std::string::npos && a.find("Stoltenberg") != std::string::npos))) {
            found = true;
            CHECK(rel["date"].IsString());
            if (rel["date"].IsString()) CHECK(std::string(rel["date"].GetString()) == "2023-04-04");
        }
    }
    CHECK(found);
}

TEST_CASE("kg extract without --json prints a readable summary and --explain adds rules and sentences") {
    const std::string doc = kg_test::corpus_file("002_6f339f2360b3421b.txt");
    kg_test::KgRun plain = run_kg({"extract", doc});
    REQUIRE(plain.status == 0);
    CHECK(plain.out.find("002_6f339f2360b3421b.txt") != std::string::npos);
    CHECK(plain.out.find("PERSON: ") != std::string::npos);
    CHECK(plain.out.find("MET  ") != std::string::npos);
    CHECK(plain.out.find("rule ") == std::string::npos);

    kg_test::KgRun explained = run_kg({"extract", "--explain", doc});
    REQUIRE(explained.status == 0);
    CHECK(explained.out.find("rule ") != std::string::npos);
    CHECK(explained.out.find("held a meeting with") != std::string::npos);  // the evidence sentence
}

TEST_CASE("kg extract --json --explain is a usage error") {
    CHECK(run_kg({"extract", "--json", "--explain", kg_test::corpus_dir()}).status == 2);
}

TEST_CASE("kg extract names a missing path and exits 1 after extracting the other documents") {
    kg_test::KgRun r =
        run_kg({"extract", "--json", kg_test::corpus_file("002_6f339f2360b3421b.txt"), "/nonexistent/press.txt"});
    CHECK(r.status == 1);
    CHECK(r.err.find("/nonexistent/press.txt") != std::string::npos);
    CHECK(kg_test::lines_of(r.out).size() == 1);
    // Every line of a failure starts "kg: error:".
    for (const std::string& line : kg_test::lines_of(r.err)) CHECK(line.rfind("kg: error: ", 0) == 0);
    CHECK(r.err.find("kg: error: 1 input could not be read\n") != std::string::npos);
}

TEST_CASE("kg extract on a directory without documents is an error with exit status 1") {
    kg_test::TempDir dir;
    kg_test::KgRun r = run_kg({"extract", dir.path()});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: ") == 0);
    CHECK(r.err.find(dir.path()) != std::string::npos);
    CHECK(r.err.find("no documents found") != std::string::npos);
    CHECK(r.out.empty());
}

}

TEST_SUITE("app") {

TEST_CASE("kg extract gives the same bytes on one thread and on several, in input order") {
    const std::string dev = std::string(KG_SOURCE_DIR) + "/tests/data/dev-b";
    for (const char* format : {"--json", "--explain"}) {
        kg_test::KgRun one = run_kg({"extract", format, "--threads", "1", dev});
        kg_test::KgRun four = run_kg({"extract", format, "--threads", "4", dev});
        kg_test::KgRun all = run_kg({"extract", format, dev});
        REQUIRE(one.status == 0);
        REQUIRE(four.status == 0);
        REQUIRE(all.status == 0);
        CHECK(one.out.size() > 10000);
        CHECK(one.out == four.out);
        CHECK(one.out == all.out);
    }
    kg_test::KgRun bad = run_kg({"extract", "--threads", "-1", dev});
    CHECK(bad.status == 2);
}

}
