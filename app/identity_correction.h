#pragma once
// kg merge, kg split and kg rename: identity corrections recorded in the knowledge
// base and replayed whenever the graph is built (graph/corrections.h).

#include <CLI/CLI.hpp>

#include <string>

#include "app/commands.h"
#include "store/store.h"

namespace kg::cli {

struct CorrectionOptions {
    std::string a;
    std::string b;     // merge: the entity merged into a; rename: the new name
    std::string type;  // --type
};

// Resolves the names (unknown or ambiguous ones print candidates, exit status 1),
// applies the decision to the stored documents and, when it changes the graph,
// records it and prints what happened. A decision that cannot apply (different
// types, a split of an entity with one name) is an error; one that changes nothing
// is reported and not recorded.
int run_correction(store::Correction::Kind kind, const CorrectionOptions& opt, const GlobalOptions& global);

// --type for both subcommands.
void add_type_option(CLI::App& cmd, CorrectionOptions& opt);

}  // namespace kg::cli
