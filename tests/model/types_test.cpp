#include <doctest/doctest.h>

#include "model/types.h"

TEST_SUITE("model") {
    TEST_CASE("entity and relation type names round-trip through their strings") {
        for (kg::EntityType t : kg::kAllEntityTypes) CHECK(kg::parse_entity_type(kg::to_string(t)) == t);
        for (kg::RelationType t : kg::kAllRelationTypes)
            CHECK(kg::parse_relation_type(kg::to_string(t)) == t);
        CHECK(kg::parse_entity_type("person") == kg::EntityType::Person);
        CHECK_FALSE(kg::parse_entity_type("people").has_value());
        CHECK(kg::to_string(kg::RelationType::MemberOf) == "MEMBER_OF");
    }

    TEST_CASE("only MET is symmetric") {
        CHECK(kg::is_symmetric(kg::RelationType::Met));
        CHECK_FALSE(kg::is_symmetric(kg::RelationType::Role));
    }

    TEST_CASE("meeting modes parse from their own names") {
        CHECK(kg::parse_meeting_mode("telephone") == kg::MeetingMode::Telephone);
        CHECK(kg::parse_meeting_mode(kg::to_string(kg::MeetingMode::CourtesyCall)) ==
              kg::MeetingMode::CourtesyCall);
        CHECK_FALSE(kg::parse_meeting_mode("fax").has_value());
    }
}
