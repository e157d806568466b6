#include "app/json_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <utility>

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

TEST_CASE("a key written as a literal is the same JSON as the same key written as a string") {
    kg::cli::JsonWriter literal, string;
    for (kg::cli::JsonWriter* w : {&literal, &string}) {
        w->begin_object();
        w == &literal ? w->key_literal("doc") : w->key("doc");
        w->begin_array();
        w->begin_object();
        w == &literal ? w->key_literal("plover_mode") : w->key("plover_mode");
        w->null();
        w == &literal ? w->key_literal("a") : w->key("a");
        w->number(std::uint64_t{1});
        w->end_object();
        w->end_array();
        w == &literal ? w->key_literal("date") : w->key("date");
        w->string("2026-12-06");
        w->end_object();
    }
    CHECK(literal.text() == R"({"doc":[{"plover_mode":null,"a":1}],"date":"2026-12-06"})");
    CHECK(literal.text() == string.text());
}

TEST_CASE("the JSON writer escapes a mark that needs it at any place in a key or string of any length") {
    // (strings of printable ASCII are copied whole, tested eight bytes at a time: every length up to
    // three words, and every place of the mark in it)
    const std::pair<std::string_view, std::string_view> marks[] = {
        {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\x01", "\\u0001"}, {"\x7F", "\x7F"}, {"\xC3\xA9", "\xC3\xA9"}, {"~", "~"}};
    for (std::size_t n = 1; n <= 24; ++n)
        for (std::size_t at = 0; at < n; ++at)
            for (const auto& [mark, escaped] : marks) {
                const std::string plain(n - 1, 'a');
                const std::string s = plain.substr(0, at) + std::string(mark) + plain.substr(at);
                const std::string json = plain.substr(0, at) + std::string(escaped) + plain.substr(at);
                kg::cli::JsonWriter w;
                w.begin_object();
                w.key(s);
                w.string(s);
                w.end_object();
                CHECK(w.text() == "{\"" + json + "\":\"" + json + "\"}");
            }
}

TEST_CASE("the JSON writer refuses invalid UTF-8 and non-finite numbers") {
    kg::cli::JsonWriter w;
    w.begin_array();
    CHECK_THROWS_WITH_AS(w.string("caf\xE9"), "cannot write JSON: invalid UTF-8 in string", kg::Error);
    CHECK_THROWS_WITH_AS(w.number(std::nan("")), "cannot write JSON: number is not finite", kg::Error);
}

TEST_CASE("the JSON writer reads no byte past a string, whatever its last bytes") {
    // (strings ending in ASCII are written without a padded copy; the others with one)
    kg::cli::JsonWriter w;
    w.begin_array();
    const std::string_view line = "Minister \xE2\x80\x9CName\xE2\x80\x9D\xC3\xA9xyz and more";
    w.string(line.substr(0, 21));  // ends in "é": a padded copy, valid
    w.string(line.substr(0, 24));  // ends in ASCII after it: as it is, valid
    CHECK_THROWS_WITH_AS(w.string(line.substr(0, 10)), "cannot write JSON: invalid UTF-8 in string", kg::Error);
    CHECK_THROWS_WITH_AS(w.string("caf\xE9xyz"), "cannot write JSON: invalid UTF-8 in string", kg::Error);
    // (a refused string leaves what was written of it; the two before are whole)
    CHECK(w.text().starts_with("[\"Minister \xE2\x80\x9CName\xE2\x80\x9D\xC3\xA9\",\"Minister \xE2\x80\x9CName\xE2\x80\x9D\xC3\xA9xyz\","));
    kg::cli::JsonWriter o;
    o.begin_object();
    CHECK_THROWS_WITH_AS(o.key(line.substr(0, 11)), "cannot write JSON: invalid UTF-8 in a key", kg::Error);
}

}
