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

// The key of a name word that its transliterations share ("sergei" and "sergey", "mohammed"
// and "muhammad", "zelensky" and "zelenskyy"): doubled letters single, "ks" "x", "kh" "h",
// "ph" "f", a final "ey" "ei" and "iy" "y", and the vowels between the first and the last
// letter one mark. Words of under five letters, or of other letters than a-z, are their own key
// ("jan" and "jon" stay apart; so do "maria" and "mario", whose last letters differ).
std::string spelling_key(const std::string& token);
// The key of the first and last words of a person's name, spelt by spelling_key: the table of
// names that differ by middle names or transliteration ("Pavlo Anatoliyovych Klimkin" and
// "Pavlo Klimkin"; "Sergei Lavrov" and "Sergey Lavrov").
std::string outer_key(const std::vector<std::string>& tokens);

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
