// Tests of extract/reader.h: hostile input from shared/badinput (copied into
// tests/data/badinput, big ones generated here) must end in the documented outcome.

#include "extract/reader.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using kg::Diagnostic;
using kg::extract::InputFormat;
using kg::extract::normalise_text;
using kg::extract::read_buffer;
using kg::extract::read_documents;
using kg::extract::ReadOptions;
using kg::extract::ReadResult;

namespace {

constexpr const char* kFFFD = "\xEF\xBF\xBD";
using Severity = Diagnostic::Severity;

std::string sample(const std::string& name) { return std::string(KG_TEST_DATA_DIR) + "/badinput/" + name; }

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void spit(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string dump(const ReadResult& r) {
    std::string s = std::to_string(r.documents.size()) + " document(s), failed " + std::to_string(r.failed) + "\n";
    for (const Diagnostic& d : r.diagnostics) {
        s += (d.severity == Severity::Error ? "E " : "W ") + d.source + ": " + d.message + "\n";
    }
    return s;
}

// The one diagnostic of `r` whose message contains `text`, or nullptr.
const Diagnostic* find_diagnostic(const ReadResult& r, std::string_view text) {
    for (const Diagnostic& d : r.diagnostics) {
        if (d.message.find(text) != std::string::npos) return &d;
    }
    return nullptr;
}

std::size_t count(std::string_view hay, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size())) ++n;
    return n;
}

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ = fs::temp_directory_path() /
                ("kg_reader_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

// Reads one sample file and expects exactly one document from it.
kg::Document read_one(const std::string& name, ReadResult* out = nullptr) {
    ReadResult r = read_documents({sample(name)});
    INFO(dump(r));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.failed == 0);
    if (out != nullptr) *out = r;
    return r.documents.front();
}

const std::string kDuplicateText =
    "The Ministry of Foreign Affairs announced today that Foreign Minister Anna Keller met Ambassador "
    "Jean-Luc Moreau in Geneva to discuss the Treaty of Lisbon.\n";

}  // namespace

TEST_SUITE("reader") {

// ---------------------------------------------------------------- normalise_text

TEST_CASE("normalise_text leaves clean text untouched and reports nothing") {
    std::vector<Diagnostic> diags;
    CHECK(normalise_text("Foreign Minister Anna Keller\tmet Moreau.\n", "a.txt", diags) ==
          "Foreign Minister Anna Keller\tmet Moreau.\n");
    CHECK(normalise_text("Zürich — 東京 😀", "a.txt", diags) == "Zürich — 東京 😀");
    CHECK(normalise_text("", "a.txt", diags).empty());
    CHECK(diags.empty());
}

TEST_CASE("normalise_text strips exactly one leading BOM and keeps a later U+FEFF") {
    std::vector<Diagnostic> diags;
    CHECK(normalise_text("\xEF\xBB\xBFText", "a", diags) == "Text");
    CHECK(normalise_text("\xEF\xBB\xBF\xEF\xBB\xBFText", "a", diags) == "\xEF\xBB\xBFText");
    CHECK(normalise_text("Anna\xEF\xBB\xBFKeller", "a", diags) == "Anna\xEF\xBB\xBFKeller");
    CHECK(diags.empty());
}

TEST_CASE("normalise_text turns CRLF, CR and the other mandatory breaks into LF") {
    std::vector<Diagnostic> diags;
    CHECK(normalise_text("a\r\nb\rc\n\rd", "a", diags) == "a\nb\nc\n\nd");
    CHECK(normalise_text("a\r\r\nb", "a", diags) == "a\n\nb");
    CHECK(normalise_text("NEL\xC2\x85LS\xE2\x80\xA8PS\xE2\x80\xA9VT\vFF\f.", "a", diags) == "NEL\nLS\nPS\nVT\nFF\n.");
    CHECK(diags.empty());
}

TEST_CASE("normalise_text drops NUL, C0, DEL and C1 controls, keeps TAB and LF, and warns once") {
    std::vector<Diagnostic> diags;
    static constexpr char kRaw[] = "An\0na\x01\x1B[31m\tKel\x7Fler\xC2\x80\xC2\x9F\n";
    const std::string raw(kRaw, sizeof kRaw - 1);
    CHECK(normalise_text(raw, "ctl.txt", diags) == "Anna[31m\tKeller\n");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].severity == Severity::Warning);
    CHECK(diags[0].source == "ctl.txt");
    CHECK(diags[0].message == "removed 6 control character(s), the first at byte 2");
}

TEST_CASE("normalise_text replaces each maximal ill-formed subpart with one U+FFFD") {
    struct Case {
        const char* what;
        std::string raw;
        std::string expected;
        std::size_t replaced;
    };
    const std::string r = kFFFD;
    const std::vector<Case> cases{
        {"stray FF", "a\xFF" "b", "a" + r + "b", 1},
        {"lone continuation bytes", "a\x80\x80" "b", "a" + r + r + "b", 2},
        {"lead byte then ASCII", "a\xC3 b", "a" + r + " b", 1},
        {"three-byte sequence cut by ASCII", "a\xE2\x82" "b", "a" + r + "b", 1},
        {"truncated at the end", "a\xE2\x82", "a" + r, 1},
        {"overlong slash in 2 bytes", "\xC0\xAF", r + r, 2},
        {"overlong slash in 3 bytes", "\xE0\x80\xAF", r + r + r, 3},
        {"overlong slash in 4 bytes", "\xF0\x80\x80\xAF", r + r + r + r, 4},
        {"overlong NUL (modified UTF-8)", "\xC0\x80", r + r, 2},
        {"lone high surrogate", "\xED\xA0\x80", r + r + r, 3},
        {"above U+10FFFF", "\xF4\x90\x80\x80", r + r + r + r, 4},
        {"F5 lead", "\xF5\x80", r + r, 2},
        {"FE FF", "\xFE\xFF", r + r, 2},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        std::vector<Diagnostic> diags;
        CHECK(normalise_text(c.raw, "bad.txt", diags) == c.expected);
        REQUIRE(diags.size() == 1);
        CHECK(diags[0].message.find("invalid UTF-8: replaced " + std::to_string(c.replaced) + " ") == 0);
    }
}

TEST_CASE("normalise_text reports the count and first offset of ill-formed bytes in one warning") {
    std::vector<Diagnostic> diags;
    const std::string text = normalise_text(slurp(sample("utf8_invalid_bytes.txt")), "utf8_invalid_bytes.txt", diags);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].severity == Severity::Warning);
    CHECK(diags[0].source == "utf8_invalid_bytes.txt");
    CHECK(diags[0].message == "invalid UTF-8: replaced 7 ill-formed sequence(s) with U+FFFD, the first at byte 11");
    CHECK(text.find(std::string("Minister Ke") + kFFFD + "ller") == 0);
    CHECK(text.find(std::string("Truncated at end of file: ") + kFFFD) != std::string::npos);
}

TEST_CASE("normalise_text composes to NFC") {
    std::vector<Diagnostic> diags;
    CHECK(normalise_text("Gene\xCC\x80va Zu\xCC\x88rich", "a", diags) == "Genèva Zürich");
    CHECK(normalise_text("\xEF\xAC\x81nance", "a", diags) == "\xEF\xAC\x81nance");  // NFC keeps the ligature
    // the quick check passes curly quotes and dashes, and hands ICU whatever NFC may change
    // after them: a combining mark, singletons (OHM SIGN, EN QUAD), conjoining jamo
    CHECK(normalise_text("The minister\xE2\x80\x99s visit \xE2\x80\x94 \xE2\x80\x9CGeneva\xE2\x80\x9D", "a", diags) ==
          "The minister\xE2\x80\x99s visit \xE2\x80\x94 \xE2\x80\x9CGeneva\xE2\x80\x9D");
    CHECK(normalise_text("The minister\xE2\x80\x99s visit to Gene\xCC\x80va", "a", diags) ==
          "The minister\xE2\x80\x99s visit to Gen\xC3\xA8va");
    CHECK(normalise_text("A resistance of 5 \xE2\x84\xA6", "a", diags) == "A resistance of 5 \xCE\xA9");
    CHECK(normalise_text("a\xE2\x80\x80" "b", "a", diags) == "a\xE2\x80\x82" "b");
    CHECK(normalise_text("\xE1\x84\x80\xE1\x85\xA1", "a", diags) == "\xEA\xB0\x80");
    CHECK(diags.empty());
}

TEST_CASE("normalise_text keeps characters that straddle 4K, 8K, 16K, 32K and 64K boundaries") {
    std::string raw(70000, 'x');
    for (const std::size_t edge : {4096u, 8192u, 16384u, 65536u}) raw.replace(edge - 2, 4, "\xF0\x9F\x98\x80");
    raw.replace(32767, 2, "\xC3\xA9");
    std::vector<Diagnostic> diags;
    const std::string text = normalise_text(raw, "edges.txt", diags);
    CHECK(diags.empty());
    CHECK(text == raw);
    CHECK(count(text, "\xF0\x9F\x98\x80") == 4);
}

TEST_CASE("normalise_text handles a 10 MB line in linear time") {
    std::string raw;
    raw.reserve(10u << 20);
    while (raw.size() < (10u << 20)) raw += "Foreign Minister Anna Keller met Ambassador Jean-Luc Moreau in Z\xC3\xBCrich. ";
    const auto start = std::chrono::steady_clock::now();
    std::vector<Diagnostic> diags;
    const std::string text = normalise_text(raw, "long.txt", diags);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(text.size() == raw.size());
    CHECK(diags.empty());
    CHECK(seconds < 10.0);
}

// ---------------------------------------------------------------- paths

TEST_CASE("a missing path is an Error naming it, and reading goes on") {
    const std::string missing = sample("does_not_exist.txt");
    ReadResult r = read_documents({missing, sample("crlf.txt")});
    INFO(dump(r));
    CHECK(r.failed == 1);
    CHECK(r.documents.size() == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Error);
    CHECK(r.diagnostics[0].source == missing);
    CHECK(r.diagnostics[0].message == "no such file or directory");
}

TEST_CASE("a directory without documents is an Error") {
    TempDir dir;
    fs::create_directories(dir.path() / "sub");
    spit(dir.path() / ".hidden.txt", "Hidden text");
    spit(dir.path() / "notes.md", "# Notes");
    ReadResult r = read_documents({dir.path().string()});
    INFO(dump(r));
    CHECK(r.documents.empty());
    CHECK(r.failed == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Error);
    CHECK(r.diagnostics[0].source == dir.path().string());
    CHECK(r.diagnostics[0].message == "no documents found");
}

TEST_CASE("a directory walk is recursive, sorted and skips hidden files and annotations") {
    TempDir dir;
    fs::create_directories(dir.path() / "b_sub" / "deeper");
    fs::create_directories(dir.path() / ".git");
    spit(dir.path() / "c.txt", "Third");
    spit(dir.path() / "a.txt", "First");
    spit(dir.path() / "b_sub" / "deeper" / "x.htm", "<p>Second</p>");
    spit(dir.path() / "a.gold.json", R"({"doc": "a.txt"})");
    spit(dir.path() / "manifest.tsv", "a.txt\thttp://x\tTitle");
    spit(dir.path() / "README.md", "# Readme");
    spit(dir.path() / ".git" / "HEAD.txt", "ref: refs/heads/main");
    spit(dir.path() / ".hidden.txt", "Hidden");
    spit(dir.path() / "notes", "Plain text without an extension");
    spit(dir.path() / "picture.dat", "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR");
    ReadResult r = read_documents({dir.path().string()});
    INFO(dump(r));
    REQUIRE(r.documents.size() == 4);
    // Ids are the folder's name and the path under it; Document::path is absolute.
    const std::string folder = fs::canonical(dir.path()).filename().string();
    CHECK(r.documents[0].id == folder + "/a.txt");
    CHECK(r.documents[0].source == (dir.path() / "a.txt").string());
    CHECK(r.documents[0].path == (fs::canonical(dir.path()) / "a.txt").string());
    CHECK(r.documents[1].id == folder + "/b_sub/deeper/x.htm");
    CHECK(r.documents[1].text == "Second");
    CHECK(r.documents[2].id == folder + "/c.txt");
    CHECK(r.documents[3].id == folder + "/notes");
    CHECK(r.failed == 0);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].source == (dir.path() / "picture.dat").string());
    CHECK(r.diagnostics[0].message == "skipped: binary file (PNG image)");
}

TEST_CASE("documents come out in the order of the paths given") {
    ReadResult r = read_documents({sample("crlf.txt"), sample("bom_utf8.txt"), sample("cr_only.txt")});
    REQUIRE(r.documents.size() == 3);
    CHECK(r.documents[0].id == "crlf.txt");
    CHECK(r.documents[1].id == "bom_utf8.txt");
    CHECK(r.documents[2].id == "cr_only.txt");
}

TEST_CASE("special files are errors, never hangs: FIFO, symlink loop, dangling link") {
    TempDir dir;
    const std::string fifo = dir / "never.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    fs::create_symlink(dir / "loop_b.txt", dir / "loop_a.txt");
    fs::create_symlink(dir / "loop_a.txt", dir / "loop_b.txt");
    fs::create_symlink(dir / "nowhere.txt", dir / "dangling.txt");
    spit(dir.path() / "ok.txt", "Readable");

    SUBCASE("named explicitly") {
        ReadResult r = read_documents({fifo, dir / "loop_a.txt", dir / "dangling.txt"});
        INFO(dump(r));
        CHECK(r.documents.empty());
        CHECK(r.failed == 3);
        REQUIRE(r.diagnostics.size() == 3);
        CHECK(r.diagnostics[0].message == "not a regular file");
        CHECK(r.diagnostics[1].message.find("cannot access: ") == 0);
        CHECK(r.diagnostics[2].message == "no such file or directory (dangling symbolic link)");
    }
    SUBCASE("met in a directory walk") {
        ReadResult r = read_documents({dir.path().string()});
        INFO(dump(r));
        REQUIRE(r.documents.size() == 1);
        CHECK(r.documents[0].id == fs::canonical(dir.path()).filename().string() + "/ok.txt");
        CHECK(find_diagnostic(r, "skipped: not a regular file") != nullptr);
        CHECK(find_diagnostic(r, "cannot access: ") != nullptr);
    }
}

TEST_CASE("an unreadable file is an Error naming it with the system's reason") {
    if (::geteuid() == 0) return;  // root reads everything
    TempDir dir;
    const std::string path = dir / "secret.txt";
    spit(path, "Secret text");
    fs::permissions(path, fs::perms::none);
    ReadResult r = read_documents({path});
    INFO(dump(r));
    CHECK(r.failed == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].source == path);
    CHECK(r.diagnostics[0].message == "cannot open: Permission denied");
}

TEST_CASE("a path that cannot be resolved is an Error with the system's reason") {
    const std::string through_file = sample("crlf.txt") + "/child.txt";
    ReadResult r = read_documents({through_file});
    CHECK(r.failed == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].source == through_file);
    CHECK(r.diagnostics[0].message == "cannot access: Not a directory");
}

TEST_CASE("file names with control characters or ill-formed UTF-8 are escaped in ids and sources") {
    TempDir dir;
    spit(dir.path() / "line\nbreak.txt", "Some text");
    spit(dir.path() / "bad\xFFname.txt", "Other text");
    ReadResult r = read_documents({dir.path().string()});
    INFO(dump(r));
    REQUIRE(r.documents.size() == 2);
    const std::string folder = fs::canonical(dir.path()).filename().string() + "/";
    CHECK(r.documents[0].id == folder + "bad\\xFFname.txt");
    CHECK(r.documents[1].id == folder + "line\\nbreak.txt");
    CHECK(r.documents[1].path == (fs::canonical(dir.path()) / "line\nbreak.txt").string());
    CHECK(r.documents[1].source == dir / "line\\nbreak.txt");
}

TEST_CASE("files above the size limit are refused before reading") {
    ReadOptions options;
    options.max_file_bytes = 100;
    ReadResult r = read_documents({sample("crlf.txt")}, options);
    CHECK(r.documents.empty());
    CHECK(r.failed == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "too large: 171 bytes (the limit is 100)");
}

// ---------------------------------------------------------------- plain text samples

TEST_CASE("a text document has its base name as id, the path as source and its first line as title") {
    const kg::Document d = read_one("no_trailing_newline.txt");
    CHECK(d.id == "no_trailing_newline.txt");
    CHECK(d.source == sample("no_trailing_newline.txt"));
    CHECK(d.title == kDuplicateText.substr(0, kDuplicateText.size() - 1));
    CHECK(d.date.empty());
    CHECK(d.text.back() == '.');
}

TEST_CASE("empty and blank files give a warning and no document") {
    for (const char* name : {"empty.txt", "single_newline.txt", "whitespace_only.txt"}) {
        CAPTURE(name);
        ReadResult r = read_documents({sample(name)});
        CHECK(r.documents.empty());
        CHECK(r.failed == 0);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Warning);
        CHECK(r.diagnostics[0].source == sample(name));
        CHECK(r.diagnostics[0].message ==
              (std::string(name) == "empty.txt" ? "skipped: empty file" : "skipped: no text (only white space)"));
    }
}

TEST_CASE("binary files are skipped with a warning, never read as text") {
    const std::vector<std::pair<const char*, const char*>> cases{
        {"fake_pdf.pdf", "PDF document"},         {"fake_png.png", "PNG image"},
        {"elf_header_only.bin", "ELF executable"}, {"gzipped_text.txt.gz", "gzip data"},
        {"all_bytes_0_255.bin", "binary data"},    {"binary_with_text.bin", "binary data"},
    };
    for (const auto& c : cases) {
        const std::string name = c.first;
        const std::string kind = c.second;
        CAPTURE(name);
        ReadResult r = read_documents({sample(name)});
        CHECK(r.documents.empty());
        CHECK(r.failed == 0);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Warning);
        CHECK(r.diagnostics[0].message == std::string("skipped: binary file (") + kind + ")");
    }
}

TEST_CASE("random bytes are binary even with a .txt name") {
    std::string bytes(65536, '\0');
    std::uint32_t state = 12345;
    for (char& c : bytes) {
        state = state * 1103515245u + 12345u;
        c = static_cast<char>(state >> 24);
    }
    ReadResult r = read_buffer(bytes, "random.txt");
    CHECK(r.documents.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "skipped: binary file (binary data)");
}

TEST_CASE("UTF-16 and UTF-32 with a BOM are transcoded to the same text as the UTF-8 original") {
    for (const char* name : {"utf16le_bom.txt", "utf16be_bom.txt", "utf32le_bom.txt"}) {
        CAPTURE(name);
        ReadResult r;
        const kg::Document d = read_one(name, &r);
        CHECK(d.text == kDuplicateText);
        CHECK(r.diagnostics.empty());
    }
}

TEST_CASE("UTF-16LE without a BOM is recognised by its NUL pattern, decoded and flagged") {
    ReadResult r;
    const kg::Document d = read_one("utf16le_no_bom.txt", &r);
    CHECK(d.text == kDuplicateText);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].message == "no byte-order mark; decoded as UTF-16LE");
}

TEST_CASE("CRLF, BOM and NFD variants of a document read as the same text") {
    const std::string original = read_one("duplicate_a.txt").text;
    CHECK(original == kDuplicateText);
    CHECK(read_one("duplicate_c_crlf_variant.txt").text == original);
    CHECK(read_one("duplicate_d_bom_variant.txt").text == original);
    const std::string nfc = read_one("duplicate_e_nfd_variant.txt").text;
    CHECK(nfc.find("Gen\xC3\xA8va") != std::string::npos);  // composed è
    CHECK(read_one("bom_utf8.txt").text == original);
    CHECK(read_one("bom_utf8_twice.txt").text == "\xEF\xBB\xBF" + original);
}

TEST_CASE("line endings are normalised to LF") {
    CHECK(read_one("crlf.txt").text.find('\r') == std::string::npos);
    const std::string cr = read_one("cr_only.txt").text;
    CHECK(cr.find('\r') == std::string::npos);
    CHECK(count(cr, "\n") == 3);
    CHECK(read_one("mixed_line_endings.txt").text ==
          "LF line\nCRLF line\nCR line\nLF CR line\n\nNEL line\nU+2028 line\nU+2029 para\nend\nVT\nFF\n");
}

TEST_CASE("NUL and control characters are removed and counted") {
    ReadResult r;
    const kg::Document nul = read_one("nul_bytes.txt", &r);
    CHECK(nul.text.find('\0') == std::string::npos);
    CHECK(nul.text.find("Geneva\n") != std::string::npos);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "removed 5 control character(s), the first at byte 21");

    const kg::Document ctl = read_one("control_chars.txt", &r);
    for (const char c : ctl.text) {
        const auto b = static_cast<unsigned char>(c);
        CHECK((b >= 0x20 || b == '\t' || b == '\n'));
        CHECK(b != 0x7F);
    }
    CHECK(ctl.text.find("\xC2\x80") == std::string::npos);
    CHECK(ctl.text.find("Minister Keller (control chars inside a name)") != std::string::npos);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("removed 41 control character(s)") == 0);
}

TEST_CASE("ill-formed UTF-8 samples become U+FFFD with one warning each") {
    const std::vector<std::pair<const char*, const char*>> cases{
        {"utf8_invalid_bytes.txt", "replaced 7 ill-formed sequence(s) with U+FFFD, the first at byte 11"},
        {"utf8_overlong.txt", "replaced 17 ill-formed sequence(s) with U+FFFD, the first at byte 18"},
        {"utf8_surrogates.txt", "replaced 12 ill-formed sequence(s) with U+FFFD, the first at byte 28"},
        {"utf8_out_of_range.txt", "replaced 19 ill-formed sequence(s) with U+FFFD, the first at byte 16"},
        {"mixed_encodings.txt", "replaced 7 ill-formed sequence(s) with U+FFFD, the first at byte 67"},
    };
    for (const auto& c : cases) {
        const std::string name = c.first;
        const std::string message = c.second;
        CAPTURE(name);
        ReadResult r;
        const kg::Document d = read_one(name, &r);
        CHECK(d.text.find(kFFFD) != std::string::npos);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Warning);
        CHECK(r.diagnostics[0].source == sample(name));
        CHECK(r.diagnostics[0].message == std::string("invalid UTF-8: ") + message);
    }
    // Overlongs never decode to the ASCII they spell.
    const std::string overlong = read_one("utf8_overlong.txt").text;
    CHECK(overlong.find("'<': <") == std::string::npos);
    CHECK(overlong.find(std::string(kFFFD) + kFFFD + "script" + kFFFD + kFFFD) != std::string::npos);
    CHECK(overlong.find('/') == std::string::npos);
    CHECK(read_one("utf8_surrogates.txt").text.find("(valid UTF-8 is \xF0\x9F\x98\x80)") != std::string::npos);
}

TEST_CASE("valid but unusual characters are kept in the text") {
    ReadResult r;
    CHECK(read_one("unicode_noncharacters.txt", &r).text.find("\xEF\xBF\xBE") != std::string::npos);
    CHECK(r.diagnostics.empty());
    CHECK(read_one("bidi_overrides.txt").text.find("\xE2\x80\xAE") != std::string::npos);  // RLO
    CHECK(read_one("zero_width_and_invisible.txt").text.find("Anna\xE2\x80\x8D" "Keller") != std::string::npos);
    CHECK(read_one("bom_in_middle.txt").text.find("Anna\xEF\xBB\xBFKeller") != std::string::npos);
}

TEST_CASE("a 10 MB single-line file is read quickly with a bounded title") {
    TempDir dir;
    std::string big;
    big.reserve(10u << 20);
    while (big.size() < (10u << 20)) big += "The Ministry of Foreign Affairs announced that Minister Keller met Moreau. ";
    spit(dir.path() / "long_line_10mb.txt", big);
    const auto start = std::chrono::steady_clock::now();
    ReadResult r = read_documents({dir / "long_line_10mb.txt"});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text.size() == big.size());
    CHECK(r.documents[0].title.size() <= 300);
    CHECK(r.documents[0].title.find("The Ministry of Foreign Affairs") == 0);
    CHECK(seconds < 10.0);
}

// ---------------------------------------------------------------- HTML

TEST_CASE("HTML keeps visible text and drops script, style, noscript, template and comments") {
    ReadResult r;
    const kg::Document d = read_one("html_script_style.html", &r);
    CHECK(d.title == "Minister Keller visits Geneva");
    CHECK(d.text.find("Foreign Minister Anna Keller met Ambassador Jean-Luc Moreau.") == 0);
    CHECK(d.text.find("Text after a stray close tag and an unclosed bold\nParagraph two") != std::string::npos);
    for (const char* hidden : {"Fake Person", "Minister Hidden", "Evil Injected", "Script Person", "JSON-LD",
                               "Noscript", "Template", "OnClick", "Href", "Alt Text", "Commented", "CDATA",
                               "Iframe", "svg script", "Minister SVG", "alert"}) {
        CAPTURE(hidden);
        CHECK(d.text.find(hidden) == std::string::npos);
    }
    CHECK(r.diagnostics.empty());
}

TEST_CASE("HTML entities are decoded once, numeric C1 references as windows-1252") {
    const kg::Document d = read_one("html_entities.html");
    CHECK(d.text.find("Named: Smith & Sons, <tag>, \"quoted\", 'apos', café, Zürich, \xC2\xA0nbsp, — € …") == 0);
    CHECK(d.text.find("Numeric: A A A A \xF0\x9F\x98\x80 \xF0\x9F\x98\x80") != std::string::npos);
    CHECK(d.text.find("C1 € € Ÿ") != std::string::npos);
    CHECK(d.text.find("Double-escaped: &lt;script&gt; &amp;") != std::string::npos);
    CHECK(d.text.find("Attribute entities") != std::string::npos);
    CHECK(d.text.find('\0') == std::string::npos);
    CHECK(d.title == d.text.substr(0, d.text.find('\n')));  // no <title>: the first line
}

TEST_CASE("HTML without a charset that is not UTF-8 is decoded as windows-1252 and flagged") {
    ReadResult r;
    const kg::Document d = read_one("html_latin1_no_meta.html", &r);
    CHECK(d.text == "Minister François Müller (Latin-1 bytes, no charset declared)");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].message == "no charset declared and the bytes are not UTF-8; decoded as windows-1252");
}

TEST_CASE("HTML honours its meta charset label, like browsers, without stopping at unmapped bytes") {
    const kg::Document d = read_one("html_charset_mismatch.html");
    CHECK(d.text.find("Z\xC3\x83\xC2\xBCrich") != std::string::npos);  // UTF-8 bytes read as windows-1252
    CHECK(d.text.find("Real windows-1252 bytes: “Treaty” € é") != std::string::npos);
}

TEST_CASE("empty HTML gives a warning and no document") {
    ReadResult r = read_documents({sample("html_empty.html")});
    CHECK(r.documents.empty());
    CHECK(r.failed == 0);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].message == "skipped: no text");
}

TEST_CASE("XHTML with entity declarations (billion laughs, XXE) is rejected without expanding anything") {
    for (const char* name : {"xhtml_billion_laughs.xhtml", "xhtml_xxe.xhtml"}) {
        CAPTURE(name);
        ReadResult r = read_documents({sample(name)});
        INFO(dump(r));
        CHECK(r.documents.empty());
        CHECK(r.failed == 1);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Error);
        CHECK(r.diagnostics[0].source == sample(name));
        CHECK(r.diagnostics[0].message ==
              "rejected: DOCTYPE with an internal subset (entity declarations are not allowed)");
    }
}

TEST_CASE("100 000 nested divs are walked without recursion") {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "Minister Deep";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    html += "</body></html>";
    ReadResult r = read_buffer(html, "html_deep_nesting.html");
    INFO(dump(r));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "Minister Deep");
}

TEST_CASE("an element with 50 000 attributes is capped instead of taking quadratic time") {
    std::string html = "<html><body><p";
    for (int i = 0; i < 50000; ++i) html += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
    html += ">Minister Attributes</p></body></html>";
    const auto start = std::chrono::steady_clock::now();
    ReadResult r = read_buffer(html, "html_many_attributes.html");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "Minister Attributes");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "dropped 49936 attribute(s) beyond 64 per element");
    CHECK(seconds < 5.0);
}

TEST_CASE("5 000 unclosed inline tags keep all their text") {
    std::string html = "<html><body>";
    for (int i = 0; i < 5000; ++i) html += "<p><b><i><span>Minister Unclosed ";
    ReadResult r = read_buffer(html, "html_unclosed_tags.html");
    REQUIRE(r.documents.size() == 1);
    CHECK(count(r.documents[0].text, "Minister Unclosed") == 5000);
}

TEST_CASE("HTML block elements end lines and inline ones do not") {
    const std::string html =
        "<html><head><title> Press\n  release </title><meta name=\"date\" content=\"2024-03-05\"></head><body>"
        "<header>Site header</header><nav><a>Home</a></nav>"
        "<h1>Japan-Australia   Foreign Ministers'\nMeeting</h1><p>On <b>March 5</b>, Minister "
        "<i>Kamikawa</i>&nbsp;met<br>Minister Wong.</p><ul><li>One</li><li>Two</li></ul>"
        "<table><tr><td>A</td><td>B</td></tr></table><pre>  keep\n    spacing</pre>"
        "<footer>Copyright</footer></body></html>";
    ReadResult r = read_buffer(html, "page.html");
    INFO(dump(r));
    REQUIRE(r.documents.size() == 1);
    const kg::Document& d = r.documents[0];
    CHECK(d.id == "page.html");
    CHECK(d.title == "Press release");
    CHECK(d.date == "2024-03-05");
    CHECK(d.text ==
          "Japan-Australia Foreign Ministers' Meeting\nOn March 5, Minister Kamikawa\xC2\xA0met\nMinister Wong.\n"
          "One\nTwo\nA B\n  keep\n    spacing");
}

TEST_CASE("HTML dates come from the usual meta names and are cut to YYYY-MM-DD") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"(<meta property="article:published_time" content="2023-11-02T10:00:00+09:00">)", "2023-11-02"},
        {R"(<meta name="DC.date.issued" content="2022/4/7">)", "2022-04-07"},
        {R"(<meta itemprop="datePublished" content="20210131">)", "2021-01-31"},
        {R"(<meta name="date" content="not a date">)", ""},
        {R"(<meta name="date" content="2023-02-30">)", ""},
        {R"(<meta name="description" content="2020-01-01">)", ""},
    };
    for (const auto& c : cases) {
        const std::string& meta = c.first;
        const std::string& date = c.second;
        CAPTURE(meta);
        ReadResult r = read_buffer("<html><head>" + meta + "</head><body><p>Text</p></body></html>", "d.html");
        REQUIRE(r.documents.size() == 1);
        CHECK(r.documents[0].date == date);
    }
}

TEST_CASE("HTML in UTF-16 with a BOM is transcoded before parsing") {
    const std::string utf8 = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zürich</p></body></html>";
    std::string utf16 = "\xFF\xFE";
    // Hand-encode: every character of the sample is in the BMP.
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        char16_t u = b;
        if (b >= 0xC0) {
            u = static_cast<char16_t>(((b & 0x1F) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F));
            i += 2;
        } else {
            ++i;
        }
        utf16 += static_cast<char>(u & 0xFF);
        utf16 += static_cast<char>(u >> 8);
    }
    ReadResult r = read_buffer(utf16, "u16.html");
    INFO(dump(r));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "Zürich");
}

// ---------------------------------------------------------------- JSON Lines

TEST_CASE("JSON Lines: one document per line, bad lines reported with their number, others kept") {
    TempDir dir;
    const std::string path = dir / "batch.jsonl";
    spit(path,
         "\xEF\xBB\xBF{\"id\": \"doc-1\", \"title\": \"First\", \"date\": \"2024-03-05\", \"url\": "
         "\"https://www.mofa.go.jp/x.html\", \"text\": \"Minister Keller met Moreau.\"}\r\n"
         "{\"text\": \"No id here\\r\\nsecond line\"}\n"
         "\n"
         "{\"text\": \"broken\"\n"
         "[1, 2]\n"
         "{\"title\": \"no text\"}\n"
         "{\"text\": 42}\n"
         "{\"id\": 7, \"text\": \"Numeric id, bad date\", \"date\": \"yesterday\"}\n"
         "{\"text\": \"bad \xFF byte\"}\n"
         "{\"text\": \"   \"}\n"
         "{\"text\": \"nul\\u0000 and lone \\uDFAA\"}\n");
    ReadResult r = read_documents({path});
    INFO(dump(r));
    REQUIRE(r.documents.size() == 4);
    CHECK(r.documents[0].id == "doc-1");
    CHECK(r.documents[0].title == "First");
    CHECK(r.documents[0].date == "2024-03-05");
    CHECK(r.documents[0].source == "https://www.mofa.go.jp/x.html");
    CHECK(r.documents[0].text == "Minister Keller met Moreau.");
    CHECK(r.documents[1].id == "batch.jsonl:2");
    CHECK(r.documents[1].source == path);
    CHECK(r.documents[1].title == "No id here");
    CHECK(r.documents[1].text == "No id here\nsecond line");
    CHECK(r.documents[2].id == "7");
    CHECK(r.documents[2].date.empty());
    CHECK(r.documents[3].id == "batch.jsonl:11");
    CHECK(r.documents[3].text == std::string("nul and lone ") + kFFFD + kFFFD + kFFFD);
    CHECK(r.failed == 5);

    auto expect = [&](std::size_t line, Severity severity, const std::string& message) {
        CAPTURE(line);
        const std::string where = path + ":" + std::to_string(line);
        bool found = false;
        for (const Diagnostic& d : r.diagnostics) {
            if (d.source == where && d.severity == severity && d.message.find(message) == 0) found = true;
        }
        CHECK(found);
    };
    expect(4, Severity::Error, "invalid JSON at column 18: Missing a comma or '}' after an object member.");
    expect(5, Severity::Error, "expected a JSON object, got an array");
    expect(6, Severity::Error, "missing field \"text\"");
    expect(7, Severity::Error, "field \"text\" must be a string, got a number");
    expect(8, Severity::Warning, "field \"date\" is not a date (YYYY-MM-DD); ignored");
    expect(9, Severity::Error, "invalid JSON at column 15: Invalid encoding in string.");
    expect(10, Severity::Warning, "skipped: no text");
    expect(11, Severity::Warning, "removed 1 control character(s)");
    expect(11, Severity::Warning, "invalid UTF-8: replaced");
}

TEST_CASE("JSON Lines field names are configurable") {
    ReadOptions options;
    options.jsonl.text = "body";
    options.jsonl.id = "key";
    options.jsonl.title = "headline";
    options.jsonl.date = "published";
    options.jsonl.url = "link";
    ReadResult r = read_buffer(
        R"({"key": "k1", "headline": "Head", "published": "2020-01-02", "link": "http://a/b", "body": "Body text", "text": "ignored"})",
        "x.jsonl", InputFormat::Auto, options);
    INFO(dump(r));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].id == "k1");
    CHECK(r.documents[0].title == "Head");
    CHECK(r.documents[0].date == "2020-01-02");
    CHECK(r.documents[0].source == "http://a/b");
    CHECK(r.documents[0].text == "Body text");
}

TEST_CASE("JSON Lines nested deeper than the cap is an error, not a crash") {
    std::string line = "{\"text\": \"x\", \"deep\": ";
    for (int i = 0; i < 100000; ++i) line += '[';
    for (int i = 0; i < 100000; ++i) line += ']';
    line += "}\n{\"text\": \"after\"}\n";
    ReadResult r = read_buffer(line, "deep.jsonl");
    INFO(dump(r));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "after");
    CHECK(r.failed == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].source == "deep.jsonl:1");
    CHECK(r.diagnostics[0].message.find("JSON nested deeper than 64 levels") == 0);
}

// ---------------------------------------------------------------- in-memory input

TEST_CASE("read_buffer reads in-memory input like a file of that name") {
    CHECK(read_buffer("plain words", "a.txt").documents.at(0).text == "plain words");
    CHECK(read_buffer("<p>markup</p>", "page", InputFormat::Html).documents.at(0).text == "markup");
    CHECK(read_buffer("  <p>sniffed</p>", "-", InputFormat::Auto).documents.at(0).text == "  <p>sniffed</p>");
    ReadResult empty = read_buffer("", "nothing.txt");
    CHECK(empty.documents.empty());
    REQUIRE(empty.diagnostics.size() == 1);
    CHECK(empty.diagnostics[0].message == "skipped: empty file");
}

}  // TEST_SUITE

TEST_CASE("each_file hands over each file's documents and diagnostics as they are read") {
    TempDir dir;
    spit(dir.path() / "a.txt", "First");
    spit(dir.path() / "b.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\"}\nnot json\n");
    spit(dir.path() / "c.txt", "Third");
    std::vector<std::size_t> documents_per_call, diagnostics_per_call;
    ReadOptions options;
    options.each_file = [&](ReadResult& part) {
        documents_per_call.push_back(part.documents.size());
        diagnostics_per_call.push_back(part.diagnostics.size());
    };
    const ReadResult r = read_documents({dir.path().string(), (dir.path() / "missing.txt").string()}, options);
    CHECK(documents_per_call == std::vector<std::size_t>{1, 2, 1, 0});
    CHECK(diagnostics_per_call == std::vector<std::size_t>{0, 1, 0, 1});  // the bad line; the missing file
    CHECK(r.documents.empty());
    CHECK(r.diagnostics.empty());
    CHECK(r.failed == 2);
}
