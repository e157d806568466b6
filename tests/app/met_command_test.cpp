// kg met, end to end on the ingested seed corpus.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <filesystem>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg met NAME lists the person's meetings with date and counterparts and documents") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "met", "Hayashi"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].find("DATE") == 0);
    CHECK(lines[0].find("COUNTERPARTS") != std::string::npos);
    bool stoltenberg = false;
    for (const std::string& line : lines) {
        if (line.find("Stoltenberg") != std::string::npos) {
            stoltenberg = true;
            CHECK(line.find("2023-04-04") == 0);
            CHECK(line.find("002_6f339f2360b3421b.txt") != std::string::npos);
        }
    }
    CHECK(stoltenberg);
}

TEST_CASE("kg met NAME --with OTHER keeps only their meetings") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun all = run_kg({"--db", db, "met", "Tsuji"});
    REQUIRE(all.status == 0);
    CHECK(all.out.find("Gentzis") != std::string::npos);  // 000: State Minister Tsuji met both
    CHECK(all.out.find("Geoana") != std::string::npos);

    kg_test::KgRun with = run_kg({"--db", db, "met", "Tsuji", "--with", "Geoana"});
    REQUIRE(with.status == 0);
    CHECK(with.out.find("Geoana") != std::string::npos);
    CHECK(with.out.find("Gentzis") == std::string::npos);
}

TEST_CASE("kg met on an unknown name suggests close names with exit status 1") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "met", "Stoltenburg"});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("kg: error: no entity of type PERSON named 'Stoltenburg'; did you mean: ") == 0);
    CHECK(r.err.find("Stoltenberg") != std::string::npos);
}

TEST_CASE("kg met without a name lists every meeting newest first") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "met"});
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = kg_test::lines_of(r.out);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].find("PARTICIPANTS") != std::string::npos);
    CHECK(r.out.find("Stoltenberg") != std::string::npos);
    CHECK(r.out.find("Geoana") != std::string::npos);
    std::string previous = "9999-99-99";
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string date = lines[i].substr(0, lines[i].find(' '));
        if (date == "-") {
            previous = "";  // undated meetings come last
            continue;
        }
        CHECK(date <= previous);
        previous = date;
    }
}

TEST_CASE("kg met --from and --to bound the meeting dates") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r2024 = run_kg({"--db", db, "met", "--from", "2024"});
    REQUIRE(r2024.status == 0);
    CHECK(r2024.out.find("Geoana") != std::string::npos);      // 2024-04-04
    CHECK(r2024.out.find("Stoltenberg") == std::string::npos);  // 2023-04-04
    kg_test::KgRun r2023 = run_kg({"--db", db, "met", "--from", "2023-04", "--to", "2023-04-30"});
    REQUIRE(r2023.status == 0);
    CHECK(r2023.out.find("Stoltenberg") != std::string::npos);
    CHECK(r2023.out.find("Geoana") == std::string::npos);
}

TEST_CASE("kg met --json prints a JSON array of meetings") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "met", "Hayashi", "--json"});
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() >= 1);
    bool stoltenberg = false;
    for (const auto& m : d.GetArray()) {
        for (const char* key : {"date", "participants", "counterparts", "place", "mode", "status", "documents"}) {
            CHECK_MESSAGE(m.HasMember(key), key);
        }
        for (const auto& c : m["counterparts"].GetArray()) {
            if (std::string(c.GetString()).find("Stoltenberg") != std::string::npos) stoltenberg = true;
        }
    }
    CHECK(stoltenberg);
}

TEST_CASE("kg met on a missing database is an error naming it and creates nothing") {
    kg_test::TempDir dir;
    const std::string db = dir.file("typo.db");
    kg_test::KgRun r = run_kg({"--db", db, "met", "Hayashi"});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: no knowledge base at " + db) == 0);
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("kg met --with without a NAME is a usage error") {
    CHECK(run_kg({"met", "--with", "Stoltenberg"}).status == 2);
}

}

TEST_SUITE("app") {

TEST_CASE("results that cannot be written to standard output are an error with exit status 1") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = kg_test::run_kg_to({"--db", db, "met", "--json"}, "/dev/full");
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: cannot write to standard output") != std::string::npos);
}

}

TEST_SUITE("app") {

TEST_CASE("kg met on a surname shared by two people lists both and exits 1 until the full name is given") {
    kg_test::TempDir dir;
    kg_test::write_text_file(dir.file("a.txt"),
                             "Japan-ROK Foreign Ministers' Meeting\n\nMay 2, 2023\n\nOn May 2, Mr. HAYASHI Yoshimasa, "
                             "Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Park Jin, Minister "
                             "of Foreign Affairs of the Republic of Korea.");
    kg_test::write_text_file(dir.file("b.txt"),
                             "Courtesy call\n\nJune 7, 2023\n\nOn June 7, Mr. HAYASHI Makoto, Ambassador of Japan to "
                             "Belgium, received a courtesy call from H.E. Mr. Jens Stoltenberg, Secretary General of "
                             "NATO.");
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("a.txt"), dir.file("b.txt")}).status == 0);

    kg_test::KgRun ambiguous = run_kg({"--db", db, "met", "Hayashi"});
    CHECK(ambiguous.status == 1);
    CHECK(ambiguous.out.empty());
    CHECK(ambiguous.err.find("kg: error: 'Hayashi' is ambiguous; it could be:\n") == 0);
    CHECK(ambiguous.err.find("  Yoshimasa Hayashi (PERSON, 1 document)\n") != std::string::npos);
    CHECK(ambiguous.err.find("  Makoto Hayashi (PERSON, 1 document)\n") != std::string::npos);

    kg_test::KgRun full = run_kg({"--db", db, "met", "Makoto Hayashi"});
    CHECK(full.status == 0);
    CHECK(full.out.find("Jens Stoltenberg") != std::string::npos);
    CHECK(full.out.find("Park Jin") == std::string::npos);
}

}

TEST_SUITE("app") {

TEST_CASE("kg met --country keeps meetings with a counterpart holding a role for that country") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "met", "Stoltenberg", "--country", "japan", "--csv"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out ==
          "DATE,COUNTERPARTS,PLACE,MODE,EVENT,DOCUMENTS\r\n2023-04-04,Yoshimasa Hayashi,,in-person,,"
          "corpus/002_6f339f2360b3421b.txt\r\n");
    kg_test::KgRun own = run_kg({"--db", db, "met", "Hayashi", "--country", "Japan"});
    CHECK(own.status == 0);  // Hayashi's own role does not count
    CHECK(own.out.empty());
    CHECK(own.err == "kg: no meetings found\n");
    kg_test::KgRun all = run_kg({"--db", db, "met", "--country", "Japan", "--json"});
    rapidjson::Document d;
    d.Parse(all.out.c_str());
    REQUIRE(d.IsArray());
    CHECK(d.Size() == 1);
}

TEST_CASE("kg met --org and --place and --mode filter meetings") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun org = run_kg({"--db", db, "met", "Tsuji", "--org", "NATO"});
    REQUIRE(org.status == 0);
    CHECK(org.out.find("Mircea Geoana") != std::string::npos);
    CHECK(org.out.find("Gentzis") == std::string::npos);

    kg_test::KgRun place = run_kg({"--db", db, "met", "--place", "brussels", "--json"});
    REQUIRE(place.status == 0);
    rapidjson::Document d;
    d.Parse(place.out.c_str());
    REQUIRE(d.IsArray());
    CHECK(d.Size() == 2);
    for (const auto& m : d.GetArray()) CHECK(std::string(m["place"].GetString()) == "Brussels");

    kg_test::KgRun phone = run_kg({"--db", db, "met", "Tsuji", "--mode", "telephone", "--json"});
    CHECK(phone.status == 0);
    CHECK(phone.out == "[]\n");
    kg_test::KgRun bad = run_kg({"--db", db, "met", "--mode", "carrier-pigeon"});
    CHECK(bad.status == 2);
    CHECK(bad.err.find("unknown meeting mode 'carrier-pigeon'") != std::string::npos);
    kg_test::KgRun unknown_place = run_kg({"--db", db, "met", "--place", "Brusels"});
    CHECK(unknown_place.status == 1);
    CHECK(unknown_place.err.find("did you mean: Brussels?") != std::string::npos);
}

TEST_CASE("kg met sees documents ingested after an earlier question") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    REQUIRE(run_kg({"--db", db, "met", "Hayashi"}).status == 0);  // builds the graph snapshot
    kg_test::write_text_file(dir.file("new.txt"),
                             "Japan-ROK Foreign Ministers' Meeting\n\nMay 2, 2023\n\nOn May 2, Mr. HAYASHI Yoshimasa, "
                             "Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Park Jin, Minister "
                             "of Foreign Affairs of the Republic of Korea.");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("new.txt")}).status == 0);
    kg_test::KgRun r = run_kg({"--db", db, "met", "Hayashi"});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Park Jin") != std::string::npos);
    CHECK(r.out.find("Jens Stoltenberg") != std::string::npos);
}

}
