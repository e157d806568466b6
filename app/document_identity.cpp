#include "app/document_identity.h"

#include <filesystem>
#include <system_error>
#include <utility>

#include "extract/reader.h"
#include "extract/text_normalise.h"

namespace kg::cli {

namespace {

namespace fs = std::filesystem;

bool path_exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec) && !ec;
}

std::string_view kind_of(std::string_view origin) { return origin.substr(0, origin.find(':')); }

std::size_t components(std::string_view id) {
    std::size_t n = 1;
    for (char c : id) n += c == '/';
    return n;
}

}  // namespace

std::string where(const Document& doc) {
    return doc.line > 0 ? doc.source + ":" + std::to_string(doc.line) : doc.source;
}

std::string document_origin(const Document& doc) {
    if (doc.record_id) return "record:" + doc.id;
    if (doc.path.empty()) return "stdin:" + doc.raw_sha256;
    if (doc.line > 0) return "line:" + doc.path + "\n" + doc.raw_sha256;
    return "file:" + doc.path;
}

DocumentIdentities::DocumentIdentities(const std::vector<store::DocumentInfo>& stored) {
    stored_.reserve(stored.size());
    for (const store::DocumentInfo& d : stored) {
        const std::size_t i = stored_.size();
        stored_.push_back(Known{d.id, d.origin, d.path, d.source, d.sha256});
        if (!d.origin.empty()) by_origin_.emplace(d.origin, i);
        by_sha_.emplace(d.sha256, i);
        taken_ids_.insert(d.id);
    }
    stored_count_ = stored_.size();
}

std::string DocumentIdentities::describe(const Known& k) const {
    return "'" + k.id + "' (" + (k.source.empty() ? k.origin : k.source) + ")";
}

// The reader's id when it is free; otherwise the file's path with as many parent folders
// as make it unique; a record without an id gets its content's hash; a number last.
std::string DocumentIdentities::free_id(const Document& doc) {
    if (!taken_ids_.count(doc.id)) return doc.id;
    std::string base = doc.id;
    if (!doc.path.empty() && doc.line == 0) {
        const fs::path path(doc.path);
        std::vector<std::string> parts;
        for (const fs::path& part : path)
            if (part != path.root_path() && !part.empty()) parts.push_back(extract::display_name(part.string()));
        const std::size_t minimum = components(doc.id);
        std::string candidate;
        for (std::size_t k = 1; k <= parts.size(); ++k) {
            candidate = k == 1 ? parts.back() : parts[parts.size() - k] + "/" + candidate;
            if (k > minimum && !taken_ids_.count(candidate)) return candidate;
        }
        if (!candidate.empty()) base = candidate;
    } else if (doc.line > 0 && doc.raw_sha256.size() >= 8) {
        base = doc.id + "#" + doc.raw_sha256.substr(0, 8);
        if (!taken_ids_.count(base)) return base;
    }
    for (std::size_t n = 2;; ++n) {
        std::string candidate = base + "#" + std::to_string(n);
        if (!taken_ids_.count(candidate)) return candidate;
    }
}

DocumentIdentities::Decision DocumentIdentities::decide(const Document& doc) {
    Decision d;
    d.origin = document_origin(doc);
    const std::string& sha = doc.raw_sha256;
    if (doc.line > 0 && !doc.record_id && !doc.path.empty()) record_files_.insert(doc.path);

    auto remember = [&](Decision& decision) -> Decision& {
        const std::size_t i = stored_.size();
        stored_.push_back(Known{decision.id, decision.origin, doc.path, where(doc), sha});
        by_origin_[decision.origin] = i;
        by_sha_.emplace(sha, i);
        taken_ids_.insert(decision.id);
        seen_.emplace(decision.origin, i);
        return decision;
    };

    // The same origin twice in one input: the same file named twice, or a record id repeated.
    if (const auto it = seen_.find(d.origin); it != seen_.end()) {
        const Known& k = stored_[it->second];
        d.id = k.id;
        if (k.sha256 == sha) {
            d.action = Action::Unchanged;
        } else {
            d.action = Action::Refused;
            d.other = describe(k);
        }
        return d;
    }
    if (const auto it = by_origin_.find(d.origin); it != by_origin_.end()) {
        const Known& k = stored_[it->second];
        d.id = k.id;
        d.action = k.sha256 == sha ? Action::Unchanged : Action::Store;
        seen_.emplace(d.origin, it->second);
        stored_[it->second].sha256 = sha;  // a repeat of this origin in this input compares with the new bytes
        return d;
    }
    if (const auto it = by_sha_.find(sha); it != by_sha_.end()) {
        Known& k = stored_[it->second];
        const bool unknown_origin = k.origin.empty();
        const bool moved = it->second < stored_count_ && !k.path.empty() && kind_of(k.origin) == kind_of(d.origin) &&
                           (kind_of(d.origin) == "file" || kind_of(d.origin) == "line") && !path_exists(k.path);
        d.id = k.id;
        if (unknown_origin || moved) {
            d.action = Action::Relocate;
            d.adopted = unknown_origin;
            if (!k.origin.empty()) by_origin_.erase(k.origin);
            k.origin = d.origin;
            k.path = doc.path;
            k.source = where(doc);
            by_origin_[d.origin] = it->second;
            seen_.emplace(d.origin, it->second);
        } else {
            d.action = Action::Duplicate;
            d.other = describe(k);
        }
        return d;
    }
    if (doc.record_id && taken_ids_.count(doc.id)) {
        d.action = Action::Refused;
        d.id = doc.id;
        for (const Known& k : stored_)
            if (k.id == doc.id) d.other = describe(k);
        return d;
    }
    d.id = doc.record_id ? doc.id : free_id(doc);
    d.action = Action::Store;
    return remember(d);
}

std::vector<std::string> DocumentIdentities::vanished_records() const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < stored_count_; ++i) {
        const Known& k = stored_[i];
        if (kind_of(k.origin) == "line" && record_files_.count(k.path) && !seen_.count(k.origin)) out.push_back(k.id);
    }
    return out;
}

}  // namespace kg::cli
