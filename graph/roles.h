#pragma once
// Roles over time: ROLE facts (person -> organisation or country, with a title)
// dated by the documents that state them, and who held an office on a date.
//
//   for (const kg::graph::RoleStatement& r : kg::graph::roles_of(g, stoltenberg)) ...
//   auto nato = g.find("NATO", kg::EntityType::Organization);
//   kg::graph::office_holders(g, "Secretary General", nato[0], "2024-04-04");  // {Stoltenberg}

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "model/records.h"

namespace kg::graph {

// One ROLE relation of the graph with the dates it was stated on.
struct RoleStatement {
    RelationId relation;
    EntityId person;
    EntityId organisation;                // organisation or country
    std::string title;                    // as first stated; empty when none was given
    std::vector<std::string> dates;       // sorted, distinct: its own date and its documents' dates
    std::vector<std::string> documents;   // sorted, distinct ids of the stating documents
};

// A title reduced for comparison: case, punctuation and the words "of", "for",
// "the" ignored, and "Foreign Minister" read as "Minister for Foreign Affairs",
// so "Secretary-General" matches "Secretary General". A "Deputy Secretary General"
// stays a different office.
std::string title_key(std::string_view title);

// The ROLE relation `id` with its dates (id must be a valid ROLE relation).
RoleStatement role_statement(const KnowledgeGraph& g, RelationId id);
// The same for a ROLE relation read from elsewhere (a graph snapshot);
// `document_date` gives a document's date, or "" when unknown.
RoleStatement role_statement(const RelationRecord& r,
                             const std::function<std::string(const std::string&)>& document_date);
// Orders statements as roles_of does: by first date (undated last), then title.
void sort_role_statements(std::vector<RoleStatement>& statements);

// ROLE relations of `person` (as subject), ordered by first date (undated last), then title.
std::vector<RoleStatement> roles_of(const KnowledgeGraph& g, EntityId person);

// Who held the office `title` (compared by title_key) at `organisation` on `date`
// (YYYY-MM-DD): the people stated in that office on the latest date on or before
// `date`; when no statement is that old, those of the earliest later statement.
// Usually one person; several when documents of the same day name several; empty
// when no dated document states the office.
// With `among` given, only statements about those people count ("which of these
// two Kims was the minister then?").
std::vector<EntityId> office_holders(const KnowledgeGraph& g, std::string_view title, EntityId organisation,
                                     std::string_view date, const std::vector<EntityId>& among = {});

}  // namespace kg::graph
