#include "model/types.h"

#include <algorithm>
#include <cctype>

namespace kg {
namespace {

std::string upper(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

}  // namespace

std::string_view to_string(EntityType t) {
    switch (t) {
        case EntityType::Person: return "PERSON";
        case EntityType::Country: return "COUNTRY";
        case EntityType::Organization: return "ORGANIZATION";
        case EntityType::Programme: return "PROGRAMME";
        case EntityType::Event: return "EVENT";
        case EntityType::Location: return "LOCATION";
    }
    return "UNKNOWN";
}

std::string_view to_string(RelationType t) {
    switch (t) {
        case RelationType::Met: return "MET";
        case RelationType::Attended: return "ATTENDED";
        case RelationType::Role: return "ROLE";
        case RelationType::Contributed: return "CONTRIBUTED";
        case RelationType::Supports: return "SUPPORTS";
        case RelationType::Condemns: return "CONDEMNS";
        case RelationType::Welcomes: return "WELCOMES";
        case RelationType::Visited: return "VISITED";
        case RelationType::MemberOf: return "MEMBER_OF";
        case RelationType::Accession: return "ACCESSION";
    }
    return "UNKNOWN";
}

std::optional<EntityType> parse_entity_type(std::string_view s) {
    const std::string u = upper(s);
    for (EntityType t : kAllEntityTypes)
        if (to_string(t) == u) return t;
    return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view s) {
    const std::string u = upper(s);
    for (RelationType t : kAllRelationTypes)
        if (to_string(t) == u) return t;
    return std::nullopt;
}

bool is_symmetric(RelationType t) { return t == RelationType::Met; }

std::string_view to_string(MeetingMode m) {
    switch (m) {
        case MeetingMode::InPerson: return "in-person";
        case MeetingMode::Telephone: return "telephone";
        case MeetingMode::Video: return "video";
        case MeetingMode::CourtesyCall: return "courtesy-call";
        case MeetingMode::Meal: return "meal";
        case MeetingMode::Summit: return "summit";
        case MeetingMode::Multilateral: return "multilateral";
    }
    return "unknown";
}

std::string_view to_string(MeetingStatus s) {
    return s == MeetingStatus::Happened ? "happened" : "planned";
}

std::optional<MeetingMode> parse_meeting_mode(std::string_view s) {
    for (MeetingMode m : {MeetingMode::InPerson, MeetingMode::Telephone, MeetingMode::Video,
                          MeetingMode::CourtesyCall, MeetingMode::Meal, MeetingMode::Summit,
                          MeetingMode::Multilateral})
        if (to_string(m) == s) return m;
    return std::nullopt;
}

}  // namespace kg
