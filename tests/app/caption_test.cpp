// The default caption of drawings: a folder name, never a path, and a count of the selection.
#include <doctest/doctest.h>

#include "app/caption.h"

using kg::cli::common_folder_name;
using kg::cli::source_caption;

TEST_SUITE("app") {

TEST_CASE("the common folder is named by its last component") {
    CHECK(common_folder_name({"examples/corpus/001.txt", "examples/corpus/002.txt"}) == "corpus");
    CHECK(common_folder_name({"/data/releases/2024/a.txt", "/data/releases/2023/b.txt"}) == "releases");
    CHECK(common_folder_name({"/data/releases/a.txt"}) == "releases");
    CHECK(common_folder_name({"corpus/./x/../a.txt", "corpus/b.txt"}) == "corpus");
}

TEST_CASE("sources sharing no folder below the root have no common folder, and the search ends") {
    SUBCASE("an absolute and a relative path") {
        CHECK(common_folder_name({"/data/releases/a.txt", "releases/b.txt"}).empty());
    }
    SUBCASE("two absolute folders") {
        CHECK(common_folder_name({"/data/releases/a.txt", "/home/ana/new/b.txt"}).empty());
    }
    SUBCASE("files in the root") { CHECK(common_folder_name({"/a.txt", "/b.txt"}).empty()); }
    SUBCASE("standard input") { CHECK(common_folder_name({"<stdin>", "corpus/a.txt"}).empty()); }
    SUBCASE("a JSON Lines record's URL") {
        CHECK(common_folder_name({"https://www.mofa.go.jp/press/release/1.html", "corpus/a.txt"}).empty());
    }
    SUBCASE("a file in the working directory") { CHECK(common_folder_name({"a.txt"}).empty()); }
    SUBCASE("a parent directory") { CHECK(common_folder_name({"../a.txt"}).empty()); }
    SUBCASE("nothing") { CHECK(common_folder_name({}).empty()); }
}

TEST_CASE("the caption counts and dates only the selected documents") {
    const std::vector<kg::store::DocumentInfo> docs = {
        {"a.txt", "/srv/kg/corpus/a.txt", "2023-04-04", "", ""},
        {"b.txt", "/srv/kg/corpus/b.txt", "2024-01-02", "", ""},
        {"c.txt", "/srv/kg/corpus/c.txt", "", "", ""},
        {"d.txt", "/home/x/d.txt", "2020-01-01", "", ""},
    };
    CHECK(source_caption(docs, {"a.txt", "b.txt", "c.txt"}) ==
          "Source: corpus (3 documents, 2023-04-04 to 2024-01-02)");
    CHECK(source_caption(docs, {"a.txt"}) == "Source: corpus (1 document, 2023-04-04)");
    CHECK(source_caption(docs, {"c.txt"}) == "Source: corpus (1 document)");
    CHECK(source_caption(docs, {"a.txt", "d.txt"}) == "Source: 2 documents, 2020-01-01 to 2023-04-04");
    CHECK(source_caption(docs, {}) == "Source: no documents");
}

}
