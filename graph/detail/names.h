#pragma once
// Name comparison helpers behind kg::graph::name_key: keys, person-name tokens
// and edit distance. Internal to the graph module.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::graph::detail {

// The tokens of a person's name that identify them: the name key's tokens
// without single-letter initials and generational suffixes
// ("Antony J. Blinken" -> {"antony", "blinken"}, "Joseph R. Biden Jr." -> {"joseph", "biden"}).
std::vector<std::string> person_tokens(std::string_view name);

// Index into person_tokens(name) of the family name: the last token, or the first
// when the name is written family-name-first in capitals ("HAYASHI Yoshimasa").
std::size_t surname_index(std::string_view name, const std::vector<std::string>& tokens);

// Tokens joined by single spaces.
std::string join(const std::vector<std::string>& tokens);
// Tokens sorted, then joined: the same for "Kono Taro" and "Taro Kono".
std::string sorted_join(std::vector<std::string> tokens);

// Levenshtein distance counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// "Did you mean": the names whose key (name_key of the name) lies within edit
// distance max(2, |query key| / 3) of `query_key`; a key of several words is also
// compared by its last word, plus one ("Kishda" -> "Fumio Kishida"). Nearest
// first, then alphabetical; each name once; at most `limit`.
std::vector<std::string> closest_names(const std::string& query_key,
                                       const std::vector<std::pair<std::string, std::string>>& names_and_keys,
                                       std::size_t limit);

}  // namespace kg::graph::detail
