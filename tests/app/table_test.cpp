#include "app/table.h"

#include <doctest/doctest.h>

#include <sstream>
#include <stdexcept>

TEST_SUITE("app") {

TEST_CASE("a table pads columns to the widest cell and trims trailing spaces") {
    kg::cli::Table t({"DATE", "WHO", "PLACE"});
    t.add({"2023-04-04", "Jens Stoltenberg", "Brussels"});
    t.add({"-", "Wang Yi"});
    std::ostringstream out;
    t.print(out);
    CHECK(out.str() ==
          "DATE        WHO               PLACE\n"
          "2023-04-04  Jens Stoltenberg  Brussels\n"
          "-           Wang Yi\n");
}

TEST_CASE("a table counts UTF-8 characters rather than bytes when padding") {
    kg::cli::Table t({"NAME", "TYPE"});
    t.add({"Türkiye", "COUNTRY"});
    t.add({"Japan", "COUNTRY"});
    std::ostringstream out;
    t.print(out);
    CHECK(out.str() ==
          "NAME     TYPE\n"
          "Türkiye  COUNTRY\n"
          "Japan    COUNTRY\n");
    CHECK(kg::cli::display_width("Türkiye") == 7);
}

TEST_CASE("Japanese and other wide characters take two columns, combining marks none") {
    CHECK(kg::cli::display_width("河野太郎") == 8);
    CHECK(kg::cli::display_width("イェンス・ストルテンベルグ") == 26);
    CHECK(kg::cli::display_width("ＮＡＴＯ") == 8);                  // full-width Latin
    CHECK(kg::cli::display_width("Tu\u0308rkiye") == 7);           // u + combining diaeresis
    kg::cli::Table t({"NAME", "TYPE"});
    t.add({"河野太郎", "PERSON"});
    t.add({"Jens Stoltenberg", "PERSON"});
    std::ostringstream out;
    t.print(out);
    CHECK(out.str() ==
          "NAME              TYPE\n"
          "河野太郎          PERSON\n"
          "Jens Stoltenberg  PERSON\n");
}

TEST_CASE("a row with more cells than the header is refused") {
    kg::cli::Table t({"A"});
    CHECK_THROWS_AS(t.add({"1", "2"}), std::invalid_argument);
}

}
