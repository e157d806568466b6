#include "eval/scorer.h"

#include <doctest/doctest.h>

using kg::eval::Annotation;
using kg::eval::name_key;
using kg::eval::person_key;

namespace {

const kg::eval::Figure& figure(const kg::eval::Report& r, const std::string& key) {
    for (const kg::eval::Figure& f : r.figures)
        if (f.key == key) return f;
    FAIL("no figure " << key);
    return r.figures.front();
}

Annotation doc(std::string name, std::optional<std::string> date = std::nullopt) {
    Annotation a;
    a.doc = std::move(name);
    a.date = std::move(date);
    return a;
}

}  // namespace

TEST_SUITE("eval") {

TEST_CASE("names compare without case, accents, punctuation, spacing or a leading 'the'") {
    CHECK(name_key("The  Hôtel-de-Ville’s") == "hotel de ville s");
    CHECK(name_key("U.S.") == "u s");
    CHECK(name_key("  Japan\t") == "japan");
    CHECK(name_key("Theodore") == "theodore");
    CHECK(name_key("the") == "the");
    CHECK(name_key("Türkiye") == "turkiye");
    CHECK(name_key("ＮＡＴＯ") == "nato");  // NFKD folds full-width forms
    CHECK(name_key("G7_x") == "g7_x");
    CHECK(name_key("林 芳正") == "林 芳正");
    CHECK(name_key("") == "");
}

TEST_CASE("person names also drop initials and suffixes but keep one-character names of other scripts") {
    CHECK(person_key("Antony J. Blinken Jr.") == "antony blinken");
    CHECK(person_key("Martin Luther King III") == "martin luther king");
    CHECK(person_key("Wang Yi") == "wang yi");
    CHECK(person_key("林") == "林");
    CHECK(person_key("A. B.") == "");
}

TEST_CASE("entities match by name or alias, people by name or full name, each gold entity once") {
    Annotation gold = doc("001.txt");
    gold.entities = {{"PERSON", "Kishida", {"Prime Minister Kishida"}, "Fumio Kishida"},
                     {"PERSON", "Yoshimasa Hayashi", {"HAYASHI Yoshimasa", "Hayashi"}, ""},
                     {"ORGANIZATION", "North Atlantic Treaty Organization", {"NATO"}, ""},
                     {"COUNTRY", "Japan", {}, ""}};
    Annotation pred = doc("corpus/001.txt");  // matched by base name
    pred.entities = {{"PERSON", "Fumio Kishida", {}, ""},
                     {"PERSON", "Hayashi", {}, ""},          // an alias: only PERSON~ counts it
                     {"ORGANIZATION", "N.A.T.O", {"NATO"}, ""},
                     {"COUNTRY", "Japan", {}, ""},
                     {"COUNTRY", "japan", {}, ""}};          // the gold Japan is already matched
    const kg::eval::Report r = kg::eval::score({gold}, {pred});
    const auto& person = figure(r, "PERSON");
    CHECK(person.tp == 1);
    CHECK(person.predicted == 2);
    CHECK(person.gold == 2);
    CHECK(person.f1() == doctest::Approx(0.5));
    CHECK(figure(r, "PERSON~").tp == 2);
    CHECK(figure(r, "ORGANIZATION").tp == 1);
    const auto& country = figure(r, "COUNTRY");
    CHECK(country.tp == 1);
    CHECK(country.predicted == 2);
    CHECK(country.precision() == doctest::Approx(0.5));
    CHECK(country.recall() == doctest::Approx(1.0));
    // Nothing to find and nothing found is perfect; something found where nothing is, zero.
    CHECK(figure(r, "EVENT").f1() == 1.0);
    CHECK(r.misses.size() == 3);  // false Hayashi, missed Yoshimasa Hayashi, false japan
}

TEST_CASE("relations match by resolved ends, MET in either order, a repeated prediction once") {
    Annotation gold = doc("001.txt", "2023-04-04");
    gold.entities = {{"PERSON", "Yoshimasa Hayashi", {"Hayashi"}, ""},
                     {"PERSON", "Jens Stoltenberg", {"Stoltenberg"}, ""},
                     {"COUNTRY", "Japan", {}, ""}};
    gold.relations = {{"MET", "Yoshimasa Hayashi", "Jens Stoltenberg", "2023-04-04"},
                      {"ROLE", "Yoshimasa Hayashi", "Japan", ""}};
    Annotation pred = doc("001.txt", "2023-04-05");
    pred.relations = {{"MET", "Stoltenberg", "Hayashi", "2023-04-03"},
                      {"MET", "Jens Stoltenberg", "Yoshimasa Hayashi", "2023-04-03"},
                      {"ROLE", "Japan", "Yoshimasa Hayashi", ""}};  // ends swapped: not the gold ROLE
    const kg::eval::Report r = kg::eval::score({gold}, {pred});
    const auto& met = figure(r, "MET");
    CHECK(met.tp == 1);
    CHECK(met.predicted == 1);
    CHECK(met.gold == 1);
    CHECK(figure(r, "MET+date").tp == 0);
    CHECK(figure(r, "ROLE").tp == 0);
    const auto& date = figure(r, "date");
    CHECK(date.tp == 0);
    CHECK(date.predicted == 1);
    CHECK(date.gold == 1);
}

TEST_CASE("a gold document without a prediction is scored as empty and reported") {
    Annotation gold = doc("001.txt", "2023-04-04");
    gold.entities = {{"COUNTRY", "Japan", {}, ""}};
    const kg::eval::Report r = kg::eval::score({gold}, {doc("other.txt")});
    CHECK(r.missing_documents == 1);
    CHECK(figure(r, "COUNTRY").recall() == 0.0);
    CHECK(figure(r, "COUNTRY").f1() == 0.0);
    CHECK(figure(r, "date").gold == 1);
    CHECK(figure(r, "date").predicted == 0);
}

TEST_CASE("figures are reported rounded to four decimals") {
    CHECK(kg::eval::rounded(2.0 / 3.0) == 0.6667);
    CHECK(kg::eval::rounded(1.0) == 1.0);
}

}
