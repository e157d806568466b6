#include "app/json_writer.h"

#include <doctest/doctest.h>

#include <cmath>

#include "model/error.h"

TEST_SUITE("app") {

TEST_CASE("the JSON writer escapes strings and writes nulls for empty optional strings") {
    kg::cli::JsonWriter w;
    w.begin_object();
    w.key("name");
    w.string("Say \"hi\"\n");
    w.key("date");
    w.string_or_null("");
    w.key("n");
    w.number(std::uint64_t{3});
    w.end_object();
    CHECK(w.text() == R"({"name":"Say \"hi\"\n","date":null,"n":3})");
    w.reset();
    w.begin_array();
    w.end_array();
    CHECK(w.text() == "[]");
}

TEST_CASE("the JSON writer refuses invalid UTF-8 and non-finite numbers") {
    kg::cli::JsonWriter w;
    w.begin_array();
    CHECK_THROWS_WITH_AS(w.string("caf\xE9"), "cannot write JSON: invalid UTF-8 in string", kg::Error);
    CHECK_THROWS_WITH_AS(w.number(std::nan("")), "cannot write JSON: number is not finite", kg::Error);
}

}
