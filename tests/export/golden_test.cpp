// Exporter output compared byte for byte with tests/export/golden/.
// To regenerate after an intended change, run the suite with KG_UPDATE_GOLDEN=1:
//   KG_UPDATE_GOLDEN=1 ./export_tests -tc='*golden*'
// then review `git diff tests/export/golden` before committing.

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include "export/exporters.h"
#include "fixture.h"

namespace {

void check_golden(const std::string& file, const std::function<void(std::ostream&)>& write) {
    std::ostringstream out;
    write(out);
    const std::string path = std::string(KG_EXPORT_TEST_DIR) + "/golden/" + file;
    const char* update = std::getenv("KG_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << out.str();
        MESSAGE("updated " << path);
        return;
    }
    std::string expected;
    REQUIRE_NOTHROW(expected = kg::test::slurp(path));
    CHECK_MESSAGE(out.str() == expected, "regenerate with KG_UPDATE_GOLDEN=1 if the change is intended: ", path);
}

}  // namespace

TEST_SUITE("export") {
TEST_CASE("DOT of the tiny graph matches the golden file") {
    kg::output::ExportOptions opt;
    opt.title = "Tiny";
    check_golden("tiny.dot", [&](std::ostream& o) { kg::output::write_dot(kg::test::tiny_graph(), o, opt); });
}

TEST_CASE("GraphML of the tiny graph matches the golden file") {
    check_golden("tiny.graphml", [](std::ostream& o) { kg::output::write_graphml(kg::test::tiny_graph(), o); });
}

TEST_CASE("collapsed JSON of the tiny graph matches the golden file") {
    kg::output::ExportOptions opt;
    opt.collapse = true;
    check_golden("tiny_collapsed.json",
                 [&](std::ostream& o) { kg::output::write_json(kg::test::tiny_graph(), o, opt); });
}

TEST_CASE("GEXF of the tiny graph matches the golden file") {
    check_golden("tiny.gexf", [](std::ostream& o) { kg::output::write_gexf(kg::test::tiny_graph(), o); });
}
}
