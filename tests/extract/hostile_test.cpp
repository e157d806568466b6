// Inputs built to stall an extractor: what comes out of them (their time is measured by
// bench/hostile_bench, not here).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "extract_test_support.h"

using kg::EntityType;
using kg::RelationType;

namespace {

// Distinct capitalised family names: Ason, Bson, ..., Zson, Abson, ...
std::string family(std::size_t i) {
    std::string f;
    for (std::size_t j = i;; j /= 26) {
        f += static_cast<char>('a' + j % 26);
        if (j < 26) break;
    }
    f[0] = static_cast<char>(f[0] - 'a' + 'A');
    return f + "son";
}

std::string crowd(std::size_t n) {
    std::string s = "On April 4, 2024, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with ";
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) s += i + 1 == n ? " and " : ", ";
        s += "Mr. John " + family(i);
    }
    return s + ".\n";
}

}  // namespace

TEST_SUITE("extract") {

TEST_CASE("a meeting with hundreds of people is one meeting whose subject met each, not everyone everyone") {
    const std::size_t n = 300;
    const kg::DocumentExtraction x = kg_test::run(crowd(n));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].participants.size() == n + 1);
    CHECK(kg_test::count(x, RelationType::Met) == n);  // not n (n + 1) / 2
    for (std::size_t i : {std::size_t{0}, n / 2, n - 1})
        CHECK(kg_test::relation(x, RelationType::Met, "Taro Kono", "John " + family(i)) != nullptr);
    CHECK(kg_test::relation(x, RelationType::Met, "John " + family(0), "John " + family(1)) == nullptr);
}

TEST_CASE("a small group still meets pairwise") {
    const kg::DocumentExtraction y = kg_test::run(crowd(5));
    REQUIRE(y.meetings.size() == 1);
    CHECK(kg_test::count(y, RelationType::Met) == 15);  // six people, every pair
}

TEST_CASE("a text longer than a part is extracted in parts whose findings point into the whole text") {
    // Readouts of different meetings, repeated past the part size, on lines of their own.
    std::string text;
    std::size_t k = 0;
    while (text.size() < kg::extract::Extractor::kPartBytes * 2 + 1000) {
        text += "On May 2, 2024, Prime Minister Fumio Kishida held a meeting with Mr. John " + family(k % 500) +
                ", Minister of Foreign Affairs of France.\n\n";
        ++k;
    }
    const kg::DocumentExtraction x = kg_test::run(text);
    bool warned = false;
    for (const kg::Diagnostic& d : x.diagnostics)
        warned = warned || d.message.find("extracted in 3 parts of at most 256 KB") != std::string::npos;
    CHECK(warned);
    // One entity per name across the parts, every mention at its place in the whole text.
    std::set<std::string> names;
    for (const kg::Entity& e : x.entities) {
        CHECK(names.insert(std::string(kg::to_string(e.type)) + ":" + e.name).second);
        for (const kg::Mention& m : e.mentions) {
            REQUIRE(m.span.end <= text.size());
            CHECK(text.substr(m.span.begin, m.span.end - m.span.begin) == m.surface);
        }
    }
    const kg::Entity* kishida = kg_test::entity(x, EntityType::Person, "Fumio Kishida");
    REQUIRE(kishida != nullptr);
    CHECK(kishida->mentions.size() >= k);  // mentioned in every part
    // Each relation's meeting is a meeting of the whole, with both ends among its participants.
    std::size_t met = 0;
    for (const kg::Relation& r : x.relations) {
        if (r.type != RelationType::Met) continue;
        ++met;
        const std::size_t m = std::stoul(r.attributes.at("meeting"));
        REQUIRE(m < x.meetings.size());
        const auto& p = x.meetings[m].participants;
        CHECK(std::find(p.begin(), p.end(), r.a) != p.end());
        CHECK(std::find(p.begin(), p.end(), r.b) != p.end());
        for (const kg::Evidence& ev : r.evidence) CHECK(ev.sentence.end <= text.size());
    }
    CHECK(met == 500);  // Kishida met each of the 500 ministers, found in whichever part
    CHECK(x.document.date == "2024-04-05");
}

TEST_CASE("over the entity budget, the last entities and what names them are dropped with a warning") {
    kg::extract::Extractor ex(kg_test::gazetteer());
    ex.set_budget({std::chrono::milliseconds(60'000), 5});
    kg::Document d;
    d.id = "crowd.txt";
    d.text = crowd(10);
    const kg::DocumentExtraction x = ex.extract(d);
    CHECK(x.entities.size() == 5);
    for (const kg::Relation& r : x.relations) {
        CHECK(r.a < 5);
        CHECK(r.b < 5);
    }
    for (const kg::Meeting& m : x.meetings)
        for (std::size_t p : m.participants) CHECK(p < 5);
    CHECK(kg_test::count(x, RelationType::Met) >= 1);  // the kept part still reads as a meeting
    bool warned = false;
    for (const kg::Diagnostic& d2 : x.diagnostics)
        warned = warned || d2.message.find("over the budget of 5") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("past the time budget, the parts not yet extracted are left out with a warning naming the byte") {
    kg::extract::Extractor ex(kg_test::gazetteer());
    ex.set_budget({std::chrono::milliseconds(0), 100'000});
    kg::Document d;
    d.id = "long.txt";
    while (d.text.size() < kg::extract::Extractor::kPartBytes * 2 + 1000)
        d.text += "On May 2, 2024, Prime Minister Fumio Kishida held a meeting with Mr. John Smith.\n\n";
    const kg::DocumentExtraction x = ex.extract(d);
    bool stopped = false;
    for (const kg::Diagnostic& d2 : x.diagnostics)
        stopped = stopped || d2.message.find("extraction stopped at byte") != std::string::npos;
    CHECK(stopped);
    for (const kg::Entity& e : x.entities)
        for (const kg::Mention& m : e.mentions) CHECK(m.span.end <= kg::extract::Extractor::kPartBytes);
    CHECK(kg_test::entity(x, EntityType::Person, "Fumio Kishida"));  // the first part is there
}

}
