#include "eval/annotation.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "model/error.h"

using kg::eval::parse_annotation;

TEST_SUITE("eval") {

TEST_CASE("a gold annotation is read with its entities, relations and date") {
    const kg::eval::Annotation a = parse_annotation(
        R"({"doc": "001.txt", "date": "2023-04-04",
            "entities": [{"type": "PERSON", "name": "Kishida", "aliases": ["Prime Minister Kishida"],
                          "full_name": "Fumio Kishida"},
                         {"type": "COUNTRY", "name": "Japan", "aliases": []}],
            "relations": [{"type": "MET", "a": "Kishida", "b": "X", "date": null, "place": null},
                          {"type": "ROLE", "a": "Kishida", "b": "Japan", "title": "Prime Minister"}]})",
        "001.gold.json");
    CHECK(a.doc == "001.txt");
    REQUIRE(a.date);
    CHECK(*a.date == "2023-04-04");
    REQUIRE(a.entities.size() == 2);
    CHECK(a.entities[0].full_name == "Fumio Kishida");
    CHECK(a.entities[0].aliases == std::vector<std::string>{"Prime Minister Kishida"});
    REQUIRE(a.relations.size() == 2);
    CHECK(a.relations[0].date.empty());
    CHECK(a.relations[1].b == "Japan");
    CHECK_FALSE(parse_annotation(R"({"doc": "x", "date": null})", "x").date);
}

TEST_CASE("a malformed annotation is an error naming the file and what is wrong") {
    CHECK_THROWS_WITH_AS(parse_annotation("{\"doc\": ", "a.gold.json"),
                         doctest::Contains("a.gold.json: offset 8: "), kg::InputError);
    CHECK_THROWS_WITH_AS(parse_annotation("[]", "a.gold.json"), "a.gold.json: not a JSON object", kg::InputError);
    CHECK_THROWS_WITH_AS(parse_annotation(R"({"date": null})", "a.gold.json"),
                         "a.gold.json: \"doc\" is missing or not a string", kg::InputError);
    CHECK_THROWS_WITH_AS(parse_annotation(R"({"doc": "x", "entities": [{"type": "PERSON"}]})", "a.gold.json"),
                         "a.gold.json: entities[0]: \"name\" is missing or not a string", kg::InputError);
    CHECK_THROWS_WITH_AS(parse_annotation(R"({"doc": "x", "relations": {}})", "a.gold.json"),
                         "a.gold.json: \"relations\" is not an array", kg::InputError);
    CHECK_THROWS_WITH_AS(parse_annotation("{\"doc\": \"\xff\"}", "a.gold.json"),
                         doctest::Contains("a.gold.json: offset "), kg::InputError);
}

TEST_CASE("read_gold_dir reads the *.gold.json files in name order and refuses a folder without any") {
    const std::filesystem::path dir = std::filesystem::current_path() / "eval_scratch";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    CHECK_THROWS_WITH_AS(kg::eval::read_gold_dir(dir.string()), (dir.string() + ": no *.gold.json file").c_str(),
                         kg::InputError);
    std::ofstream(dir / "002.gold.json") << R"({"doc": "002.txt"})";
    std::ofstream(dir / "001.gold.json") << R"({"doc": "001.txt"})";
    std::ofstream(dir / "001.txt") << "text";
    const auto gold = kg::eval::read_gold_dir(dir.string());
    REQUIRE(gold.size() == 2);
    CHECK(gold[0].doc == "001.txt");
    CHECK(gold[1].doc == "002.txt");
    std::ofstream(dir / "003.gold.json") << "{";
    CHECK_THROWS_WITH_AS(kg::eval::read_gold_dir(dir.string()), doctest::Contains("003.gold.json: offset 1"),
                         kg::InputError);
    CHECK_THROWS_AS(kg::eval::read_gold_dir((dir / "missing").string()), kg::InputError);
    std::filesystem::remove_all(dir);
}

}
