// kg merge A B: record that two entities are one.

#include <CLI/CLI.hpp>

#include <memory>

#include "app/commands.h"
#include "app/identity_correction.h"

namespace kg::cli {

CommandRunner setup_merge(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<CorrectionOptions>();
    cmd.add_option("A", opt->a, "The entity that stays (name, alias or surname)")->required();
    cmd.add_option("B", opt->b, "The entity merged into A")->required();
    add_type_option(cmd, *opt);
    cmd.footer("Records the decision in the knowledge base: it is applied whenever the graph is built, so\n"
               "it lasts across later ingests and forgets. Both must be of the same type.");
    return [opt, &global] { return run_correction(store::Correction::Kind::Merge, *opt, global); };
}

}  // namespace kg::cli
