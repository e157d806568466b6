// The bad-input catalogue (shared/badinput/CATALOGUE.md) through the kg binary, as a user
// meets it: exit status, the message naming the file and the reason, what ends up stored
// (read back with sqlite3 and `kg export --format json`), exports that still validate,
// outputs that cannot be written, and --strict.

#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "run_kg.h"

namespace {

namespace fs = std::filesystem;
using kg_test::KgRun;
using kg_test::run_kg;
using kg_test::TempDir;

std::string bad(const std::string& name) { return std::string(KG_TEST_DATA_DIR) + "/badinput/" + name; }
std::string corpus(const std::string& name) { return std::string(KG_TEST_DATA_DIR) + "/corpus/" + name; }

std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs a shell command line; returns its exit status (128 + signal when killed).
int shell(const std::string& command) {
    const int status = std::system(command.c_str());
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
}

// Output of a shell command line.
std::string shell_output(const std::string& command, const TempDir& dir) {
    const std::string out = dir.file("shell.out");
    shell(command + " > " + quoted(out) + " 2>&1");
    std::string text = kg_test::read_text_file(out);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

// kg with the file size limit set to `blocks` 512-byte blocks (SIGXFSZ ignored, so a write
// past it fails with EFBIG as on a full disk). stdout and stderr are captured.
KgRun run_kg_limited(const std::vector<std::string>& args, long blocks, const TempDir& dir) {
    std::string command = "trap '' XFSZ; ulimit -f " + std::to_string(blocks) + "; exec " + quoted(KG_BINARY);
    for (const std::string& a : args) command += " " + quoted(a);
    const std::string out = dir.file("limited.out"), err = dir.file("limited.err");
    KgRun r;
    r.status = shell("(" + command + ") > " + quoted(out) + " 2> " + quoted(err));
    r.out = kg_test::read_text_file(out);
    r.err = kg_test::read_text_file(err);
    return r;
}

// A knowledge base in a temporary directory, read back the way a user could.
struct KnowledgeBase {
    TempDir dir;
    std::string db = dir.file("kg.db");

    KgRun ingest(std::vector<std::string> paths, std::vector<std::string> options = {}) const {
        std::vector<std::string> args{"--db", db};
        args.insert(args.end(), options.begin(), options.end());
        args.push_back("ingest");
        args.insert(args.end(), paths.begin(), paths.end());
        return run_kg(args);
    }
    bool exists() const { return fs::exists(db); }
    std::string sql(const std::string& query) const {
        return shell_output("sqlite3 " + quoted(db) + " " + quoted(query), dir);
    }
    std::size_t documents() const { return exists() ? std::stoul(sql("SELECT count(*) FROM documents")) : 0; }
    // Labels of the nodes of `kg export --format json`, which must re-parse strictly.
    std::set<std::string> entity_names() const {
        const KgRun r = run_kg({"--db", db, "export", "--format", "json"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        rapidjson::Document d;
        d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(r.out.c_str());
        REQUIRE_MESSAGE(!d.HasParseError(), r.out);
        REQUIRE(d.IsObject());
        REQUIRE(d.HasMember("nodes"));
        std::set<std::string> names;
        for (const auto& n : d["nodes"].GetArray()) names.insert(n["label"].GetString());
        return names;
    }
};

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

const std::string kGood = corpus("001.txt");

}  // namespace

TEST_SUITE("badinput") {
TEST_CASE("empty and blank files are skipped with a warning naming each one and no database is created") {
    KnowledgeBase kb;
    const KgRun r = kb.ingest({bad("empty.txt"), bad("single_newline.txt"), bad("whitespace_only.txt"),
                               bad("html_empty.html")});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "kg: warning: " + bad("empty.txt") + ": skipped: empty file\n"));
    CHECK(contains(r.err, "kg: warning: " + bad("single_newline.txt") + ": skipped: no text (only white space)\n"));
    CHECK(contains(r.err, "kg: warning: " + bad("whitespace_only.txt") + ": skipped: no text (only white space)\n"));
    CHECK(contains(r.err, "kg: warning: " + bad("html_empty.html") + ": skipped: no text\n"));
    CHECK(contains(r.err, "kg: error: no documents found in "));
    CHECK_FALSE(kb.exists());
}

TEST_CASE("an empty file beside a good one is a warning and the good one is stored with exit status 0") {
    KnowledgeBase kb;
    const KgRun r = kb.ingest({bad("empty.txt"), kGood});
    CHECK(r.status == 0);
    CHECK(contains(r.err, bad("empty.txt") + ": skipped: empty file"));
    CHECK(r.out == "added 1, unchanged 0, replaced 0, failed 0\n");
    CHECK(kb.documents() == 1);
}

TEST_CASE("ill-formed UTF-8 is replaced by U+FFFD with a warning naming the file, count and byte offset") {
    struct Case {
        const char* file;
        const char* message;
    };
    const Case cases[] = {
        {"utf8_invalid_bytes.txt", "invalid UTF-8: replaced 7 ill-formed sequence(s) with U+FFFD, the first at byte 11"},
        {"utf8_overlong.txt", "invalid UTF-8: replaced 17 ill-formed sequence(s) with U+FFFD, the first at byte 18"},
        {"utf8_surrogates.txt", "invalid UTF-8: replaced 12 ill-formed sequence(s) with U+FFFD, the first at byte 28"},
        {"utf8_out_of_range.txt", "invalid UTF-8: replaced 19 ill-formed sequence(s) with U+FFFD, the first at byte 16"},
    };
    for (const Case& c : cases) {
        CAPTURE(std::string(c.file));
        KnowledgeBase kb;
        const KgRun r = kb.ingest({bad(c.file)});
        CHECK(r.status == 0);
        CHECK(r.err == "kg: warning: " + bad(c.file) + ": " + c.message + "\n");
        REQUIRE(kb.documents() == 1);
        // The stored text holds U+FFFD and no overlong '/' or NUL survived the repair.
        CHECK(kb.sql("SELECT instr(text, char(65533)) > 0 FROM documents") == "1");
        CHECK(kb.sql("SELECT instr(hex(text), 'C0AF') FROM documents") == "0");
        kb.entity_names();  // the JSON export re-parses with UTF-8 validation
    }
}

TEST_CASE("NUL bytes and control characters are removed with a warning and never stored") {
    for (const std::string file : {"nul_bytes.txt", "control_chars.txt"}) {
        CAPTURE(file);
        KnowledgeBase kb;
        const KgRun r = kb.ingest({bad(file)});
        CHECK(r.status == 0);
        CHECK(contains(r.err, "kg: warning: " + bad(file) + ": removed "));
        CHECK(contains(r.err, " control character(s), the first at byte "));
        REQUIRE(kb.documents() == 1);
        // Scanned as hex so that a NUL could not hide the rest of the text from sqlite3.
        const std::string hex = kb.sql("SELECT hex(text) FROM documents");
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
            const int byte = std::stoi(hex.substr(i, 2), nullptr, 16);
            INFO("byte ", i / 2, " is ", hex.substr(i, 2));
            CHECK((byte >= 0x20 || byte == '\t' || byte == '\n'));
            CHECK(byte != 0x7F);
        }
        for (const std::string& name : kb.entity_names()) CHECK(name.find('\x1B') == std::string::npos);
    }
}

TEST_CASE("BOM and CRLF and UTF-16 and UTF-32 variants store the same entities as the original") {
    KnowledgeBase original;
    REQUIRE(original.ingest({bad("duplicate_a.txt")}).status == 0);
    const std::set<std::string> expected = original.entity_names();
    REQUIRE(expected.size() >= 2);
    for (const std::string file : {"duplicate_c_crlf_variant.txt", "duplicate_d_bom_variant.txt",
                                   "utf16le_bom.txt", "utf16be_bom.txt", "utf32le_bom.txt", "utf16le_no_bom.txt"}) {
        CAPTURE(file);
        KnowledgeBase kb;
        const KgRun r = kb.ingest({bad(file)});
        CHECK(r.status == 0);
        CHECK(kb.entity_names() == expected);
    }
}

TEST_CASE("decomposed text is stored composed (NFC)") {
    KnowledgeBase kb;
    REQUIRE(kb.ingest({bad("duplicate_e_nfd_variant.txt")}).status == 0);
    const std::string hex = kb.sql("SELECT hex(text) FROM documents");
    CHECK(contains(hex, "47656EC3A87661"));   // "Genève" with U+00E8
    CHECK_FALSE(contains(hex, "65CC80"));    // never e + U+0300
}

TEST_CASE("the same bytes under another name are reported as already stored and not added again") {
    KnowledgeBase kb;
    const std::string copy = kb.dir.file("copy_of_a.txt");
    kg_test::write_text_file(copy, kg_test::read_text_file(bad("duplicate_a.txt")));
    const KgRun r = kb.ingest({bad("duplicate_a.txt"), copy});
    CHECK(r.status == 0);
    CHECK(contains(r.err, "kg: " + copy + ": same "));
    CHECK(contains(r.err, "same content as document 'duplicate_a.txt'"));
    CHECK(contains(r.err, "; not added again"));
    CHECK(contains(r.out, "added 1,"));
    CHECK(contains(r.out, "duplicate 1,"));
    CHECK(kb.documents() == 1);
    // Ingesting both again changes nothing.
    const KgRun again = kb.ingest({bad("duplicate_a.txt"), copy});
    CHECK(again.status == 0);
    CHECK(contains(again.out, "added 0, unchanged 1,"));
    CHECK(kb.documents() == 1);
}

TEST_CASE("binary files are skipped with a warning naming their kind and the batch goes on") {
    struct Case {
        const char* file;
        const char* kind;
    };
    const Case cases[] = {{"fake_pdf.pdf", "PDF document"},     {"fake_png.png", "PNG image"},
                          {"elf_header_only.bin", "ELF executable"}, {"gzipped_text.txt.gz", "gzip data"},
                          {"all_bytes_0_255.bin", "binary data"},    {"binary_with_text.bin", "binary data"}};
    KnowledgeBase kb;
    std::vector<std::string> paths{kGood};
    for (const Case& c : cases) paths.push_back(bad(c.file));
    const KgRun r = kb.ingest(paths);
    CHECK(r.status == 0);
    for (const Case& c : cases)
        CHECK(contains(r.err, "kg: warning: " + bad(c.file) + ": skipped: binary file (" + c.kind + ")\n"));
    CHECK(r.out == "added 1, unchanged 0, replaced 0, failed 0\n");
    CHECK(kb.documents() == 1);
}

TEST_CASE("XHTML with entity declarations is rejected with an error and nothing is expanded or fetched") {
    KnowledgeBase kb;
    const KgRun r = kb.ingest({kGood, bad("xhtml_billion_laughs.xhtml"), bad("xhtml_xxe.xhtml")});
    CHECK(r.status == 1);
    for (const char* file : {"xhtml_billion_laughs.xhtml", "xhtml_xxe.xhtml"})
        CHECK(contains(r.err, "kg: error: " + bad(file) +
                                  ": rejected: DOCTYPE with an internal subset (entity declarations are not allowed)\n"));
    CHECK(r.out == "added 1, unchanged 0, replaced 0, failed 2\n");
    CHECK(kb.documents() == 1);
    CHECK(kb.sql("SELECT count(*) FROM documents WHERE text LIKE '%root:%' OR text LIKE '%lol%'") == "0");
}

TEST_CASE("names hidden in scripts and styles and comments and templates never become entities") {
    KnowledgeBase kb;
    REQUIRE(kb.ingest({bad("html_script_style.html")}).status == 0);
    const std::set<std::string> names = kb.entity_names();
    CHECK(names.count("Anna Keller") == 1);
    for (const std::string& name : names) {
        CAPTURE(name);
        for (const char* hidden : {"Fake", "Evil", "Injected", "Script", "Noscript", "Template", "OnClick",
                                   "Href", "Commented", "Iframe", "Alt", "JSON-LD"})
            CHECK_FALSE(contains(name, hidden));
    }
}

TEST_CASE("a whole directory of bad inputs is read to the end and each file gets one outcome") {
    KnowledgeBase kb;
    const KgRun r = kb.ingest({bad("")});
    CHECK(r.status == 1);  // the two XHTML files failed
    CHECK(contains(r.out, ", failed 2\n"));
    CHECK(kb.sql("PRAGMA integrity_check") == "ok");
    const std::string stored = kb.sql("SELECT source FROM documents");
    std::size_t files = 0;
    for (const fs::directory_entry& e : fs::directory_iterator(bad(""))) {
        const std::string name = e.path().filename().string();
        if (name[0] == '.' || e.path().extension() == ".md") continue;
        ++files;
        const std::string path = bad(name);
        const bool is_stored = contains(stored + "\n", path + "\n");
        const bool skipped = contains(r.err, path + ": skipped: ");
        const bool rejected = contains(r.err, "kg: error: " + path + ": rejected: ");
        const bool duplicate = contains(r.err, "kg: " + path + ": same ");
        CAPTURE(name);
        CHECK(int(is_stored) + int(skipped) + int(rejected) + int(duplicate) == 1);
    }
    CHECK(files >= 40);
}

TEST_CASE("special files are errors naming them and never hang: FIFO and symlink loop and directory") {
    KnowledgeBase kb;
    const std::string fifo = kb.dir.file("pipe.txt"), loop = kb.dir.file("loop_a"), dir = kb.dir.file("folder.txt");
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    fs::create_symlink(kb.dir.file("loop_b"), loop);
    fs::create_symlink(loop, kb.dir.file("loop_b"));
    fs::create_directory(dir);
    const auto start = std::chrono::steady_clock::now();
    const KgRun r = kb.ingest({fifo, loop, dir, kGood});
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
    CHECK(r.status == 1);
    CHECK(contains(r.err, "kg: error: " + fifo + ": not a regular file\n"));
    CHECK(contains(r.err, "kg: error: " + loop + ": cannot access: Too many levels of symbolic links\n"));
    CHECK(contains(r.err, "kg: error: " + dir + ": no documents found\n"));
    CHECK(r.out == "added 1, unchanged 0, replaced 0, failed 3\n");
    CHECK(kb.documents() == 1);
}

TEST_CASE("file names with a newline or ill-formed UTF-8 are stored and shown escaped") {
    KnowledgeBase kb;
    const std::string newline = kb.dir.file("two\nlines.txt"), invalid = kb.dir.file("bad\xFF.txt");
    kg_test::write_text_file(newline, "Mr. Kishida met Mr. Biden in Tokyo.\n");
    kg_test::write_text_file(invalid, "Mr. Kishida met Mr. Albanese in Sydney.\n");
    const KgRun r = kb.ingest({newline, invalid});
    CHECK(r.status == 0);
    CHECK(r.out == "added 2, unchanged 0, replaced 0, failed 0\n");
    const std::string ids = kb.sql("SELECT id FROM documents ORDER BY id");
    CHECK(ids == "bad\\xFF.txt\ntwo\\nlines.txt");
}

TEST_CASE("a 10 MB single line and a 1 MiB token and a 70 000 character name are ingested in bounded time") {
    KnowledgeBase kb;
    std::string line;
    while (line.size() < (std::size_t{10} << 20)) line += "Mr. Kishida met Mr. Biden in Tokyo on Monday and they talked. ";
    kg_test::write_text_file(kb.dir.file("long_line.txt"), line);
    kg_test::write_text_file(kb.dir.file("long_token.txt"), "Ministry" + std::string(std::size_t{1} << 20, 'A'));
    kg_test::write_text_file(kb.dir.file("long_name.txt"),
                             "Foreign Minister " + std::string(1, 'K') + std::string(70000, 'a') + " met Mr. Biden.\n");
    const auto start = std::chrono::steady_clock::now();
    const KgRun r = kb.ingest({kb.dir.file("long_line.txt"), kb.dir.file("long_token.txt"), kb.dir.file("long_name.txt")});
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("ingesting 11 MB in ", seconds, " s");
    CHECK(seconds < 120);  // about 3 s on one core without sanitizers
    CHECK(r.status == 0);
    CHECK(kb.documents() == 3);
    // The DOT export with every name still parses.
    const std::string dot = kb.dir.file("g.dot");
    REQUIRE(run_kg({"--db", kb.db, "export", "--format", "dot", "-o", dot}).status == 0);
    CHECK(shell("dot -Tcanon " + quoted(dot) + " > /dev/null 2> " + quoted(kb.dir.file("dot.err"))) == 0);
    CHECK(kg_test::read_text_file(kb.dir.file("dot.err")).empty());
}

TEST_CASE("names with quotes and markup and backslashes and DOT keywords reach every export intact") {
    KnowledgeBase kb;
    const std::string aliases = kb.dir.file("hostile.tsv"), doc = kb.dir.file("hostile.txt");
    kg_test::write_text_file(aliases, "Fund <A&B> ]]> \"Q\"\tORGANIZATION\t-\n"
                                      "C:\\new\\table\\\tORGANIZATION\t-\n"
                                      "node\tORGANIZATION\tEDGE|Strict\n");
    kg_test::write_text_file(doc, "Hostile names\n\nOn April 4, 2023, Mr. Antony Blinken, Secretary of State of the "
                                  "United States, met Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, "
                                  "in Tokyo. Japan contributed to the Fund <A&B> ]]> \"Q\". node and EDGE and "
                                  "Strict and C:\\new\\table\\ were discussed.\n");
    REQUIRE(kb.ingest({doc}, {"--aliases", aliases}).status == 0);
    const std::set<std::string> names = kb.entity_names();  // JSON, strictly re-parsed
    for (const char* name : {"Fund <A&B> ]]> \"Q\"", "C:\\new\\table\\", "node"}) CHECK(names.count(name) == 1);

    const std::string out = kb.dir.file("g");
    for (const char* format : {"dot", "graphml", "gexf"})
        REQUIRE(run_kg({"--db", kb.db, "export", "--format", format, "-o", out + "." + format}).status == 0);
    // DOT: Graphviz reads it without a word on stderr, and the labels survive a round trip.
    CHECK(shell("dot -Tsvg " + quoted(out + ".dot") + " > /dev/null 2> " + quoted(out + ".err")) == 0);
    CHECK(kg_test::read_text_file(out + ".err").empty());
    const std::string canon = shell_output("dot -Tcanon " + quoted(out + ".dot"), kb.dir);
    CHECK(contains(canon, "label=\"Fund <A&B> ]]> \\\"Q\\\"\""));
    CHECK(contains(canon, "label=\"C:\\\\new\\\\table\\\\\""));
    CHECK(contains(canon, "label=\"node\""));  // a DOT keyword stays a quoted label
    // GraphML validates against the schema; GEXF is well-formed.
    const std::string schemas = KG_GRAPHML_SCHEMA_DIR;
    CHECK(shell("XML_CATALOG_FILES=" + quoted(schemas + "/catalog.xml") + " xmllint --nonet --noout --schema " +
                quoted(schemas + "/graphml.xsd") + " " + quoted(out + ".graphml") + " 2> /dev/null") == 0);
    CHECK(shell("xmllint --nonet --noout " + quoted(out + ".gexf")) == 0);
    CHECK(contains(kg_test::read_text_file(out + ".graphml"), "Fund &lt;A&amp;B&gt; ]]&gt; \"Q\""));
}

TEST_CASE("an export that cannot be written is an error naming the file and leaves nothing behind") {
    KnowledgeBase kb;
    REQUIRE(kb.ingest({corpus("")}).status == 0);
    SUBCASE("a directory that cannot be written to") {
        // Root ignores permission bits, so a path where no file can be created stands in.
        const std::string target = getuid() == 0 ? "/proc/kg-badinput-test.graphml" : kb.dir.file("ro/x.graphml");
        if (getuid() != 0) {
            fs::create_directory(kb.dir.file("ro"));
            fs::permissions(kb.dir.file("ro"), fs::perms::owner_read | fs::perms::owner_exec);
        }
        const KgRun r = run_kg({"--db", kb.db, "export", "--format", "graphml", "-o", target});
        CHECK(r.status == 1);
        CHECK(contains(r.err, "kg: error: cannot write " + target + ": "));
        CHECK_FALSE(fs::exists(target));
    }
    SUBCASE("a disk that fills up halfway: the previous file stays and no temporary is left") {
        const std::string target = kb.dir.file("out.graphml");
        kg_test::write_text_file(target, "previous export\n");
        const KgRun r = run_kg_limited({"--db", kb.db, "export", "--format", "graphml", "-o", target}, 160, kb.dir);
        CHECK(r.status == 1);
        CHECK(r.err == "kg: error: cannot write " + target + ": write: File too large\n");
        CHECK(kg_test::read_text_file(target) == "previous export\n");
        for (const fs::directory_entry& e : fs::directory_iterator(kb.dir.path())) {
            CAPTURE(e.path().string());
            CHECK_FALSE(contains(e.path().filename().string(), "out.graphml."));
        }
    }
    SUBCASE("standard output on a full device") {
        const KgRun r = kg_test::run_kg_to({"--db", kb.db, "export", "--format", "json"}, "/dev/full");
        CHECK(r.status == 1);
        CHECK(r.err == "kg: error: cannot write to standard output\n");
        const KgRun x = kg_test::run_kg_to({"extract", kGood}, "/dev/full");
        CHECK(x.status == 1);
        CHECK(contains(x.err, "kg: error: cannot write to standard output\n"));
    }
}

TEST_CASE("a database that cannot grow keeps every committed document whole and stops with one message") {
    KnowledgeBase kb;
    REQUIRE(kb.ingest({kg_test::corpus_dir()}).status == 0);
    const std::size_t before = kb.documents();
    // 128 KB per file: the database already holds the example corpus, and the WAL
    // cannot take the new batch.
    const KgRun r = run_kg_limited({"--db", kb.db, "ingest", corpus("")}, 128, kb.dir);
    CHECK(r.status == 1);
    CHECK(kb.sql("PRAGMA integrity_check") == "ok");
    // Every document the summary counts as added is there, with its extraction; no other.
    const auto number_after = [&](const std::string& word) {
        const std::size_t at = r.out.find(word + " ");
        REQUIRE(at != std::string::npos);
        return std::stoul(r.out.substr(at + word.size() + 1));
    };
    CHECK(number_after("failed") > 0);
    CHECK(kb.documents() == before + number_after("added"));
    CHECK(kb.sql("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                 "(SELECT 1 FROM extractions x WHERE x.doc = d.doc)") == "0");
    // One stop, naming the file it stopped at and what was lost; not a line per document.
    std::size_t errors = 0;
    for (const std::string& line : kg_test::lines_of(r.err)) errors += contains(line, "kg: error: ") ? 1 : 0;
    CHECK(errors == 2);  // the database's reason, then where the ingest stopped
    CHECK(contains(r.err, "kg: error: ingest stopped at " + corpus("")));
    CHECK(contains(r.err, "nothing stored before was lost"));
}

TEST_CASE("--strict turns a warning into failure for kg extract and kg ingest") {
    const std::string warned = bad("utf8_invalid_bytes.txt");
    const KgRun plain = run_kg({"extract", warned});
    CHECK(plain.status == 0);
    const KgRun strict = run_kg({"extract", "--strict", warned});
    CHECK(strict.status == 1);
    CHECK(contains(strict.err, "kg: warning: " + warned + ": invalid UTF-8"));
    CHECK(contains(strict.err, "kg: error: 1 warning and --strict\n"));
    CHECK(run_kg({"extract", "--strict", kGood}).status == 0);

    KnowledgeBase kb;
    const KgRun ingest = kb.ingest({kGood, warned, bad("empty.txt")}, {});
    CHECK(ingest.status == 0);
    KnowledgeBase strict_kb;
    const KgRun strict_ingest = run_kg({"--db", strict_kb.db, "ingest", "--strict", kGood, warned, bad("empty.txt")});
    CHECK(strict_ingest.status == 1);
    CHECK(contains(strict_ingest.err, "kg: error: 2 warnings and --strict; nothing stored\n"));
    CHECK(strict_kb.documents() == 0);
}
}

namespace {

// kg run by a process that may not write `dir`: as root, as the user nobody (setpriv, from
// a copy of kg every user may run); otherwise with the folder and its files made read-only.
KgRun run_kg_read_only(const std::vector<std::string>& args, const TempDir& dir, const std::string& folder) {
    std::string command;
    if (::geteuid() == 0) {
        const std::string copy = folder + "/../kg-copy";
        fs::copy_file(KG_BINARY, copy, fs::copy_options::overwrite_existing);
        fs::permissions(copy, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
        command = "exec setpriv --reuid=65534 --regid=65534 --clear-groups " + quoted(copy);
    } else {
        shell("chmod a-w " + quoted(folder) + "/* " + quoted(folder));
        command = "exec " + quoted(KG_BINARY);
    }
    for (const std::string& a : args) command += " " + quoted(a);
    const std::string out = dir.file("ro.out"), err = dir.file("ro.err");
    KgRun r;
    r.status = shell("(" + command + ") > " + quoted(out) + " 2> " + quoted(err));
    r.out = kg_test::read_text_file(out);
    r.err = kg_test::read_text_file(err);
    return r;
}

}  // namespace

TEST_SUITE("badinput") {

TEST_CASE("a knowledge base kg may not write answers questions, refuses changes and is left as it was") {
    TempDir dir;
    const std::string folder = dir.file("base");
    fs::create_directories(folder);
    const std::string db = folder + "/kg.db";
    REQUIRE(run_kg({"--db", db, "ingest", kg_test::corpus_dir()}).status == 0);
    // Everyone may enter the folders and read the file (nobody must reach it), no one else write.
    for (const std::string& d : {dir.path(), folder})
        fs::permissions(d, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                               fs::perms::others_read | fs::perms::others_exec);
    const std::string bytes = kg_test::read_text_file(db);

    const KgRun met = run_kg_read_only({"--db", db, "met", "Hayashi"}, dir, folder);
    INFO("met stderr: " << met.err);
    CHECK(met.status == 0);
    CHECK(contains(met.out, "Jens Stoltenberg"));
    const KgRun forget = run_kg_read_only({"--db", db, "forget", "corpus/002_6f339f2360b3421b.txt"}, dir, folder);
    CHECK(forget.status == 1);
    CHECK(contains(forget.err, "kg: error: "));
    CHECK(contains(forget.err, "readonly database"));
    const KgRun ingest = run_kg_read_only({"--db", db, "ingest", kg_test::corpus_dir()}, dir, folder);
    CHECK(ingest.status == 1);
    CHECK(contains(ingest.err, "read-only: kg ingest needs write access"));
    CHECK(kg_test::read_text_file(db) == bytes);
    CHECK_FALSE(fs::exists(db + "-wal"));
    shell("chmod -R u+w " + quoted(dir.path()));
}

TEST_CASE("a question about an empty file is an error and leaves it empty") {
    TempDir dir;
    const std::string db = dir.file("empty.db");
    kg_test::write_text_file(db, "");
    const KgRun r = run_kg({"--db", db, "met", "Hayashi"});
    CHECK(r.status == 1);
    CHECK(contains(r.err, "kg: error: " + db + ": not a kg database (an empty file)"));
    CHECK(fs::file_size(db) == 0);
}

TEST_CASE("a damaged database refuses changes and is left as it was, while questions still read it") {
    KnowledgeBase kb;
    REQUIRE(kb.ingest({kg_test::corpus_dir()}).status == 0);
    REQUIRE(kb.sql("PRAGMA wal_checkpoint(TRUNCATE)").rfind("0|", 0) == 0);
    // Damage a page that forgetting a document does not read: the corrections table's root.
    const long page = std::stol(kb.sql("SELECT rootpage FROM sqlite_schema WHERE name = 'corrections'"));
    const long page_size = std::stol(kb.sql("PRAGMA page_size"));
    {
        std::fstream f(kb.db, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp((page - 1) * page_size);
        f.put('\x07');  // not a b-tree page type
    }
    const std::string bytes = kg_test::read_text_file(kb.db);
    const KgRun forget = run_kg({"--db", kb.db, "forget", "corpus/002_6f339f2360b3421b.txt"});
    CHECK(forget.status == 1);
    CHECK(contains(forget.err, "kg: error: " + kb.db + ": corrupt kg database, not changed: PRAGMA quick_check"));
    CHECK(kg_test::read_text_file(kb.db) == bytes);
    CHECK(run_kg({"--db", kb.db, "met", "Hayashi"}).status == 0);
}

}
