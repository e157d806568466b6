#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "fixture.h"

namespace {

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("Neo4j CSV has typed import headers and one row per node and relationship") {
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(kg::test::tiny_graph(), nodes, rels);
    const auto n = lines(nodes.str());
    const auto r = lines(rels.str());
    REQUIRE(n.size() == 4);
    REQUIRE(r.size() == 4);
    CHECK(n[0].rfind("id:ID,:LABEL,name,type,", 0) == 0);
    // Sorted by node id: country-australia, person-penny-wong, person-yoko-kamikawa.
    CHECK(n[1].rfind("country-australia,Entity;Country,Australia,COUNTRY,", 0) == 0);
    CHECK(n[3].rfind("person-yoko-kamikawa,Entity;Person,Yoko Kamikawa,PERSON,", 0) == 0);
    CHECK(r[0].rfind(":START_ID,:END_ID,:TYPE,", 0) == 0);
    CHECK(r[1].rfind("person-penny-wong,country-australia,ROLE,role-", 0) == 0);
    CHECK(r[1].find(",true,1,,,,,,,,,Foreign Minister,Foreign Minister,") != std::string::npos);
    CHECK(r[2].rfind("person-penny-wong,person-yoko-kamikawa,MET,met-", 0) == 0);
    CHECK(r[2].find(",false,1,2023-04-04,2023-04-04,2023-04-04,2023-04-04,") != std::string::npos);
    CHECK(r[3].find(",false,1,2023-06-01,") != std::string::npos);
}

TEST_CASE("Neo4j CSV quotes names holding commas or quotes or newlines") {
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(kg::test::hostile_graph(), nodes, rels);
    const std::string csv = nodes.str();
    CHECK(csv.find(",\"Taro \"\"The Quote\"\" Yamada\",PERSON,") != std::string::npos);
    CHECK(csv.find(",\"Line One\nLine Two\",PERSON,") != std::string::npos);
    CHECK(rels.str().find(",\"USD 1,000,000\",") != std::string::npos);
}

TEST_CASE("Neo4j CSV neutralises every cell a spreadsheet would run as a formula") {
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(kg::test::formula_graph(), nodes, rels);
    const std::string n = nodes.str();
    const std::string r = rels.str();
    CHECK(n.find(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",PERSON,") != std::string::npos);
    CHECK(n.find(",\"'@Cmd\",PERSON,") != std::string::npos);
    CHECK(n.find(",\"'+Org\",ORGANIZATION,") != std::string::npos);
    CHECK(r.find(",\"'-Minister\",") != std::string::npos);  // the ROLE title
    CHECK(r.find(",\"'=d1\"") != std::string::npos);         // the documents column
    // No cell of either file starts with a formula character.
    for (const std::string& text : {n, r})
        for (const std::string& line : lines(text))
            for (char c : {'=', '+', '-', '@'}) {
                CHECK(line.front() != c);
                CHECK(line.find(std::string(",") + c) == std::string::npos);
            }
    // The hostile fixture's LOCATION "-.5" is neutralised as a name and as a meeting's place.
    std::ostringstream hn, hr;
    kg::output::write_neo4j_csv(kg::test::hostile_graph(), hn, hr);
    CHECK(hn.str().find(",\"'-.5\",LOCATION,") != std::string::npos);
    CHECK(hr.str().find(",\"'-.5\",") != std::string::npos);
}
}
