#pragma once
// Scores an extraction against gold annotations: precision, recall and F1 per
// entity type, per relation type, for MET with its date and for the document date.
// The matching rules are those of the corpus README ("Measuring extraction" in
// kg's README.md), so kg measures itself the way the corpus is annotated.
//
//   kg::eval::Report r = kg::eval::score(kg::eval::read_gold_dir(dir), predictions);
//   for (const kg::eval::Figure& f : r.figures) std::cout << f.key << ' ' << f.f1() << '\n';

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "eval/annotation.h"

namespace kg::eval {

// A name as the scorer compares it: NFKD without combining marks, lower case,
// ’ read as ', a leading "the " dropped, every run of characters other than
// letters, digits and _ one space, trimmed. "The  Hôtel-de-Ville’s" -> "hotel de ville s".
std::string name_key(std::string_view name);
// name_key, also without single-letter Latin words (initials) and the suffixes
// jr, sr, ii, iii, iv: "Antony J. Blinken Jr." -> "antony blinken". A single
// character of another script (a CJK surname) is kept.
std::string person_key(std::string_view name);

// Matches counted for one key (micro-averaged over the documents).
struct Figure {
    std::string key;  // PERSON ... LOCATION, PERSON~, MET, ATTENDED, ROLE, CONTRIBUTED, MET+date, date
    std::size_t tp = 0;
    std::size_t predicted = 0;
    std::size_t gold = 0;
    // 1 when there is nothing to find and nothing was predicted; see Report.
    double precision() const;
    double recall() const;
    double f1() const;
};

// One difference from the gold: `kind` "missed" or "false", the key, what.
struct Miss {
    std::string doc;
    std::string kind;
    std::string key;
    std::string what;
};

struct Report {
    // In a fixed order: PERSON COUNTRY ORGANIZATION PROGRAMME EVENT LOCATION PERSON~
    // MET ATTENDED ROLE CONTRIBUTED MET+date date.
    std::vector<Figure> figures;
    std::vector<Miss> misses;  // by gold document, in gold order
    std::size_t documents = 0;          // gold documents scored
    std::size_t missing_documents = 0;  // of them, without a prediction
};

// Every gold document is scored against the prediction whose `doc` has the same base
// name (a missing prediction counts as empty; predictions without gold are ignored;
// of two for one name, the last). Entities: a predicted PERSON matches a gold one by
// person_key of its name against the gold name or full_name (PERSON~ also the gold
// aliases); other types match when any name or alias of either side has the same
// name_key. Relation ends are resolved to gold entities by name, then alias; MET is
// an unordered pair, repeated predictions count once. Every gold item is matched at most once.
Report score(const std::vector<Annotation>& gold, const std::vector<Annotation>& predicted);

// The keys of Report::figures, in their order.
const std::vector<std::string>& figure_keys();

// `value` rounded to 4 decimals as the figures are reported and compared with bounds.
double rounded(double value);

}  // namespace kg::eval
