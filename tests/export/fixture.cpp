#include "fixture.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "export/detail/stable_ids.h"

namespace kg::test {
namespace {

Entity entity(EntityType type, std::string name) {
    Entity e;
    e.type = type;
    e.name = std::move(name);
    e.mentions.push_back(Mention{Span{0, 1}, e.name});
    return e;
}

Relation relation(RelationType type, std::size_t a, std::size_t b, std::string date, const std::string& doc,
                  std::size_t begin) {
    Relation r;
    r.type = type;
    r.a = a;
    r.b = b;
    r.date = std::move(date);
    r.evidence.push_back(Evidence{doc, Span{begin, begin + 40}, "test-rule", 0.75});
    return r;
}

}  // namespace

std::vector<std::string> hostile_names() {
    return {
        "Taro \"The Quote\" Yamada",      // PERSON
        "Ends With Backslash\\",          // PERSON, trailing backslash
        "Line One\nLine Two",             // PERSON, newline
        "\xE6\x9E\x97 \xE8\x8A\xB3\xE6\xAD\xA3",  // PERSON 林 芳正
        "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xB3\xD9\x84\xD9\x85\xD8\xA7\xD9\x86",  // PERSON محمد سلمان (RTL)
        "node",                           // COUNTRY, DOT keyword
        "Fund <A&B> ]]> \\N end",         // ORGANIZATION, XML specials and a Graphviz escape
        "graph",                          // PROGRAMME, DOT keyword
        "strict",                         // EVENT, DOT keyword
        "-.5",                            // LOCATION, numeral-like ("-." alone has no name key)
        "edge",                           // ORGANIZATION, DOT keyword
        "Ctrl\x01\x07Name\x7F\xC2\x85 \xEF\xBF\xBE x",  // COUNTRY: C0, DEL, C1, U+FFFE
        "Bad \xFF\xC0\xAF UTF-8 'single' \\\\ C:\\dir",  // LOCATION: invalid UTF-8, quotes, backslashes
    };
}

graph::KnowledgeGraph hostile_graph() {
    const std::vector<std::string> n = hostile_names();
    DocumentExtraction x;
    x.document = Document{"doc<1>&\"", "mem://doc1", "Hostile", "2023-04-04", "text"};
    const EntityType types[] = {EntityType::Person,   EntityType::Person,       EntityType::Person,
                                EntityType::Person,   EntityType::Person,       EntityType::Country,
                                EntityType::Organization, EntityType::Programme, EntityType::Event,
                                EntityType::Location, EntityType::Organization, EntityType::Country,
                                EntityType::Location};
    for (std::size_t i = 0; i < n.size(); ++i) x.entities.push_back(entity(types[i], n[i]));
    x.entities[0].aliases = {"T. \"Q\" Yamada", "Yamada <Taro>"};

    Relation met = relation(RelationType::Met, 0, 1, "2023-04-04", x.document.id, 0);
    met.place = 9;
    met.attributes["mode"] = "in-person";
    x.relations.push_back(met);
    x.relations.push_back(relation(RelationType::Met, 2, 3, "2023-04-05", x.document.id, 50));
    x.relations.push_back(relation(RelationType::Met, 3, 4, "", x.document.id, 100));
    Relation role = relation(RelationType::Role, 0, 5, "", x.document.id, 150);
    role.attributes["title"] = "Minister \"for\" <Foreign> Affairs\\";
    x.relations.push_back(role);
    Relation gave = relation(RelationType::Contributed, 5, 7, "2023-05", x.document.id, 200);
    gave.attributes["amount"] = "USD 1,000,000";
    x.relations.push_back(gave);
    x.relations.push_back(relation(RelationType::Attended, 1, 8, "2023-04-06", x.document.id, 250));
    x.relations.push_back(relation(RelationType::Visited, 4, 9, "2023-04-07", x.document.id, 300));
    x.relations.push_back(relation(RelationType::MemberOf, 11, 6, "", x.document.id, 350));
    x.relations.push_back(relation(RelationType::MemberOf, 5, 10, "", x.document.id, 400));
    x.relations.push_back(relation(RelationType::Visited, 2, 12, "2023-04-08", x.document.id, 450));

    graph::KnowledgeGraph g;
    g.add(x);
    return g;
}

graph::KnowledgeGraph tiny_graph() {
    DocumentExtraction a;
    a.document = Document{"d1", "mem://d1", "First", "2023-04-04", "text"};
    a.entities = {entity(EntityType::Person, "Yoko Kamikawa"), entity(EntityType::Person, "Penny Wong"),
                  entity(EntityType::Country, "Australia")};
    Relation met = relation(RelationType::Met, 0, 1, "2023-04-04", "d1", 0);
    met.attributes["mode"] = "in-person";
    a.relations = {met, relation(RelationType::Role, 1, 2, "", "d1", 10)};
    a.relations.back().attributes["title"] = "Foreign Minister";

    DocumentExtraction b;
    b.document = Document{"d2", "mem://d2", "Second", "2023-06-01", "text"};
    b.entities = {entity(EntityType::Person, "Yoko Kamikawa"), entity(EntityType::Person, "Penny Wong")};
    b.relations = {relation(RelationType::Met, 1, 0, "2023-06-01", "d2", 0)};

    graph::KnowledgeGraph g;
    g.add(a);
    g.add(b);
    return g;
}

graph::KnowledgeGraph formula_graph() {
    DocumentExtraction x;
    x.document = Document{"=d1", "mem://d1", "Formulas", "2023-04-04", "text"};
    x.entities = {entity(EntityType::Person, "=HYPERLINK(\"http://x\",\"y\")"), entity(EntityType::Person, "@Cmd"),
                  entity(EntityType::Organization, "+Org")};
    x.relations = {relation(RelationType::Met, 0, 1, "2023-04-04", "=d1", 0),
                   relation(RelationType::Role, 1, 2, "", "=d1", 10)};
    x.relations.back().attributes["title"] = "-Minister";
    graph::KnowledgeGraph g;
    g.add(x);
    return g;
}

graph::KnowledgeGraph meetings_graph(bool multilateral) {
    struct Bilateral {
        const char* doc;
        const char* date;
        const char* place;  // empty: none
        MeetingMode mode;
        const char* cameo;
        const char* plover;
    };
    const Bilateral bilaterals[] = {
        {"m1", "2023-04-04", "Melbourne", MeetingMode::InPerson, "042", "visit"},
        {"m2", "2023-06-01", "London", MeetingMode::InPerson, "040", "meet"},
        {"m3", "2023-09-10", "", MeetingMode::Telephone, "040", "phone"},
    };
    graph::KnowledgeGraph g;
    for (const Bilateral& b : bilaterals) {
        DocumentExtraction x;
        x.document = Document{b.doc, std::string("mem://") + b.doc, "Meeting", b.date, "text"};
        x.entities = {entity(EntityType::Person, "Penny Wong"), entity(EntityType::Person, "Yoko Kamikawa")};
        Meeting m;
        m.participants = {0, 1};
        m.date = b.date;
        m.mode = b.mode;
        m.cameo = b.cameo;
        m.plover_mode = b.plover;
        m.host = 0;
        m.visitor = 1;
        m.evidence.push_back(Evidence{b.doc, Span{0, 40}, "test-meeting", 0.9});
        Relation met = relation(RelationType::Met, 0, 1, b.date, b.doc, 0);
        met.attributes["mode"] = std::string(to_string(b.mode));
        met.attributes["meeting"] = "0";
        if (*b.place) {
            x.entities.push_back(entity(EntityType::Location, b.place));
            m.place = 2;
            met.place = 2;
        }
        x.meetings = {m};
        x.relations = {met};
        g.add(x);
    }
    if (multilateral) {
        DocumentExtraction x;
        x.document = Document{"m4", "mem://m4", "Quad", "2023-11-08", "text"};
        x.entities = {entity(EntityType::Person, "Penny Wong"), entity(EntityType::Person, "Yoko Kamikawa"),
                      entity(EntityType::Person, "Antony Blinken"), entity(EntityType::Person, "S. Jaishankar"),
                      entity(EntityType::Location, "Tokyo")};
        Meeting m;
        m.participants = {0, 1, 2, 3};
        m.date = "2023-11-08";
        m.place = 4;
        m.mode = MeetingMode::Multilateral;
        m.cameo = "043";
        m.plover_mode = "meet";
        m.evidence.push_back(Evidence{"m4", Span{0, 60}, "test-meeting", 0.9});
        x.meetings = {m};
        for (std::size_t a = 0; a < 4; ++a)
            for (std::size_t b = a + 1; b < 4; ++b) {
                Relation met = relation(RelationType::Met, a, b, "2023-11-08", "m4", 10 * a + b);
                met.place = 4;
                met.attributes["mode"] = "multilateral";
                met.attributes["meeting"] = "0";
                x.relations.push_back(met);
            }
        g.add(x);
    }
    return g;
}

std::map<std::string, const EntityRecord*> entities_by_node_id(const graph::KnowledgeGraph& g) {
    const std::vector<std::string> ids = output::detail::stable_node_ids(g);
    std::map<std::string, const EntityRecord*> out;
    for (const EntityRecord& e : g.entities()) out.emplace(ids[e.id.value], &e);
    return out;
}

std::string scratch_dir(const std::string& name) {
    const std::filesystem::path p = std::filesystem::current_path() / "export_scratch" / name;
    std::filesystem::remove_all(p);
    std::filesystem::create_directories(p);
    return p.string();
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace kg::test
