// Press releases saved from a browser read like their plain text: every corpus text
// (tests/data/corpus/*.txt) is wrapped in varied, realistic page templates (navigation,
// header and footer, scripts, styles, comments, entities, <p>/<br>/<li> structure,
// windows-1252 or UTF-8, CRLF, wrapped source lines), cycled to a few thousand pages, and
// each page must give the same entities and meetings as its text.

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/reader.h"

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kPages = 2400;
constexpr std::size_t kTemplates = 8;

struct CorpusText {
    std::string name;
    std::string bytes;
};

std::vector<CorpusText> corpus_texts() {
    std::vector<CorpusText> out;
    for (const fs::directory_entry& e : fs::directory_iterator(std::string(KG_TEST_DATA_DIR) + "/corpus")) {
        if (e.path().extension() != ".txt") continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        out.push_back({e.path().filename().string(), s.str()});
    }
    std::sort(out.begin(), out.end(), [](const CorpusText& a, const CorpusText& b) { return a.name < b.name; });
    return out;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string trim(const std::string& s) {
    const std::size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Length of the UTF-8 sequence starting with `lead`.
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    return 2;
}

std::uint32_t code_point(std::string_view s) {
    const auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])); };
    switch (s.size()) {
        case 1: return b(0);
        case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        default: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
}

// The windows-1252 byte for a code point, or 0 when it has none.
unsigned char windows1252(std::uint32_t cp) {
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<unsigned char>(cp);
    static const std::map<std::uint32_t, unsigned char> kHigh{
        {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
        {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
        {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
        {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
        {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
    const auto it = kHigh.find(cp);
    return it == kHigh.end() ? 0 : it->second;
}

// How a page spells text: which characters become entity references, and the charset.
struct Spelling {
    bool named_entities = false;    // ’ -> &rsquo;, – -> &ndash; ...
    bool numeric_entities = false;  // every non-ASCII character as &#NNNN; or &#xHHHH;
    bool windows1252 = false;       // bytes in windows-1252, the rest as numeric references
    std::mt19937* random = nullptr;
};

std::string escape(const std::string& text, const Spelling& how) {
    static const std::map<std::uint32_t, const char*> kNamed{
        {0x2019, "&rsquo;"}, {0x2018, "&lsquo;"}, {0x201C, "&ldquo;"}, {0x201D, "&rdquo;"}, {0x2013, "&ndash;"},
        {0x2014, "&mdash;"}, {0x2022, "&bull;"},  {0x2026, "&hellip;"}, {0xE9, "&eacute;"},  {0xA0, "&nbsp;"}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
        const std::string_view ch(text.data() + i, n);
        i += n;
        const std::uint32_t cp = code_point(ch);
        if (ch == "&") { out += (how.random && (*how.random)() % 2) ? "&#38;" : "&amp;"; continue; }
        if (ch == "<") { out += "&lt;"; continue; }
        if (ch == ">") { out += "&gt;"; continue; }
        if (cp < 0x80) { out += ch; continue; }
        if (how.named_entities) {
            if (auto it = kNamed.find(cp); it != kNamed.end()) { out += it->second; continue; }
        }
        if (how.numeric_entities || (how.windows1252 && windows1252(cp) == 0)) {
            const bool hex = how.random && (*how.random)() % 2;
            std::ostringstream ref;
            if (hex) ref << "&#x" << std::hex << std::uppercase << cp << ';';
            else ref << "&#" << cp << ';';
            out += ref.str();
            continue;
        }
        if (how.windows1252) { out += static_cast<char>(windows1252(cp)); continue; }
        out += ch;
    }
    return out;
}

// Breaks a long paragraph over several source lines, as pretty-printers do; HTML
// collapses the line ends back into spaces.
std::string wrap_source(const std::string& html, std::size_t width) {
    std::string out;
    std::size_t column = 0;
    for (char c : html) {
        if (c == ' ' && column >= width) {
            out += "\n        ";
            column = 8;
            continue;
        }
        out += c;
        ++column;
    }
    return out;
}

bool is_list_item(const std::string& line) {
    const std::string t = trim(line);
    if (t.rfind("\xE2\x80\xA2", 0) == 0 || t.rfind("- ", 0) == 0) return true;
    return t.size() > 2 && std::isdigit(static_cast<unsigned char>(t[0])) && (t[1] == '.' || t[1] == ')');
}

// Inline markup around a word now and then: <a>, <strong>, <span>, which add no breaks.
std::string decorate(const std::string& escaped, std::mt19937& random) {
    if (random() % 3 != 0) return escaped;
    const std::size_t space = escaped.find(' ', escaped.size() / 3);
    if (space == std::string::npos) return escaped;
    const std::size_t end = escaped.find(' ', space + 1);
    if (end == std::string::npos) return escaped;
    static const char* const kOpen[] = {"<a href=\"/press/index.html?x=1&amp;y=2\">", "<strong>", "<span class=\"hl\">",
                                        "<em>"};
    static const char* const kClose[] = {"</a>", "</strong>", "</span>", "</em>"};
    const std::size_t k = random() % 4;
    return escaped.substr(0, space + 1) + kOpen[k] + escaped.substr(space + 1, end - space - 1) + kClose[k] +
           escaped.substr(end);
}

const char* const kNav =
    "<nav class=\"global\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/press/\">Press Releases</a></li>"
    "<li><a href=\"/region/\">Countries &amp; Regions</a></li><li>Foreign Policy</li></ul></nav>\n";
const char* const kHeader =
    "<header><div class=\"logo\">Ministry of Foreign Affairs of Japan</div>"
    "<form action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form></header>\n";
const char* const kFooter =
    "<footer><p>&copy; Ministry of Foreign Affairs of Japan</p><p>Kasumigaseki 2-2-1, Chiyoda-ku, Tokyo</p>"
    "<nav><a href=\"/policy/\">Privacy Policy</a> | <a href=\"/sitemap/\">Site Map</a></nav></footer>\n";
const char* const kScripts =
    "<script>window.dataLayer = window.dataLayer || []; var s = \"</p><p>Prime Minister Fake Person</p>\";"
    " if (a < b && c > d) { gtag('js', new Date()); }</script>\n"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Mr. Hidden Author\"}</script>\n"
    "<noscript><p>Please enable JavaScript, President Noscript Person.</p></noscript>\n";
const char* const kStyle =
    "<style>body{font-family:sans-serif} p > a:hover{color:#c00} .x::before{content:\"Secretary Style\"}</style>\n";

// One page for `text` in template `t` (0..kTemplates-1). `date` is the text's own date
// (from extraction) or empty: some templates state it in <meta>.
std::string make_page(const std::string& text, std::size_t t, const std::string& date, std::mt19937& random) {
    Spelling how;
    how.random = &random;
    how.named_entities = t == 1 || t == 5;
    how.numeric_entities = t == 2;
    how.windows1252 = t == 3 || t == 6;
    const std::vector<std::string> lines = lines_of(text);
    std::string title;
    for (const std::string& l : lines)
        if (!trim(l).empty()) { title = trim(l); break; }

    std::string head;
    switch (t % 4) {
        case 0: head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"; break;
        case 1: head = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                       "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\">\n<head>\n"
                       "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n";
            break;
        case 2: head = "<html><head>\n"; break;  // no charset: UTF-8 by sniffing
        default:
            head = std::string("<!doctype html><html><head><meta charset=\"") +
                   (how.windows1252 ? "windows-1252" : "utf-8") + "\">\n";
            break;
    }
    if (how.windows1252 && t % 4 != 3) head += "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n";
    head += "<title>" + escape(title, how) + " | Ministry of Foreign Affairs of Japan</title>\n";
    if (!date.empty() && t % 2 == 0) head += "<meta name=\"dc.date\" content=\"" + date + "\">\n";
    head += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    if (t != 4) head += kStyle;
    if (t != 7) head += kScripts;
    head += "<!-- Google Tag Manager --><link rel=\"stylesheet\" href=\"/css/common.css\">\n</head>\n";

    std::string body = "<body class=\"press\">\n";
    if (t != 2) body += kHeader;
    body += kNav;
    body += t == 6 ? "<table class=\"layout\"><tr><td class=\"main\">\n" : "<main id=\"content\"><article>\n";
    if (t == 5) body += "<div class=\"breadcrumb\"><!-- Top > Press > This page --></div>\n";

    bool first = true;
    bool in_list = false;
    bool in_paragraph = false;  // template 4: a paragraph's lines joined with <br>
    for (const std::string& raw : lines) {
        const std::string line = trim(raw);
        if (line.empty()) {
            if (in_list) { body += "</ul>\n"; in_list = false; }
            if (in_paragraph) { body += "</p>\n"; in_paragraph = false; }
            continue;
        }
        std::string html = decorate(escape(line, how), random);
        if (t == 0 || t == 5) html = wrap_source(html, 70);
        if (first) {
            body += "<h1 class=\"title\">" + html + "</h1>\n";
            first = false;
            continue;
        }
        if (is_list_item(line) && t != 7) {
            if (in_paragraph) { body += "</p>\n"; in_paragraph = false; }
            if (!in_list) { body += "<ul class=\"items\">\n"; in_list = true; }
            body += "  <li>" + html + "</li>\n";
            continue;
        }
        if (in_list) { body += "</ul>\n"; in_list = false; }
        switch (t) {
            case 4:
                if (in_paragraph) body += "<br>\n" + html;
                else { body += "<p>" + html; in_paragraph = true; }
                break;
            case 6: body += html + "<br><br>\n"; break;  // old table layout: breaks, no <p>
            case 3: body += "<div class=\"text\">" + html + "</div>\n"; break;
            case 7: body += "<p>" + html + "\n"; break;  // unclosed <p>, as old pages do
            default: body += "<p>" + html + "</p>\n"; break;
        }
    }
    if (in_list) body += "</ul>\n";
    if (in_paragraph) body += "</p>\n";
    body += t == 6 ? "</td></tr></table>\n" : "</article></main>\n";
    body += "<div class=\"pagetop\" hidden></div>\n";
    body += kFooter;
    body += "<script src=\"/js/common.js\"></script>\n</body>\n</html>\n";

    std::string page = head + body;
    if (t == 5) {  // saved on Windows
        std::string crlf;
        for (char c : page) {
            if (c == '\n') crlf += '\r';
            crlf += c;
        }
        page.swap(crlf);
    }
    return page;
}

// What must agree between the text and the page: entity (type, name) pairs, and each
// meeting's participants, date, mode and status.
struct Facts {
    std::set<std::string> entities;
    std::multiset<std::string> meetings;
};

Facts facts_of(const kg::DocumentExtraction& x) {
    Facts f;
    for (const kg::Entity& e : x.entities) f.entities.insert(std::string(kg::to_string(e.type)) + " " + e.name);
    for (const kg::Meeting& m : x.meetings) {
        std::vector<std::string> who;
        for (std::size_t p : m.participants) who.push_back(x.entities[p].name);
        std::sort(who.begin(), who.end());
        std::string key = m.date + " " + std::string(kg::to_string(m.mode)) + " " +
                          std::string(kg::to_string(m.status)) + ":";
        for (const std::string& w : who) key += " " + w;
        f.meetings.insert(key);
    }
    return f;
}

std::string join(const auto& items) {
    std::string out;
    for (const std::string& s : items) out += "  " + s + "\n";
    return out;
}

}  // namespace

TEST_SUITE("badinput") {
TEST_CASE("thousands of saved HTML pages give the same entities and meetings as their plain texts") {
    const std::vector<CorpusText> texts = corpus_texts();
    REQUIRE(texts.size() >= 20);
    const kg::extract::Gazetteer gazetteer = kg::extract::Gazetteer::load_default();
    const kg::extract::Extractor extractor(gazetteer);

    std::vector<Facts> expected;
    std::vector<std::string> dates;
    for (const CorpusText& t : texts) {
        kg::extract::ReadResult r = kg::extract::read_buffer(t.bytes, t.name, kg::extract::InputFormat::Text);
        REQUIRE(r.documents.size() == 1);
        const kg::DocumentExtraction x = extractor.extract(r.documents[0]);
        expected.push_back(facts_of(x));
        dates.push_back(x.document.date);
    }

    std::mt19937 random(20240405);
    std::size_t compared = 0, with_meetings = 0, mismatches = 0;
    for (std::size_t page = 0; page < kPages; ++page) {
        const std::size_t i = page % texts.size();
        const std::size_t t = (page / texts.size() + i) % kTemplates;
        const std::string html = make_page(texts[i].bytes, t, dates[i], random);
        const std::string name = texts[i].name.substr(0, texts[i].name.size() - 4) + ".html";
        kg::extract::ReadResult r = kg::extract::read_buffer(html, name, kg::extract::InputFormat::Html);
        INFO("page ", page, " from ", texts[i].name, " in template ", t);
        REQUIRE(r.documents.size() == 1);
        for (const kg::Diagnostic& d : r.diagnostics) CHECK_MESSAGE(false, d.source, ": ", d.message);
        const Facts got = facts_of(extractor.extract(r.documents[0]));
        const Facts& want = expected[i];
        ++compared;
        if (!want.meetings.empty()) ++with_meetings;
        if (got.entities != want.entities || got.meetings != want.meetings) {
            ++mismatches;
            if (mismatches <= 5) {  // the first few in full, then only the count
                CHECK_MESSAGE(got.entities == want.entities, "text:\n", join(want.entities), "page:\n",
                              join(got.entities));
                CHECK_MESSAGE(got.meetings == want.meetings, "text:\n", join(want.meetings), "page:\n",
                              join(got.meetings), "\n", r.documents[0].text);
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(compared == kPages);
    CHECK(with_meetings > kPages / 4);  // the comparison is about something
}
}
