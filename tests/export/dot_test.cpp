#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "export/detail/stable_ids.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "fixture.h"
#include "model/error.h"

using kg::output::ExportOptions;
using kg::output::detail::clean_text;
using kg::output::detail::dot_escstring;
using kg::output::detail::dot_unescstring;

namespace {

struct AgraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};

struct DocFreer {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string dot_of(const kg::graph::KnowledgeGraph& g, const ExportOptions& opt = {}) {
    std::ostringstream out;
    kg::output::write_dot(g, out, opt);
    return out.str();
}

std::string label_of(void* obj) {
    char name[] = "label";
    const char* v = agget(obj, name);
    return v ? v : "<no label>";
}

int run(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Concatenation of every text node under `n`.
void collect_text(xmlNode* n, std::string& out) {
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content) out += reinterpret_cast<const char*>(n->content);
        collect_text(n->children, out);
    }
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("write_dot output re-reads with agmemread and every label round-trips") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    const std::string dot = dot_of(g);
    std::unique_ptr<Agraph_t, AgraphCloser> parsed(agmemread(dot.c_str()));
    REQUIRE_MESSAGE(parsed, dot);
    CHECK(agnnodes(parsed.get()) == static_cast<int>(g.entities().size()));
    CHECK(agnedges(parsed.get()) == static_cast<int>(g.relations().size()));
    const std::vector<std::string> ids = kg::output::detail::stable_node_ids(g);
    for (const kg::EntityRecord& e : g.entities()) {
        std::string id = ids[e.id.value];
        Agnode_t* n = agnode(parsed.get(), id.data(), 0);
        REQUIRE_MESSAGE(n, id);
        const std::string label = label_of(n);
        CHECK(label == dot_escstring(e.name));
        std::string expected = clean_text(e.name);
        for (char& c : expected)
            if (c == '\t') c = ' ';
        CHECK(dot_unescstring(label) == expected);
    }
}

TEST_CASE("every hostile name reaches the graph and the DOT labels") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    const std::string dot = dot_of(g);
    for (const std::string& name : kg::test::hostile_names()) {
        bool found = false;
        // (an event is named as its instance: the year of the release that names it)
        for (const kg::EntityRecord& e : g.entities())
            found = found || e.name == name || (e.type == kg::EntityType::Event && e.name == name + " (2023)");
        CHECK_MESSAGE(found, name);
    }
    CHECK(dot.find("label=\"Ends With Backslash\\\\\"") != std::string::npos);
    CHECK(dot.find("label=\"-.5\"") != std::string::npos);
    CHECK(dot.find("label=\"node\"") != std::string::npos);
    CHECK(dot.find("\"person-ends-with-backslash\" -- \"person-taro-the-quote-yamada\"") != std::string::npos);
}

TEST_CASE("write_dot labels edges with relation and date and marks directed relations") {
    const std::string dot = dot_of(kg::test::tiny_graph());
    CHECK(dot.find("label=\"MET 2023-04-04\"") != std::string::npos);
    CHECK(dot.find("dir=\"forward\"") != std::string::npos);
    CHECK(dot.find("shape=\"box\"") != std::string::npos);      // the COUNTRY
    CHECK(dot.find("shape=\"ellipse\"") != std::string::npos);  // the people
}

TEST_CASE("write_dot puts the title in the graph label") {
    ExportOptions opt;
    opt.title = "Meetings \"2023\" \\ draft";
    const std::string dot = dot_of(kg::test::tiny_graph(), opt);
    std::unique_ptr<Agraph_t, AgraphCloser> parsed(agmemread(dot.c_str()));
    REQUIRE(parsed);
    CHECK(label_of(parsed.get()) == dot_escstring(opt.title));
    CHECK(dot_of(kg::test::tiny_graph()).find("graph [label") == std::string::npos);
}

TEST_CASE("the dot program accepts the DOT without a warning") {
    const std::string dir = kg::test::scratch_dir("dot_program");
    {
        std::ofstream f(dir + "/hostile.dot", std::ios::binary);
        kg::output::write_dot(kg::test::hostile_graph(), f);
    }
    CHECK(run("dot -Tsvg '" + dir + "/hostile.dot' -o '" + dir + "/hostile.svg' 2> '" + dir + "/stderr.txt'") == 0);
    CHECK(kg::test::slurp(dir + "/stderr.txt").empty());
    CHECK(kg::test::slurp(dir + "/hostile.svg").find("</svg>") != std::string::npos);
}

TEST_CASE("render produces well-formed SVG with the names and a legend and the title") {
    ExportOptions opt;
    opt.title = "Hostile <names> & \"friends\"";
    std::ostringstream out;
    kg::output::render(kg::test::hostile_graph(), "svg", out, opt);
    const std::string svg = out.str();
    std::unique_ptr<xmlDoc, DocFreer> doc(
        xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "render.svg", nullptr, XML_PARSE_NONET));
    REQUIRE(doc);
    std::string text;
    collect_text(xmlDocGetRootElement(doc.get()), text);
    CHECK(text.find("Legend") != std::string::npos);
    CHECK(text.find("PERSON") != std::string::npos);
    CHECK(text.find("LOCATION") != std::string::npos);
    CHECK(text.find(opt.title) != std::string::npos);
    CHECK(text.find("\xE6\x9E\x97 \xE8\x8A\xB3\xE6\xAD\xA3") != std::string::npos);
    CHECK(text.find("Ends With Backslash\\") != std::string::npos);
    CHECK(text.find("Fund <A&B> ]]> \\N end") != std::string::npos);
    CHECK(text.find("MET 2023-04-04") != std::string::npos);
}

TEST_CASE("render produces PNG and PDF") {
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    std::ostringstream png, pdf;
    kg::output::render(g, "png", png);
    kg::output::render(g, "pdf", pdf);
    CHECK(png.str().rfind("\x89PNG\r\n\x1A\n", 0) == 0);
    CHECK(pdf.str().rfind("%PDF-", 0) == 0);
}

TEST_CASE("render uses the requested layout engine") {
    ExportOptions opt;
    opt.layout = "neato";
    std::ostringstream out;
    kg::output::render(kg::test::tiny_graph(), "svg", out, opt);
    CHECK(out.str().find("</svg>") != std::string::npos);
}

TEST_CASE("render rejects an unknown format or layout engine") {
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    std::ostringstream out;
    CHECK_THROWS_WITH_AS(kg::output::render(g, "gif", out),
                         "render: unsupported format \"gif\" (expected svg, png or pdf)", kg::ExportError);
    ExportOptions opt;
    opt.layout = "no-such-engine";
    CHECK_THROWS_AS(kg::output::render(g, "svg", out, opt), kg::ExportError);
    try {
        kg::output::render(g, "svg", out, opt);
    } catch (const kg::ExportError& e) {
        CHECK(std::string(e.what()).rfind("render: layout engine \"no-such-engine\" is not available (have: ", 0) == 0);
    }
    CHECK(out.str().empty());
}

TEST_CASE("write_dot of an empty graph is a valid empty graph") {
    const std::string dot = dot_of(kg::graph::KnowledgeGraph{});
    std::unique_ptr<Agraph_t, AgraphCloser> parsed(agmemread(dot.c_str()));
    REQUIRE(parsed);
    CHECK(agnnodes(parsed.get()) == 0);
}
}

TEST_SUITE("export") {
TEST_CASE("a title agwrite would leave unquoted (-.) survives write_dot and dot") {
    ExportOptions opt;
    opt.title = "-.";
    const std::string dot = dot_of(kg::test::tiny_graph(), opt);
    std::unique_ptr<Agraph_t, AgraphCloser> parsed(agmemread(dot.c_str()));
    REQUIRE(parsed);
    CHECK(label_of(parsed.get()) == "-.");
    const std::string dir = kg::test::scratch_dir("dot_numeral_title");
    std::ofstream(dir + "/t.dot", std::ios::binary) << dot;
    CHECK(run("dot -Tsvg '" + dir + "/t.dot' -o /dev/null 2> '" + dir + "/stderr.txt'") == 0);
    CHECK(kg::test::slurp(dir + "/stderr.txt").empty());
}
}

TEST_SUITE("export") {
TEST_CASE("render lays out a graph of more than 150 nodes with a force-directed engine") {
    kg::DocumentExtraction x;
    x.document = kg::Document{"big", "mem://big", "Big", "2023-01-01", "text"};
    for (int i = 0; i < 160; ++i) {
        kg::Entity e;
        e.type = kg::EntityType::Organization;
        e.name = "Organisation number " + std::to_string(i);
        e.mentions.push_back(kg::Mention{kg::Span{0, 1}, e.name});
        x.entities.push_back(e);
        if (i > 0) {
            kg::Relation r;
            r.type = kg::RelationType::Supports;
            r.a = static_cast<std::size_t>(i - 1);
            r.b = static_cast<std::size_t>(i);
            r.evidence.push_back(kg::Evidence{"big", kg::Span{0, 1}, "test", 1.0});
            x.relations.push_back(r);
        }
    }
    kg::graph::KnowledgeGraph g;
    g.add(x);
    REQUIRE(g.entities().size() == 160);
    std::ostringstream out;
    kg::output::render(g, "svg", out);
    const std::string svg = out.str();
    std::unique_ptr<xmlDoc, DocFreer> doc(
        xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "big.svg", nullptr, XML_PARSE_NONET));
    REQUIRE(doc);
    CHECK(svg.find("Organisation number 159") != std::string::npos);
}
}

TEST_SUITE("export") {
TEST_CASE("render of an empty graph is still a valid SVG") {
    std::ostringstream out;
    kg::output::render(kg::graph::KnowledgeGraph{}, "svg", out);
    const std::string svg = out.str();
    std::unique_ptr<xmlDoc, DocFreer> doc(
        xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "empty.svg", nullptr, XML_PARSE_NONET));
    CHECK(doc);
}
}

namespace {

// Width and height in points from the <svg width="..pt" height="..pt"> header.
std::pair<double, double> svg_size(const std::string& svg) {
    const auto number_after = [&](const std::string& attr) {
        const auto at = svg.find(attr + "=\"");
        REQUIRE(at != std::string::npos);
        return std::stod(svg.substr(at + attr.size() + 2));
    };
    return {number_after("width"), number_after("height")};
}

std::string svg_text(const std::string& svg) {
    std::unique_ptr<xmlDoc, DocFreer> doc(
        xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "t.svg", nullptr, XML_PARSE_NONET));
    REQUIRE(doc);
    std::string text;
    collect_text(xmlDocGetRootElement(doc.get()), text);
    return text;
}

// `pairs` separate two-person meetings, plus `loners` entities with no relation.
kg::graph::KnowledgeGraph scattered_graph(int pairs, int loners) {
    kg::DocumentExtraction x;
    x.document = kg::Document{"s", "mem://s", "S", "2023-01-01", "text"};
    const auto add = [&](kg::EntityType t, std::string name) {
        kg::Entity e;
        e.type = t;
        e.name = std::move(name);
        e.mentions.push_back(kg::Mention{kg::Span{0, 1}, e.name});
        x.entities.push_back(e);
        return x.entities.size() - 1;
    };
    for (int i = 0; i < pairs; ++i) {
        kg::Relation r;
        r.type = kg::RelationType::Supports;
        r.a = add(kg::EntityType::Organization, "Agency " + std::to_string(i));
        r.b = add(kg::EntityType::Programme, "Programme " + std::to_string(i));
        r.date = "2023-02-0" + std::to_string(1 + i % 9);
        r.evidence.push_back(kg::Evidence{"s", kg::Span{0, 1}, "test", 1.0});
        x.relations.push_back(r);
    }
    for (int i = 0; i < loners; ++i) add(kg::EntityType::Country, "Lonely Republic " + std::to_string(i));
    kg::graph::KnowledgeGraph g;
    g.add(x);
    return g;
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("meetings as nodes join each meeting's participants through one small node") {
    ExportOptions opt;
    opt.meetings_as_nodes = true;
    const kg::graph::KnowledgeGraph g = kg::test::tiny_graph();
    const std::string dot = dot_of(g, opt);
    std::unique_ptr<Agraph_t, AgraphCloser> parsed(agmemread(dot.c_str()));
    REQUIRE(parsed);
    // Two dated meetings of Kamikawa and Wong: two meeting nodes, each with two spokes.
    int meeting_nodes = 0;
    for (Agnode_t* n = agfstnode(parsed.get()); n; n = agnxtnode(parsed.get(), n)) {
        const std::string name = agnameof(n);
        if (name.rfind("meeting-", 0) != 0) continue;
        ++meeting_nodes;
        CHECK(agdegree(parsed.get(), n, 1, 1) == 2);
        char xlabel[] = "xlabel";
        const char* date = agget(n, xlabel);
        REQUIRE(date);
        CHECK((std::string(date) == "2023-04-04" || std::string(date) == "2023-06-01"));
    }
    CHECK(meeting_nodes == 2);
    // No MET edge joins the two people directly any more; the ROLE edge stays.
    Agnode_t* kamikawa = agnode(parsed.get(), const_cast<char*>("person-yoko-kamikawa"), 0);
    Agnode_t* wong = agnode(parsed.get(), const_cast<char*>("person-penny-wong"), 0);
    REQUIRE(kamikawa);
    REQUIRE(wong);
    CHECK(agedge(parsed.get(), kamikawa, wong, nullptr, 0) == nullptr);
    CHECK(agnedges(parsed.get()) == 5);
    CHECK(dot.find("label=\"ROLE Foreign Minister\"") != std::string::npos);
}

TEST_CASE("render packs many small components into a drawing that is neither a strip nor a column") {
    ExportOptions opt;
    opt.title = "Scattered";
    std::ostringstream out;
    kg::output::render(scattered_graph(30, 0), "svg", out, opt);
    const auto [w, h] = svg_size(out.str());
    CHECK(std::max(w, h) / std::min(w, h) < 3.0);
    const std::string text = svg_text(out.str());
    CHECK(text.find("SUPPORTS 2023-02-01") != std::string::npos);  // edge labels survive packing
    CHECK(text.find("Agency 29") != std::string::npos);
}

TEST_CASE("render lists entities without relations in one note instead of scattering them") {
    std::ostringstream out;
    kg::output::render(scattered_graph(3, 12), "svg", out);
    const std::string svg = out.str();
    const std::string text = svg_text(svg);
    CHECK(text.find("Also mentioned, without relations here:") != std::string::npos);
    CHECK(text.find("COUNTRY: Lonely Republic 0, Lonely Republic 1") != std::string::npos);
    CHECK(svg.find("id=\"country-lonely-republic-7\"") == std::string::npos);  // no shape of its own
    CHECK(text.find("Lonely Republic 11") != std::string::npos);
    const auto [w, h] = svg_size(svg);
    CHECK(std::max(w, h) / std::min(w, h) < 3.0);
}

TEST_CASE("render puts the caption and what the drawing shows under the title") {
    ExportOptions opt;
    opt.title = "Tiny";
    opt.caption = "Source: tests (2 documents)";
    std::ostringstream out;
    kg::output::render(kg::test::tiny_graph(), "svg", out, opt);
    const std::string text = svg_text(out.str());
    CHECK(text.find("Tiny") != std::string::npos);
    CHECK(text.find("Source: tests (2 documents)") != std::string::npos);
    CHECK(text.find("3 entities, 3 relations, dated 2023-04-04 to 2023-06-01") != std::string::npos);
}

TEST_CASE("the legend names the entity types with their shapes and the relation types drawn") {
    std::ostringstream out;
    kg::output::render(kg::test::tiny_graph(), "svg", out);
    const std::string text = svg_text(out.str());
    CHECK(text.find("PERSON (ellipse)") != std::string::npos);
    CHECK(text.find("COUNTRY (box)") != std::string::npos);
    CHECK(text.find("MET") != std::string::npos);
    CHECK(text.find("ROLE \xE2\x86\x92") != std::string::npos);  // directed: "ROLE →"
    CHECK(text.find("EVENT") == std::string::npos);            // only types present
}

TEST_CASE("render wraps long names onto several lines") {
    kg::DocumentExtraction x;
    x.document = kg::Document{"w", "mem://w", "W", "2023-01-01", "text"};
    kg::Entity e;
    e.type = kg::EntityType::Event;
    e.name = "Japan-Ukraine Conference for Promotion of Economic Growth and Reconstruction";
    e.mentions.push_back(kg::Mention{kg::Span{0, 1}, e.name});
    x.entities.push_back(e);
    kg::graph::KnowledgeGraph g;
    g.add(x);
    std::ostringstream out;
    kg::output::render(g, "svg", out);
    const std::string text = svg_text(out.str());
    CHECK(text.find("Japan-Ukraine Conference for") != std::string::npos);
    CHECK(text.find("Japan-Ukraine Conference for Promotion") == std::string::npos);
}

TEST_CASE("a DOT export with a name of 70 000 characters lays out in dot without errors") {
    // Biden is written first (smallest id) and joined to the huge node and to Kishida:
    // at full size the huge node makes the edge to Kishida longer than Graphviz allows.
    kg::DocumentExtraction x;
    x.document = kg::Document{"d1", "mem://d1", "Long", "2024-01-01", "text"};
    for (const std::string& name : {std::string("Biden"), "K" + std::string(70000, 'a'), std::string("Kishida")}) {
        kg::Entity e;
        e.name = name;
        e.mentions.push_back(kg::Mention{kg::Span{0, 1}, name});
        x.entities.push_back(e);
    }
    for (std::size_t other : {1, 2}) {
        kg::Relation r;
        r.a = 0;
        r.b = other;
        r.evidence.push_back(kg::Evidence{"d1", kg::Span{0, 10}, "test-rule", 1.0});
        x.relations.push_back(r);
    }
    kg::graph::KnowledgeGraph g;
    g.add(x);
    const std::string dir = kg::test::scratch_dir("dot_huge_name");
    std::ofstream(dir + "/huge.dot", std::ios::binary) << dot_of(g);
    CHECK(run("dot -Tcanon '" + dir + "/huge.dot' > /dev/null 2> '" + dir + "/stderr.txt'") == 0);
    CHECK(kg::test::slurp(dir + "/stderr.txt").empty());
}
}

namespace {

// A chain of `n` organisations, each SUPPORTS the next.
kg::graph::KnowledgeGraph chain_graph(int n) {
    kg::DocumentExtraction x;
    x.document = kg::Document{"chain", "mem://chain", "Chain", "2023-01-01", "text"};
    for (int i = 0; i < n; ++i) {
        kg::Entity e;
        e.type = kg::EntityType::Organization;
        e.name = "Organisation number " + std::to_string(i);
        e.mentions.push_back(kg::Mention{kg::Span{0, 1}, e.name});
        x.entities.push_back(e);
        if (i > 0) {
            kg::Relation r;
            r.type = kg::RelationType::Supports;
            r.a = static_cast<std::size_t>(i - 1);
            r.b = static_cast<std::size_t>(i);
            r.evidence.push_back(kg::Evidence{"chain", kg::Span{0, 1}, "test", 1.0});
            x.relations.push_back(r);
        }
    }
    kg::graph::KnowledgeGraph g;
    g.add(x);
    return g;
}

// The graph attributes of a DOT text, read back through cgraph.
std::string graph_attr(const std::string& dot, const char* name) {
    std::unique_ptr<Agraph_t, AgraphCloser> g(agmemread(dot.c_str()));
    REQUIRE(g);
    std::string n = name;
    const char* v = agget(g.get(), n.data());
    return v ? v : "";
}

// The xlink:title of every <a> of an SVG, after XML parsing (so &#10; is a newline).
std::vector<std::string> svg_titles(const std::string& svg) {
    std::unique_ptr<xmlDoc, DocFreer> doc(
        xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "t.svg", nullptr, XML_PARSE_NONET));
    REQUIRE(doc);
    std::vector<std::string> out;
    std::vector<xmlNode*> todo = {xmlDocGetRootElement(doc.get())};
    while (!todo.empty()) {
        xmlNode* n = todo.back();
        todo.pop_back();
        for (xmlNode* c = n->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE) todo.push_back(c);
        if (n->type != XML_ELEMENT_NODE || std::string(reinterpret_cast<const char*>(n->name)) != "a") continue;
        xmlChar* t = xmlGetNsProp(n, reinterpret_cast<const xmlChar*>("title"),
                                  reinterpret_cast<const xmlChar*>("http://www.w3.org/1999/xlink"));
        if (!t) continue;
        out.emplace_back(reinterpret_cast<const char*>(t));
        xmlFree(t);
    }
    return out;
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("write_dot carries the layout engine and settings of kg's own drawing") {
    // Small: dot, left to right, as render() draws it.
    const std::string tiny = dot_of(kg::test::tiny_graph());
    CHECK(graph_attr(tiny, "layout") == "dot");
    CHECK(graph_attr(tiny, "rankdir") == "LR");
    CHECK(graph_attr(tiny, "nodesep") == "0.18");
    CHECK(graph_attr(tiny, "overlap").empty());

    // 160 nodes: render() goes force-directed, with packing and no overlaps; so does the file.
    const kg::graph::KnowledgeGraph big = chain_graph(160);
    const std::string dot = dot_of(big);
    const std::string engine = graph_attr(dot, "layout");
    CHECK((engine == "neato" || engine == "sfdp"));
    CHECK(graph_attr(dot, "overlap") == "false");
    CHECK(graph_attr(dot, "pack") == "24");
    CHECK(graph_attr(dot, "packmode") == "graph");
    CHECK(graph_attr(dot, "rankdir").empty());

    // Whichever program is run on the file, the file's engine lays it out.
    const std::string dir = kg::test::scratch_dir("dot_layout");
    std::ofstream(dir + "/big.dot", std::ios::binary) << dot;
    REQUIRE(run("dot -Tplain '" + dir + "/big.dot' > '" + dir + "/by-dot.txt' 2>/dev/null") == 0);
    REQUIRE(run("neato -Tplain '" + dir + "/big.dot' > '" + dir + "/by-neato.txt' 2>/dev/null") == 0);
    CHECK(kg::test::slurp(dir + "/by-dot.txt") == kg::test::slurp(dir + "/by-neato.txt"));

    // --layout chooses the engine of the file as of the drawing.
    ExportOptions opt;
    opt.layout = "neato";
    const std::string chosen = dot_of(kg::test::tiny_graph(), opt);
    CHECK(graph_attr(chosen, "layout") == "neato");
    CHECK(graph_attr(chosen, "overlap") == "false");
}

TEST_CASE("SVG tooltips break lines for real, not with a literal backslash-n") {
    const kg::graph::KnowledgeGraph g = kg::test::hostile_graph();
    const std::string yamada = "PERSON: Taro \"The Quote\" Yamada\naka T. \"Q\" Yamada, Yamada <Taro>";
    std::ostringstream svg;
    kg::output::render(g, "svg", svg);
    // Through the DOT file and the dot program, too.
    const std::string dir = kg::test::scratch_dir("dot_tooltips");
    std::ofstream(dir + "/hostile.dot", std::ios::binary) << dot_of(g);
    REQUIRE(run("dot -Tsvg '" + dir + "/hostile.dot' -o '" + dir + "/hostile.svg' 2>/dev/null") == 0);
    for (const std::string& text : {svg.str(), kg::test::slurp(dir + "/hostile.svg")}) {
        const std::vector<std::string> titles = svg_titles(text);
        CHECK(std::find(titles.begin(), titles.end(), yamada) != titles.end());
        // A name with a line break keeps it; a backslash in a name stays one backslash.
        CHECK(std::find(titles.begin(), titles.end(), "PERSON: Line One\nLine Two") != titles.end());
        CHECK(std::find(titles.begin(), titles.end(), "PERSON: Ends With Backslash\\") != titles.end());
        bool edge_tooltip = false;
        for (const std::string& t : titles) {
            CHECK_MESSAGE(t.find("\\n") == std::string::npos, t);
            if (t.rfind("MET 2023-04-04\nin -.5\nmode: in-person\ndocuments: ", 0) == 0) edge_tooltip = true;
        }
        CHECK(edge_tooltip);
    }
}
}
