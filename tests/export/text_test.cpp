#include "export/detail/text.h"
#include "export/exporters.h"

#include <doctest/doctest.h>

using namespace kg::output::detail;
using kg::output::csv_field;

TEST_SUITE("export") {
TEST_CASE("clean_text keeps valid UTF-8 with TAB and LF and drops controls and noncharacters") {
    CHECK(clean_text("a\tb\nc") == "a\tb\nc");
    CHECK(clean_text("a\x01\x1F\x7F" "b") == "ab");
    CHECK(clean_text("x\xC2\x85y") == "xy");                    // C1 NEL
    CHECK(clean_text("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "xyz");  // U+FFFE, U+FFFF
    CHECK(clean_text("\xE6\x9E\x97") == "\xE6\x9E\x97");
    CHECK(clean_text("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");
    CHECK(clean_text("keep \xEF\xBF\xBD") == "keep \xEF\xBF\xBD");
}

TEST_CASE("clean_text replaces ill-formed UTF-8 with U+FFFD") {
    CHECK(clean_text("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(clean_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");     // overlong
    CHECK(clean_text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(clean_text("\xE6\x9E") == "\xEF\xBF\xBD");                 // truncated
    CHECK(clean_text("\xF4\x90\x80\x80").find("\xEF\xBF\xBD") == 0); // above U+10FFFF
}

TEST_CASE("dot_escstring escapes backslash and newline so Graphviz renders the name") {
    CHECK(dot_escstring("a\\") == "a\\\\");
    CHECK(dot_escstring("a\nb") == "a\\nb");
    CHECK(dot_escstring("\\N") == "\\\\N");
    CHECK(dot_escstring("say \"hi\"") == "say \"hi\"");
    CHECK(dot_escstring("tab\there") == "tab here");
    CHECK(dot_escstring("c\x01" "d") == "cd");
    CHECK(dot_unescstring(dot_escstring("x\\y\nz\\")) == "x\\y\nz\\");
}

TEST_CASE("dot_quote always double-quotes and escapes quotes") {
    CHECK(dot_quote("-.") == "\"-.\"");
    CHECK(dot_quote("") == "\"\"");
    CHECK(dot_quote("a\"b") == "\"a\\\"b\"");
    CHECK(dot_quote(dot_escstring("end\\")) == "\"end\\\\\"");
}

TEST_CASE("xml_escape escapes markup and in attributes also quotes and whitespace") {
    CHECK(xml_escape("a<b>&c ]]> \"'") == "a&lt;b&gt;&amp;c ]]&gt; \"'");
    CHECK(xml_escape("\"'\n\t", true) == "&quot;&apos;&#10;&#9;");
    CHECK(xml_escape("x\x0By\xEF\xBF\xBF") == "xy");
}

TEST_CASE("csv_field quotes only when needed and doubles quotes") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"x\"") == "\"say \"\"x\"\"\"");
    CHECK(csv_field("line\nbreak") == "\"line\nbreak\"");
    CHECK(csv_field(" padded") == "\" padded\"");
    CHECK(csv_field("tab\tinside") == "\"tab\tinside\"");
    CHECK(csv_field("a-b+c=d@e") == "a-b+c=d@e");
}

TEST_CASE("csv_field neutralises cells a spreadsheet would run as formulas") {
    CHECK(csv_field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(csv_field("+1") == "\"'+1\"");
    CHECK(csv_field("-2+3") == "\"'-2+3\"");
    CHECK(csv_field("@SUM(A1)") == "\"'@SUM(A1)\"");
    CHECK(csv_field("\t=1") == "\"'\t=1\"");
    CHECK(csv_field("\r=1") == "\"'=1\"");  // CR is dropped by clean_text; what follows is still neutralised
    CHECK(csv_field("") == "");
}
}
