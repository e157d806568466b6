#pragma once
// Phrase tables behind the extractor: countries (iso-codes + data/countries.tsv),
// organisations, programmes and events (data/organizations.tsv), places
// (data/locations.tsv, data/territories.tsv), titles (data/titles.tsv) and the
// user's alias files. Phrases are looked up as token sequences, longest first.

#include <cstdint>
#include <optional>
#include <string_view>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/extractor.h"
#include "extract/flat_map.h"
#include "extract/text.h"
#include "extract/word_list.h"
#include "model/types.h"

namespace kg::extract {

struct PhraseEntry {
    EntityType type = EntityType::Country;
    std::string canonical;
    bool exact_case = false;  // acronyms: "US" must not match "us"
    bool demonym = false;     // "Japanese": an alias only when the country is named too
    bool user = false;        // from a user alias file
    bool lower_form = false;  // written in lower case in the data ("free and open Indo-Pacific")
    bool facility = false;    // data/facilities.tsv: known, so its words are no one's name, but no entity
    bool territory = false;   // data/territories.tsv: a place with a government of its own ("Cook Islands")
    std::string exact;        // exact_case entries: token texts joined by \x1f
};

struct PhraseMatch {
    std::size_t length = 0;  // tokens
    const PhraseEntry* entry = nullptr;
};

// A person the user taught kg through an alias file: surface forms map to a canonical name.
struct UserPerson {
    std::string canonical;
    std::vector<std::string> aliases;
    std::vector<std::string> roles;  // "Title@Organisation@from..to"
};

// Bits of Gazetteer::Impl::first_words: which tables a folded word can start.
inline constexpr std::uint32_t kPhraseStartFlag = 1u << 16;
inline constexpr std::uint32_t kTitleStartFlag = 1u << 17;

struct Gazetteer::Impl {
    std::unordered_map<std::string, std::vector<PhraseEntry>, ShortKeyHash> phrases;
    std::unordered_set<std::string> phrase_first_words;  // folded first tokens, to skip most lookups
    std::unordered_map<std::string, std::uint32_t> first_words;  // folded word -> kPhraseStartFlag | kTitleStartFlag
    std::unordered_set<std::string, ShortKeyHash> phrase_prefixes;  // keys of every proper prefix of a phrase
    std::size_t max_phrase_tokens = 1;
    std::unordered_map<std::string, std::size_t, ShortKeyHash> titles;  // key -> token count
    std::unordered_set<std::string, ShortKeyHash> title_prefixes;      // keys of every proper prefix of a title
    std::unordered_set<std::string> title_first_words;    // folded first words of titles
    // folded first words of titles written in capitals in data/titles.tsv ("CEO", "HR/VP"): these
    // match capitals in the text, where other titles in capitals are a transcript's speaker labels
    std::unordered_set<std::string> caps_title_first_words;
    std::size_t max_title_tokens = 1;
    // data/word_classes.tsv's office-prefix words, folded ("deputy", "vice"): one before a title
    // makes a title ("Deputy Chief Cabinet Secretary") that the table need not list
    std::unordered_set<std::string, ShortKeyHash> office_prefixes;
    std::unordered_map<std::string, std::string> person_aliases;  // folded alias -> canonical
    // data/word_classes.tsv: each class of the grammar's words, by the class's name, in file
    // order (extract/stages/word_classes.cpp compiles them into per-word flags), and the
    // non-name words as written
    std::vector<std::pair<std::string, std::vector<std::string>>> word_classes;
    std::unordered_set<std::string> non_name_words;
    std::string word_classes_file;
    // data/joiners.tsv: the rows (line number, fields) of the joiner phrasings, in file order
    // (extract/stages/token_patterns.cpp compiles them)
    std::vector<std::pair<int, std::vector<std::string>>> joiners;
    std::string joiners_file;
    // data/ja_words.tsv: words of Japanese releases by class (title, country-abbrev, country,
    // meeting-word, phone-word, video-word, not-name); titles longest first
    std::map<std::string, std::vector<std::string>> ja_words;
    // data/ja_romaji.tsv: katakana (and digraphs) -> Hepburn letters, digraphs first
    std::vector<std::pair<std::string, std::string>> ja_romaji;
    // data/ja_countries.tsv: Japanese form -> English canonical name, longest forms first
    std::vector<std::pair<std::string, std::string>> ja_countries;
    // data/ja_organizations.tsv and data/ja_locations.tsv: Japanese form -> canonical name,
    // longest forms first
    std::vector<std::pair<std::string, std::string>> ja_organizations;
    std::vector<std::pair<std::string, std::string>> ja_locations;
    // The first code point of every form above and of data/ja_words.tsv's words: the Japanese
    // stage tries its tables only where a form may begin.
    std::unordered_set<char32_t> ja_form_starts;
    // data/ja_words.tsv's words by class and first code point, longest first
    std::map<std::string, std::unordered_map<char32_t, std::vector<std::string>>> ja_words_by_first;
    // rows of ja_countries, ja_organizations and ja_locations by their form's first code point
    using JaFirstIndex = std::unordered_map<char32_t, std::vector<std::uint32_t>>;
    JaFirstIndex ja_countries_by_first, ja_organizations_by_first, ja_locations_by_first;
    // data/given_names.tsv: a folded given name -> one name standing for every spelling it
    // shares a set with, directly or through another set ("steve" links steven and stephen)
    std::unordered_map<std::string, std::string> given_name_key;
    // the full forms, first on their lines ("michael", not "mike"), folded
    std::unordered_set<std::string> given_name_full;
    // data/titles.tsv's abbreviations: the folded abbreviation ("eam", "hr/vp") -> the office
    std::unordered_map<std::string, std::string> title_abbreviations;
    std::string_view given_name(std::string_view folded) const {
        auto it = given_name_key.find(std::string(folded));
        return it == given_name_key.end() ? folded : std::string_view(it->second);
    }
    std::vector<UserPerson> user_people;
    // Loads the system word list (one word a line; Debian's wamerican): words listed in
    // lower case and never capitalised ("leadership", "national") are common words, never
    // the first part of a name found from context alone. Looked up only for such names, so
    // the per-token word table stays small.
    void add_word_list(const std::string& path);
    CommonWords common_words;
    // (out of line: inlined at its twenty call sites, the probe loop made the stages' hot
    // functions too big for the compiler to inline their small helpers, +3 % in all)
    bool common_word(std::string_view folded) const;

    // Flat copies of the tables above for the per-token lookups; rebuilt by finalize().
    FlatStringMap<const std::vector<PhraseEntry>*> phrase_lookup;
    FlatStringMap<std::uint8_t> phrase_prefix_lookup;
    FlatStringMap<std::size_t> title_lookup;
    FlatStringMap<std::uint8_t> title_prefix_lookup;
    void finalize();

    void add_phrase(std::string_view phrase, PhraseEntry entry);
    void add_title(std::string_view title);
    // Longest phrase starting at tokens[i] (ending before `limit`). exact-case entries
    // compare the surface; others need a capital or digit on the first token unless the
    // phrase itself is written in lower case.
    PhraseMatch match(const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const;
    // The same with the tokens' folded texts computed once by the caller, who has
    // checked first_words for tokens[i] (these versions do not).
    PhraseMatch match(const std::vector<Token>& tokens, const std::vector<std::string_view>& folded, std::size_t i,
                      std::size_t limit) const;
    // allow_caps: a title written in capitals, as speaker labels of transcripts are
    // ("SECRETARY KERRY:", "PRIME MINISTER MAY:"); allow_lower: in lower case, as the news
    // writes an apposition ("Li Qiang, China's premier,").
    std::size_t match_title(const std::vector<Token>& tokens, const std::vector<std::string_view>& folded, std::size_t i,
                            std::size_t limit, bool allow_caps = false, bool allow_lower = false) const;
    // Longest title starting at tokens[i]; 0 when none.
    std::size_t match_title(const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const;
};

// Key of a token sequence: folded token texts joined by a unit separator.
std::string phrase_key(const std::vector<Token>& tokens, std::size_t first, std::size_t last);
std::string phrase_key(std::string_view phrase);

}  // namespace kg::extract
