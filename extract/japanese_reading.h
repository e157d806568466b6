#pragma once
// MeCab and its IPA dictionary (Debian: libmecab2, mecab-ipadic-utf8) for Japanese releases:
// their words (morphemes with a part of speech), on which the Japanese stage decides where a
// name begins and ends, and the readings of personal names written in kanji (林芳正 ->
// Hayashi Yoshimasa), romanised as MOFA writes names in English. A reading is given only where the dictionary itself knows the
// name as a family name followed by a given name, each one entry with its reading: names
// it splits further are read as nothing rather than guessed.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {

// What a morpheme is, from the first fields of its IPA-dictionary part of speech.
enum class MorphemeClass : std::uint8_t {
    PersonName,    // 名詞,固有名詞,人名 (姓, 名 or 一般)
    Place,         // 名詞,固有名詞,地域,一般
    Country,       // 名詞,固有名詞,地域,国
    Organization,  // 名詞,固有名詞,組織
    Proper,        // 名詞,固有名詞,一般
    Noun,          // 名詞,一般 / サ変接続 / 形容動詞語幹 ...: an ordinary word
    Suffix,        // 名詞,接尾 (一般, 地域 ...): 府, 国, 館, 等
    NameSuffix,    // 名詞,接尾,人名: 氏, さん
    Adverbial,     // 名詞,副詞可能 (同日, 昨年, 後), 名詞,非自立, 名詞,代名詞, 名詞,接尾,副詞可能 / 助数詞
    Number,        // 名詞,数
    Prefix,        // 接頭詞: 本, 同, 両, 元, 故
    Other,         // particles, verbs, symbols, conjunctions ...
};

struct Morpheme {
    std::size_t begin = 0, end = 0;  // bytes of the text
    MorphemeClass cls = MorphemeClass::Other;
    bool unknown = false;  // not in the dictionary (MeCab guessed its class from its characters)
    bool family = false;   // 人名,姓
    bool given = false;    // 人名,名
};

// The morphemes of `text`, in order, as MeCab's best path reads them (whitespace belongs to
// none); the text is read a line and a sentence (。) at a time. Thread-safe; throws InputError
// when MeCab or its dictionary cannot be loaded.
std::vector<Morpheme> japanese_morphemes(std::string_view text);

struct NameReading {
    std::string family;  // "Hayashi"
    std::string given;   // "Yoshimasa"
};

// `romaji`: katakana -> letters, longest forms first (data/ja_romaji.tsv). Thread-safe; the
// dictionary is loaded at the first call. Throws InputError when MeCab or its dictionary
// cannot be loaded.
std::optional<NameReading> read_japanese_name(std::string_view name,
                                              const std::vector<std::pair<std::string, std::string>>& romaji);

// What identifies the dictionary releases are segmented and names read with (its file, version
// and size), for the extraction fingerprint: another dictionary may cut words and read names
// differently. Empty when MeCab
// cannot load one (then no name is read and nothing depends on it).
std::string reading_dictionary_identity();

// Katakana to Hepburn letters in lower case, long vowels short (コウノ -> "kono"); empty when
// a character has no letters in `romaji`.
std::string romanise(std::string_view katakana, const std::vector<std::pair<std::string, std::string>>& romaji);

}  // namespace kg::extract
