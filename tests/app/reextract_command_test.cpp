// Stored extractions never go stale: kg ingest and kg reextract extract stored
// documents again when the rules, the gazetteer data or the alias files change.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "run_kg.h"

using kg_test::run_kg;

namespace {

// An alias file that gives Jens Stoltenberg another canonical name.
std::string renaming_aliases(const kg_test::TempDir& dir) {
    const std::string path = dir.file("stoltenberg.tsv");
    kg_test::write_text_file(path,
                             "Jens Berg-Stoltenberg\tPERSON\tJens Stoltenberg|Stoltenberg|Secretary General Stoltenberg\n");
    return path;
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("an alias file added later re-extracts the stored documents and the new name answers") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    const std::string aliases = renaming_aliases(dir);
    CHECK(run_kg({"--db", db, "met", "Jens Berg-Stoltenberg"}).status == 1);

    kg_test::KgRun again = run_kg({"--db", db, "--aliases", aliases, "ingest", kg_test::corpus_dir()});
    INFO(again.err);
    REQUIRE(again.status == 0);
    CHECK(again.out == "added 0, unchanged 5, replaced 0, re-extracted 5, failed 0\n");
    kg_test::KgRun met = run_kg({"--db", db, "met", "Jens Berg-Stoltenberg"});
    CHECK(met.status == 0);
    CHECK(met.out.find("Yoshimasa Hayashi") != std::string::npos);
    kg_test::KgRun entities = run_kg({"--db", db, "entities", "--match", "Stoltenberg", "--csv"});
    CHECK(entities.out.find("PERSON,Jens Berg-Stoltenberg,2,") != std::string::npos);

    // Nothing changed since: nothing is extracted again, and the base file is left as it was.
    const std::string before = kg_test::read_text_file(db);
    kg_test::KgRun same = run_kg({"--db", db, "--aliases", aliases, "ingest", kg_test::corpus_dir()});
    CHECK(same.out == "added 0, unchanged 5, replaced 0, failed 0\n");
    CHECK(kg_test::read_text_file(db) == before);
}

TEST_CASE("changed gazetteer data re-extracts the stored documents") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string data = dir.file("data");
    std::filesystem::copy(std::string(KG_SOURCE_DIR) + "/data", data);
    REQUIRE(run_kg({"--db", db, "--data-dir", data, "ingest", kg_test::corpus_dir()}).status == 0);
    CHECK(run_kg({"--db", db, "--data-dir", data, "ingest", kg_test::corpus_dir()}).out ==
          "added 0, unchanged 5, replaced 0, failed 0\n");
    const std::string titles = data + "/titles.tsv";
    kg_test::write_text_file(titles, kg_test::read_text_file(titles) + "\n");
    CHECK(run_kg({"--db", db, "--data-dir", data, "ingest", kg_test::corpus_dir()}).out ==
          "added 0, unchanged 5, replaced 0, re-extracted 5, failed 0\n");
}

TEST_CASE("a changed English word list re-extracts the stored documents") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string words = dir.file("words");
    std::filesystem::copy_file(KG_WORDS_FILE, words);
    ::setenv("KG_WORDS_FILE", words.c_str(), 1);
    REQUIRE(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).status == 0);
    CHECK(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).out == "added 0, unchanged 5, replaced 0, failed 0\n");
    kg_test::write_text_file(words, kg_test::read_text_file(words) + "zyzzyvaish\n");
    CHECK(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).out ==
          "added 0, unchanged 5, replaced 0, re-extracted 5, failed 0\n");
    ::unsetenv("KG_WORDS_FILE");
}

TEST_CASE("documents stored by an older kg, without a fingerprint, are re-extracted once") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    const std::string forget_fingerprints = "sqlite3 '" + db + "' \"UPDATE documents SET fingerprint = ''\"";
    REQUIRE(std::system(forget_fingerprints.c_str()) == 0);
    CHECK(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).out ==
          "added 0, unchanged 5, replaced 0, re-extracted 5, failed 0\n");
    CHECK(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).out == "added 0, unchanged 5, replaced 0, failed 0\n");
}

TEST_CASE("kg reextract extracts stale documents again, or every one with --all, and corrections stay") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    REQUIRE(run_kg({"--db", db, "merge", "Jens Stoltenberg", "Geoana"}).status == 0);
    kg_test::KgRun none = run_kg({"--db", db, "reextract"});
    CHECK(none.status == 0);
    CHECK(none.out == "re-extracted 0\n");
    kg_test::KgRun all = run_kg({"--db", db, "reextract", "--all"});
    CHECK(all.status == 0);
    CHECK(all.out == "re-extracted 5\n");
    kg_test::KgRun renamed = run_kg({"--db", db, "--aliases", renaming_aliases(dir), "reextract"});
    CHECK(renamed.out == "re-extracted 5\n");
    kg_test::KgRun show = run_kg({"--db", db, "show", "Geoana"});
    REQUIRE(show.status == 0);
    CHECK(show.out.rfind("Jens Berg-Stoltenberg\n", 0) == 0);  // the merge is replayed on the new extraction
    CHECK(run_kg({"--db", dir.file("missing.db"), "reextract"}).status == 1);
}

TEST_CASE("--lang forces the language documents are read in, and changing it re-extracts them") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string release = dir.file("ja.txt");
    kg_test::write_text_file(release, "本5日，山田一郎外務大臣は，ホセ・ルイス駐日ペルー大使と会談しました。\n");
    // detected: read as Japanese
    kg_test::KgRun detected = run_kg({"extract", "--json", release});
    CHECK(detected.out.find("山田一郎") != std::string::npos);
    // forced to English: the Japanese stage does not run
    kg_test::KgRun english = run_kg({"--lang", "en", "extract", "--json", release});
    REQUIRE(english.status == 0);
    CHECK(english.out.find("山田一郎") == std::string::npos);
    // an unknown language is a usage error
    CHECK(run_kg({"--lang", "fr", "extract", release}).status == 2);
    // a stored document read one way is read again when the forced language changes
    REQUIRE(run_kg({"--db", db, "--lang", "en", "ingest", release}).status == 0);
    CHECK(run_kg({"--db", db, "entities", "--match", "山田", "--csv"}).out.find("山田一郎") == std::string::npos);
    kg_test::KgRun again = run_kg({"--db", db, "ingest", release});
    CHECK(again.out == "added 0, unchanged 1, replaced 0, re-extracted 1, failed 0\n");
    CHECK(run_kg({"--db", db, "entities", "--match", "山田", "--csv"}).out.find("PERSON,山田一郎") != std::string::npos);
}

}
