// kg forget, end to end.
#include <doctest/doctest.h>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg forget removes a document and the facts only it supported") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    // Mircea Geoana appears only in 000_a78d721dc74829b4.txt.
    REQUIRE(run_kg({"--db", db, "show", "Mircea Geoana"}).status == 0);

    // Ids are the ingested folder's name and the path under it.
    kg_test::KgRun r = run_kg({"--db", db, "forget", "corpus/000_a78d721dc74829b4.txt"});
    INFO("stderr: " << r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "forgot corpus/000_a78d721dc74829b4.txt\n");

    kg_test::KgRun gone = run_kg({"--db", db, "show", "Mircea Geoana"});
    CHECK(gone.status == 1);
    CHECK(gone.err.find("no entity named 'Mircea Geoana'") != std::string::npos);
    // NATO is stated by other documents too: it stays, without the forgotten one.
    kg_test::KgRun nato = run_kg({"--db", db, "show", "NATO"});
    REQUIRE(nato.status == 0);
    CHECK(nato.out.find("000_a78d721dc74829b4.txt") == std::string::npos);
    CHECK(nato.out.find("002_6f339f2360b3421b.txt") != std::string::npos);

    // Ingesting the corpus again brings back exactly that one document.
    kg_test::KgRun again = run_kg({"--db", db, "ingest", kg_test::corpus_dir()});
    CHECK(again.out == "added 1, unchanged 4, replaced 0, failed 0\n");
    CHECK(run_kg({"--db", db, "show", "Mircea Geoana"}).status == 0);
}

TEST_CASE("kg forget accepts the path a document was ingested from") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "forget", kg_test::corpus_file("002_6f339f2360b3421b.txt")});
    CHECK(r.status == 0);
    CHECK(r.out == "forgot corpus/002_6f339f2360b3421b.txt\n");
    // A folder's path forgets every document read from under it, and only those.
    kg_test::KgRun folder = run_kg({"--db", db, "forget", kg_test::corpus_dir() + "/"});
    CHECK(folder.status == 0);
    CHECK(folder.out.find("forgot corpus/000_a78d721dc74829b4.txt\n") != std::string::npos);
    CHECK(run_kg({"--db", db, "forget", kg_test::corpus_dir()}).status == 1);  // nothing left under it
}

TEST_CASE("kg forget by path removes the file named, not another of the same name") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    for (const char* folder : {"setA", "setB"})
        kg_test::write_text_file(dir.file(std::string(folder) + "/001.txt"),
                            std::string("On April 4, Mr. Taro Kono met Mr. Jean Dupont in ") + folder + ".\n");
    REQUIRE(run_kg({"--db", db, "ingest", dir.file("setA"), dir.file("setB")}).status == 0);
    kg_test::KgRun r = run_kg({"--db", db, "forget", dir.file("setA/001.txt")});
    CHECK(r.status == 0);
    CHECK(r.out == "forgot setA/001.txt\n");
    kg_test::KgRun again = run_kg({"--db", db, "ingest", dir.file("setB")});
    CHECK(again.out == "added 0, unchanged 1, replaced 0, failed 0\n");
}

TEST_CASE("kg forget of an unknown document names it with exit status 1 and forgets the others") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "forget", "nothere.txt", "corpus/002_6f339f2360b3421b.txt"});
    CHECK(r.status == 1);
    CHECK(r.err == "kg: error: no document 'nothere.txt' in " + db +
                       " (neither a document id nor the path of an ingested file or folder)\n");
    CHECK(r.out == "forgot corpus/002_6f339f2360b3421b.txt\n");
    CHECK(run_kg({"--db", db, "forget", "corpus/002_6f339f2360b3421b.txt"}).status == 1);
}

TEST_CASE("kg forget without a knowledge base is an error and creates none") {
    kg_test::TempDir dir;
    kg_test::KgRun r = run_kg({"--db", dir.file("kg.db"), "forget", "x.txt"});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: no knowledge base at ") == 0);
}

}

TEST_SUITE("app") {

TEST_CASE("after forget, merge or rename, questions only read: the database file stays byte for byte") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    auto question_leaves_file_alone = [&] {
        const std::string before = kg_test::read_text_file(db);
        REQUIRE(run_kg({"--db", db, "met", "Hayashi"}).status == 0);
        REQUIRE(run_kg({"--db", db, "entities"}).status == 0);
        CHECK(kg_test::read_text_file(db) == before);
    };
    REQUIRE(run_kg({"--db", db, "forget", "corpus/000_a78d721dc74829b4.txt"}).status == 0);
    question_leaves_file_alone();
    REQUIRE(run_kg({"--db", db, "rename", "Hayashi", "Yoshimasa HAYASHI"}).status == 0);
    question_leaves_file_alone();
}

}
