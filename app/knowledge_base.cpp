#include "app/knowledge_base.h"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <system_error>

#include "graph/corrections.h"
#include "model/error.h"

namespace kg::cli {

std::unique_ptr<store::Store> open_existing_store(const std::string& path) {
    if (store::is_postgres_url(path))
        return store::open_postgres_store(path, store::Durability::Full, store::PgOpen::Existing);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        throw InputError("no knowledge base at " + path + "; create it with 'kg --db " + path +
                         " ingest PATH...'");
    }
    // An empty file is not a knowledge base; opening it would make it one.
    if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 && !ec)
        throw InputError(path + ": not a kg database (an empty file); only 'kg ingest' creates a knowledge base");
    return store::open_store(path);
}

CopyCounts copy_base(const store::Store& from, store::Store& to) {
    const store::Contents c = from.contents();
    std::vector<store::PutItem> items;
    items.reserve(c.documents.size());
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
        const store::DocumentInfo& d = c.documents[i];
        items.push_back({&c.extractions[i], d.sha256, d.fingerprint, d.origin});
    }
    CopyCounts counts;
    const std::vector<store::PutResult> results = to.put_many(items);
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (!results[i].outcome) {
            counts.failed.push_back(results[i].error);
            continue;
        }
        switch (*results[i].outcome) {
        case store::PutOutcome::Added:
        case store::PutOutcome::Replaced: ++counts.documents; break;
        case store::PutOutcome::Unchanged: ++counts.unchanged; break;
        case store::PutOutcome::Duplicate:
            counts.failed.push_back("document \"" + c.documents[i].id +
                                    "\" not copied: the target holds the same content under another id");
            break;
        }
    }
    for (const store::Correction& k : c.corrections) to.add_correction(k);
    counts.corrections = c.corrections.size();
    return counts;
}

graph::IdentityCorrection::Kind graph_kind(store::Correction::Kind kind) {
    switch (kind) {
    case store::Correction::Kind::Split: return graph::IdentityCorrection::Kind::Split;
    case store::Correction::Kind::Rename: return graph::IdentityCorrection::Kind::Rename;
    case store::Correction::Kind::Merge: break;
    }
    return graph::IdentityCorrection::Kind::Merge;
}

std::vector<graph::IdentityCorrection> identity_corrections(const store::Store& store) {
    std::vector<graph::IdentityCorrection> out;
    for (const store::Correction& c : store.corrections()) {
        out.push_back({graph_kind(c.kind), c.a, c.b});
    }
    return out;
}

graph::KnowledgeGraph load_graph(const store::Store& store) {
    // The user's merge and split decisions are replayed on every load, so they hold
    // whatever documents were added or forgotten since (graph/corrections.h).
    return graph::build_graph(store.load_all(store::Store::DocumentText::Omit), identity_corrections(store));
}

graph::KnowledgeGraph load_graph(const std::string& path) { return load_graph(*open_existing_store(path)); }

std::optional<EntityId> resolve_entity(const graph::KnowledgeGraph& g, std::string_view name,
                                       std::optional<EntityType> type, std::ostream& err) {
    std::vector<EntityId> found = g.find(name, type);
    if (found.empty()) {
        err << "kg: error: no " << (type ? "entity of type " + std::string(to_string(*type)) + " " : "entity ")
            << "named '" << name << "'";
        // suggest() returns aliases too and knows no types: ask for more, keep entities of
        // the wanted type, and name each once by its canonical name.
        std::vector<std::string> close;
        for (const std::string& candidate : g.suggest(name, 20)) {
            std::vector<EntityId> ids = g.find(candidate, type);
            if (ids.empty()) continue;
            const std::string& canonical = g.entity(ids.front()).name;
            if (std::find(close.begin(), close.end(), canonical) == close.end()) close.push_back(canonical);
            if (close.size() == 3) break;
        }
        if (!close.empty()) err << "; did you mean: " << join(close, ", ") << "?";
        err << '\n';
        return std::nullopt;
    }
    if (found.size() == 1) return found.front();

    const std::string key = graph::name_key(name);
    std::vector<EntityId> exact;
    for (EntityId id : found) {
        if (graph::name_key(g.entity(id).name) == key) exact.push_back(id);
    }
    if (exact.size() == 1) return exact.front();

    err << "kg: error: '" << name << "' is ambiguous; it could be:\n";
    for (EntityId id : found) {
        const EntityRecord& e = g.entity(id);
        err << "  " << e.name << " (" << to_string(e.type) << ", " << e.documents.size()
            << (e.documents.size() == 1 ? " document)" : " documents)") << '\n';
    }
    err << "Use the full name.\n";
    return std::nullopt;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string s;
    for (const std::string& p : parts) {
        if (!s.empty()) s += separator;
        s += p;
    }
    return s;
}

std::string join_names(const graph::KnowledgeGraph& g, const std::vector<EntityId>& ids) {
    std::vector<std::string> names;
    names.reserve(ids.size());
    for (EntityId id : ids) names.push_back(g.entity(id).name);
    return join(names, ", ");
}

}  // namespace kg::cli
