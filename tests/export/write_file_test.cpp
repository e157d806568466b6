#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "export/exporters.h"
#include "fixture.h"
#include "model/error.h"

namespace fs = std::filesystem;

namespace {

// Every file in `dir` (temporaries included).
std::size_t entries(const std::string& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("an export interrupted by SIGTERM or SIGINT leaves no temporary file and dies of the signal") {
    for (int sig : {SIGTERM, SIGINT}) {
        CAPTURE(sig);
        const std::string dir = kg::test::scratch_dir("write_file_signal_" + std::to_string(sig));
        kg::output::write_file(dir + "/old.csv", [](std::ostream& o) { o << "old"; });
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {  // the child writes a single file, then a pair, and is interrupted inside the pair
            // As in kg: no handler of the test framework's.
            for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, SIG_DFL);
            try {
                kg::output::write_file(dir + "/a.graphml", [&](std::ostream& o) { o << "whole"; });
                kg::output::write_files(
                    {{dir + "/nodes.csv", [](std::ostream& o) { o << "nodes"; }},
                     {dir + "/old.csv", [&](std::ostream& o) {
                          o << std::string(1 << 21, 'x');  // past the buffer: the temporary holds bytes
                          ::raise(sig);
                      }}});
            } catch (...) {
            }
            ::_exit(0);  // not reached when the signal ends the process
        }
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == sig);
        // The finished file and the old one stay; no temporary, no half of the pair.
        CHECK(kg::test::slurp(dir + "/a.graphml") == "whole");
        CHECK(kg::test::slurp(dir + "/old.csv") == "old");
        CHECK_FALSE(fs::exists(dir + "/nodes.csv"));
        CHECK(entries(dir) == 2);
    }
}

TEST_CASE("write_file to a FIFO no process reads fails at once") {
    const std::string dir = kg::test::scratch_dir("write_file_fifo");
    const std::string fifo = dir + "/pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    try {
        kg::output::write_file(fifo, [](std::ostream& o) { o << "bytes"; });
        FAIL("no error");
    } catch (const kg::ExportError& e) {
        CHECK(std::string(e.what()) == "cannot write " + fifo + ": it is a FIFO that no process is reading");
    }
}

TEST_CASE("write_file writes the whole output and leaves no temporary file") {
    const std::string dir = kg::test::scratch_dir("write_file_ok");
    const std::string path = dir + "/graph.graphml";
    kg::output::write_file(path, [](std::ostream& o) { o << "first"; });
    kg::output::write_file(path, [](std::ostream& o) { o << "second"; });
    CHECK(kg::test::slurp(path) == "second");
    CHECK(entries(dir) == 1);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0600) == 0600);
}

TEST_CASE("write_file keeps the old file when the exporter throws") {
    const std::string dir = kg::test::scratch_dir("write_file_throw");
    const std::string path = dir + "/graph.json";
    kg::output::write_file(path, [](std::ostream& o) { o << "good"; });
    CHECK_THROWS_AS(kg::output::write_file(path,
                                           [](std::ostream& o) {
                                               o << "half";
                                               throw kg::ExportError("exporter failed");
                                           }),
                    kg::ExportError);
    CHECK(kg::test::slurp(path) == "good");
    CHECK(entries(dir) == 1);
}

TEST_CASE("write_file removes a partly written temporary when the exporter throws after megabytes") {
    const std::string dir = kg::test::scratch_dir("write_file_throw_late");
    const std::string path = dir + "/graph.graphml";
    kg::output::write_file(path, [](std::ostream& o) { o << "good"; });
    const std::string block(1 << 20, 'x');
    CHECK_THROWS_WITH_AS(kg::output::write_file(path,
                                                [&](std::ostream& o) {
                                                    for (int i = 0; i < 5; ++i) o << block;
                                                    throw kg::ExportError("exporter failed late");
                                                }),
                         "exporter failed late", kg::ExportError);
    CHECK(kg::test::slurp(path) == "good");
    CHECK(entries(dir) == 1);
}

TEST_CASE("write_file streams outputs larger than its buffer intact") {
    const std::string dir = kg::test::scratch_dir("write_file_large");
    const std::string path = dir + "/big.txt";
    std::string expected;
    kg::output::write_file(path, [&](std::ostream& o) {
        for (int i = 0; i < 300000; ++i) {
            const std::string line = std::to_string(i) + (i % 7 == 0 ? std::string(3000, 'y') : "") + '\n';
            o << line;
            expected += line;
        }
    });
    CHECK(kg::test::slurp(path) == expected);
    CHECK(entries(dir) == 1);
}

TEST_CASE("write_file into a missing directory fails naming the path and the reason") {
    const std::string dir = kg::test::scratch_dir("write_file_missing");
    const std::string path = dir + "/no/such/dir/out.dot";
    CHECK_THROWS_WITH_AS(kg::output::write_file(path, [](std::ostream& o) { o << "x"; }),
                         ("cannot write " + path + ": create temporary file in " + dir +
                          "/no/such/dir: No such file or directory")
                             .c_str(),
                         kg::ExportError);
    CHECK(entries(dir) == 0);
}

TEST_CASE("write_file onto a directory fails") {
    const std::string dir = kg::test::scratch_dir("write_file_dir");
    CHECK_THROWS_WITH_AS(kg::output::write_file(dir, [](std::ostream& o) { o << "x"; }),
                         ("cannot write " + dir + ": open: Is a directory").c_str(), kg::ExportError);
    CHECK(entries(dir) == 0);
}

TEST_CASE("write_file to a full device reports ENOSPC") {
    if (!fs::exists("/dev/full")) return;
    CHECK_THROWS_WITH_AS(kg::output::write_file("/dev/full", [](std::ostream& o) { o << "x"; }),
                         "cannot write /dev/full: write: No space left on device", kg::ExportError);
}

TEST_CASE("write_file writes devices directly") {
    CHECK_NOTHROW(kg::output::write_file("/dev/null", [](std::ostream& o) { o << "discarded"; }));
}

TEST_CASE("write_file rejects an empty path") {
    CHECK_THROWS_WITH_AS(kg::output::write_file("", [](std::ostream& o) { o << "x"; }),
                         "cannot write an output with an empty file name", kg::ExportError);
}

TEST_CASE("write_file with a relative path writes beside the working directory") {
    const std::string dir = kg::test::scratch_dir("write_file_relative");
    const fs::path old = fs::current_path();
    fs::current_path(dir);
    kg::output::write_file("rel.txt", [](std::ostream& o) { o << "rel"; });
    fs::current_path(old);
    CHECK(kg::test::slurp(dir + "/rel.txt") == "rel");
    CHECK(entries(dir) == 1);
}

TEST_CASE("write_files replaces every file, or none when one of them fails") {
    const std::string dir = kg::test::scratch_dir("write_files");
    const std::string nodes = dir + "/nodes.csv";
    const std::string rels = dir + "/relationships.csv";
    const auto write_pair = [&](const std::string& a, const std::string& b) {
        kg::output::write_files({{nodes, [&](std::ostream& o) { o << a; }}, {rels, [&](std::ostream& o) { o << b; }}});
    };
    write_pair("old nodes", "old relationships");
    REQUIRE(kg::test::slurp(nodes) == "old nodes");
    REQUIRE(kg::test::slurp(rels) == "old relationships");

    SUBCASE("the second writer throws") {
        CHECK_THROWS_WITH_AS(kg::output::write_files({{nodes, [](std::ostream& o) { o << "new nodes"; }},
                                                      {rels,
                                                       [](std::ostream& o) {
                                                           o << "half";
                                                           throw kg::ExportError("exporter failed");
                                                       }}}),
                             "exporter failed", kg::ExportError);
    }
    SUBCASE("a write of the second file fails (file size limit: EFBIG, as a full disk gives ENOSPC)") {
        // The kernel refuses writes beyond RLIMIT_FSIZE like a full disk; SIGXFSZ would kill the test.
        const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old_limit{};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
        rlimit limit = old_limit;
        limit.rlim_cur = 1 << 20;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
        const std::string big(2 << 20, 'x');
        CHECK_THROWS_WITH_AS(write_pair("new nodes", big), doctest::Contains(("cannot write " + rels + ": write: ").c_str()),
                             kg::ExportError);
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &old_limit) == 0);
        std::signal(SIGXFSZ, old_handler);
    }
    SUBCASE("the second target is a directory") {
        fs::remove(rels);
        fs::create_directory(rels);
        CHECK_THROWS_WITH_AS(write_pair("new nodes", "new relationships"),
                             doctest::Contains(("cannot write " + rels + ": open: ").c_str()), kg::ExportError);
        CHECK(kg::test::slurp(nodes) == "old nodes");
        CHECK(entries(dir) == 2);  // nodes.csv and the directory, no temporary
        fs::remove(rels);
        return;
    }
    CHECK(kg::test::slurp(nodes) == "old nodes");
    CHECK(kg::test::slurp(rels) == "old relationships");
    CHECK(entries(dir) == 2);  // no temporary left behind

    write_pair("new nodes", "new relationships");
    CHECK(kg::test::slurp(nodes) == "new nodes");
    CHECK(kg::test::slurp(rels) == "new relationships");
    CHECK(entries(dir) == 2);
}

TEST_CASE("write_files refuses devices, which cannot be replaced all or nothing") {
    const std::string dir = kg::test::scratch_dir("write_files_device");
    CHECK_THROWS_AS(kg::output::write_files({{dir + "/a.csv", [](std::ostream& o) { o << "a"; }},
                                             {"/dev/null", [](std::ostream& o) { o << "b"; }}}),
                    kg::ExportError);
    CHECK(entries(dir) == 0);
}
}
