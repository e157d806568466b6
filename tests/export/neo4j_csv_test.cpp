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
    CHECK(r[1].find(",true,,,,Foreign Minister,") != std::string::npos);
    CHECK(r[2].rfind("person-penny-wong,person-yoko-kamikawa,MET,met-", 0) == 0);
    CHECK(r[2].find(",false,2023-04-04,") != std::string::npos);
    CHECK(r[3].find(",false,2023-06-01,") != std::string::npos);
}

TEST_CASE("Neo4j CSV quotes names holding commas or quotes or newlines") {
    std::ostringstream nodes, rels;
    kg::output::write_neo4j_csv(kg::test::hostile_graph(), nodes, rels);
    const std::string csv = nodes.str();
    CHECK(csv.find(",\"Taro \"\"The Quote\"\" Yamada\",PERSON,") != std::string::npos);
    CHECK(csv.find(",\"Line One\nLine Two\",PERSON,") != std::string::npos);
    CHECK(rels.str().find(",\"USD 1,000,000\",") != std::string::npos);
}
}
