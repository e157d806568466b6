#pragma once
// The shared state of one document as it passes through the extraction pipeline, and
// the stages that read and write it. Each stage lives in its own file under
// extract/stages/ with a narrow contract:
//
//   sentences_dates.cpp  tokens, folded forms, word classes, sentences, dates, document date
//   people.cpp           person mentions from context (honorifics, titles, capitals), surnames
//   speakers.cpp         transcript speaker labels and bylines; titles standing for a named person;
//                        meetings stated by a transcript or its heading
//   phrases.cpp          gazetteer phrases (countries, organisations, places, demonyms)
//   named_phrases.cpp    named events, programmes and organisations by head noun; acronyms; quoted titles
//   places.cpp           places read from context ("in Maranello", "the town of Evian", "North Africa")
//   entities.cpp         entities and within-document coreference of mentions
//   meetings.cpp         meetings (triggers, counterparts, delegations), MET
//   attendance.cpp       ATTENDED, speakers of a session
//   roles.cpp            ROLE (appositions, titles, delegation sides, user offices)
//   contributions.cpp    CONTRIBUTED
//   stances.cpp          SUPPORTS, CONDEMNS, WELCOMES, VISITED, ACCESSION, MEMBER_OF
//
// Internal to extract/: nothing outside this directory includes it.

#include <array>
#include <bitset>
#include <cstdint>
#include <forward_list>
#include <unordered_map>
#include <unordered_set>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/extractor.h"
#include "extract/flat_map.h"
#include "extract/gazetteer.h"
#include "extract/text.h"

namespace kg::extract {

// Word-class bits of one token (detail::WordFlag), gazetteer start bits among them.
using WordFlags = std::uint64_t;

namespace detail {

// One step of a token pattern (see data/joiners.tsv for the notation).
struct PatternStep {
    enum class Kind : std::uint8_t { Word, SentenceStart, Person, Skip, People };
    Kind kind = Kind::Word;
    std::vector<std::string> words;  // Word: folded forms, any of which matches
    WordFlags classes = 0;           // Word: word classes, any of which matches
    bool optional = false;           // Word: "also?"
    bool any = false;                // Skip: "*N" crosses commas and names, "~N" stops at them
    std::size_t most = 0;            // Skip, People between tokens: the most tokens taken
};

// A phrasing of the genre written in a data file as a token pattern, compiled once at start-up.
struct TokenPattern {
    std::string id;   // the rule id
    std::string use;  // what a match does, in the table's own words (data/joiners.tsv: meeting)
    std::vector<PatternStep> steps;
    std::size_t people = 0;  // index of the People step
};

}  // namespace detail

namespace detail {

// Which patterns of a table (bit i: the table's i-th, at most 64) may begin at a token, so that
// a stage tries only those.
struct PatternIndex {
    FlatStringMap<std::uint64_t> by_word;                   // folded first word -> patterns
    std::bitset<256> by_word_first_bytes;  // their first bytes: most punctuation opens none (a lookup each)
    std::vector<std::pair<WordFlags, std::uint64_t>> by_class;  // first word's classes -> patterns
    WordFlags any_class = 0;              // the classes of by_class together: most tokens have none
    // patterns that begin with "^", by the word or class of the sentence's first token
    FlatStringMap<std::uint64_t> start_by_word;
    std::vector<std::pair<WordFlags, std::uint64_t>> start_by_class;
    std::uint64_t at_sentence_start = 0;  // patterns that begin with "^" and no word to index
    std::uint64_t at_person = 0;          // patterns that begin with "@person"
    std::uint64_t anywhere = 0;           // patterns whose first word may be absent
    // patterns that open with their people and a skip ("_ ~2 joined them"): tried at a token only
    // where one within the skip's reach (near_reach tokens on) has a flag of near_flags, the
    // kPatternStart of the word after the skip or its classes (a test, not a call to match_pattern)
    std::uint64_t near_word = 0;
    std::size_t near_reach = 0;
    WordFlags near_flags = 0;
    // patterns whose first two tokens are words that must be there (", with", ", it was"), and
    // each one's second step (by bit): where the next token is none of its words, the pattern is
    // no candidate (the phrasings that open with a comma were tried at every comma)
    std::uint64_t by_second = 0;
    std::vector<PatternStep> second;
    // Where a pattern may begin, for a stage that visits those tokens alone (find_joiners): a
    // sentence's first token, a token of kPatternStart or of any_class (the marks whose first byte
    // is in by_word_first_bytes get kPatternStart too), and the person before a token of
    // after_person ("@person was|were ...": its next step's words get kPatternStart), the tokens up
    // to near_reach before one of near_flags ("_ ~2 joined them"); every token
    // where a pattern's first step tells none of these ("anywhere", a person and no word after it).
    WordFlags after_person = 0;
    bool every_token = false;
};

}  // namespace detail

// The compiled grammar: word classes and the gazetteer's first words merged into one table,
// and the phrasings of the pattern tables.
struct Extractor::Words {
    FlatStringMap<WordFlags> flags;  // folded word -> WordFlag | gazetteer start bits
    std::vector<detail::TokenPattern> joiners;  // data/joiners.tsv, in file order
    detail::PatternIndex joiner_index;
    void add(std::string_view folded, WordFlags f) { flags[folded] |= f; }
};

namespace detail {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

inline bool eq_ci(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// Whether w is one of the words of set. Always inlined and unrolled: the words are constants at
// every call, so the compiler compares lengths and first bytes against immediates instead of
// building the list on the stack and looping over it (a call per token at the hot sites).
[[gnu::always_inline]] inline bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    if (w.empty()) return false;
#pragma GCC unroll 32
    for (std::string_view s : set)
        if (s.size() == w.size() && s[0] == w[0] && s == w) return true;
    return false;
}

// A lower-case particle inside a name: "von der Leyen", "bin Zayed" (stages/people.cpp).
bool is_particle(std::string_view w);
// A particle of a name, also capitalised as the Gulf's names write them ("Bin", "Al")
bool name_particle(std::string_view w);
// A plural office ("ministers", "secretaries"), folded: it stands before names, never after one.
bool plural_office(std::string_view folded);
// A name part that is an initial as read_name keeps it: "J.", "R.".
inline bool is_initial(std::string_view part) { return part.size() == 2 && part[1] == '.'; }

inline bool is_apos(const Token& t) { return t.is("'") || t.is("\u2019"); }
// An ordinal in digits: "5th", "21st", "2nd", "3rd".
inline bool is_digit_ordinal(std::string_view w) {
    return w.size() >= 3 && w[0] >= '1' && w[0] <= '9' &&
           (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
}
// A dash set off by spaces: " - ", " – ", " — " ("the heads of diplomacy - A, B and C - met").
inline bool is_spaced_dash(const Token& t) {
    return t.space_before && (t.is("-") || t.is("\u2013") || t.is("\u2014"));
}
inline bool is_possessive(const Token& t) { return t.is("'s") || t.is("\u2019s") || t.is("'S") || t.is("\u2019S"); }

// Word classes looked up once per token, so the per-token scans of each stage test
// a bit instead of comparing strings.
enum WordFlag : WordFlags {
    kNonName = 1u << 0,      // raw text: never starts or continues a name
    kMonth = 1u << 1,        // raw text
    kPostNominal = 1u << 2,  // raw text
    kHonorificStart = 1u << 3,
    kHeadNoun = 1u << 4,     // raw text: Meeting, Fund, Bureau, ... and lower-case session/talk/meeting
    kMeetingVerb = 1u << 5,  // folded: held, met, spoke, received, shakes, attended, ...
    kAttendVerb = 1u << 6,   // folded
    kContribWord = 1u << 7,  // folded
    kStanceWord = 1u << 8,   // folded: support, condemn, welcome, visit, accession, member
    kCounterpartCue = 1u << 9,  // folded: met, spoke, talks, call, ... before a counterpart's name
    kPairCue = 1u << 10,        // folded: met, discussed, agreed, during, meetings, ... after a pair of people
    kEventHead = 1u << 11,      // heads of named events (Meeting, Summit, ...); also kHeadNoun
    kEventHeadLower = 1u << 12, // lower-case heads of a meeting after a compound of names (talk, session)
    kProgrammeHead = 1u << 13,  // heads of programmes (Fund, Initiative, ...); also kHeadNoun
    kBodyHead = 1u << 14,       // heads of bodies (Bureau, Commission, ...); also kHeadNoun
    kNameStopLeft = 1u << 15,   // capitalised words a named event's name never extends left over
    // (bits 16 and 17 are the gazetteer's start flags)
    kTitledMeetingHead = 1u << 18,  // heads of a title's pair meeting the lead sentence reports
    kHeadAfterName = 1u << 19,      // lower-case heads that name an event right after an acronym or place
    kPlaceDirection = 1u << 20,     // raw text: compass words that begin a region's name (North, Eastern)
    kPlacePrefix = 1u << 21,        // raw text: common words that may begin a place's name (New, San, Port)
    kPlaceNoun = 1u << 22,          // folded: town, city, village ... before "of" and a place's name
    kNotPlace = 1u << 23,           // raw text: capitalised words after "in" that are never a place
    kHeadOf = 1u << 24,             // heads of bodies and programmes whose name goes on after of/for/on
    kStrictHead = 1u << 25,         // heads that name something only after a known name, acronym or number
    kMeetingAdjective = 1u << 26,   // folded: informal, extraordinary ... before a lower-case meeting noun
    kFamilyNameFirst = 1u << 27,    // Chinese and Korean family names, written before the given name
    kToldVerb = 1u << 28,           // folded: told, assured, urged ... one person to another during talks
    kPastMeetingVerb = 1u << 29,    // folded: met, held, spoke ... a meeting that took place
    kTimeUnit = 1u << 30,           // folded: week, month, year, summer ... after last / earlier this
    kPersonNoun = 1u << 31,         // folded: candidate, envoy, lawmaker ... in lower case before a name
    kCoordinatedVerbAdverb = 1ull << 32,  // folded: also, then, later ... between "and" and a second verb
    kOfficePortfolio = 1ull << 33,  // Commerce, Finance, Affairs ...: the last word of an office's portfolio
    kTenureModifier = 1ull << 34,   // folded: new, incoming, former ... in lower case before an office
    kMeetingNoun = 1ull << 35,      // folded: meeting, talks, call, dinner ... a meeting in lower case
    kPatternStart = 1ull << 36,     // folded: the first word of a phrasing of a pattern table
    kPairNoun = 1ull << 37,         // folded: leaders, ministers ... "the two leaders" of a meeting
    kSpeechNoun = 1ull << 38,       // folded: speech, address, remarks ... given at an event
    kSpeechVerb = 1ull << 39,       // folded: delivered, gave, made ... a speech; addressed, spoke at an event
    kAttendanceNoun = 1ull << 40,   // folded: attendance, participation of someone at an event
    kKinNoun = 1ull << 41,          // folded: daughter, wife ... of a person named after "of"
    kTravelVerb = 1ull << 42,       // folded: visits, came, arrived ... before "to attend"
    kPersonPossession = 1ull << 43, // folded: government, visit ... after a person's possessive
    kPlaceOffice = 1ull << 44,      // folded: mayor, governor ... of a place named after "of"
    kNumberedEvent = 1ull << 45,    // folded: cop ... a meeting named by capitals and its session's number
    kGivenNameTitle = 1ull << 46,   // folded: sultan ... a title that is a given name here
    kPairVerb = 1ull << 47,         // folded: met, discussed, shared ... the verb of two people's meeting
    kDecidedAt = 1ull << 48,        // folded: taken, made, agreed ... what was decided at an event
    kFutureWord = 1ull << 49,       // folded: will, next, tomorrow ... a meeting still to come
    kEventModifier = 1ull << 50,    // folded: recent, ongoing, annual ... between "the" and a named event
    // (not of data/word_classes.tsv: the literal words a stage's rules open on, compiled into the
    // table so that its loop visits them alone)
    kEventClauseWord = 1ull << 51,  // kEventClauseWords (find_event_speakers_and_hosts)
    kDescriptionNoun = 1ull << 52,  // folded: diplomat, minister ... "The Caribbean diplomat also met"
    kCounterpartClauseWord = 1ull << 53,  // kCounterpartClauseWords (find_counterpart_names)
    kCredentialsWord = 1ull << 54,        // kCredentialsWords (find_credentials_meetings)
    kDelegationWord = 1ull << 55,         // kDelegationWords (find_delegations, find_roles)
    kArticleWord = 1ull << 56,            // kArticleWords (find_attended_meetings_of, find_pair_reference_meetings,
                                          // find_named_phrases)
    kPlaceClauseWord = 1ull << 57,        // kPlaceClauseWords (find_context_places)
    kAccompanyingWord = 1ull << 58,       // kAccompanyingWords (find_accompanying_roles)
    kTheirWord = 1ull << 59,              // kTheirWords (find_pair_reference_meetings, find_meetings)
    kFollowedClauseWord = 1ull << 60,     // kFollowedClauseWords (find_joiners)
    kPairAdverb = 1ull << 61,  // folded: have, also, likewise ... between a pair and its verb (data/word_classes.tsv)
    kPersonCueWord = 1ull << 62,  // kPersonCueWords and kPluralOffices (find_people's may_begin_person)
    kCreditWord = 1ull << 63,     // folded: reporting, editing, reuters, xinhua ... of a report's credits (data/word_classes.tsv)
};

// The literal words where the rules of find_event_speakers_and_hosts that open on no word class
// begin (said-at-event: "said at the G20 Summit"; in-place-for-event: "in Rio for the G20"). The
// Extractor gives them kEventClauseWord.
inline constexpr std::string_view kEventClauseWords[] = {"said", "says", "saying", "told", "for"};
// The literal words where the rules of find_counterpart_names' counterpart loop that open on no word
// class begin (attended-by: "attended by A, Title; B", and "a delegation led by A"; and-counterpart: "A
// and his counterpart B").
// The Extractor gives them kCounterpartClauseWord.
inline constexpr std::string_view kCounterpartClauseWords[] = {"attended", "accompanied", "joined", "and", "led", "headed"};
// The words where find_credentials_meetings' rules begin ("presented their credentials", "letters of
// credence"). The Extractor gives them kCredentialsWord.
inline constexpr std::string_view kCredentialsWords[] = {"credentials", "credence", "letters"};
// The words where the rules of find_delegations' sentence loop begin ("the Japanese side was
// represented by", "a delegation ... led by", "led their respective delegations"), and find_roles'
// delegation-head rule ("The NATO delegation was headed by X"). The Extractor gives them kDelegationWord.
inline constexpr std::string_view kDelegationWords[] = {"side", "delegation", "team", "mission", "led", "headed"};
// The articles, folded: with the attendance verbs, where find_attended_meetings_of's rules begin ("the
// 18th meeting of the X Committee"), and where find_pair_reference_meetings' the-two-leaders rule and
// find_named_phrases' numbered-session rule ("the 58th AMM") begin. The Extractor gives them kArticleWord.
inline constexpr std::string_view kArticleWords[] = {"the", "a", "an"};
// The literal word where find_context_places' rule that opens on no word class begins
// (place-after-in: "in X"). The Extractor gives it kPlaceClauseWord.
inline constexpr std::string_view kPlaceClauseWords[] = {"in"};
// The words where find_accompanying_roles' rule begins ("accompanied by the Minister of X, B").
// The Extractor gives them kAccompanyingWord.
inline constexpr std::string_view kAccompanyingWords[] = {"accompanied", "accompanying"};
// The word where find_pair_reference_meetings' their-meeting rule ("A and B concluded their talks";
// its other rule begins at an article: "the two leaders met", kArticleWord) and find_meetings'
// their-meeting-group rule ("A and B pose before the start of their meeting") begin. The Extractor
// gives it kTheirWord.
inline constexpr std::string_view kTheirWords[] = {"their"};
// The words where find_joiners' followed-by rule begins ("The meeting was followed by a lunch with
// X"). The Extractor gives them kFollowedClauseWord.
inline constexpr std::string_view kFollowedClauseWords[] = {"was", "were"};

// The plural offices, folded, that stand before names, never after one (plural_office).
inline constexpr std::string_view kPluralOffices[] = {"ministers", "presidents", "ambassadors", "senators", "representatives",
                                                     "governors", "secretaries", "counterparts", "directors",
                                                     "envoys", "chairmen"};
// The literal words where find_people's rules may begin besides its word classes and capitals
// (a photographer's credit, a counterpart's name; with kPluralOffices, a plural office before the
// comma of a list of names): may_begin_person tests their bit, not the words, at every token. The
// Extractor gives them and kPluralOffices kPersonCueWord.
inline constexpr std::string_view kPersonCueWords[] = {"photo",        "photos", "photograph", "counterpart",
                                                      "counterparts", "leaders", "colleague"};

// The grammar's word classes from data/word_classes.tsv, as (folded word, flag) pairs; throws
// InputError naming the file for an unknown or a missing class.
std::vector<std::pair<std::string, WordFlags>> compile_word_classes(const Gazetteer::Impl& gaz);
// The flag of the word class named `name` in data/word_classes.tsv, or 0 for no such class.
WordFlags word_class_flag(std::string_view name);
// The joiner phrasings of data/joiners.tsv (stages/token_patterns.cpp); throws InputError naming
// the file and line of a malformed one.
std::vector<TokenPattern> compile_joiners(const Gazetteer::Impl& gaz);
// The first-token index of a pattern table; its first words get kPatternStart in `words`.
PatternIndex index_patterns(const std::vector<TokenPattern>& table, Extractor::Words& words);

// Where a token pattern matched: its tokens [begin, end) and where its people are named.
struct PatternMatch {
    std::size_t begin = kNone, end = kNone;
    std::size_t people_begin = kNone, people_end = kNone;
    bool found() const { return begin != kNone; }
};

// Honorifics before a name: Mr., Ms., Mrs., Dr., Prof., H.E., Hon., the Hon(ourable|orable),
// Rt Hon., Senator the Hon, Sir, Dame, His/Her Excellency. Returns tokens consumed.
std::size_t match_honorific(const std::vector<Token>& t, std::size_t i, std::size_t limit);
// Letters after a name ("Julie Bishop MP") are not part of it.
bool is_post_nominal(std::string_view w);

// A generational or regnal suffix that ends a name ("Lloyd J. Austin III", "John Paul II"): no
// family name, so a later "II" of "World War II" is no short mention of the name.
bool generational_suffix(std::string_view part);

// One flag per part of a name, as a std::vector<bool> would hold them, in one word for the first
// 64 parts (a name has at most seven): a std::vector<bool> allocated for every name read_name
// tried, 17,000 times in 500 releases.
class PartFlags {
public:
    PartFlags() = default;
    PartFlags(std::initializer_list<bool> flags) {
        for (bool f : flags) push_back(f);
    }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    bool operator[](std::size_t k) const { return k < kInline ? ((bits_ >> k) & 1u) != 0 : more_[k - kInline]; }
    bool front() const { return (*this)[0]; }
    bool back() const { return (*this)[size_ - 1]; }
    void push_back(bool f) {
        if (size_ < kInline)
            bits_ |= std::uint64_t{f} << size_;
        else
            more_.push_back(f);
        ++size_;
    }
    void pop_back() {
        --size_;
        if (size_ < kInline)
            bits_ &= ~(std::uint64_t{1} << size_);
        else
            more_.pop_back();
    }
    void clear() {
        bits_ = 0;
        size_ = 0;
        more_.clear();
    }
    void resize(std::size_t n, bool f = false) {
        while (size_ > n) pop_back();
        while (size_ < n) push_back(f);
    }
    void assign(std::size_t n, bool f) {
        clear();
        resize(n, f);
    }
    void push_front(bool f) {  // (rare: a name that takes a word before it, given-name-title)
        const PartFlags old = *this;
        clear();
        push_back(f);
        for (std::size_t k = 0; k < old.size(); ++k) push_back(old[k]);
    }
    bool operator==(const PartFlags& o) const { return size_ == o.size_ && bits_ == o.bits_ && more_ == o.more_; }

private:
    static constexpr std::size_t kInline = 64;
    std::uint64_t bits_ = 0;       // flag k at bit k, for k < 64; the bits from size_ on are 0
    std::size_t size_ = 0;
    std::vector<bool> more_;  // the flags of parts from the 65th on
};

// The parts of a name as read_name reads them: views of the document's text, or of a spelling the
// reader keeps where a part joins tokens the text writes apart ("O’ Malley" is "O’Malley").
// read_name tries 28,000 names in 500 releases: a std::string per part, in a vector allocated for
// each name, was an allocation and a free for every name tried; the parts become strings when a
// person is added (add_person). Eight parts stand inline (a name has at most nine), more on the heap.
class NamePartList {
public:
    NamePartList() = default;
    NamePartList(std::initializer_list<std::string_view> parts) {
        for (std::string_view p : parts) push_back(p);
    }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const std::string_view* begin() const { return more_.empty() ? inline_.data() : more_.data(); }
    const std::string_view* end() const { return begin() + size_; }
    std::string_view operator[](std::size_t k) const { return begin()[k]; }
    std::string_view front() const { return begin()[0]; }
    std::string_view back() const { return begin()[size_ - 1]; }
    void push_back(std::string_view part) {
        if (more_.empty() && size_ < kInline) {
            inline_[size_] = part;
        } else {
            if (more_.empty()) more_.assign(inline_.begin(), inline_.end());
            more_.push_back(part);
        }
        ++size_;
    }
    void pop_back() {
        if (!more_.empty()) more_.pop_back();
        --size_;
    }

private:
    static constexpr std::size_t kInline = 8;
    std::array<std::string_view, kInline> inline_{};
    std::vector<std::string_view> more_;  // all the parts, once there are more than kInline
    std::size_t size_ = 0;
};

struct NameParts {
    std::size_t first = 0, last = 0;  // tokens [first, last)
    NamePartList parts;               // each part as written ("Byung-se", "KULEBA", "J.")
    PartFlags caps;                   // part written in capitals
};

struct PersonMention {
    std::size_t title_first = kNone;  // first token of the title directly before the name
    std::size_t modifier_first = kNone;  // country/organisation word before the title
    std::size_t name_first = 0, name_last = 0;
    std::vector<std::string> parts;
    PartFlags caps;
    bool family_first = false;  // "HAYASHI Yoshimasa"
    bool honorific = false;
    std::size_t entity = kNone;
    std::string title;  // the title directly before the name, as written
    std::size_t of_body = kNone;  // "Title of Japan Name": first token of the body after "of"
    bool speaker = false;    // a transcript's speaker label ("SECRETARY KERRY:") or a byline
    bool label = false;      // a speaker label
    bool reference = false;  // a title standing for a person named elsewhere ("the Secretary-General")
};

struct PhraseMention {
    std::size_t first = 0, last = 0;  // tokens
    EntityType type = EntityType::Country;
    std::string canonical;
    bool demonym = false;
    bool facility = false;  // a known building or room: claims its words, makes no entity
    bool inside = false;  // lies inside a longer entity's name
    std::size_t entity = kNone;
    std::size_t head = kNone;  // named phrases: the head noun token
};

struct MeetingDraft {
    std::vector<std::size_t> persons;  // person mention indices
    std::size_t sentence = 0;
    MeetingMode mode = MeetingMode::InPerson;
    MeetingStatus status = MeetingStatus::Happened;
    std::string rule;
    double confidence = 0.9;
    std::size_t host = kNone, visitor = kNone;  // person mention indices
    std::size_t event = kNone;                   // phrase mention index
    bool header = false;                         // from a title, caption or the lead sentence
    std::size_t subjects = 0;                    // persons[0, subjects) are the sentence's subject
    bool joined = false;                         // others attended it: every participant met every other
    std::string date;
    std::size_t place = kNone;  // phrase mention index
};

// The per-document vectors of a DocumentReader. A thread keeps one for the documents it reads one
// after another (Extractor::extract_parts): each reader clears them and writes into the memory the
// last one grew, instead of allocating every table anew for every release (about 60 allocations a
// release, the largest ones among them).
// A slot of build_entities' table of people's names (map 0: a free slot).
struct NameKey {
    std::uint64_t hash = 0;
    std::uint32_t at = 0, size = 0;
    std::uint32_t cluster = 0;
    std::uint32_t map = 0;
};

struct ReaderBuffers {
    std::vector<Token> tokens;
    std::vector<std::string_view> folds;
    std::string fold_arena;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> fold_spans;  // token -> (at, length) in fold_arena
    std::vector<WordFlags> flags, flag_blocks;
    std::vector<Sentence> sentences;
    std::vector<std::uint32_t> sentence_of, owner;
    std::vector<DateMention> dates;
    std::vector<PersonMention> persons;
    std::vector<PhraseMention> phrases;
    std::vector<MeetingDraft> meetings;
    std::unordered_map<std::uint64_t, std::size_t> relation_at;
    std::vector<std::size_t> person_entity;
    std::vector<PhraseMatch> phrase_matches;
    std::vector<std::uint32_t> title_matches;
    std::vector<std::uint8_t> phrase_matched;
    // build_entities' table of the phrase mentions' keys (type, canonical) and what it keeps of each
    std::vector<std::uint32_t> phrase_key_slots, phrase_key_first, phrase_key_mentions;
    std::vector<std::uint8_t> phrase_key_bits;
    std::vector<std::size_t> phrase_key_entity;
    // build_entities' table of the keys of people's names: a key's bytes are name_key_chars[at, at + size)
    std::vector<NameKey> name_keys;
    std::string name_key_chars;
    // find_surname_mentions' two maps, emptied for each document (FlatStringMap::reset)
    FlatStringMap<std::size_t> surnames, other_parts;
};

struct MeetingTrigger;  // meetings.cpp

class DocumentReader {
public:
    // Reads doc with the memory of `buffers`, which it takes and gives back, cleared, when it is
    // destroyed: they must outlive the reader. (Its tables are taken, not referred to: a stage's
    // every token test would load the vector through the reference, +2 % instructions.)
    DocumentReader(const Gazetteer::Impl& gaz, const Extractor::Words& words, const Document& doc,
                   ReaderBuffers& buffers);
    ~DocumentReader();
    DocumentReader(const DocumentReader&) = delete;
    DocumentReader& operator=(const DocumentReader&) = delete;

    DocumentExtraction run();
    // kg --lang: read the document in this language instead of the one its text shows
    void set_language(Extractor::Language l) { language_ = l; }

private:
    const Gazetteer::Impl& gaz_;
    const Extractor::Words& words_;
    const Document& doc_;
    ReaderBuffers& buffers_;
    std::string_view text_;
    std::string blanked_text_;  // the text with web page link markers blanked, when it has any
    mutable std::forward_list<std::string> spellings_;  // name parts joined from tokens set apart (joined)
    Extractor::Language language_ = Extractor::Language::Auto;
    std::vector<Token> tok_;
    std::vector<std::string_view> fold_;  // folded token texts, computed once (into the text or fold_arena_)
    std::string fold_arena_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> fold_spans_;  // token -> its span in fold_arena_
    std::vector<WordFlags> flags_;  // WordFlag bits per token
    // the WordFlag bits of each 16 tokens together (next_with passes a block without a class at once)
    std::vector<WordFlags> flag_blocks_;
    std::vector<Sentence> sent_;
    std::vector<std::uint32_t> sent_of_;  // token -> sentence (32 bits, as owner_)
    std::vector<DateMention> dates_;
    int doc_year_ = 0;
    std::string doc_date_;
    std::size_t date_line_token_ = kNone;
    std::size_t title_copy_ = kNone;  // a later line that repeats the title (a caption), or kNone
    // token -> claimed by: kUnclaimed, or kPersonTag|index, or phrase index (32 bits: the per-token
    // tests of free, phrase_at and person_at in every stage read half the cache lines)
    std::vector<std::uint32_t> owner_;
    std::vector<PersonMention> persons_;
    std::vector<PhraseMention> phrases_;
    std::vector<MeetingDraft> meetings_;
    std::size_t lead_sentence_ = kNone;
    DocumentExtraction out_;
    // out_.relations by (type, a, b), so add_relation finds a repeated relation in constant
    // time: a sentence listing hundreds of people must not cost a scan per pair.
    std::unordered_map<std::uint64_t, std::size_t> relation_at_;
    std::vector<std::size_t> person_entity_;  // person mention -> entity index

    static constexpr std::uint32_t kUnclaimed = 0xFFFFFFFFu;
    static constexpr std::size_t kPersonTag = std::size_t{1} << 31;

    // --- helpers
    // Gazetteer and title lookups, memoised per token for the common sentence-end limit.
    mutable std::vector<PhraseMatch> pm_cache_;
    mutable std::vector<std::uint32_t> tm_cache_;  // title length + 1; 0 = not computed
    mutable std::vector<std::uint8_t> pm_done_;
    // (always inlined: called for nearly every token, and its first test usually answers)
    [[gnu::always_inline]] PhraseMatch phrase_match(std::size_t i, std::size_t limit) const {
        if (i >= limit || !(flags_[i] & kPhraseStartFlag)) return {};
        if (limit != sentence_end(i)) return gaz_.match(tok_, fold_, i, limit);
        if (!pm_done_[i]) {
            pm_cache_[i] = gaz_.match(tok_, fold_, i, limit);
            pm_done_[i] = 1;
        }
        return pm_cache_[i];
    }
    [[gnu::always_inline]] std::size_t title_match(std::size_t i, std::size_t limit) const {
        if (i >= limit || !(flags_[i] & kTitleStartFlag)) return 0;
        // ("2:30 PM ET": after a clock time "PM" is the afternoon, not the Prime Minister of "PM Meloni")
        if (i > 0 && tok_[i - 1].kind == Token::Kind::Number && tok_[i].is("PM")) return 0;
        if (limit != sentence_end(i)) return designated_title(i, gaz_.match_title(tok_, fold_, i, limit), limit);
        if (!tm_cache_[i])
            tm_cache_[i] = static_cast<std::uint32_t>(designated_title(i, gaz_.match_title(tok_, fold_, i, limit), limit) + 1);
        return tm_cache_[i] - 1;
    }
    // "NATO Secretary General designate Jens Stoltenberg": an office still to be taken up is an
    // office (the title's n tokens and "designate" or "elect" in lower case after them)
    std::size_t designated_title(std::size_t i, std::size_t n, std::size_t limit) const {
        // ("House of Representatives Passage of ...": a plural office after "of" names a body)
        // ("the Congress of the People's Representatives": nor after a possessive)
        if (n && i > 0 && (fold_[i - 1] == "of" || is_possessive(tok_[i - 1])) && fold_[i + n - 1] == "representatives")
            return 0;
        if (n && i + n + 1 < limit && !tok_[i + n].cap && (fold_[i + n] == "designate" || fold_[i + n] == "elect")) return n + 1;
        // ("Deputy Secretary of Defence-designate A": joined by a hyphen)
        if (n && i + n + 2 < limit && tok_[i + n].is("-") && !tok_[i + n].space_before && !tok_[i + n + 1].cap &&
            (fold_[i + n + 1] == "designate" || fold_[i + n + 1] == "elect"))
            return n + 2;
        // ("Gen Prayut", not "Gen Z", "Gen Zs", "Gen IV": an abbreviation written without its full stop
        // is a title only before a word of three letters or more that is not in capitals)
        // (an abbreviation in capitals may stand before an initial: "EAM S Jaishankar")
        if (n == 1 && tok_[i].text.size() <= 3 && !tok_[i].allcaps && i + 1 < limit &&
            (tok_[i + 1].text.size() < 3 || tok_[i + 1].allcaps) && !tok_[i + 1].is(".") &&
            gaz_.title_abbreviations.count(std::string(fold_[i])))
            return 0;
        return n;
    }
    const Token* at(std::size_t i) const { return i < tok_.size() ? &tok_[i] : nullptr; }
    std::size_t sentence_end(std::size_t i) const { return sent_[sent_of_[i]].last; }
    std::size_t sentence_begin(std::size_t i) const { return sent_[sent_of_[i]].first; }
    std::string surface(std::size_t first, std::size_t last) const {
        if (first >= last) return {};
        return std::string(text_.substr(tok_[first].begin, tok_[last - 1].end - tok_[first].begin));
    }
    // Tokens [first, last) as one part of a name, nothing between them: a view of the text where
    // they stand together ("J.", "el-Sisi"), else of a spelling kept for the reader's life.
    std::string_view joined(std::size_t first, std::size_t last) const {
        bool together = true;
        for (std::size_t q = first + 1; q < last && together; ++q) together = tok_[q].begin == tok_[q - 1].end;
        if (together) return std::string_view(tok_[first].text.data(), tok_[last - 1].end - tok_[first].begin);
        std::string spelling;
        for (std::size_t q = first; q < last; ++q) spelling += tok_[q].text;
        return keep_spelling(std::move(spelling));
    }
    // A name part's spelling that the text does not hold, kept for NameParts to view
    std::string_view keep_spelling(std::string spelling) const {
        spellings_.push_front(std::move(spelling));
        return spellings_.front();
    }
    bool free(std::size_t i) const { return i < owner_.size() && owner_[i] == kUnclaimed; }
    // The first token from k, before b, of one of the word classes of `mask`, else b: a stage whose
    // rules begin only at such words visits them alone (most classes are rare: a block of 16 tokens
    // without one is one test, not 16).
    // (out of line: inline, the store's index took a register of find_dates_and_sentences' loop
    // over every token, spilled at each)
    [[gnu::noinline]] void flag_pattern_mark(std::size_t i) {
        flags_[i] = kPatternStart;
        flag_blocks_[i / 16] |= kPatternStart;
    }
    std::size_t next_with(WordFlags mask, std::size_t k, std::size_t b) const {
        while (k < b) {
            const std::size_t block_end = std::min(b, (k / 16 + 1) * 16);
            // (a block with one of the classes is read token by token, its bit not tested again
            // at each: that test was two fifths of this function's cost)
            if (flag_blocks_[k / 16] & mask)
                for (; k < block_end; ++k)
                    if (flags_[k] & mask) return k;
            k = block_end;
        }
        return b;
    }
    // The first token from k whose text is `text` (a punctuation mark, a word), else tok_.size():
    // a stage whose rules open only on a mark (a bracket, a quote) visits those tokens alone. The
    // text's bytes are searched (memchr passes a release in a few hundred instructions, a test of
    // every token cost about 18 a token); a token is a view of the text at its `begin`, so every
    // token that is `text` lies at one of the places found.
    std::size_t next_token(std::string_view text, std::size_t k) const {
        for (std::size_t at = k < tok_.size() ? tok_[k].begin : text_.size();
             (at = text_.find(text, at)) != std::string_view::npos; ++at) {
            k = static_cast<std::size_t>(
                std::lower_bound(tok_.begin() + static_cast<std::ptrdiff_t>(k), tok_.end(), at,
                                 [](const Token& t, std::size_t b) { return t.begin < b; }) -
                tok_.begin());
            if (k == tok_.size()) break;
            if (tok_[k].begin == at && tok_[k].is(text)) return k;
        }
        return tok_.size();
    }
    // no token of the name [n.first, n.last) is claimed yet
    bool all_free(const NameParts& n) const {
        for (std::size_t r = n.first; r < n.last; ++r)
            if (!free(r)) return false;
        return true;
    }
    void claim(std::size_t first, std::size_t last, std::size_t who) {
        for (std::size_t k = first; k < last; ++k) owner_[k] = static_cast<std::uint32_t>(who);
    }
    std::optional<std::size_t> phrase_at(std::size_t i) const {
        if (i >= owner_.size() || owner_[i] == kUnclaimed || owner_[i] >= kPersonTag) return std::nullopt;
        return owner_[i];
    }
    std::optional<std::size_t> person_at(std::size_t i) const {
        if (i >= owner_.size() || owner_[i] == kUnclaimed || owner_[i] < kPersonTag) return std::nullopt;
        return owner_[i] - kPersonTag;
    }

    // --- stages
    void find_dates_and_sentences();
    void find_people();
    // The people a news report credits: "Reporting by A and B; Editing by C", "REUTERS/A B",
    // "(Xinhua/A B)" (rule credit-line; data/word_classes.tsv, credit-word).
    void find_credited_people();
    // (inline for most tokens, which are no capitalised word: it is asked at every token; always,
    // as find_people is too big for the compiler to inline it there by itself)
    [[gnu::always_inline]] bool name_word(std::size_t i) const {
        const Token& t = tok_[i];
        return t.is_word() && (t.cap || t.allcaps) && capitalised_name_word(i);
    }
    bool capitalised_name_word(std::size_t i) const;  // name_word of a capitalised word
    // Whether one of find_people's rules can begin at token i: the rules' first tests together.
    bool may_begin_person(std::size_t i) const;
    // Token k is a possessive: "'s", or an apostrophe alone after a plural ("the Philippines'")
    bool possessive_at(std::size_t k) const {
        return is_possessive(tok_[k]) ||
               (k > 0 && is_apos(tok_[k]) && !tok_[k].space_before && !fold_[k - 1].empty() && fold_[k - 1].back() == 's');
    }
    // Token i is a word of the language (the gazetteer's common words), unless a title read as a
    // given name ("Sultan" in "Sultan Al Neyadi", given-name-title)
    bool language_word(std::size_t i) const {
        if (flags_[i] & kGivenNameTitle) return false;
        return gaz_.common_word(fold_[i]);
    }
    // Token i is a meeting noun (data/word_classes.tsv, meeting-noun).
    bool meeting_noun_at(std::size_t i) const { return (flags_[i] & kMeetingNoun) != 0; }
    bool headline_verb(std::size_t k, std::size_t parts) const;
    std::size_t held_name_end(std::size_t first, std::size_t with_at) const;
    std::size_t headline_subject(std::size_t i, std::size_t limit);
    bool title_word_surname(std::size_t k, std::size_t limit) const;
    bool title_first_item(std::size_t pi, std::size_t s, std::size_t b, int depth = 0) const;
    std::size_t delegation_verb_before(std::size_t at) const;
    bool list_ends_in_and(std::size_t e, std::size_t limit) const;
    // Past a portfolio in brackets after a listed name ("A (Foreign Affairs), B (Defense)"); e when none.
    std::size_t past_portfolio_gloss(std::size_t e, std::size_t limit) const;
    std::optional<NameParts> bare_name_at(std::size_t i, std::size_t b, std::size_t max_parts) const;
    std::optional<NameParts> read_name(std::size_t i, std::size_t limit, bool allow_single) const;
    bool attendance_verb(std::size_t k, std::size_t limit) const;
    int days_from_before(std::size_t s) const;
    std::vector<std::size_t> leaders_of_countries(std::size_t a, std::size_t verb) const;
    std::string_view person_country(std::size_t pi) const;
    bool plain_name(std::size_t first, std::size_t last) const;
    std::size_t add_person(std::size_t title_first, std::size_t modifier_first, const NameParts& n, bool honorific,
                           std::size_t title_len);
    void find_surname_mentions();
    void find_name_of_country_lists();
    // "oil minister A B": a portfolio and "minister" in lower case before a name (lower-case-minister).
    void find_lower_case_ministers();
    void find_list_tail_names();
    void find_between_names();
    void find_semicolon_office_lists();
    void find_counterpart_names();
    void find_speakers();
    void resolve_title_references();
    std::vector<std::string> mention_titles(std::size_t p) const;
    struct OfficeBefore {
        std::size_t first = kNone, last = kNone;  // the office's tokens
        std::size_t joined_first = kNone;         // "Deputy Prime Minister and [office]": the one before "and"
        std::size_t country = kNone;              // the country phrase after its "of"
    };
    OfficeBefore office_before_comma(std::size_t p) const;
    using TitleHolders = std::vector<std::pair<std::size_t, std::vector<std::string>>>;  // entity, office words
    std::vector<std::string> office_words(std::string_view title) const;
    bool add_title_reference(std::size_t first, std::size_t last, const std::vector<std::string>& ref,
                             const TitleHolders& offices, const std::vector<std::size_t>& fullest, std::size_t principal,
                             bool principal_titled, std::size_t principal_sentence);
    void find_transcript_meetings();
    void find_phrases();
    void find_named_phrases();
    void find_acronym_definitions();
    void find_quoted_programmes();
    void find_context_places();
    bool title_opens_clause(std::size_t after, std::size_t limit) const;
    bool family_name_first(const PersonMention& m) const;
    bool language_word_in(std::size_t first, std::size_t last) const;
    std::size_t back_over_counterpart(std::size_t from, std::size_t a) const;
    std::size_t back_over_office_comma(std::size_t from, std::size_t a) const;
    void find_attended_meetings_of();
    // An assembly named where a gathering is meant is an event (rule session-assembly).
    void find_session_assemblies();
    std::size_t place_name_end(std::size_t i, std::size_t limit) const;
    void add_context_place(std::size_t first, std::size_t last);
    void build_entities();
    void merge_named_phrases();
    std::vector<std::string> named_key(const PhraseMention& m) const;
    void find_meetings();
    void find_sentence_triggers(std::size_t s, std::vector<MeetingTrigger>& triggers);
    void find_line_triggers(std::size_t s, std::vector<MeetingTrigger>& triggers);
    void meetings_of_triggers(std::size_t s, const std::vector<MeetingTrigger>& triggers);
    bool title_states_call() const;
    bool pair_before(std::size_t k, std::size_t a) const;
    std::size_t group_including(std::size_t q, std::size_t b) const;
    bool portfolio_office_at(std::size_t r, std::size_t b) const;
    std::size_t skip_counterpart_words(std::size_t q, std::size_t b) const;
    // Counterparts `object` of one meeting trigger split into separate meetings.
    std::vector<std::vector<std::size_t>> counterpart_groups(const std::vector<std::size_t>& object, std::size_t from,
                                                             std::size_t stop) const;
    void find_delegations();
    void find_credentials_meetings();
    void find_included_meetings();
    void find_among_those_met(std::size_t s);  // find_included_meetings' rule among-those-met
    void find_joiners();
    std::size_t event_held_at(std::size_t from, std::size_t stop) const;
    // Past "the" and the lower-case words of class event-modifier ("the recent", "the annual") that
    // may stand before a named event at r, within [r, stop).
    std::size_t past_event_article(std::size_t r, std::size_t stop) const {
        if (r < stop && tok_[r].is("the")) ++r;
        while (r + 1 < stop && !tok_[r].cap) {
            if (flags_[r] & kEventModifier) ++r;
            // ("the on-going 73rd United Nations General Assembly": the modifier written with a hyphen)
            else if (r + 3 < stop && fold_[r] == "on" && tok_[r + 1].is("-") && fold_[r + 2] == "going") r += 3;
            else break;
        }
        return r;
    }
    // Matches pattern p at token k of the sentence [a, b), skips as short as they can be.
    PatternMatch match_pattern(const TokenPattern& p, std::size_t k, std::size_t a, std::size_t b) const;
    // The patterns of a table (by PatternIndex bit) that may begin at token k of a sentence from a.
    // (Inline: it is asked at every token of every sentence, and most tokens, words of no class
    // and no first word, need no lookup: a call each cost more than the answer.)
    std::uint64_t pattern_candidates(const PatternIndex& index, std::size_t k, std::size_t a) const {
        std::uint64_t out = index.anywhere;
        if (k == a || (flags_[k] & (kPatternStart | index.any_class)) ||
            (!tok_[k].is_word() && index.by_word_first_bytes[static_cast<unsigned char>(fold_[k][0])]))
            out |= patterns_looked_up(index, k, a);
        if (index.at_person && person_at(k)) out |= index.at_person;
        if (index.near_word)
            for (std::size_t j = k; j < flags_.size() && j <= k + index.near_reach; ++j)
                if (flags_[j] & index.near_flags) {
                    out |= index.near_word;
                    break;
                }
        return out;
    }
    // The part of pattern_candidates that looks words and classes up.
    std::uint64_t patterns_looked_up(const PatternIndex& index, std::size_t k, std::size_t a) const;
    // Whether token j is a word of step w (one of its words, or of its classes).
    bool step_word_at(const PatternStep& w, std::size_t j) const;
    bool match_steps(const TokenPattern& p, std::size_t step, std::size_t k, std::size_t a, std::size_t b,
                     PatternMatch& m) const;
    void drop_meetings_within(std::size_t s, std::size_t after, const std::set<std::size_t>& entities);
    void finish_meetings();
    bool joint_counterparts(const MeetingDraft& md) const;
    bool semicolon_counterparts(const MeetingDraft& md) const;
    std::size_t counterpart_person(std::size_t q, std::size_t b) const;
    void find_pair_reference_meetings();
    void find_hub_list_meetings();
    void find_colon_list_meetings();
    // "The meeting, held on the fringes of the APEC summit, lasted an hour": the event the
    // meeting told just before was held at.
    void find_meeting_events_told_after();
    void find_after_talks_meetings();
    std::optional<std::pair<std::size_t, std::size_t>> pair_ending_at(std::size_t k, std::size_t a) const;
    std::string relative_date(std::size_t sentence) const;
    // The date of a news dateline ("WASHINGTON, March 14 (Reuters) -"): the report's, never a
    // meeting's, even without its year.
    bool in_dateline(const DateMention& d) const;
    // The first token of sentence s after a news dateline ("BEIJING, April 2 (Kyodo) --",
    // "GENEVA (AP) —"), else the sentence's first token: where its own words begin.
    std::size_t clause_start(std::size_t s) const;
    // Sentence s is a line of the release's title: its first line, or a line above its date line,
    // without a full stop, or a line that repeats the title.
    bool title_line(std::size_t s) const;
    // The first date in tokens [first, last) that is not the date line's or a news dateline's
    // and opens no range, as ISO; empty when none (the local date comes first in the genre).
    std::string own_date(std::size_t first, std::size_t last) const;
    // own_date for a meeting told at token `at`: a later clause's own date ("..., and on June 9, A and B
    // met") before the one of the sentence's opening
    std::string own_date_at(std::size_t first, std::size_t last, std::size_t at) const;
    bool date_names_event(const DateMention& d, std::size_t last) const;
    // The sentence places its meeting at a time that is not a day of the release: a month
    // without its day ("in December 2022", "in July"), a year, "last month", "earlier this year".
    bool other_time(std::size_t sentence) const;
    // The sentence tells of an earlier meeting ("he had met X", "recalled his meeting with X").
    bool recalls_earlier(std::size_t sentence) const;
    // Token q opens a recall of an earlier meeting: "had" before a past meeting verb, "recalled".
    bool recall_cue(std::size_t q) const;
    // Whether the recall of an earlier meeting comes after the date, in a clause of its own
    // (", where he had attended ..."): the date is then the main clause's.
    bool recalled_after(const DateMention& d) const;
    // The date closes a span of days: "from 23 to 26 July", "between 3 and 5 May".
    bool ends_span_of_days(const DateMention& d) const;
    std::size_t pronoun_subject(std::size_t s, std::size_t k) const;
    std::size_t before_position_marker(std::size_t k, std::size_t a) const;
    // The first token of the longest honorific ending right before `k` (not before `a`), else k:
    // "the Rt Hon" before "Rt Hon", "Senator the Hon." before "the Hon."
    std::size_t before_honorific(std::size_t k, std::size_t a) const;
    bool pronoun_between(std::size_t p, std::size_t k, std::size_t a) const;
    void find_attendance();
    void find_event_speakers_and_hosts();
    void find_session_speakers();
    void find_roles();
    std::string office_before_name(std::size_t pi) const;
    static bool date_beside(const DateMention& d, std::size_t q);
    bool japanese() const;
    void find_japanese();
    void find_title_comma_roles();
    void find_accompanying_roles();
    void find_respective_roles();
    void find_office_name_of_country_roles();
    void find_counterpart_adjective_roles();
    std::string singular_office(std::size_t first, std::size_t last) const;
    bool has_role(std::size_t entity) const;
    void apply_user_roles();
    void find_contributions();
    void find_stances();
    std::size_t entity_of_phrase(std::size_t p) const { return phrases_[p].entity; }
    Evidence evidence(std::size_t sentence, std::string rule, double confidence) const {
        return Evidence{doc_.id, sent_[sentence].span, std::move(rule), confidence};
    }
    void add_relation(RelationType type, std::size_t a, std::size_t b, std::size_t sentence, const std::string& rule,
                      double confidence, std::map<std::string, std::string> attrs = {}, std::string date = {},
                      std::optional<std::size_t> place = {});
    std::size_t first_phrase_after(std::size_t from, std::size_t limit, std::initializer_list<EntityType> types) const;
    std::string find_place(std::size_t sentence) const;
    std::size_t place_in_sentence(std::size_t sentence) const;
};

}  // namespace detail
}  // namespace kg::extract
