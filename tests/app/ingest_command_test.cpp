// kg ingest, end to end: counts, idempotence, failures.
#include <doctest/doctest.h>

#include <filesystem>

#include "run_kg.h"

using kg_test::run_kg;

TEST_SUITE("app") {

TEST_CASE("kg ingest stores every document and reports the counts") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", kg_test::corpus_dir()});
    INFO("stderr: " << r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "added 5, unchanged 0, replaced 0, failed 0\n");
    CHECK(std::filesystem::exists(db));
}

TEST_CASE("ingesting the same documents again leaves them unchanged") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    kg_test::KgRun r = run_kg({"--db", db, "ingest", kg_test::corpus_dir()});
    CHECK(r.status == 0);
    CHECK(r.out == "added 0, unchanged 5, replaced 0, failed 0\n");
}

TEST_CASE("a document whose text changed replaces the stored one") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string doc = dir.file("002_6f339f2360b3421b.txt");
    const std::string text = kg_test::read_text_file(kg_test::corpus_file("002_6f339f2360b3421b.txt"));
    kg_test::write_text_file(doc, text);
    REQUIRE(run_kg({"--db", db, "ingest", doc}).out == "added 1, unchanged 0, replaced 0, failed 0\n");

    kg_test::write_text_file(doc, text + "\nThe two ministers also discussed the situation in the Indo-Pacific.");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", doc});
    CHECK(r.status == 0);
    CHECK(r.out == "added 0, unchanged 0, replaced 1, failed 0\n");
}

TEST_CASE("kg ingest names a missing path and counts it as failed and stores the rest with exit status 1") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::KgRun r =
        run_kg({"--db", db, "ingest", kg_test::corpus_file("002_6f339f2360b3421b.txt"), dir.file("missing.txt")});
    CHECK(r.status == 1);
    CHECK(r.out == "added 1, unchanged 0, replaced 0, failed 1\n");
    CHECK(r.err.find(dir.file("missing.txt")) != std::string::npos);
}

TEST_CASE("a file that is not a kg database is an error naming it and the file is left alone") {
    kg_test::TempDir dir;
    const std::string db = dir.file("notes.db");
    kg_test::write_text_file(db, "these are my notes, not a database\n");
    kg_test::KgRun r = run_kg({"--db", db, "ingest", kg_test::corpus_dir()});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: ") != std::string::npos);
    CHECK(r.err.find(db) != std::string::npos);
    CHECK(kg_test::read_text_file(db) == "these are my notes, not a database\n");
}

TEST_CASE("a directory without documents is an error and creates no database") {
    kg_test::TempDir dir;
    std::filesystem::create_directory(dir.file("empty"));
    kg_test::KgRun r = run_kg({"--db", dir.file("kg.db"), "ingest", dir.file("empty")});
    CHECK(r.status == 1);
    CHECK(r.err.find("no documents found") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("kg.db")));
}

}

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

TEST_SUITE("app") {

TEST_CASE("the content hash is over the raw bytes so a change in line ends alone replaces the document") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string doc = dir.file("002_6f339f2360b3421b.txt");
    const std::string text = kg_test::read_text_file(kg_test::corpus_file("002_6f339f2360b3421b.txt"));
    kg_test::write_text_file(doc, text);
    REQUIRE(run_kg({"--db", db, "ingest", doc}).out == "added 1, unchanged 0, replaced 0, failed 0\n");
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    kg_test::write_text_file(doc, crlf);  // the same text once normalised
    CHECK(run_kg({"--db", db, "ingest", doc}).out == "added 0, unchanged 0, replaced 1, failed 0\n");
    CHECK(run_kg({"--db", db, "ingest", doc}).out == "added 0, unchanged 1, replaced 0, failed 0\n");
}

TEST_CASE("a file with the same bytes as a stored one under another name is counted as a duplicate") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string copy = dir.file("copy.txt");
    kg_test::write_text_file(copy, kg_test::read_text_file(kg_test::corpus_file("002_6f339f2360b3421b.txt")));
    kg_test::KgRun r = run_kg({"--db", db, "ingest", kg_test::corpus_dir(), copy});
    CHECK(r.status == 0);
    CHECK(r.out == "added 5, unchanged 0, replaced 0, duplicate 1, failed 0\n");
    CHECK(r.err.find("copy.txt: same content as document 'corpus/002_6f339f2360b3421b.txt'") != std::string::npos);
}

TEST_CASE("ingesting the same corpus twice leaves the database file byte for byte the same") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    kg_test::ingest_corpus(db);
    const std::string before = kg_test::read_text_file(db);
    REQUIRE(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).out == "added 0, unchanged 5, replaced 0, failed 0\n");
    CHECK(kg_test::read_text_file(db) == before);
}

TEST_CASE("kg ingest shows no progress when stderr is not a terminal") {
    kg_test::TempDir dir;
    kg_test::KgRun r = run_kg({"--db", dir.file("kg.db"), "ingest", kg_test::corpus_dir()});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
}

TEST_CASE("kg ingest draws a progress bar when stderr is a terminal") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    const std::string corpus = kg_test::corpus_dir();
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        execl(KG_BINARY, KG_BINARY, "--db", db.c_str(), "ingest", corpus.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    std::string seen;
    char buf[4096];
    for (ssize_t n; (n = read(master, buf, sizeof buf)) > 0;) seen.append(buf, static_cast<std::size_t>(n));
    int status = 0;
    waitpid(pid, &status, 0);
    close(master);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // The input streams in, so the count of documents done is shown, not a share of a total.
    CHECK(seen.find("\r5 documents corpus/004_e71870b0339a9a44.txt") != std::string::npos);
    CHECK(seen.find("added 5, unchanged 0, replaced 0, failed 0") != std::string::npos);
}

TEST_CASE("kg ingest accepts --durability full or normal and nothing else") {
    kg_test::TempDir dir;
    CHECK(run_kg({"--db", dir.file("kg.db"), "ingest", "--durability", "full", kg_test::corpus_dir()}).out ==
          "added 5, unchanged 0, replaced 0, failed 0\n");
    CHECK(run_kg({"--db", dir.file("kg.db"), "ingest", "--durability", "fast", kg_test::corpus_dir()}).status == 2);
}

TEST_CASE("kg ingest --batch 1 stores the same knowledge base as the default batches, 0 is refused") {
    kg_test::TempDir dir;
    const std::string corpus = std::string(KG_TEST_DATA_DIR) + "/corpus";
    const std::string one = dir.file("one.db"), many = dir.file("many.db");
    CHECK(run_kg({"--db", one, "ingest", "--batch", "1", corpus}).out == "added 25, unchanged 0, replaced 0, failed 0\n");
    CHECK(run_kg({"--db", many, "ingest", "--batch", "7", corpus}).out == "added 25, unchanged 0, replaced 0, failed 0\n");
    const kg_test::KgRun a = run_kg({"--db", one, "export", "--format", "json", "-o", "-"});
    const kg_test::KgRun b = run_kg({"--db", many, "export", "--format", "json", "-o", "-"});
    REQUIRE(a.status == 0);
    CHECK(a.out.size() > 1000);
    CHECK(a.out == b.out);
    const kg_test::KgRun zero = run_kg({"--db", dir.file("zero.db"), "ingest", "--batch", "0", corpus});
    CHECK(zero.status == 2);
    CHECK(zero.err.find("--batch") != std::string::npos);
}

}
