#pragma once
// The model is the hub every module talks in: plain aggregates, no behaviour
// beyond small conversions. It includes nothing but the standard library.
//
//   kg::DocumentExtraction x = kg::extract::Extractor(gaz).extract(doc);
//   for (const kg::Relation& r : x.relations)
//       if (r.type == kg::RelationType::Met) ...   // r.a / r.b index x.entities

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Half-open [begin, end) byte offsets into a document's text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
    bool operator==(const Span&) const = default;
    auto operator<=>(const Span&) const = default;
};

enum class EntityType { Person, Country, Organization, Programme, Event, Location };
inline constexpr EntityType kAllEntityTypes[] = {EntityType::Person,    EntityType::Country,
                                                 EntityType::Organization, EntityType::Programme,
                                                 EntityType::Event,     EntityType::Location};

enum class RelationType {
    Met,          // two people met (symmetric)
    Attended,     // person -> named event
    Role,         // person -> country or organisation, attribute "title"
    Contributed,  // country -> programme/fund, attribute "amount"
    Supports,     // actor -> country, person, programme or event
    Condemns,
    Welcomes,
    Visited,      // person -> country or location
    MemberOf,     // country -> organisation
    Accession,    // country -> organisation it joins
};
inline constexpr RelationType kAllRelationTypes[] = {
    RelationType::Met,      RelationType::Attended, RelationType::Role,    RelationType::Contributed,
    RelationType::Supports, RelationType::Condemns, RelationType::Welcomes, RelationType::Visited,
    RelationType::MemberOf, RelationType::Accession};

// Upper-case names as used in JSON output and the gold schema ("PERSON", "MET").
std::string_view to_string(EntityType t);
std::string_view to_string(RelationType t);
// Accepts any case ("person", "PERSON", "org" is not accepted). Empty optional when unknown.
std::optional<EntityType> parse_entity_type(std::string_view s);
std::optional<RelationType> parse_relation_type(std::string_view s);
bool is_symmetric(RelationType t);

// One input document. `id` is the file's base name (or the JSONL record id);
// `source` is the path or URL it came from; `date` is ISO 8601 (YYYY-MM-DD) or empty.
struct Document {
    std::string id;
    std::string source;
    std::string title;
    std::string date;
    std::string text;  // valid UTF-8, LF line ends
    // Hex SHA-256 of the bytes the document was read from (file, or JSON Lines line),
    // before decoding and normalisation; empty when the reader was not asked for it.
    std::string raw_sha256 = {};
    // Where it was read from, so a knowledge base recognises it when it is read again:
    // the absolute path of its file (symbolic links in the path as named resolved), ''
    // for standard input; and, for a JSON Lines record, whether `id` is the record's own
    // (field "id") rather than made from the file name and line, and its line (0 for a
    // whole file).
    std::string path = {};
    bool record_id = false;
    std::size_t line = 0;
};

// Why kg believes something: the document, the sentence span, the rule that fired.
struct Evidence {
    std::string doc_id;
    Span sentence;
    std::string rule;
    double confidence = 1.0;
    bool operator==(const Evidence&) const = default;
};

// One occurrence of an entity in a document's text.
struct Mention {
    Span span;
    std::string surface;  // the form as written, the longest "[title] name" for people
};

// An entity as seen in one document (DocumentExtraction) or in the merged graph.
struct Entity {
    EntityType type = EntityType::Person;
    std::string name;                  // canonical name
    std::string full_name;             // PERSON only: the usual full name when `name` is a surname
    std::vector<std::string> aliases;  // every other distinct surface form; never contains `name`
    std::vector<Mention> mentions;     // per-document only
};

// Relation between two entities of one extraction: a and b index its `entities`.
// attributes carry type-specific values: "title" (ROLE), "amount" (CONTRIBUTED),
// "mode" (MET), "meeting" (MET: index of its Meeting record).
struct Relation {
    RelationType type = RelationType::Met;
    std::size_t a = 0;
    std::size_t b = 0;
    std::string date;                      // ISO 8601 or empty
    std::optional<std::size_t> place;      // index of a LOCATION entity
    std::map<std::string, std::string> attributes;
    std::vector<Evidence> evidence;
};

enum class MeetingMode { InPerson, Telephone, Video, CourtesyCall, Meal, Summit, Multilateral };
enum class MeetingStatus { Happened, Planned };
std::string_view to_string(MeetingMode m);
std::string_view to_string(MeetingStatus s);
std::optional<MeetingMode> parse_meeting_mode(std::string_view s);

// One meeting as an event: all named participants, when, where, how.
// CAMEO 04x and PLOVER CONSULT mode line results up with GDELT/ICEWS/POLECAT.
struct Meeting {
    std::vector<std::size_t> participants;  // PERSON entity indices
    std::string date;
    std::optional<std::size_t> place;        // LOCATION index
    MeetingMode mode = MeetingMode::InPerson;
    MeetingStatus status = MeetingStatus::Happened;
    std::optional<std::size_t> host;         // PERSON index
    std::optional<std::size_t> visitor;      // PERSON index
    std::optional<std::size_t> parent_event; // EVENT index
    std::string cameo;                       // e.g. "040", "042", "043"
    std::string plover_mode;                 // e.g. "visit", "host", "phone", "meet"
    std::vector<Evidence> evidence;
};

// A problem met while reading or extracting; never fatal for a batch.
struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    std::string source;  // file path or document id
    std::string message;
};

// Everything extracted from one document.
struct DocumentExtraction {
    Document document;
    std::vector<Entity> entities;
    std::vector<Relation> relations;
    std::vector<Meeting> meetings;
    std::vector<Diagnostic> diagnostics;
};

}  // namespace kg
