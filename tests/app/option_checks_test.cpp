#include "app/option_checks.h"

#include <doctest/doctest.h>

TEST_SUITE("app") {

TEST_CASE("dates are accepted as YYYY or YYYY-MM or YYYY-MM-DD only") {
    CLI::Validator v = kg::cli::iso_date();
    for (std::string ok : {"2023", "2023-04", "2023-04-04", "1999-12-31"}) CHECK_MESSAGE(v(ok).empty(), ok);
    for (std::string bad : {"", "23", "2023-4-4", "2023-13-01", "2023-00", "2023-04-32", "2023/04/04", "April 2023",
                            "2023-04-04x"}) {
        CHECK_MESSAGE(!v(bad).empty(), bad);
    }
    std::string bad = "2023-13-01";
    CHECK(v(bad) == "'2023-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
}

TEST_CASE("entity and relation type names are accepted in any case and an unknown one is named") {
    std::string person = "person";
    std::string met = "Met";
    std::string animal = "ANIMAL";
    CHECK(kg::cli::entity_type_name()(person).empty());
    CHECK(kg::cli::relation_type_name()(met).empty());
    CHECK(kg::cli::entity_type_name()(animal).find("unknown entity type 'ANIMAL'") == 0);
    CHECK(kg::cli::relation_type_name()(animal).find("unknown relation type 'ANIMAL'") == 0);
}

TEST_CASE("a date lies within bounds given as years or months or days") {
    using kg::cli::date_within;
    CHECK(date_within("2023-04-04", "", ""));
    CHECK(date_within("", "", ""));
    CHECK_FALSE(date_within("", "2023", ""));
    CHECK(date_within("2023-04-04", "2023", "2023"));
    CHECK(date_within("2023-04-04", "2023-04", "2023-04"));
    CHECK(date_within("2023-04-04", "2023-04-04", "2023-04-04"));
    CHECK_FALSE(date_within("2023-04-04", "2023-04-05", ""));
    CHECK_FALSE(date_within("2023-04-04", "", "2023-03"));
    CHECK_FALSE(date_within("2023-04-04", "2024", ""));
    CHECK(date_within("2023-12-31", "", "2023"));
}

TEST_CASE("a date range is empty only when its start lies after its end") {
    using kg::cli::date_range_empty;
    CHECK(date_range_empty("2024", "2023"));
    CHECK(date_range_empty("2024", "2023-12-31"));
    CHECK(date_range_empty("2023-04-05", "2023-04-04"));
    CHECK_FALSE(date_range_empty("2023-05", "2023"));  // May 2023 lies within 2023
    CHECK_FALSE(date_range_empty("2023", "2023-01-01"));
    CHECK_FALSE(date_range_empty("2023-04-04", "2023-04-04"));
    CHECK_FALSE(date_range_empty("2024", ""));
    CHECK_FALSE(date_range_empty("", "2020"));
}

}
