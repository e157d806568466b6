// The kg tool's front: subcommand table, usage errors, help, exit statuses.
#include <doctest/doctest.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg without a subcommand is a usage error with exit status 2") {
    kg_test::KgRun r = run_kg({});
    CHECK(r.status == 2);
    CHECK(r.err.find("subcommand") != std::string::npos);
}

TEST_CASE("an unknown subcommand or option is a usage error with exit status 2") {
    CHECK(run_kg({"frobnicate"}).status == 2);
    CHECK(run_kg({"met", "--no-such-option"}).status == 2);
    CHECK(run_kg({"extract"}).status == 2);  // PATH is required
    CHECK(run_kg({"show"}).status == 2);     // NAME is required
}

TEST_CASE("a malformed option value is a usage error naming the value") {
    SUBCASE("date") {
        kg_test::KgRun r = run_kg({"met", "--from", "2023-13-01"});
        CHECK(r.status == 2);
        CHECK(r.err.find("2023-13-01") != std::string::npos);
    }
    SUBCASE("export format") {
        kg_test::KgRun r = run_kg({"export", "--format", "bmp"});
        CHECK(r.status == 2);
        CHECK(r.err.find("bmp") != std::string::npos);
    }
    SUBCASE("entity type") {
        kg_test::KgRun r = run_kg({"entities", "--type", "animal"});
        CHECK(r.status == 2);
        CHECK(r.err.find("animal") != std::string::npos);
    }
    SUBCASE("relation type in a list") {
        kg_test::KgRun r = run_kg({"export", "--format", "json", "--relations", "MET,LOVES"});
        CHECK(r.status == 2);
        CHECK(r.err.find("LOVES") != std::string::npos);
    }
}

TEST_CASE("kg --help lists every subcommand and the global options with exit status 0") {
    kg_test::KgRun r = run_kg({"--help"});
    CHECK(r.status == 0);
    for (const char* word : {"extract", "ingest", "met", "export", "show", "entities", "--db", "--aliases",
                             "--data-dir"}) {
        CHECK_MESSAGE(r.out.find(word) != std::string::npos, word);
    }
}

TEST_CASE("every subcommand's --help names its options with exit status 0") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
        {"extract", {"--json", "--explain", "PATH"}},
        {"ingest", {"PATH"}},
        {"met", {"NAME", "--with", "--from", "--to", "--json"}},
        {"export", {"--format", "--output", "--ego", "--depth", "--types", "--relations", "--from", "--to",
                    "--collapse", "--title", "--layout"}},
        {"show", {"NAME", "--type", "--json", "--csv"}},
        {"eval", {"GOLD_DIR", "PATH", "--json", "--min", "--verbose"}},
        {"reextract", {"--all"}},
        {"rename", {"A", "NAME", "--type"}},
        {"entities", {"--type", "--match"}},
    };
    for (const auto& [command, options] : expected) {
        kg_test::KgRun r = run_kg({command, "--help"});
        CHECK_MESSAGE(r.status == 0, command);
        for (const std::string& option : options) {
            CHECK_MESSAGE(r.out.find(option) != std::string::npos, command << " --help mentions " << option);
        }
    }
}

TEST_CASE("global options are accepted after the subcommand too") {
    kg_test::TempDir dir;
    kg_test::KgRun r = run_kg({"entities", "--db", dir.file("missing.db")});
    CHECK(r.status == 1);
    CHECK(r.err.find("missing.db") != std::string::npos);
}

TEST_CASE("a missing --aliases file is an error naming it with exit status 1") {
    kg_test::KgRun r = run_kg({"--aliases", "/nonexistent/aliases.tsv", "extract", kg_test::corpus_dir()});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: ") != std::string::npos);
    CHECK(r.err.find("/nonexistent/aliases.tsv") != std::string::npos);
}

}

TEST_SUITE("app") {

TEST_CASE("kg --version names kg's version, the store schema and the extraction rules with exit status 0") {
    kg_test::KgRun r = run_kg({"--version"});
    CHECK(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind("kg ", 0) == 0);
    CHECK(lines[0].size() > 3);
    CHECK(lines[1].rfind("store schema ", 0) == 0);
    CHECK(std::stoi(lines[1].substr(13)) >= 3);
    CHECK(lines[2].rfind("extraction rules ", 0) == 0);
    CHECK(std::stoi(lines[2].substr(17)) >= 1);
}

}
