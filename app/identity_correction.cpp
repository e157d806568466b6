// What kg merge and kg split share: resolving the names, trying the decision on
// the stored documents, and recording it.

#include "app/identity_correction.h"
#include "app/query_base.h"

#include <algorithm>
#include <iostream>

#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "model/error.h"

namespace kg::cli {

namespace {

// Resolves `name` for a correction; the reference recorded must name the same
// entity again when the graph is rebuilt, so an ambiguous canonical name is refused.
std::optional<std::string> reference_for(const graph::KnowledgeGraph& g, const std::string& name,
                                         std::optional<EntityType> type) {
    std::optional<EntityId> id = resolve_entity(g, name, type, std::cerr);
    if (!id) return std::nullopt;
    std::string ref = graph::entity_ref(g.entity(*id));
    if (graph::resolve_ref(g, ref) != id)
        throw Error("cannot name '" + g.entity(*id).name + "' unambiguously: another entity has the same name");
    return ref;
}

// Entities of `g` that now carry the names of `before` in its documents: the parts of a split.
std::vector<std::string> parts_of(const graph::KnowledgeGraph& g, const EntityRecord& before) {
    std::vector<std::string> names;
    std::vector<std::string> forms = before.aliases;
    forms.push_back(before.name);
    for (const std::string& form : forms) {
        for (EntityId id : g.find(form, before.type)) {
            const EntityRecord& e = g.entity(id);
            if (graph::name_key(e.name) != graph::name_key(form)) continue;
            if (std::find(names.begin(), names.end(), e.name) == names.end()) names.push_back(e.name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

int run_correction(store::Correction::Kind kind, const CorrectionOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<store::Store> store = open_existing_store(global.db);
    std::vector<graph::IdentityCorrection> corrections;
    std::optional<std::string> a;
    std::string b;
    std::optional<EntityRecord> target;
    std::vector<graph::CorrectionResult> results;
    std::optional<graph::KnowledgeGraph> after;
    // The documents are read pass by pass (one state of the base), not loaded, and the graph
    // before the decision is let go before the one after it is built: a million releases'
    // extractions and two graphs of them held at once were over 10 GB.
    store->read_extractions(store::Store::DocumentText::Omit, [&](const store::Store::ExtractionPasses& passes) {
        corrections = identity_corrections(*store);
        {
            const graph::KnowledgeGraph before = graph::build_growing_graph(passes, corrections).graph;
            std::optional<EntityType> type;
            if (!opt.type.empty()) type = parse_entity_type(opt.type);
            a = reference_for(before, opt.a, type);
            if (!a) return;
            if (kind == store::Correction::Kind::Merge) {
                std::optional<std::string> ref = reference_for(before, opt.b, type);
                if (!ref) {
                    a.reset();
                    return;
                }
                b = *ref;
            } else if (kind == store::Correction::Kind::Rename) {
                b = opt.b;  // a new name, not a reference
            }
            target = before.entity(*graph::resolve_ref(before, *a));
        }
        // Try the decision on the current documents before recording it.
        corrections.push_back({graph_kind(kind), *a, b});
        after = graph::build_growing_graph(passes, corrections, &results).graph;
    });
    if (!a) return 1;
    const graph::CorrectionResult& result = results.back();
    const char* verb = kind == store::Correction::Kind::Split    ? "split"
                       : kind == store::Correction::Kind::Rename ? "rename"
                                                                 : "merge";
    if (!result.applied) {
        std::cerr << "kg: error: cannot " << verb << " " << *a
                  << (b.empty() ? "" : (kind == store::Correction::Kind::Rename ? " to " : " and ") + b) << ": "
                  << result.note << '\n';
        return 1;
    }
    if (!result.note.empty()) {  // nothing to do, nothing recorded
        std::cout << *a << (kind == store::Correction::Kind::Merge ? " and " + b : "") << ": " << result.note << '\n';
        return 0;
    }
    store->add_correction(store::Correction{kind, *a, b});
    // The graph after the decision goes before the snapshot's build makes another of the same
    // size (both held were 5.0 GB at a million releases); a split keeps the names it prints.
    const std::vector<std::string> parts =
        kind == store::Correction::Kind::Split ? parts_of(*after, *target) : std::vector<std::string>{};
    after.reset();
    // The questions' snapshot is brought up to date now, by the command that changed the
    // base, so that questions only read it.
    rebuild_snapshot(global.db);
    if (kind == store::Correction::Kind::Merge) {
        std::cout << "merged " << b << " into " << *a << '\n';
    } else if (kind == store::Correction::Kind::Rename) {
        std::cout << "renamed " << *a << " to " << b << '\n';
    } else {
        std::cout << "split " << *a << " into: " << join(parts, "; ") << '\n';
    }
    return 0;
}

void add_type_option(CLI::App& cmd, CorrectionOptions& opt) {
    cmd.add_option("--type", opt.type, "Only consider entities of this type (PERSON, COUNTRY, ...)")
        ->check(entity_type_name());
}

}  // namespace kg::cli
