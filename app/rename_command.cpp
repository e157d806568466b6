// kg rename A "New Name": give an entity the right canonical name, lastingly.

#include <CLI/CLI.hpp>

#include <memory>

#include "app/commands.h"
#include "app/identity_correction.h"

namespace kg::cli {

CommandRunner setup_rename(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<CorrectionOptions>();
    cmd.add_option("A", opt->a, "The entity (name, alias or surname)")->required();
    cmd.add_option("NAME", opt->b, "Its new canonical name; the old one stays an alias")->required();
    add_type_option(cmd, *opt);
    cmd.footer("Records the decision in the knowledge base: it is applied whenever the graph is built, so\n"
               "it lasts across later ingests, forgets and re-extractions. A NAME that another entity of\n"
               "the same type has is refused (kg merge makes two entities one).");
    return [opt, &global] { return run_correction(store::Correction::Kind::Rename, *opt, global); };
}

}  // namespace kg::cli
