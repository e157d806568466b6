// kg export, end to end: formats, selection, output files and their failures.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>

#include "run_kg.h"

using kg_test::run_kg;

namespace {

struct Ingested {
    kg_test::TempDir dir;
    std::string db = dir.file("kg.db");
    Ingested() { kg_test::ingest_corpus(db); }
};

}  // namespace

TEST_SUITE("app") {

TEST_CASE("a drawing of more entities than can be read shows the most connected ones and says so, --full draws all") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    REQUIRE(run_kg({"--db", db, "ingest", std::string(KG_SOURCE_DIR) + "/tests/data/dev-b"}).status == 0);
    const std::string readable = dir.file("readable.svg"), full = dir.file("full.svg");
    kg_test::KgRun r = run_kg({"--db", db, "export", "--format", "svg", "-o", readable});
    REQUIRE(r.status == 0);
    CHECK(r.err.find("kg: note: drawing the 100 of ") != std::string::npos);
    auto nodes = [](const std::string& svg) {
        std::size_t n = 0;
        for (std::size_t at = svg.find("class=\"node\""); at != std::string::npos; at = svg.find("class=\"node\"", at + 1))
            ++n;
        return n;
    };
    const std::string small = kg_test::read_text_file(readable);
    CHECK(small.find("showing the 100 of ") != std::string::npos);  // the caption says so
    CHECK(nodes(small) <= 100 + 10);                                 // (and the legend's few nodes)
    REQUIRE(run_kg({"--db", db, "export", "--format", "svg", "--full", "-o", full}).status == 0);
    const std::string all = kg_test::read_text_file(full);
    CHECK(all.find("showing the 100 of ") == std::string::npos);
    CHECK(nodes(all) > nodes(small) + 10);  // (entities without relations share one note)
    // --full and --top choose two different things
    CHECK(run_kg({"--db", db, "export", "--format", "svg", "--full", "--top", "5", "-o", full}).status == 2);
}

TEST_CASE("kg export writes GraphML and DOT and GEXF and SVG files holding the people") {
    Ingested kb;
    const std::vector<std::pair<std::string, std::string>> formats = {
        {"graphml", "<graphml"}, {"dot", "graph"}, {"gexf", "<gexf"}, {"svg", "<svg"}};
    for (const auto& [format, marker] : formats) {
        const std::string file = kb.dir.file("kg." + format);
        kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", format, "-o", file});
        INFO(format << " stderr: " << r.err);
        CHECK(r.status == 0);
        CHECK(r.out.empty());
        const std::string text = kg_test::read_text_file(file);
        CHECK(text.find(marker) != std::string::npos);
        CHECK(text.find("Stoltenberg") != std::string::npos);
    }
}

TEST_CASE("kg export --format html quotes the stored sentences of the selection's evidence") {
    Ingested kb;
    const std::string file = kb.dir.file("explorer.html");
    kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "html", "-o", file, "--ego", "Hayashi",
                               "--relations", "MET"});
    INFO("stderr: " << r.err);
    REQUIRE(r.status == 0);
    const std::string page = kg_test::read_text_file(file);
    const std::string marker = "<script type=\"application/json\" id=\"kg-data\">";
    const std::size_t begin = page.find(marker);
    REQUIRE(begin != std::string::npos);
    const std::size_t end = page.find("</script>", begin);
    REQUIRE(end != std::string::npos);
    rapidjson::Document d;
    d.Parse(page.c_str() + begin + marker.size(), end - begin - marker.size());
    REQUIRE_FALSE(d.HasParseError());
    // Every MET edge of Hayashi's quotes a sentence naming both people it joins.
    std::size_t met = 0;
    for (const auto& e : d["edges"].GetArray()) {
        if (std::string(e["relation"].GetString()) != "MET") continue;
        ++met;
        REQUIRE(e["evidence"].Size() >= 1);
        const auto& ev = e["evidence"][0];
        REQUIRE(ev["sentence"].IsUint());
        const std::string sentence = d["sentences"][ev["sentence"].GetUint()].GetString();
        for (const char* end_key : {"s", "t"}) {
            const std::string label = d["nodes"][e[end_key].GetUint()]["label"].GetString();
            const std::string surname = label.substr(label.rfind(' ') + 1);
            CHECK_MESSAGE(sentence.find(surname) != std::string::npos, sentence, " names no ", surname);
        }
    }
    CHECK(met >= 1);
}

TEST_CASE("kg export answers from the graph snapshot: the same bytes when the documents' extractions are gone") {
    Ingested kb;
    const std::vector<std::vector<std::string>> exports = {
        {"--format", "graphml"}, {"--format", "gexf", "--collapse"}, {"--format", "dot", "--meetings-as-nodes"},
        {"--format", "json", "--ego", "Hayashi", "--depth", "2"}, {"--format", "json", "--top", "5", "--by", "pagerank"},
        {"--format", "html"}, {"--format", "svg"}, {"--format", "csv", "-o", kb.dir.file("kg")},
        {"--format", "json", "--ego", "Smith"}, {"--format", "json", "--ego", "Stoltenburg"}};
    auto run_all = [&] {
        std::string out;
        for (std::vector<std::string> args : exports) {
            args.insert(args.begin(), {"--db", kb.db, "export"});
            const kg_test::KgRun r = run_kg(args);
            // kg's own messages on stderr ("kg: error: ..."): not a sanitizer build's report of the
            // leaks it suppresses in Graphviz's font libraries, whose counts vary from run to run
            std::string messages;
            for (std::size_t at = 0; at < r.err.size();) {
                std::size_t nl = r.err.find('\n', at);
                if (nl == std::string::npos) nl = r.err.size();
                if (r.err.compare(at, 4, "kg: ") == 0) messages += r.err.substr(at, nl - at) + "\n";
                at = nl + 1;
            }
            out += std::to_string(r.status) + "\n" + r.out + messages;
            if (args[4] == "csv")
                out += kg_test::read_text_file(kb.dir.file("kg-nodes.csv")) +
                       kg_test::read_text_file(kb.dir.file("kg-relationships.csv"));
        }
        return out;
    };
    const std::string before = run_all();
    CHECK(before.find("<graphml") != std::string::npos);
    CHECK(before.find("did you mean") != std::string::npos);
    // Behind kg's back, without a change its snapshot would see: a merge would find nothing.
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(kb.db.c_str(), &handle) == SQLITE_OK);
    CHECK(sqlite3_exec(handle, "DELETE FROM extractions", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    CHECK(run_all() == before);
}

TEST_CASE("kg export writes text formats to stdout by default") {
    Ingested kb;
    kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "json"});
    REQUIRE(r.status == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    CHECK_FALSE(d.HasParseError());
    CHECK(r.out.find("Stoltenberg") != std::string::npos);
}

TEST_CASE("kg export --ego keeps the neighbourhood of one entity") {
    Ingested kb;
    kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "json", "--ego", "Hayashi", "--depth", "1",
                               "--types", "PERSON"});
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Stoltenberg") != std::string::npos);
    CHECK(r.out.find("Geoana") == std::string::npos);  // met Tsuji, not Hayashi
}

TEST_CASE("kg export --ego with an unknown name suggests names and exits 1 leaving the output untouched") {
    Ingested kb;
    const std::string file = kb.dir.file("kg.graphml");
    kg_test::write_text_file(file, "previous export\n");
    kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "graphml", "-o", file, "--ego", "Stoltenburg"});
    CHECK(r.status == 1);
    CHECK(r.err.find("no entity named 'Stoltenburg'; did you mean: ") != std::string::npos);
    CHECK(kg_test::read_text_file(file) == "previous export\n");
}

TEST_CASE("kg export --format csv writes nodes and relationships into a directory or beside a prefix") {
    Ingested kb;
    SUBCASE("directory") {
        kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "csv", "-o", kb.dir.path()});
        CHECK(r.status == 0);
        CHECK(kg_test::read_text_file(kb.dir.file("nodes.csv")).find("Stoltenberg") != std::string::npos);
        CHECK(std::filesystem::exists(kb.dir.file("relationships.csv")));
    }
    SUBCASE("prefix") {
        kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "csv", "-o", kb.dir.file("kg.csv")});
        CHECK(r.status == 0);
        CHECK(std::filesystem::exists(kb.dir.file("kg-nodes.csv")));
        CHECK(std::filesystem::exists(kb.dir.file("kg-relationships.csv")));
    }
    SUBCASE("no output given") {
        kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "csv"});
        CHECK(r.status == 1);
        CHECK(r.err.find("-o") != std::string::npos);
    }
}

TEST_CASE("a CSV export that fails on its second file leaves the old pair untouched and no temporary") {
    Ingested kb;
    kg_test::write_text_file(kb.dir.file("kg-nodes.csv"), "old nodes\n");
    // A directory where the relationships file should go: the nodes file would be written first.
    std::filesystem::create_directory(kb.dir.file("kg-relationships.csv"));
    kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "csv", "-o", kb.dir.file("kg")});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: cannot write " + kb.dir.file("kg-relationships.csv")) == 0);
    CHECK(kg_test::read_text_file(kb.dir.file("kg-nodes.csv")) == "old nodes\n");
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(kb.dir.path())) ++entries;
    CHECK(entries == 3);  // kg.db and the two outputs
}

TEST_CASE("an output file in a missing directory is an error naming it with exit status 1 and no file left") {
    Ingested kb;
    const std::string file = "/nonexistent-dir/x.graphml";
    kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "graphml", "-o", file});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: ") == 0);
    CHECK(r.err.find(file) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("an output file on a full device is an error naming it with exit status 1") {
    struct stat before {};
    if (stat("/dev/full", &before) != 0 || !S_ISCHR(before.st_mode)) {
        MESSAGE("/dev/full is not available; skipped");
        return;
    }
    Ingested kb;
    kg_test::KgRun r = run_kg({"--db", kb.db, "export", "--format", "graphml", "-o", "/dev/full"});
    CHECK(r.status == 1);
    CHECK(r.err.find("kg: error: ") == 0);
    CHECK(r.err.find("/dev/full") != std::string::npos);
    struct stat after {};
    REQUIRE(stat("/dev/full", &after) == 0);
    CHECK(S_ISCHR(after.st_mode));  // still the device, not replaced by a regular file
}

TEST_CASE("a failed export leaves no temporary files beside the output") {
    Ingested kb;
    const std::string file = kb.dir.file("out/kg.graphml");  // the directory out/ does not exist
    CHECK(run_kg({"--db", kb.db, "export", "--format", "graphml", "-o", file}).status == 1);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(kb.dir.path())) ++entries;
    CHECK(entries == 1);  // only kg.db
}

}

namespace {

// The caption line of an SVG drawing ("Source: ..."), or empty.
std::string caption_of(const std::string& svg) {
    const std::size_t at = svg.find("Source: ");
    if (at == std::string::npos) return {};
    const std::string text = svg.substr(at, svg.find('<', at) - at);
    std::string caption;  // Graphviz writes '-' as "&#45;"
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 5, "&#45;") == 0) {
            caption += '-';
            i += 4;
        } else {
            caption += text[i];
        }
    }
    return caption;
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("kg export finishes when the stored documents share no folder, and the caption shows no path") {
    kg_test::TempDir dir;
    const std::string db = dir.file("kg.db");
    std::filesystem::create_directory(dir.file("new"));
    const std::string extra = dir.file("new/extra.txt");
    kg_test::write_text_file(extra, kg_test::read_text_file(kg_test::corpus_file("002_6f339f2360b3421b.txt")) +
                                        "\nA further paragraph.\n");
    bool relative_path = false;  // (a path stored as given shares no folder with an absolute one)
    SUBCASE("two absolute folders") {
        REQUIRE(run_kg({"--db", db, "ingest", kg_test::corpus_dir(), extra}).status == 0);
    }
    SUBCASE("an absolute and a relative path") {
        const std::string relative = std::filesystem::relative(extra).string();
        REQUIRE(relative.front() != '/');
        REQUIRE(run_kg({"--db", db, "ingest", kg_test::corpus_dir(), relative}).status == 0);
        relative_path = true;
    }
    for (const std::string format : {"svg", "json", "dot", "graphml"}) {
        kg_test::KgRun r = run_kg({"--db", db, "export", "--format", format, "-o", dir.file("kg." + format)});
        INFO(format << ": " << r.err);
        CHECK(r.status == 0);
    }
    const std::string caption = caption_of(kg_test::read_text_file(dir.file("kg.svg")));
    // (a checkout under the temporary folder shares it with the extra file: the caption then names it)
    std::filesystem::path common;
    {
        const std::filesystem::path c = std::filesystem::weakly_canonical(kg_test::corpus_dir());
        const std::filesystem::path e = std::filesystem::weakly_canonical(extra);
        auto ci = c.begin(), ei = e.begin();
        for (; ci != c.end() && ei != e.end() && *ci == *ei; ++ci, ++ei) common /= *ci;
    }
    // (a checkout under the temporary folder, with the extra file given by a relative path: none either)
    if (relative_path || common.empty() || common == common.root_path())
        CHECK(caption == "Source: 6 documents, 2023-04-04 to 2024-04-05");
    else
        CHECK(caption == "Source: " + common.filename().string() + " (6 documents, 2023-04-04 to 2024-04-05)");
    // Only drawings have a caption.
    CHECK(kg_test::read_text_file(dir.file("kg.dot")).find("Source:") == std::string::npos);
}

TEST_CASE("the default caption names the corpus folder and counts the documents of the selection") {
    Ingested kb;
    kg_test::KgRun all = run_kg({"--db", kb.db, "export", "--format", "svg"});
    REQUIRE(all.status == 0);
    CHECK(caption_of(all.out) == "Source: corpus (5 documents, 2023-04-04 to 2024-04-05)");
    kg_test::KgRun ego = run_kg({"--db", kb.db, "export", "--format", "svg", "--ego", "Jens Stoltenberg",
                                 "--depth", "1", "--types", "PERSON"});
    REQUIRE(ego.status == 0);
    CHECK(caption_of(ego.out) == "Source: corpus (2 documents, 2023-04-04 to 2023-04-05)");
}

}
