#pragma once
// Readings of Japanese personal names written in kanji (林芳正 -> Hayashi Yoshimasa), from
// MeCab and its IPA dictionary (Debian: libmecab2, mecab-ipadic-utf8), romanised as MOFA
// writes names in English. A reading is given only where the dictionary itself knows the
// name as a family name followed by a given name, each one entry with its reading: names
// it splits further are read as nothing rather than guessed.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {

struct NameReading {
    std::string family;  // "Hayashi"
    std::string given;   // "Yoshimasa"
};

// `romaji`: katakana -> letters, longest forms first (data/ja_romaji.tsv). Thread-safe; the
// dictionary is loaded at the first call. Throws InputError when MeCab or its dictionary
// cannot be loaded.
std::optional<NameReading> read_japanese_name(std::string_view name,
                                              const std::vector<std::pair<std::string, std::string>>& romaji);

// What identifies the dictionary names are read with (its file, version and size), for the
// extraction fingerprint: another dictionary may read names differently. Empty when MeCab
// cannot load one (then no name is read and nothing depends on it).
std::string reading_dictionary_identity();

// Katakana to Hepburn letters in lower case, long vowels short (コウノ -> "kono"); empty when
// a character has no letters in `romaji`.
std::string romanise(std::string_view katakana, const std::vector<std::pair<std::string, std::string>>& romaji);

}  // namespace kg::extract
