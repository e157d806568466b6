// One entity per person across the 25-document corpus (seeds + dev, copied in
// tests/data/corpus), and one meeting when two documents report it: end to end.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "run_kg.h"

using kg_test::data_corpus;
using kg_test::run_kg;

namespace {

// The document ids on the "documents:" line of a `kg show` card.
std::vector<std::string> card_documents(const std::string& card) {
    const std::string tag = "  documents:  ";
    std::size_t at = card.find(tag);
    if (at == std::string::npos) return {};
    std::size_t open = card.find('(', at);
    std::size_t close = card.find(')', open);
    if (open == std::string::npos || close == std::string::npos) return {};
    std::vector<std::string> ids;
    std::string list = card.substr(open + 1, close - open - 1);
    for (std::size_t start = 0; start <= list.size();) {
        std::size_t comma = list.find(", ", start);
        if (comma == std::string::npos) comma = list.size();
        // Ids are the ingested folder's name and the path under it: compare file names.
        const std::string id = list.substr(start, comma - start);
        ids.push_back(id.substr(id.rfind('/') + 1));
        start = comma + 2;
    }
    return ids;
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("the seed and dev corpus gives one entity per person and for NATO listing every document mentioning them") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::KgRun in = run_kg({"--db", db, "ingest", data_corpus()});
    INFO("ingest stderr: " << in.err);
    REQUIRE(in.status == 0);
    REQUIRE(in.out == "added 25, unchanged 0, replaced 0, failed 0\n");

    // Documents whose gold annotation names each entity (tests/data/corpus/*.gold.json).
    const std::map<std::string, std::vector<std::string>> expected = {
        {"Yoshimasa Hayashi",
         {"001.txt", "001_f7c9a4d84f27ea13.txt", "002_6f339f2360b3421b.txt", "003.txt", "009.txt", "015.txt", "029.txt",
          "035.txt"}},
        {"Fumio Kishida",
         {"001_f7c9a4d84f27ea13.txt", "002_6f339f2360b3421b.txt", "005.txt", "013.txt", "015.txt", "017.txt", "019.txt",
          "023.txt", "033.txt", "037.txt"}},
        {"Jens Stoltenberg", {"001.txt", "001_f7c9a4d84f27ea13.txt", "002_6f339f2360b3421b.txt", "003.txt"}},
        {"Antony Blinken", {"001.txt", "009.txt", "015.txt", "029.txt"}},
        {"Yoko Kamikawa",
         {"004_e71870b0339a9a44.txt", "013.txt", "015.txt", "021.txt", "037.txt", "039.txt"}},
        {"North Atlantic Treaty Organization",
         {"000_a78d721dc74829b4.txt", "001.txt", "001_f7c9a4d84f27ea13.txt", "002_6f339f2360b3421b.txt", "003.txt",
          "003_f85726f219d5bc00.txt", "004_e71870b0339a9a44.txt", "005.txt", "007.txt"}},
    };
    const std::map<std::string, std::string> asked = {
        {"Yoshimasa Hayashi", "Hayashi"},   {"Fumio Kishida", "Kishida"}, {"Jens Stoltenberg", "Stoltenberg"},
        {"Antony Blinken", "Blinken"},      {"Yoko Kamikawa", "Kamikawa"}, {"North Atlantic Treaty Organization", "NATO"}};
    for (const auto& [name, docs] : expected) {
        CAPTURE(name);
        // The short name people type finds exactly this entity...
        kg_test::KgRun show = run_kg({"--db", db, "show", asked.at(name)});
        INFO("show stderr: " << show.err);
        REQUIRE(show.status == 0);
        CHECK(show.out.rfind(name + "\n", 0) == 0);
        CHECK(card_documents(show.out) == docs);
        // ...and no other entity of its type carries that name.
        kg_test::KgRun list = run_kg({"--db", db, "entities", "--type", name == "North Atlantic Treaty Organization"
                                                                            ? "ORGANIZATION"
                                                                            : "PERSON",
                                      "--match", asked.at(name)});
        std::vector<std::string> rows = kg_test::lines_of(list.out);
        std::size_t named = 0;
        for (const std::string& row : rows)
            if (row.find(name) != std::string::npos) ++named;
        CHECK(named == 1);
        if (name != "North Atlantic Treaty Organization") CHECK(rows.size() == 2);  // header + the one person
    }
}

TEST_CASE("the same meeting reported by two documents is one meeting with both as evidence") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string readout = dir.file("901.txt");
    kg_test::write_text_file(readout,
                             "Japan-NATO Foreign Ministers' Meeting\nApril 4, 2023\nOn April 4, Mr. HAYASHI Yoshimasa, "
                             "Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Jens Stoltenberg, "
                             "Secretary General of the North Atlantic Treaty Organization (NATO), in Brussels. The two "
                             "sides confirmed their cooperation.\n");
    kg_test::KgRun in = run_kg({"--db", db, "ingest", kg_test::corpus_file("002_6f339f2360b3421b.txt"), readout});
    REQUIRE(in.status == 0);
    REQUIRE(in.out == "added 2, unchanged 0, replaced 0, failed 0\n");

    kg_test::KgRun met = run_kg({"--db", db, "met", "Hayashi", "--with", "Stoltenberg"});
    INFO("met stderr: " << met.err);
    REQUIRE(met.status == 0);
    std::vector<std::string> rows = kg_test::lines_of(met.out);
    REQUIRE(rows.size() == 2);  // header and one meeting
    CHECK(rows[1].find("2023-04-04") == 0);
    CHECK(rows[1].find("002_6f339f2360b3421b.txt, 901.txt") != std::string::npos);
    kg_test::KgRun show = run_kg({"--db", db, "show", "Stoltenberg"});
    CHECK(show.out.find("  meetings:   1\n") != std::string::npos);
}

TEST_CASE("an English and a Japanese release of the same meeting give one meeting, two documents, one Stoltenberg") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string corpus = dir.file("releases");
    std::filesystem::create_directories(corpus);
    kg_test::write_text_file(corpus + "/en.txt",
                             "Japan-NATO Foreign Ministers' Meeting\nApril 4, 2023\nOn April 4, Mr. HAYASHI Yoshimasa, "
                             "Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Jens Stoltenberg, "
                             "Secretary General of the North Atlantic Treaty Organization (NATO), in Brussels.\n");
    kg_test::write_text_file(corpus + "/ja.txt",
                             "日・NATO外相会談\n\n令和5年4月4日\n\n本4日，林芳正外務大臣は，イェンス・ストルテンベルグ"
                             "北大西洋条約機構（NATO）事務総長（H.E. Mr. Jens Stoltenberg, Secretary General of NATO）と"
                             "会談を行いました。\n");
    REQUIRE(run_kg({"--db", db, "ingest", corpus}).status == 0);
    kg_test::KgRun met = run_kg({"--db", db, "met", "林芳正", "--with", "Stoltenberg"});
    INFO("met stderr: " << met.err);
    REQUIRE(met.status == 0);
    const std::vector<std::string> rows = kg_test::lines_of(met.out);
    REQUIRE(rows.size() == 2);  // header and one meeting
    CHECK(rows[1].find("2023-04-04") == 0);
    CHECK(rows[1].find("releases/en.txt, releases/ja.txt") != std::string::npos);
    kg_test::KgRun people = run_kg({"--db", db, "entities", "--type", "PERSON", "--csv"});
    CHECK(kg_test::lines_of(people.out).size() == 3);  // header, Hayashi, Stoltenberg
    // the family name in katakana finds him, as "Stoltenberg" does
    kg_test::KgRun card = run_kg({"--db", db, "show", "ストルテンベルグ"});
    INFO("show stderr: " << card.err);
    REQUIRE(card.status == 0);
    CHECK(card.out.rfind("Jens Stoltenberg\n", 0) == 0);
    CHECK(card_documents(card.out) == std::vector<std::string>{"en.txt", "ja.txt"});

    // Drawings carry the Japanese names, and the machine has a font that draws them (installed
    // by scripts/setup.sh) rather than empty boxes.
    const std::string svg = dir.file("kg.svg"), png = dir.file("kg.png");
    REQUIRE(run_kg({"--db", db, "export", "--format", "svg", "-o", svg}).status == 0);
    REQUIRE(run_kg({"--db", db, "export", "--format", "png", "-o", png}).status == 0);
    CHECK(kg_test::read_text_file(svg).find("\u65E5\u30FBNATO\u5916\u76F8\u4F1A\u8AC7") != std::string::npos);
    CHECK(std::filesystem::file_size(png) > 1000);
    std::string fonts;
    if (FILE* p = popen("fc-list :lang=ja family 2>/dev/null", "r")) {
        char buf[256];
        while (std::fgets(buf, sizeof buf, p)) fonts += buf;
        pclose(p);
    }
    INFO("no font for Japanese: run scripts/setup.sh (fonts-ipafont-gothic)");
    CHECK_FALSE(fonts.empty());
}

TEST_CASE("a minister of a Japanese release and of an English one is one entity, by the reading of the kanji name") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string corpus = dir.file("releases");
    std::filesystem::create_directories(corpus);
    kg_test::write_text_file(corpus + "/ja.txt", "本4日，林芳正外務大臣は，ホセ・ルイス駐日ペルー大使と会談しました。\n");
    kg_test::write_text_file(corpus + "/en.txt",
                             "On February 5, 2024, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a "
                             "meeting with Mr. Carlos Vega, Minister of Foreign Affairs of Chile.\n");
    REQUIRE(run_kg({"--db", db, "ingest", corpus}).status == 0);
    kg_test::KgRun card = run_kg({"--db", db, "show", "林芳正"});
    REQUIRE(card.status == 0);
    CHECK(card_documents(card.out) == std::vector<std::string>{"en.txt", "ja.txt"});
    CHECK(card.out.find("by its Latin form 'Yoshimasa Hayashi'") != std::string::npos);  // merged, and why
    kg_test::KgRun met = run_kg({"--db", db, "met", "Yoshimasa Hayashi"});
    CHECK(met.out.find("Carlos Vega") != std::string::npos);
    CHECK(met.out.find("ホセ・ルイス") != std::string::npos);
}

}
