#include "app/caption.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace kg::cli {

std::string common_folder_name(const std::vector<std::string>& sources) {
    // Compared component by component, so the walk ends after the shortest path
    // whatever the paths are (a prefix search upwards from "/" never ends).
    std::optional<std::vector<std::string>> common;
    for (const std::string& source : sources) {
        if (source.empty() || source.find("://") != std::string::npos || source.front() == '<') return {};
        const std::filesystem::path dir = std::filesystem::path(source).lexically_normal().parent_path();
        std::vector<std::string> parts;
        for (const std::filesystem::path& part : dir) parts.push_back(part.string());
        if (!common) {
            common = std::move(parts);
            continue;
        }
        const auto mismatch = std::mismatch(common->begin(), common->end(), parts.begin(), parts.end());
        common->erase(mismatch.first, common->end());
        if (common->empty()) return {};
    }
    if (!common || common->empty()) return {};
    const std::string& name = common->back();
    if (name == "/" || name == "." || name == ".." || name.empty()) return {};
    return name;
}

std::string source_caption(const std::vector<store::DocumentInfo>& docs, const std::vector<std::string>& selected) {
    std::vector<std::string> sources;
    std::string min_date, max_date;
    for (const store::DocumentInfo& d : docs) {
        if (!std::binary_search(selected.begin(), selected.end(), d.id)) continue;
        sources.push_back(d.source);
        if (!d.date.empty() && (min_date.empty() || d.date < min_date)) min_date = d.date;
        if (!d.date.empty() && (max_date.empty() || d.date > max_date)) max_date = d.date;
    }
    if (sources.empty()) return "Source: no documents";
    std::string count = std::to_string(sources.size()) + (sources.size() == 1 ? " document" : " documents");
    if (!min_date.empty()) count += ", " + min_date + (max_date != min_date ? " to " + max_date : "");
    const std::string folder = common_folder_name(sources);
    return folder.empty() ? "Source: " + count : "Source: " + folder + " (" + count + ")";
}

}  // namespace kg::cli
