#include <sys/stat.h>

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
}
