#pragma once
// How `kg extract` shows one document's extraction: as one JSON object in the
// gold schema of the corpus (see README.md, "JSON output"), or as a readable summary.
//
//   kg::cli::JsonWriter w;
//   kg::cli::write_extraction_json(x, w);   std::cout << w.text() << '\n';
//   kg::cli::print_extraction(x, std::cout, /*explain=*/true);

#include <ostream>

#include "app/json_writer.h"
#include "model/types.h"

namespace kg::cli {

// Writes {"doc", "date", "entities", "relations", "meetings"}. Relation and meeting
// ends are canonical entity names. Throws std::logic_error when an index in `x`
// points outside its entities (an extractor bug), kg::Error on invalid UTF-8.
void write_extraction_json(const DocumentExtraction& x, JsonWriter& w);

// Entities grouped by type, then relations and meetings, one per line. With
// `explain`, each relation and meeting is followed by its rules and the sentence text.
void print_extraction(const DocumentExtraction& x, std::ostream& out, bool explain);

}  // namespace kg::cli
