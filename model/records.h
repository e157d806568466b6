#pragma once
// Knowledge-base records: entities, relations and meetings merged across
// documents, named by typed ids. The graph module produces them; store and
// export consume them.

#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace kg {

struct EntityId {
    std::uint32_t value = 0;
    auto operator<=>(const EntityId&) const = default;
};
struct RelationId {
    std::uint32_t value = 0;
    auto operator<=>(const RelationId&) const = default;
};
struct MeetingId {
    std::uint32_t value = 0;
    auto operator<=>(const MeetingId&) const = default;
};

// An entity of the whole knowledge base, with everything known about it.
struct EntityRecord {
    EntityId id;
    EntityType type = EntityType::Person;
    std::string name;                   // canonical name
    std::vector<std::string> aliases;   // sorted, distinct, never `name`
    std::vector<std::string> documents; // ids of documents that mention it, sorted
    std::size_t mention_count = 0;
    std::string first_seen;             // earliest document date (ISO) or empty
    std::string last_seen;
    std::vector<std::string> merge_reasons;  // why separate mentions became this entity
};

// A relation of the knowledge base; MET and other symmetric types keep a < b.
struct RelationRecord {
    RelationId id;
    RelationType type = RelationType::Met;
    EntityId a;
    EntityId b;
    std::string date;
    std::optional<EntityId> place;
    std::map<std::string, std::string> attributes;  // "title", "amount", "mode", ...
    std::vector<Evidence> evidence;                 // at least one
    std::optional<MeetingId> meeting;               // MET edges: the meeting they come from
};

struct MeetingRecord {
    MeetingId id;
    std::vector<EntityId> participants;  // sorted
    std::string date;
    std::optional<EntityId> place;
    MeetingMode mode = MeetingMode::InPerson;
    MeetingStatus status = MeetingStatus::Happened;
    std::optional<EntityId> host;
    std::optional<EntityId> visitor;
    std::optional<EntityId> parent_event;
    std::string cameo;
    std::string plover_mode;
    std::vector<Evidence> evidence;
    std::vector<std::string> documents;
};

}  // namespace kg

template <>
struct std::hash<kg::EntityId> {
    std::size_t operator()(kg::EntityId id) const noexcept { return std::hash<std::uint32_t>{}(id.value); }
};
