// kg split A: undo an automatic merge.

#include <CLI/CLI.hpp>

#include <memory>

#include "app/commands.h"
#include "app/identity_correction.h"

namespace kg::cli {

CommandRunner setup_split(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<CorrectionOptions>();
    cmd.add_option("A", opt->a, "An entity kg merged from several names (name, alias or surname)")->required();
    add_type_option(cmd, *opt);
    cmd.footer("Undoes kg's automatic merging: the entity becomes one entity per distinct name its documents\n"
               "use for it. Recorded in the knowledge base, so it lasts across later ingests and forgets.");
    return [opt, &global] { return run_correction(store::Correction::Kind::Split, *opt, global); };
}

}  // namespace kg::cli
