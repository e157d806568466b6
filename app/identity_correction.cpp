// What kg merge and kg split share: resolving the names, trying the decision on
// the stored documents, and recording it.

#include "app/identity_correction.h"
#include "app/query_base.h"

#include <algorithm>
#include <functional>
#include <sstream>
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

// Entities (found by `find`, named by `canonical`: a graph's or a snapshot's) that now carry
// the names of `before` in its documents: the parts of a split.
std::vector<std::string> parts_of(const graph::FindNames& find,
                                  const std::function<const std::string&(EntityId)>& canonical,
                                  const EntityRecord& before) {
    std::vector<std::string> names;
    std::vector<std::string> forms = before.aliases;
    forms.push_back(before.name);
    for (const std::string& form : forms) {
        for (EntityId id : find(form, before.type)) {
            const std::string& name = canonical(id);
            if (graph::name_key(name) != graph::name_key(form)) continue;
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Prints what the decision did (applied: after it is recorded and the snapshot built);
// `parts` gives a split's parts. The exit status.
int report_correction(store::Correction::Kind kind, const std::string& a, const std::string& b,
                      const graph::CorrectionResult& result, const std::function<std::vector<std::string>()>& parts) {
    const char* verb = kind == store::Correction::Kind::Split    ? "split"
                       : kind == store::Correction::Kind::Rename ? "rename"
                                                                 : "merge";
    if (!result.applied) {
        std::cerr << "kg: error: cannot " << verb << " " << a
                  << (b.empty() ? "" : (kind == store::Correction::Kind::Rename ? " to " : " and ") + b) << ": "
                  << result.note << '\n';
        return 1;
    }
    if (!result.note.empty()) {  // nothing to do, nothing recorded
        std::cout << a << (kind == store::Correction::Kind::Merge ? " and " + b : "") << ": " << result.note << '\n';
        return 0;
    }
    if (kind == store::Correction::Kind::Merge) {
        std::cout << "merged " << b << " into " << a << '\n';
    } else if (kind == store::Correction::Kind::Rename) {
        std::cout << "renamed " << a << " to " << b << '\n';
    } else {
        std::cout << "split " << a << " into: " << join(parts(), "; ") << '\n';
    }
    return 0;
}

// The correction's references resolved on the base's snapshot (a current one: built or grown
// first when it is not) rather than on a graph merged from every document, and the entity `a`
// names as it is now: empty when a name does not resolve to one entity, or would not name it
// again (then the caller resolves them on the merged graph, which prints why).
struct Resolved {
    std::string a, b;
    EntityRecord target;
};
std::optional<Resolved> resolve_on_snapshot(store::Correction::Kind kind, const CorrectionOptions& opt,
                                            const std::string& db) {
    if (store::is_postgres_url(db)) return std::nullopt;
    const std::unique_ptr<QueryBase> kb = QueryBase::open(db);
    std::optional<EntityType> type;
    if (!opt.type.empty()) type = parse_entity_type(opt.type);
    std::ostringstream ignored;
    auto reference = [&](const std::string& name) -> std::optional<std::string> {
        const std::optional<EntityId> id = kb->resolve(name, type, ignored);
        if (!id) return std::nullopt;
        std::string ref = graph::entity_ref(kb->entity(*id));
        const auto find = [&](std::string_view n, std::optional<EntityType> t) { return kb->find(n, t); };
        const auto canonical = [&](EntityId e) -> const std::string& { return kb->entity(e).name; };
        if (graph::resolve_ref(ref, find, canonical) != id) return std::nullopt;
        return ref;
    };
    Resolved r;
    const std::optional<std::string> a = reference(opt.a);
    if (!a) return std::nullopt;
    r.a = *a;
    if (kind == store::Correction::Kind::Merge) {
        const std::optional<std::string> b = reference(opt.b);
        if (!b) return std::nullopt;
        r.b = *b;
    } else if (kind == store::Correction::Kind::Rename) {
        r.b = opt.b;
    }
    r.target = kb->entity(*kb->resolve(opt.a, type, ignored));
    return r;
}

}  // namespace

int run_correction(store::Correction::Kind kind, const CorrectionOptions& opt, const GlobalOptions& global) {
    // A SQLite base of more than a step (app/query_base.h) resolves the names on its snapshot
    // and tries the decision in steps, as its snapshot is built, so that its memory is a step's
    // (merging every document at once, before and after the decision, took 2.7 GB at a million
    // releases). The messages and the outcome are the same.
    if (const std::optional<Resolved> resolved = resolve_on_snapshot(kind, opt, global.db)) {
        const graph::IdentityCorrection c{graph_kind(kind), resolved->a, resolved->b};
        const std::unique_ptr<store::Store> store = open_existing_store(global.db);
        const std::optional<std::vector<graph::CorrectionResult>> tried = try_correction(
            global.db, c, [&] { store->add_correction(store::Correction{kind, resolved->a, resolved->b}); });
        if (tried) return report_correction(kind, resolved->a, resolved->b, tried->back(), [&] {
            const std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
            return parts_of([&](std::string_view n, std::optional<EntityType> t) { return kb->find(n, t); },
                            [&](EntityId e) -> const std::string& { return kb->entity(e).name; }, resolved->target);
        });
    }
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
    if (!result.applied || !result.note.empty()) return report_correction(kind, *a, b, result, {});
    store->add_correction(store::Correction{kind, *a, b});
    // The graph after the decision goes before the snapshot's build makes another of the same
    // size (both held were 5.0 GB at a million releases); a split keeps the names it prints.
    const std::vector<std::string> parts =
        kind == store::Correction::Kind::Split
            ? parts_of([&](std::string_view n, std::optional<EntityType> t) { return after->find(n, t); },
                       [&](EntityId e) -> const std::string& { return after->entity(e).name; }, *target)
            : std::vector<std::string>{};
    after.reset();
    // The questions' snapshot is brought up to date now, by the command that changed the
    // base, so that questions only read it.
    rebuild_snapshot(global.db);
    return report_correction(kind, *a, b, result, [&] { return parts; });
}

void add_type_option(CLI::App& cmd, CorrectionOptions& opt) {
    cmd.add_option("--type", opt.type, "Only consider entities of this type (PERSON, COUNTRY, ...)")
        ->check(entity_type_name());
}

}  // namespace kg::cli
