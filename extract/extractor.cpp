// The extraction pipeline for one document:
//   tokens and sentences -> dates -> people (from context) -> gazetteer phrases ->
//   named events, programmes and organisations (head nouns, acronym definitions) ->
//   entities -> meetings, MET, ATTENDED, ROLE, CONTRIBUTED with evidence.
// Every rule is a regularity of the genre (readouts, captions, delegation lists),
// never a name: people are found by honorifics, titles, appositions and the
// family-name-in-capitals convention.

#include "extract/extractor.h"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extract/dates.h"
#include "extract/flat_map.h"
#include "extract/gazetteer.h"
#include "extract/text.h"

namespace kg::extract {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool eq_ci(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    if (w.empty()) return false;
    for (std::string_view s : set)
        if (s.size() == w.size() && s[0] == w[0] && s == w) return true;
    return false;
}

bool is_apos(const Token& t) { return t.is("'") || t.is("\u2019"); }
bool is_possessive(const Token& t) { return t.is("'s") || t.is("\u2019s") || t.is("'S") || t.is("\u2019S"); }

// Words that start sentences or headings in capitals but never begin a name.
const std::unordered_set<std::string_view>& non_name_words() {
    static const std::unordered_set<std::string_view> s = {
        "The", "A", "An", "On", "In", "At", "Of", "For", "And", "Or", "But", "With", "By", "To", "From", "As",
        "This", "That", "These", "Those", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "Our",
        "Both", "All", "Also", "After", "Before", "During", "Following", "Regarding", "Furthermore", "Moreover",
        "In", "Minister", "Ministers", "Secretary", "President", "Ambassador", "Foreign", "State", "Prime",
        "Deputy", "Vice", "General", "Meeting", "Summit", "Talk", "Talks", "Conference", "Session", "Photo",
        "Press", "Releases", "Release", "Back", "Overview", "Japan", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Senator", "Honorable", "Honourable", "Hon", "Rt",
        "Excellency", "Mr", "Ms", "Mrs", "Dr", "Prof", "Sir", "Dame", "Former", "Chairman", "Chair", "Director",
        "Director-General", "Commissioner", "Chancellor", "Premier", "King", "Queen", "Prince", "Princess",
        "Emperor", "Crown", "High", "Representative", "Special", "Envoy", "Government", "Governments",
        "Ministry", "Embassy", "Bureau", "Office", "Council", "Commission", "Committee", "Delegation",
        "Partner", "Partners", "Member", "Members", "Leaders", "Leader", "Head", "Heads", "Chief", "Official",
        "Officials", "Side", "Sides", "Courtesy", "Call", "Telephone", "Video", "Joint", "Statement",
        "Minsister", "JST", "USD", "EUR", "JPY", "PDF", "AM", "PM", "Q", "Open", "New", "Window", "Read",
        "Full", "News", "Source", "Page", "Reference", "Note", "Attendance", "Visit", "Dinner", "Lunch",
        "Working", "Bilateral", "Trilateral", "Group", "Commemorative", "Signing", "Ceremony", "Japanese",
        "Secretary-General", "Vice-President", "Vice-Minister", "Where", "When", "What", "Which", "Who", "How",
        "Outline", "Summary", "Today", "Yesterday", "Tomorrow", "Since", "Through", "Under", "Between",
        "Among", "Against", "Regarding", "Concerning", "Recently", "Currently", "Additionally", "Finally",
        "Then", "Next", "Lastly", "First", "Second", "Third", "Here", "There", "Yes", "No", "Not", "Please",
        // verbs of headlines written in title case ("Foreign Minister Cho Holds Talks with ...")
        "Holds", "Held", "Meets", "Met", "Hosts", "Hosted", "Receives", "Received", "Visits", "Visited", "Attends",
        "Attended", "Calls", "Speaks", "Spoke", "Welcomes", "Signs", "Joins", "Discusses", "Travels", "Announces",
        "Says", "Condemns", "Readout", "Remarks", "Today", "Media", "Briefing", "Room", "Date", "Published", "From",
        "Spokesperson", "Spokesman", "Spokeswoman"};
    return s;
}

// Word classes looked up once per token, so the per-token scans of each stage test
// a bit instead of comparing strings.
enum WordFlag : std::uint32_t {
    kNonName = 1u << 0,      // raw text: never starts or continues a name
    kMonth = 1u << 1,        // raw text
    kPostNominal = 1u << 2,  // raw text
    kHonorificStart = 1u << 3,
    kHeadNoun = 1u << 4,     // raw text: Meeting, Fund, Bureau, ... and lower-case session/talk/meeting
    kMeetingVerb = 1u << 5,  // folded: held, met, spoke, received, shakes, attended, ...
    kAttendVerb = 1u << 6,   // folded
    kContribWord = 1u << 7,  // folded
    kStanceWord = 1u << 8,   // folded: support, condemn, welcome, visit, accession, member
};

const std::unordered_map<std::string_view, std::uint32_t>& raw_word_flags() {
    static const std::unordered_map<std::string_view, std::uint32_t> m = [] {
        std::unordered_map<std::string_view, std::uint32_t> f;
        for (std::string_view w : non_name_words()) f[w] |= kNonName;
        for (std::string_view w : {"January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                                   "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
            f[w] |= kMonth;
        for (std::string_view w : {"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "AO", "AC", "PhD", "Jr", "Sr", "MEP",
                                   "MdB", "TD"})
            f[w] |= kPostNominal;
        for (std::string_view w : {"Mr", "Ms", "Mrs", "Dr", "Prof", "Messrs", "Mme", "Mlle", "Sir", "Dame", "H", "HE",
                                   "His", "Her", "Hon", "Honorable", "Honourable", "the", "The", "Rt", "Right",
                                   "Senator"})
            f[w] |= kHonorificStart;
        for (std::string_view w :
             {"Meeting", "Meetings", "Summit", "Conference", "Session", "Sessions", "Consultations", "Consultation",
              "Talk", "Talks", "Forum", "Symposium", "Ministerial", "Round", "Programme", "Program", "Fund",
              "Initiative", "Strategy", "Partnership", "Agreement", "Framework", "Vision", "Plan", "Formula", "Treaty",
              "Accord", "Outlook", "Dialogue", "Dialogues", "Declaration", "Charter", "Convention", "Roadmap",
              "Compact", "Mechanism", "Package", "Statement", "Principles", "Act", "Doctrine", "Agenda", "Facility", "Bureau",
              "Ministry", "Office", "Embassy", "Council", "Commission", "Committee", "Agency", "Organization",
              "Organisation", "Forces", "Parliament", "Assembly", "Secretariat", "Department", "Bank", "Union", "Court",
              "Corporation", "Institute", "Airlines", "Cabinet", "Government", "Senate", "Diet", "Congress", "Service",
              "Authority", "Administration", "Foundation", "University", "Party", "Front", "Army", "Navy", "Guard",
              "Alliance", "session", "sessions", "talk", "talks", "meeting"})
            f[w] |= kHeadNoun;
        return f;
    }();
    return m;
}

const std::unordered_map<std::string_view, std::uint32_t>& folded_word_flags() {
    static const std::unordered_map<std::string_view, std::uint32_t> m = [] {
        std::unordered_map<std::string_view, std::uint32_t> f;
        for (std::string_view w :
             {"held", "had", "hold", "holds", "holding", "have", "has", "conducted", "co-chaired", "met", "meets",
              "meet", "meeting", "spoke", "talked", "speaks", "conferred", "telephoned", "called", "received",
              "receives", "paid", "pays", "made", "makes", "paying", "receiving", "shakes", "shaking", "shook", "shake",
              "attended", "participated", "joined"})
            f[w] |= kMeetingVerb;
        for (std::string_view w : {"attended", "attend", "attending", "attends", "participated", "participates",
                                   "hosted", "chaired", "co-chaired", "joined"})
            f[w] |= kAttendVerb;
        for (std::string_view w : {"contribute", "contributed", "contributes", "contributing", "contribution",
                                   "contributions", "funded", "funds", "financed", "donated", "pledged"})
            f[w] |= kContribWord;
        for (std::string_view w :
             {"support", "supports", "supported", "supporting", "condemn", "condemns", "condemned", "condemning",
              "welcome", "welcomes", "welcomed", "welcoming", "visit", "visited", "visiting", "visits", "accession",
              "member", "members", "joined", "join", "joins"})
            f[w] |= kStanceWord;
        return f;
    }();
    return m;
}

}  // namespace

struct Extractor::Words {
    FlatStringMap<std::uint32_t> flags;  // folded word -> WordFlag | gazetteer start bits
    void add(std::string_view folded, std::uint32_t f) { flags[folded] |= f; }
};

namespace {

struct Honorific {
    std::size_t length = 0;  // tokens
};

// Honorifics before a name: Mr., Ms., Mrs., Dr., Prof., H.E., Hon., the Hon(ourable|orable),
// Rt Hon., Senator the Hon, Sir, Dame, His/Her Excellency. Returns tokens consumed.
std::size_t match_honorific(const std::vector<Token>& t, std::size_t i, std::size_t limit) {
    auto at = [&](std::size_t k) -> const Token* { return k < limit ? &t[k] : nullptr; };
    const Token* a = at(i);
    if (!a) return 0;
    auto dot = [&](std::size_t k) { return at(k) && at(k)->is(".") && !at(k)->space_before; };
    if (a->is_word() && in(a->text, {"Mr", "Ms", "Mrs", "Dr", "Prof", "Messrs", "Mme", "Mlle"}))
        return dot(i + 1) ? 2 : 1;
    if (a->is_word() && in(a->text, {"Sir", "Dame"})) return 1;
    if (a->is("H") && dot(i + 1) && at(i + 2) && at(i + 2)->is("E") && dot(i + 3)) return 4;  // H.E.
    if (a->is("HE") && at(i + 1) && at(i + 1)->cap) return 1;
    if (a->is_word() && in(a->text, {"His", "Her"}) && at(i + 1) && at(i + 1)->is("Excellency")) return 2;
    if (a->is_word() && in(a->text, {"Hon", "Honorable", "Honourable"})) return dot(i + 1) ? 2 : 1;
    if ((a->is("the") || a->is("The")) && at(i + 1) &&
        in(at(i + 1)->text, {"Hon", "Honorable", "Honourable", "Rt", "Right"})) {
        return 1 + match_honorific(t, i + 1, limit);
    }
    if (a->is("Rt") || a->is("Right")) {
        std::size_t k = i + 1;
        if (dot(k)) ++k;
        if (at(k) && in(at(k)->text, {"Hon", "Honourable", "Honorable"})) {
            ++k;
            if (dot(k)) ++k;
            return k - i;
        }
        return 0;
    }
    if (a->is("Senator") && at(i + 1) && at(i + 1)->is("the")) {
        const std::size_t h = match_honorific(t, i + 1, limit);
        return h ? 1 + h : 0;
    }
    return 0;
}

// Letters after a name ("Julie Bishop MP") are not part of it.
bool is_post_nominal(std::string_view w) {
    return in(w, {"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "AO", "AC", "PhD", "Jr", "Sr", "MEP", "MdB", "TD"});
}

bool is_particle(std::string_view w) {
    if (w.empty() || w.size() > 5 || w[0] < 'a' || w[0] > 'z') return false;  // particles are short, lower case
    return in(w, {"von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le",
                  "bin", "binti", "al", "el", "ter", "zu", "y"});
}

struct NameParts {
    std::size_t first = 0, last = 0;  // tokens [first, last)
    std::vector<std::string> parts;   // each part as written ("Byung-se", "KULEBA", "J.")
    std::vector<bool> caps;           // part written in capitals
};

struct PersonMention {
    std::size_t title_first = kNone;  // first token of the title directly before the name
    std::size_t modifier_first = kNone;  // country/organisation word before the title
    std::size_t name_first = 0, name_last = 0;
    std::vector<std::string> parts;
    std::vector<bool> caps;
    bool family_first = false;  // "HAYASHI Yoshimasa"
    bool honorific = false;
    std::size_t entity = kNone;
    std::string title;  // the title directly before the name, as written
    std::size_t of_body = kNone;  // "Title of Japan Name": first token of the body after "of"
};

struct PhraseMention {
    std::size_t first = 0, last = 0;  // tokens
    EntityType type = EntityType::Country;
    std::string canonical;
    bool demonym = false;
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
    std::string date;
    std::size_t place = kNone;  // phrase mention index
};

class DocumentReader {
public:
    DocumentReader(const Gazetteer::Impl& gaz, const Extractor::Words& words, const Document& doc)
        : gaz_(gaz), words_(words), doc_(doc), text_(doc.text) {}

    DocumentExtraction run();

private:
    const Gazetteer::Impl& gaz_;
    const Extractor::Words& words_;
    const Document& doc_;
    std::string_view text_;
    std::vector<Token> tok_;
    std::vector<std::string_view> fold_;  // folded token texts, computed once (into the text or fold_arena_)
    std::string fold_arena_;
    std::vector<std::uint32_t> flags_;  // WordFlag bits per token
    std::vector<Sentence> sent_;
    std::vector<std::size_t> sent_of_;  // token -> sentence
    std::vector<DateMention> dates_;
    int doc_year_ = 0;
    std::string doc_date_;
    std::size_t date_line_token_ = kNone;
    std::vector<std::size_t> owner_;  // token -> claimed by: kNone, or kPersonTag|index, or phrase index
    std::vector<PersonMention> persons_;
    std::vector<PhraseMention> phrases_;
    std::vector<MeetingDraft> meetings_;
    std::size_t lead_sentence_ = kNone;
    DocumentExtraction out_;
    std::vector<std::size_t> person_entity_;  // person mention -> entity index

    static constexpr std::size_t kPersonTag = std::size_t{1} << 40;

    // --- helpers
    // Gazetteer and title lookups, memoised per token for the common sentence-end limit.
    mutable std::vector<PhraseMatch> pm_cache_;
    mutable std::vector<std::uint32_t> tm_cache_;  // title length + 1; 0 = not computed
    mutable std::vector<std::uint8_t> pm_done_;
    PhraseMatch phrase_match(std::size_t i, std::size_t limit) const {
        if (i >= limit || !(flags_[i] & kPhraseStartFlag)) return {};
        if (limit != sentence_end(i)) return gaz_.match(tok_, fold_, i, limit);
        if (!pm_done_[i]) {
            pm_cache_[i] = gaz_.match(tok_, fold_, i, limit);
            pm_done_[i] = 1;
        }
        return pm_cache_[i];
    }
    std::size_t title_match(std::size_t i, std::size_t limit) const {
        if (i >= limit || !(flags_[i] & kTitleStartFlag)) return 0;
        if (limit != sentence_end(i)) return gaz_.match_title(tok_, fold_, i, limit);
        if (!tm_cache_[i]) tm_cache_[i] = static_cast<std::uint32_t>(gaz_.match_title(tok_, fold_, i, limit) + 1);
        return tm_cache_[i] - 1;
    }
    const Token* at(std::size_t i) const { return i < tok_.size() ? &tok_[i] : nullptr; }
    std::size_t sentence_end(std::size_t i) const { return sent_[sent_of_[i]].last; }
    std::size_t sentence_begin(std::size_t i) const { return sent_[sent_of_[i]].first; }
    std::string surface(std::size_t first, std::size_t last) const {
        if (first >= last) return {};
        return std::string(text_.substr(tok_[first].begin, tok_[last - 1].end - tok_[first].begin));
    }
    bool free(std::size_t i) const { return i < owner_.size() && owner_[i] == kNone; }
    void claim(std::size_t first, std::size_t last, std::size_t who) {
        for (std::size_t k = first; k < last; ++k) owner_[k] = who;
    }
    std::optional<std::size_t> phrase_at(std::size_t i) const {
        if (i >= owner_.size() || owner_[i] == kNone || owner_[i] >= kPersonTag) return std::nullopt;
        return owner_[i];
    }
    std::optional<std::size_t> person_at(std::size_t i) const {
        if (i >= owner_.size() || owner_[i] == kNone || owner_[i] < kPersonTag) return std::nullopt;
        return owner_[i] - kPersonTag;
    }

    // --- stages
    void find_dates_and_sentences();
    void find_people();
    bool name_word(std::size_t i) const;
    std::optional<NameParts> read_name(std::size_t i, std::size_t limit, bool allow_single) const;
    std::size_t add_person(std::size_t title_first, std::size_t modifier_first, const NameParts& n, bool honorific,
                           std::size_t title_len);
    void find_surname_mentions();
    void find_phrases();
    void find_named_phrases();
    void find_acronym_definitions();
    void find_quoted_programmes();
    void build_entities();
    void merge_named_phrases();
    std::vector<std::string> named_key(const PhraseMention& m) const;
    void find_meetings();
    // Counterparts `object` of one meeting trigger split into separate meetings.
    std::vector<std::vector<std::size_t>> counterpart_groups(const std::vector<std::size_t>& object, std::size_t from,
                                                             std::size_t stop) const;
    void find_delegations();
    void finish_meetings();
    void find_attendance();
    void find_session_speakers();
    void find_roles();
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

// ---------------------------------------------------------------- dates and sentences

void DocumentReader::find_dates_and_sentences() {
    tok_ = tokenize(text_);
    // Folded texts: most tokens are already folded (lower-case ASCII) and are viewed in
    // place; the others are folded into one arena, viewed once it stops growing.
    std::vector<std::pair<std::size_t, std::size_t>> arena_spans(tok_.size(), {std::string::npos, 0});
    fold_arena_.reserve(text_.size() / 4);
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        const std::string_view t = tok_[i].text;
        bool upper = false, ascii = true;
        for (char c : t) {
            if (c >= 'A' && c <= 'Z') upper = true;
            if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
        }
        if (!upper && ascii) continue;
        const std::size_t at = fold_arena_.size();
        if (ascii) {
            for (char c : t) fold_arena_ += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else {
            fold_arena_ += fold_key(t);
        }
        arena_spans[i] = {at, fold_arena_.size() - at};
    }
    fold_.resize(tok_.size());
    flags_.assign(tok_.size(), 0);
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        fold_[i] = arena_spans[i].first == std::string::npos
                       ? tok_[i].text
                       : std::string_view(fold_arena_).substr(arena_spans[i].first, arena_spans[i].second);
        if (!tok_[i].is_word()) continue;
        if (const std::uint32_t* found = words_.flags.find(fold_[i])) {
            std::uint32_t f = *found;
            const Token& t = tok_[i];
            // Case-sensitive classes hold only for the written forms they were listed in
            // (names need a capital anyway, so "the" and "The" may share kNonName).
            if ((f & kMonth) && !t.cap) f &= ~kMonth;
            if ((f & kPostNominal) && !t.cap && !t.allcaps) f &= ~kPostNominal;
            if ((f & kHeadNoun) && !(t.cap || in(t.text, {"session", "sessions", "talk", "talks", "meeting"})))
                f &= ~kHeadNoun;
            flags_[i] = f;
        }
    }
    pm_cache_.assign(tok_.size(), PhraseMatch{});
    pm_done_.assign(tok_.size(), 0);
    tm_cache_.assign(tok_.size(), 0);
    sent_ = split_sentences(text_, tok_);
    sent_of_.assign(tok_.size(), 0);
    for (std::size_t s = 0; s < sent_.size(); ++s)
        for (std::size_t k = sent_[s].first; k < sent_[s].last; ++k) sent_of_[k] = s;
    owner_.assign(tok_.size(), kNone);
    dates_ = find_dates(tok_);
    if (!doc_.date.empty()) {
        doc_date_ = doc_.date;
        doc_year_ = std::atoi(doc_.date.substr(0, 4).c_str());
    } else if (auto d = find_document_date(text_, tok_, dates_)) {
        doc_date_ = d->iso();
        doc_year_ = d->year;
        date_line_token_ = d->first;
    }
}

// ---------------------------------------------------------------- people

bool DocumentReader::name_word(std::size_t i) const {
    const Token& t = tok_[i];
    if (!t.is_word() || !(t.cap || t.allcaps)) return false;
    return !(flags_[i] & (kNonName | kMonth | kPostNominal));
}

// Reads name parts at i: capitalised words, capitals, hyphenated parts, particles
// between capitalised words, initials ("J."). Stops at anything else.
std::optional<NameParts> DocumentReader::read_name(std::size_t i, std::size_t limit, bool allow_single) const {
    NameParts n;
    n.first = i;
    std::size_t k = i;
    while (k < limit && n.parts.size() < 5) {
        const Token& t = tok_[k];
        if (k > i && t.newline_before) break;
        // initial: single capital letter followed by "."
        if (t.is_word() && t.text.size() == 1 && t.cap && k + 1 < limit && tok_[k + 1].is(".") &&
            !n.parts.empty() && k + 2 < limit && name_word(k + 2)) {
            n.parts.push_back(std::string(t.text) + ".");
            n.caps.push_back(false);
            k += 2;
            continue;
        }
        // particles, also in chains: "von der Leyen", "de la Cruz"
        std::size_t after_particles = k;
        while (after_particles < limit && tok_[after_particles].is_word() && is_particle(tok_[after_particles].text))
            ++after_particles;
        if (after_particles > k && !n.parts.empty() && after_particles < limit && name_word(after_particles) &&
            after_particles - k <= 3) {
            for (std::size_t q = k; q < after_particles; ++q) {
                n.parts.emplace_back(tok_[q].text);
                n.caps.push_back(false);
            }
            k = after_particles;
            continue;
        }
        if (t.is_word() && is_particle(t.text) && !n.parts.empty() && k + 1 < limit && name_word(k + 1)) {
            n.parts.emplace_back(t.text);
            n.caps.push_back(false);
            ++k;
            continue;
        }
        if (!name_word(k)) break;
        if (title_match(k, limit) && !n.parts.empty()) break;
        // A gazetteer phrase (country, organisation) ends the name unless it is
        // immediately followed by a capitalised family name ("Israel KATZ").
        if (k > i) {
            PhraseMatch pm = phrase_match(k, limit);
            if (pm.entry && !(pm.length == 1 && k + 1 < limit && tok_[k + 1].allcaps)) break;
        }
        std::string part(t.text);
        bool caps = t.allcaps;
        std::size_t e = k + 1;
        // hyphenated parts: Byung-se, Heung-soo, Jean-Yves
        while (e + 1 < limit && (tok_[e].is("-") || tok_[e].is("\u2010")) && !tok_[e].space_before &&
               !tok_[e + 1].space_before && tok_[e + 1].is_word()) {
            part += "-";
            part += tok_[e + 1].text;
            caps = caps && tok_[e + 1].allcaps;
            e += 2;
        }
        n.parts.push_back(part);
        n.caps.push_back(caps);
        k = e;
    }
    // trailing particles are not names
    while (!n.parts.empty() && is_particle(n.parts.back())) {
        n.parts.pop_back();
        n.caps.pop_back();
        --k;
    }
    n.last = k;
    if (n.parts.empty()) return std::nullopt;
    if (n.parts.size() == 1 && !allow_single) return std::nullopt;
    return n;
}

std::size_t DocumentReader::add_person(std::size_t title_first, std::size_t modifier_first, const NameParts& n,
                                       bool honorific, std::size_t title_len) {
    PersonMention p;
    p.title_first = title_first;
    p.modifier_first = modifier_first;
    p.name_first = n.first;
    p.name_last = n.last;
    p.parts = n.parts;
    p.caps = n.caps;
    p.honorific = honorific;
    // Family name in capitals first, given name after: "HAYASHI Yoshimasa".
    if (p.parts.size() >= 2 && p.caps[0] && !p.caps.back()) p.family_first = true;
    if (title_first != kNone && title_len) p.title = surface(title_first, title_first + title_len);
    persons_.push_back(std::move(p));
    const std::size_t idx = persons_.size() - 1;
    claim(n.first, n.last, kPersonTag + idx);
    return idx;
}

void DocumentReader::find_people() {
    const std::size_t n = tok_.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!free(i)) continue;
        const std::size_t limit = sentence_end(i);
        // (1) [Org/Country] Title [Honorific] Name
        std::size_t modifier_first = kNone;
        std::size_t j = i;
        if (PhraseMatch pm = phrase_match(i, limit); pm.entry) {
            std::size_t k = i + pm.length;
            if (k < limit && is_possessive(tok_[k])) ++k;
            if ((pm.entry->type == EntityType::Country || pm.entry->type == EntityType::Organization) && k < limit &&
                title_match(k, limit)) {
                modifier_first = i;
                j = k;
            } else if (pm.length >= 2 && !(flags_[i] & kHonorificStart)) {
                // A known name of several words holds no person ("United Nations General Assembly").
                i += pm.length - 1;
                continue;
            }
        }
        if (const std::size_t tl = title_match(j, limit); tl) {
            std::size_t k = j + tl;
            // "High Representative/Vice-President Kaja Kallas": offices joined by a slash
            while (k + 1 < limit && tok_[k].is("/") && title_match(k + 1, limit)) k += 1 + title_match(k + 1, limit);
            // "Minister for Foreign Affairs of Japan Iwaya Takeshi", "the Prime Minister of Japan, Fumio
            // Kishida,", "Japan's Foreign Minister, Hayashi Yoshimasa,": a full name after the office.
            {
                std::size_t q = k;
                std::size_t body = kNone;
                if (q < limit && tok_[q].is("of")) {
                    std::size_t r = q + 1;
                    if (r < limit && tok_[r].is("the")) ++r;
                    if (PhraseMatch b = phrase_match(r, limit);
                        b.entry && (b.entry->type == EntityType::Country || b.entry->type == EntityType::Organization) &&
                        !b.entry->demonym) {
                        body = r;
                        q = r + b.length;
                    }
                }
                const bool after_body = body != kNone;
                if ((after_body || (q < limit && tok_[q].is(","))) && q < limit) {
                    std::size_t n0 = q;
                    if (tok_[n0].is(",")) ++n0;
                    if (n0 < limit && free(n0) && !match_honorific(tok_, n0, limit)) {
                        if (auto name = read_name(n0, limit, false); name && name->parts.size() <= 4) {
                            const std::size_t e = name->last;
                            const bool closed =
                                e >= limit || tok_[e].is(",") || tok_[e].is(".") || tok_[e].is(")") || tok_[e].is(";") ||
                                (tok_[e].is_word() && !tok_[e].cap && !tok_[e].allcaps);
                            const PhraseMatch known = phrase_match(n0, limit);
                            const bool is_place = known.entry && n0 + known.length >= name->last;
                            if (closed && !is_place) {
                                const std::size_t idx = add_person(kNone, modifier_first, *name, false, 0);
                                persons_[idx].of_body = body;
                                persons_[idx].title = surface(j, j + tl);
                                i = name->last - 1;
                                continue;
                            }
                        }
                    }
                }
            }
            // "Ambassador to Japan Ms. Caroline Kennedy"
            if (k + 1 < limit && tok_[k].is("to")) {
                if (PhraseMatch to = phrase_match(k + 1, limit); to.entry && to.entry->type == EntityType::Country &&
                                                                      match_honorific(tok_, k + 1 + to.length, limit))
                    k += 1 + to.length;
            }
            bool hon = false;
            if (const std::size_t h = match_honorific(tok_, k, limit); h) {
                k += h;
                hon = true;
            }
            if (k < limit && free(k)) {
                if (auto name = read_name(k, limit, true)) {
                    // A single-word name after a title must not be a known place or body.
                    PhraseMatch pm2 = phrase_match(k, limit);
                    const bool known = pm2.entry && pm2.length >= name->last - name->first;
                    if (!known || (name->parts.size() >= 2 && hon)) {
                        add_person(hon ? kNone : j, modifier_first, *name, hon, hon ? 0 : tl);
                        i = name->last - 1;
                        continue;
                    }
                }
            }
        }
        // (2) Honorific Name
        if (const std::size_t h = (flags_[i] & kHonorificStart) ? match_honorific(tok_, i, limit) : 0; h) {
            const std::size_t k = i + h;
            if (k < limit) {
                if (auto name = read_name(k, limit, true)) {
                    add_person(kNone, kNone, *name, true, 0);
                    i = name->last - 1;
                    continue;
                }
            }
        }
        // (3) Family name in capitals: "HAYASHI Yoshimasa", "TSUJI Kiyoto"
        if (tok_[i].allcaps && tok_[i].text.size() >= 3 && name_word(i) && i + 1 < limit && name_word(i + 1) &&
            !tok_[i + 1].allcaps && !phrase_match(i, limit).entry) {
            // ... unless more capitalised words follow: "CPC Central Committee" is a body
            if (auto name = read_name(i, limit, false);
                name && !(name->last < limit && tok_[name->last].is_word() && (tok_[name->last].cap || tok_[name->last].allcaps))) {
                add_person(kNone, kNone, *name, false, 0);
                i = name->last - 1;
                continue;
            }
        }
        // (4) Apposition: "Antony Blinken, Secretary of State"
        if (name_word(i) && !tok_[i].allcaps && (i == 0 || !tok_[i - 1].is_word() || !tok_[i - 1].cap)) {
            // cheap test first: a run of capitalised words (and hyphens, particles) ending in a comma
            std::size_t e = i;
            while (e < limit && e < i + 12 &&
                   (tok_[e].cap || tok_[e].allcaps || tok_[e].is("-") || tok_[e].is(".") || is_particle(tok_[e].text)))
                ++e;
            if (e >= limit || !tok_[e].is(",")) continue;
            if (auto name = read_name(i, limit, false); name && name->parts.size() <= 4) {
                const std::size_t k = name->last;
                std::size_t t0 = k + 1;
                if (t0 < limit && tok_[t0].is("the")) ++t0;
                if (PhraseMatch c = phrase_match(t0, limit);
                    c.entry && (c.entry->type == EntityType::Country || c.entry->type == EntityType::Organization)) {
                    std::size_t after = t0 + c.length;
                    if (after < limit && is_possessive(tok_[after])) ++after;
                    if (title_match(after, limit)) t0 = after;
                }
                if (k + 1 < limit && tok_[k].is(",") && title_match(t0, limit) &&
                    !phrase_match(i, limit).entry) {
                    add_person(kNone, kNone, *name, false, 0);
                    i = name->last - 1;
                    continue;
                }
            }
        }
    }
}

// Later short mentions: a bare family name ("Hayashi", "KAMIKAWA") of a person
// already found in the document.
void DocumentReader::find_surname_mentions() {
    FlatStringMap<std::size_t> surnames;  // folded part -> person mention
    for (std::size_t p = 0; p < persons_.size(); ++p) {
        const PersonMention& m = persons_[p];
        const std::string key = fold_key(m.parts.size() >= 2 && !m.family_first ? m.parts.back() : m.parts.front());
        if (!surnames.contains(key)) surnames[key] = p;
        // Korean names write the family name first with a hyphenated given name: "Yun Byung-se" is "Yun".
        if (m.parts.size() == 2 && !m.family_first && m.parts.back().find('-') != std::string::npos) {
            const std::string family = fold_key(m.parts.front());
            if (!surnames.contains(family)) surnames[family] = p;
        }
    }
    if (surnames.size() == 0) return;
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        if (!free(i) || !tok_[i].is_word() || !(tok_[i].cap || tok_[i].allcaps)) continue;
        if (!surnames.contains(fold_[i])) continue;
        if (i + 1 < tok_.size() && tok_[i + 1].is("-") && !tok_[i + 1].space_before) continue;
        if (i > 0 && tok_[i - 1].is("-") && !tok_[i].space_before) continue;
        NameParts n;
        n.first = i;
        n.last = i + 1;
        n.parts = {std::string(tok_[i].text)};
        n.caps = {tok_[i].allcaps};
        // A title directly before ("Minister Hayashi" where the title was not caught) is kept.
        std::size_t title_first = kNone, title_len = 0;
        for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
            const std::size_t s = i - back;
            if (const std::size_t tl = title_match(s, i); tl == back) {
                title_first = s;
                title_len = tl;
            }
        }
        add_person(title_first, kNone, n, false, title_len);
    }
}

// ---------------------------------------------------------------- gazetteer phrases

void DocumentReader::find_phrases() {
    std::size_t title_until = 0;
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        if (!free(i)) continue;
        const std::size_t limit = sentence_end(i);
        if (i >= title_until) {
            if (const std::size_t tl = title_match(i, limit); tl > 1) title_until = i + tl;
        }
        if (i < title_until && i > 0) {
            // inside a title: "Europe" in "Minister for Europe and Foreign Affairs"
            bool inner = false;
            for (std::size_t q = (i >= 6 ? i - 6 : 0); q < i; ++q)
                if (const std::size_t tl = title_match(q, limit); tl > 1 && q + tl > i && q < i) inner = true;
            if (inner) continue;
        }
        // "East and South China Seas": two places sharing a plural head.
        if (i + 4 < limit && tok_[i + 1].is("and") && tok_[i].cap && tok_[i + 2].cap) {
            std::size_t head = i + 3;
            while (head < limit && head < i + 6 && !(tok_[head].is_word() && tok_[head].text.ends_with("s") &&
                                                    in(tok_[head].text, {"Seas", "Islands", "Straits", "Oceans", "Peninsulas"})))
                ++head;
            if (head < limit && head < i + 6) {
                const std::string singular(tok_[head].text.substr(0, tok_[head].text.size() - 1));
                std::string first = std::string(tok_[i].text);
                for (std::size_t q = i + 3; q < head; ++q) first += " " + std::string(tok_[q].text);
                first += " " + singular;
                std::string second;
                for (std::size_t q = i + 2; q < head; ++q) second += std::string(tok_[q].text) + " ";
                second += singular;
                auto e1 = gaz_.phrases.find(phrase_key(first));
                auto e2 = gaz_.phrases.find(phrase_key(second));
                if (e1 != gaz_.phrases.end() && e2 != gaz_.phrases.end() && !e1->second.empty() && !e2->second.empty()) {
                    PhraseMention m1, m2;
                    m1.first = i;
                    m1.last = head + 1;
                    m1.type = e1->second.front().type;
                    m1.canonical = e1->second.front().canonical;
                    m2.first = i + 2;
                    m2.last = head + 1;
                    m2.type = e2->second.front().type;
                    m2.canonical = e2->second.front().canonical;
                    phrases_.push_back(m1);
                    claim(i, i + 2, phrases_.size() - 1);
                    phrases_.push_back(m2);
                    claim(i + 2, head + 1, phrases_.size() - 1);
                    i = head;
                    continue;
                }
            }
        }
        PhraseMatch pm = phrase_match(i, limit);
        if (!pm.entry) continue;
        std::size_t end = i + pm.length;
        bool ok = true;
        for (std::size_t k = i; k < end; ++k)
            if (!free(k)) ok = false;
        if (!ok) continue;
        // A place or country followed directly by more capitalised words is part of a
        // longer name we do not know ("New Zealand" is fine; "Georgia Institute" is not).
        PhraseMention m;
        m.first = i;
        m.last = end;
        m.type = pm.entry->type;
        m.canonical = pm.entry->canonical;
        m.demonym = pm.entry->demonym;
        phrases_.push_back(m);
        claim(i, end, phrases_.size() - 1);
        i = end - 1;
    }
}

namespace {

enum class HeadKind { None, Event, Programme, Organization };

HeadKind head_kind(std::string_view w) {
    if (in(w, {"Meeting", "Meetings", "Summit", "Conference", "Session", "Sessions", "Consultations", "Consultation",
               "Talk", "Talks", "Forum", "Symposium", "Ministerial", "Round", "Games", "session", "sessions", "talk",
               "talks", "meeting"}))
        return in(w, {"Games"}) ? HeadKind::None : HeadKind::Event;
    if (in(w, {"Programme", "Program", "Fund", "Initiative", "Strategy", "Partnership", "Agreement", "Framework",
               "Vision", "Plan", "Formula", "Treaty", "Accord", "Outlook", "Dialogue", "Dialogues", "Declaration",
               "Charter", "Convention", "Roadmap", "Compact", "Mechanism", "Package", "Statement", "Principles",
               "Act", "Doctrine", "Agenda", "Facility"}))
        return HeadKind::Programme;
    if (in(w, {"Bureau", "Ministry", "Office", "Embassy", "Council", "Commission", "Committee", "Agency",
               "Organization", "Organisation", "Forces", "Parliament", "Assembly", "Secretariat", "Department",
               "Bank", "Union", "Court", "Corporation", "Institute", "Airlines", "Cabinet", "Government", "Senate",
               "Diet", "Congress", "Service", "Authority", "Administration", "Agency", "Foundation", "University",
               "Party", "Front", "Army", "Navy", "Coast Guard", "Guard", "Alliance"}))
        return HeadKind::Organization;
    return HeadKind::None;
}

// Words that describe a meeting without naming it.
bool generic_modifier(std::string_view w) {
    return in(w, {"Foreign", "Ministers", "Minister", "Ministerial", "Telephone", "Video", "Leaders", "Summit",
                  "High-Level", "High", "Level", "Bilateral", "Trilateral", "Joint", "Working", "Plenary", "Special",
                  "Annual", "Partner", "Partners", "Session", "Meeting", "The", "Defense", "Defence", "Trade",
                  "Economic", "Finance", "Development", "Vice-Ministerial", "Senior", "Officials", "Official",
                  "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                  "Strategic", "Security", "Policy", "Talk", "Talks", "Call", "Conversation", "Courtesy",
                  "Photo", "Dinner", "Lunch", "A", "An", "This", "That", "Public", "Relations", "General", "Affairs",
                  "Trust", "Cooperation", "Partnership", "National", "Outreach", "Ministry", "Council", "Office"});
}

}  // namespace

// Named events, programmes and organisations recognised by their head noun
// ("... Foreign Ministers' Meeting", "... Trust Fund", "... Affairs Bureau") and the
// capitalised words before it; "Meeting of NATO Ministers of Foreign Affairs" and
// "Conference for the Promotion of ..." extend to the right.
void DocumentReader::find_named_phrases() {
    const std::size_t n = tok_.size();
    std::vector<PhraseMention> found;
    for (std::size_t h = 0; h < n; ++h) {
        const Token& t = tok_[h];
        if (!(flags_[h] & kHeadNoun)) continue;
        if (!t.cap) {
            // Lower-case heads name a meeting only after a compound of names:
            // "the G7-only session", "Japan-United Kingdom(UK)-Australia Foreign Ministers' telephone talk".
            if (!in(t.text, {"session", "sessions", "talk", "talks", "meeting"}) || h == 0) continue;
            bool compound = false;
            for (std::size_t q = (h >= 8 ? h - 8 : 0); q < h; ++q)
                if ((tok_[q].is("-") || tok_[q].is("+")) && !tok_[q].space_before && q > 0 &&
                    (tok_[q - 1].allcaps || phrase_at(q - 1)))
                    compound = true;
            if (!compound) continue;
            std::size_t prev = h - 1;
            if ((tok_[prev].is("telephone") || tok_[prev].is("video")) && prev > 0) --prev;
            if (is_apos(tok_[prev]) && prev > 0) --prev;
            if (!(tok_[prev].cap || tok_[prev].allcaps || (prev > 0 && tok_[prev - 1].is("-")))) continue;
        }
        HeadKind kind = head_kind(t.text);
        if (kind == HeadKind::None) continue;
        if (person_at(h)) continue;
        if (auto inner = phrase_at(h); inner && phrases_[*inner].last != h + 1) continue;
        const std::size_t s_begin = sentence_begin(h), s_end = sentence_end(h);
        // The head is the last head noun of a run of capitalised words:
        // "Partnership Programme", "Package Trust Fund", "Summit Meeting".
        {
            std::size_t q = h + 1;
            std::size_t last_head = h;
            while (q < s_end && tok_[q].is_word() && (tok_[q].cap || tok_[q].allcaps) && !person_at(q) &&
                   !month_number(tok_[q].text) && q <= h + 3) {
                if (head_kind(tok_[q].text) != HeadKind::None) last_head = q;
                ++q;
            }
            h = last_head;
        }
        kind = head_kind(tok_[h].text);
        const Token& head = tok_[h];
        // leftwards
        std::size_t left = h;
        std::size_t k = h;
        // A known name ending at the head ("Foreign, Commonwealth & Development Office") is
        // extended only beyond its first word.
        if (auto inner = phrase_at(h); inner && phrases_[*inner].last == h + 1) left = k = phrases_[*inner].first;
        while (k > s_begin) {
            const std::size_t p = k - 1;
            if (in(tok_[p].text, {"Holds", "Held", "Meets", "Met", "Hosts", "Hosted", "Receives", "Visits", "Attends",
                                  "Joins", "Signs", "Welcomes", "Discusses", "Readout"}))
                break;
            const Token& u = tok_[p];
            if (person_at(p)) break;
            if (u.newline_before && p != s_begin) {
            }
            // "G7-only": a lower-case word hyphenated to a name
            if (u.is_word() && !u.cap && !u.allcaps && p >= 2 && p - 2 >= s_begin && tok_[p - 1].is("-") &&
                !tok_[p - 1].space_before && !u.space_before &&
                (tok_[p - 2].allcaps || tok_[p - 2].cap || phrase_at(p - 2))) {
                left = p;
                k = p;
                continue;
            }
            if (u.is_word() && (u.cap || u.allcaps || u.kind == Token::Kind::Number)) {
                if (in(u.text, {"The", "On", "In", "At", "By", "With", "From", "For", "And", "Of", "To", "As", "A",
                                "An", "Between", "Attendance", "Photo", "During", "After", "Before"}))
                    break;
                if (month_number(u.text) && !phrase_at(p)) break;
                left = p;
                k = p;
                continue;
            }
            if (u.kind == Token::Kind::Number) {
                left = p;
                k = p;
                continue;
            }
            if (u.is_word() && u.text.size() >= 3 && (u.text.ends_with("th") || u.text.ends_with("st") ||
                                                      u.text.ends_with("nd") || u.text.ends_with("rd")) &&
                u.text[0] >= '0' && u.text[0] <= '9') {
                left = p;
                k = p;
                continue;
            }
            // hyphen joins (Japan-ROK), apostrophe after plural (Ministers'), parentheses (Quad)
            if ((u.is("-") || u.is("\u2010") || u.is("+")) && p > s_begin) {
                k = p;
                continue;
            }
            if (is_apos(u) && p > s_begin && tok_[p - 1].is_word()) {
                k = p;
                continue;
            }
            if (u.is(".") && !u.space_before && p > s_begin && tok_[p - 1].is_word() && tok_[p - 1].text.size() == 1) {
                k = p;
                continue;
            }
            if (u.is(")") && p >= 2 && tok_[p - 2].is("(") ) {
                k = p - 2;
                continue;
            }
            if (u.is_word() && in(u.text, {"and", "of", "for", "on"}) && p > s_begin && tok_[p - 1].is_word() &&
                (tok_[p - 1].cap || tok_[p - 1].allcaps) && !in(tok_[p - 1].text, {"The", "On", "In"})) {
                k = p;
                continue;
            }
            break;
        }
        // a hyphen or connector cannot start the name
        while (left < h && !(tok_[left].is_word() || tok_[left].kind == Token::Kind::Number)) ++left;
        // rightwards: "Meeting of NATO Ministers of Foreign Affairs", "Conference for the Promotion of ..."
        std::size_t right = h + 1;
        // plural heads that follow ("Trust Fund" is handled by the head Fund itself)
        if (kind == HeadKind::Event ||
            (kind == HeadKind::Organization &&
             in(head.text, {"Embassy", "Organization", "Organisation", "Party", "Agency", "Institute", "Foundation",
                            "Bank", "Court", "Corporation", "Authority"})) ||
            (kind == HeadKind::Programme &&
             in(head.text, {"Agreement", "Treaty", "Convention", "Plan", "Strategy", "Initiative", "Framework", "Vision"}))) {
            std::size_t r = h + 1;
            std::size_t best = h + 1;
            if (r < s_end && in(tok_[r].text, {"of", "for", "on"})) {
                std::size_t q = r + 1;
                if (q < s_end && tok_[q].is("the")) ++q;
                while (q < s_end) {
                    const Token& u = tok_[q];
                    if (u.is_word() && (u.cap || u.allcaps) && !person_at(q) && !month_number(u.text)) {
                        ++q;
                        best = q;
                        continue;
                    }
                    if ((u.is("-") || is_apos(u)) && !u.space_before) {
                        ++q;
                        continue;
                    }
                    if (u.is_word() &&
                        (in(u.text, {"of", "and", "for", "the", "on"}) ||
                         (kind == HeadKind::Programme && in(u.text, {"to", "a", "an"}))) &&
                        q + 1 < s_end && (tok_[q + 1].cap || tok_[q + 1].allcaps || in(tok_[q + 1].text, {"the", "a", "an"}))) {
                        ++q;
                        continue;
                    }
                    if (head.is("Embassy") && u.is("in") && q + 1 < s_end && tok_[q + 1].cap) {
                        ++q;
                        continue;
                    }
                    break;
                }
                if (best > r + 1) right = best;
            }
        }
        // Is it a proper name? Some modifier must be specific: a known entity, an
        // acronym, a number, or a capitalised word that is not generic.
        bool proper = false;
        std::size_t caps = 0;
        for (std::size_t q = left; q < right; ++q) {
            if (q == h) continue;
            const Token& u = tok_[q];
            if (phrase_at(q)) proper = true;
            if (u.kind == Token::Kind::Number || u.allcaps) proper = true;
            if (u.is_word() && u.cap) {
                ++caps;
                if (!generic_modifier(u.text)) proper = true;
            }
        }
        if (kind == HeadKind::Programme && caps >= 2) proper = true;
        if (right > h + 1 && caps >= 3) proper = true;
        if (kind == HeadKind::Organization && caps >= 1 && !in(head.text, {"Government", "Cabinet", "Diet"}))
            proper = proper || caps >= 2;
        // Descriptive headings are not names: "Meeting between ...", "Telephone Talk Between ...".
        if (kind == HeadKind::Event && right < s_end && (tok_[right].is("Between") || tok_[right].is("between")))
            proper = false;
        if (!proper || right - left < 2) continue;
        // Multi-word entity: mark inner gazetteer matches as inside.
        const EntityType type = kind == HeadKind::Event       ? EntityType::Event
                                : kind == HeadKind::Programme ? EntityType::Programme
                                                              : EntityType::Organization;
        PhraseMention m;
        m.first = left;
        m.last = right;
        m.type = type;
        m.canonical = surface(left, right);
        m.head = h;
        // If the whole span is one known phrase, keep that.
        if (auto p = phrase_at(left); p && phrases_[*p].first == left && phrases_[*p].last == right) continue;
        found.push_back(m);
        h = right - 1;
    }
    for (PhraseMention& m : found) {
        for (std::size_t q = m.first; q < m.last; ++q)
            if (auto p = phrase_at(q)) phrases_[*p].inside = true;
        phrases_.push_back(m);
        claim(m.first, m.last, phrases_.size() - 1);
    }
}

// "Individually Tailored Partnership Programme (ITPP)": the acronym becomes an alias,
// and later uses of it mention the same entity.
// A quoted title of capitalised words names a programme or policy vision:
// “Mutually Beneficial Relationship Based on Common Strategic Interests”,
// "Pro-active Contributor to Peace". Quotes around known names or prose are not.
void DocumentReader::find_quoted_programmes() {
    for (std::size_t i = 0; i + 2 < tok_.size(); ++i) {
        if (!(tok_[i].is("\u201c") || tok_[i].is("\""))) continue;
        const std::size_t limit = std::min(sentence_end(i), i + 14);
        std::size_t q = i + 1;
        std::size_t caps = 0;
        bool ok = true;
        while (q < limit && !(tok_[q].is("\u201d") || tok_[q].is("\""))) {
            const Token& u = tok_[q];
            if (!free(q)) ok = false;
            if (u.is_word()) {
                if (u.cap || u.allcaps) ++caps;
                else if (!in(u.text, {"of", "and", "for", "to", "on", "the", "in", "a", "an", "with", "based"}) &&
                         !(tok_[q - 1].is("-") && !u.space_before))
                    ok = false;
            } else if (!(u.is("-") && !u.space_before)) {
                ok = false;
            }
            ++q;
        }
        if (!ok || q >= limit || caps < 3 || q - i - 1 < 3) continue;
        if (!tok_[i + 1].cap) continue;
        PhraseMention m;
        m.first = i + 1;
        m.last = q;
        m.type = EntityType::Programme;
        m.canonical = surface(i + 1, q);
        phrases_.push_back(m);
        claim(i + 1, q, phrases_.size() - 1);
        i = q;
    }
}

void DocumentReader::find_acronym_definitions() {
    std::unordered_map<std::string, std::size_t> acronyms;  // acronym -> phrase index of long form
    for (std::size_t i = 0; i + 2 < tok_.size(); ++i) {
        if (!tok_[i].is("(") || !tok_[i + 2].is(")")) continue;
        const Token& a = tok_[i + 1];
        if (!(a.allcaps || (a.is_word() && a.text.size() >= 2 && a.cap))) continue;
        if (i == 0) continue;
        auto p = phrase_at(i - 1);
        if (!p) continue;
        PhraseMention& long_form = phrases_[*p];
        if (long_form.last != i) continue;
        // initials of the long form must contain the acronym's letters in order
        std::string initials;
        for (std::size_t q = long_form.first; q < long_form.last; ++q)
            if (tok_[q].is_word() && (tok_[q].cap || tok_[q].allcaps)) initials += tok_[q].text[0];
        std::size_t pos = 0;
        for (char c : a.text)
            if (pos < initials.size() && c == initials[pos]) ++pos;
        if (pos < std::min<std::size_t>(a.text.size(), 2)) continue;
        acronyms.emplace(std::string(a.text), *p);
        if (free(i + 1)) {
            PhraseMention m;
            m.first = i + 1;
            m.last = i + 2;
            m.type = long_form.type;
            m.canonical = long_form.canonical;
            phrases_.push_back(m);
            claim(i + 1, i + 2, phrases_.size() - 1);
        }
    }
    if (acronyms.empty()) return;
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        if (!free(i) || !tok_[i].is_word() || !(tok_[i].cap || tok_[i].allcaps)) continue;
        auto it = acronyms.find(std::string(tok_[i].text));
        if (it == acronyms.end()) continue;
        PhraseMention m;
        m.first = i;
        m.last = i + 1;
        m.type = phrases_[it->second].type;
        m.canonical = phrases_[it->second].canonical;
        phrases_.push_back(m);
        claim(i, i + 1, phrases_.size() - 1);
    }
}

// ---------------------------------------------------------------- entities

namespace {

std::string person_display(const PersonMention& m) {
    // Canonical order: given name first; capitals to normal case.
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < m.parts.size(); ++k)
        parts.push_back(m.caps[k] ? to_title_word(m.parts[k]) : m.parts[k]);
    if (m.family_first) std::rotate(parts.begin(), parts.begin() + 1, parts.end());
    std::string out;
    for (const std::string& p : parts) {
        if (!out.empty()) out += ' ';
        out += p;
    }
    return out;
}

std::string strip_the(std::string s) {
    if (s.rfind("the ", 0) == 0 || s.rfind("The ", 0) == 0) s = s.substr(4);
    return s;
}

}  // namespace

// The words that identify a named phrase: known names inside it by their canonical
// form, parenthesised acronyms and quotes dropped, plurals of the head folded.
std::vector<std::string> DocumentReader::named_key(const PhraseMention& m) const {
    std::vector<std::string> key;
    // The known names inside (their tokens are claimed by the whole phrase now).
    std::vector<const PhraseMention*> inner(m.last - m.first, nullptr);
    for (const PhraseMention& p : phrases_)
        if (&p != &m && p.inside && p.first >= m.first && p.last <= m.last) inner[p.first - m.first] = &p;
    std::size_t q = m.first;
    while (q < m.last) {
        const Token& t = tok_[q];
        if (t.is("(")) {
            while (q < m.last && !tok_[q].is(")")) ++q;
            ++q;
            continue;
        }
        if (const PhraseMention* p = inner[q - m.first]) {
            key.push_back("\x01" + fold_key(p->canonical));  // marked as a name
            q = std::max(q + 1, p->last);
            continue;
        }
        if (t.is_word() || t.kind == Token::Kind::Number) {
            std::string w = fold_key(t.text);
            if (q == m.head && w.size() > 3 && w.back() == 's' && w != "talks" && w != "consultations") w.pop_back();
            if (!in(w, {"the", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth"}) || q == m.first)
                key.push_back(w);
        }
        ++q;
    }
    return key;
}

// One named event (or programme) per document however it is written: "Japan-ROK
// Foreign Ministers' Meeting" and "Japan-Republic of Korea (ROK) Foreign Ministers'
// Meeting" are one; a shorter form whose words all appear in a longer one with the
// same head ("ASEM Summit Meeting", "ASEM 10 Summit Meeting") is the same meeting.
void DocumentReader::merge_named_phrases() {
    std::vector<std::size_t> named;
    for (std::size_t p = 0; p < phrases_.size(); ++p)
        if (phrases_[p].head != kNone && phrases_[p].type != EntityType::Organization) named.push_back(p);
    if (named.size() < 2) return;
    std::vector<std::vector<std::string>> keys;
    for (std::size_t p : named) {
        auto k = named_key(phrases_[p]);
        std::sort(k.begin(), k.end());
        k.erase(std::unique(k.begin(), k.end()), k.end());
        keys.push_back(std::move(k));
    }
    std::vector<std::size_t> order(named.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return keys[x].size() > keys[y].size(); });
    std::vector<std::size_t> cluster_of(named.size(), kNone);
    std::vector<std::size_t> reps;  // representative index into named
    for (std::size_t i : order) {
        const PhraseMention& m = phrases_[named[i]];
        for (std::size_t r : reps) {
            const PhraseMention& rm = phrases_[named[r]];
            if (rm.type != m.type || fold_key(tok_[rm.head].text).substr(0, 4) != fold_key(tok_[m.head].text).substr(0, 4))
                continue;
            // A shorter form that names parties may not drop any: "Japan-China ... Meeting"
            // is not "Japan-China-ROK Trilateral ... Meeting".
            auto names = [](const std::vector<std::string>& k) {
                return std::count_if(k.begin(), k.end(), [](const std::string& w) { return !w.empty() && w[0] == '\x01'; });
            };
            if (names(keys[i]) > 0 && names(keys[r]) != names(keys[i])) continue;
            if (std::includes(keys[r].begin(), keys[r].end(), keys[i].begin(), keys[i].end())) {
                cluster_of[i] = r;
                break;
            }
        }
        if (cluster_of[i] == kNone) {
            cluster_of[i] = i;
            reps.push_back(i);
        }
    }
    // canonical: the form written first in the document
    std::map<std::size_t, std::string> first_form;
    for (std::size_t i = 0; i < named.size(); ++i) {
        const std::size_t r = cluster_of[i];
        auto it = first_form.find(r);
        if (it == first_form.end()) first_form[r] = phrases_[named[i]].canonical;
    }
    std::map<std::string, std::string> rename;
    for (std::size_t i = 0; i < named.size(); ++i) {
        const std::string& target = first_form[cluster_of[i]];
        if (phrases_[named[i]].canonical != target) rename[phrases_[named[i]].canonical] = target;
    }
    for (PhraseMention& m : phrases_)
        if (m.type != EntityType::Organization)
            if (auto it = rename.find(m.canonical); it != rename.end() && m.type != EntityType::Country) m.canonical = it->second;
}

void DocumentReader::build_entities() {
    // People: full names first, then short forms attach to the full name that contains them.
    struct Cluster {
        std::string name;
        std::vector<std::string> folded_parts;
        std::size_t entity = kNone;
    };
    std::vector<Cluster> clusters;
    std::unordered_map<std::string, std::size_t> by_key;
    person_entity_.assign(persons_.size(), kNone);
    auto new_entity = [&](EntityType type, const std::string& name) {
        Entity e;
        e.type = type;
        e.name = name;
        out_.entities.push_back(std::move(e));
        return out_.entities.size() - 1;
    };
    std::vector<std::size_t> order(persons_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return persons_[a].parts.size() > persons_[b].parts.size(); });
    for (std::size_t idx : order) {
        const PersonMention& m = persons_[idx];
        std::string display = person_display(m);
        // A user's alias file names people by any surface form, with or without the title.
        if (auto it = gaz_.person_aliases.find(fold_key(display)); it != gaz_.person_aliases.end()) {
            display = it->second;
        } else if (m.title_first != kNone) {
            if (auto t = gaz_.person_aliases.find(fold_key(surface(m.title_first, m.name_last)));
                t != gaz_.person_aliases.end())
                display = t->second;
        }
        std::vector<std::string> folded;
        for (const std::string& p : m.parts)
            if (!(p.size() == 2 && p[1] == '.')) folded.push_back(fold_key(p));
        std::string key;
        {
            std::vector<std::string> sorted = folded;
            std::sort(sorted.begin(), sorted.end());
            for (const std::string& s : sorted) key += s + " ";
        }
        std::size_t cluster = kNone;
        if (auto it = by_key.find(key); it != by_key.end()) cluster = it->second;
        if (cluster == kNone && folded.size() >= 2) {
            for (std::size_t c = 0; c < clusters.size() && cluster == kNone; ++c) {
                const auto& fp = clusters[c].folded_parts;
                if (fp.size() > folded.size() && std::equal(folded.begin(), folded.end(), fp.end() - static_cast<std::ptrdiff_t>(folded.size())))
                    cluster = c;
            }
        }
        if (cluster == kNone && folded.size() == 1) {
            // attach to a fuller name containing this part: family name first, then any part
            std::size_t best = kNone;
            int best_score = 0;
            for (std::size_t c = 0; c < clusters.size(); ++c) {
                const auto& fp = clusters[c].folded_parts;
                if (fp.size() < 2) continue;
                int score = 0;
                if (fp.back() == folded[0]) score = 2;
                else if (fp.front() == folded[0]) score = 1;
                else if (std::find(fp.begin(), fp.end(), folded[0]) != fp.end()) score = 1;
                if (score > best_score) {
                    best_score = score;
                    best = c;
                }
            }
            cluster = best;
        }
        if (cluster == kNone) {
            Cluster c;
            c.name = display;
            c.folded_parts = folded;
            if (m.family_first && folded.size() >= 2) std::rotate(c.folded_parts.begin(), c.folded_parts.begin() + 1, c.folded_parts.end());
            c.entity = new_entity(EntityType::Person, display);
            clusters.push_back(c);
            cluster = clusters.size() - 1;
            by_key[key] = cluster;
        } else if (folded.size() >= 2) {
            by_key[key] = cluster;
        }
        person_entity_[idx] = clusters[cluster].entity;
        persons_[idx].entity = clusters[cluster].entity;
        Entity& e = out_.entities[clusters[cluster].entity];
        // alias: longest "[title] name" as written at this mention
        const std::size_t from = m.title_first != kNone ? m.title_first : m.name_first;
        std::string alias = surface(from, m.name_last);
        e.mentions.push_back({Span{tok_[from].begin, tok_[m.name_last - 1].end}, alias});
    }
    // Family names alone, and aliases from mentions.
    for (Entity& e : out_.entities) {
        std::set<std::string> aliases;
        for (const Mention& mm : e.mentions)
            if (mm.surface != e.name) aliases.insert(mm.surface);
        e.aliases.assign(aliases.begin(), aliases.end());
    }
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        Entity& e = out_.entities[clusters[c].entity];
        if (clusters[c].folded_parts.size() >= 2) {
            // the bare family name, as written somewhere in the text
            for (std::size_t idx = 0; idx < persons_.size(); ++idx) {
                if (persons_[idx].entity != clusters[c].entity) continue;
                const PersonMention& m = persons_[idx];
                std::string fam = m.family_first ? m.parts.front() : m.parts.back();
                if (m.parts.size() == 1) fam = m.parts.front();
                if (m.parts.size() == 2 && !m.family_first && m.parts.back().find('-') != std::string::npos)
                    fam = m.parts.front();  // "Yun Byung-se": the family name comes first
                if (std::find(e.aliases.begin(), e.aliases.end(), fam) == e.aliases.end() && fam != e.name) {
                    e.aliases.push_back(fam);
                    break;
                }
            }
        }
    }

    merge_named_phrases();
    // Other entities: one per (type, canonical); a demonym counts only when its country is named.
    std::map<std::pair<int, std::string>, std::size_t> index;
    std::set<std::string> named_countries;
    for (const PhraseMention& m : phrases_)
        if (m.type == EntityType::Country && !m.demonym && !m.inside) named_countries.insert(m.canonical);
    // entities whose every mention is inside another entity's name are not listed
    std::map<std::pair<int, std::string>, bool> has_free;
    for (const PhraseMention& m : phrases_)
        if (!m.inside && !(m.demonym && !named_countries.count(m.canonical)))
            has_free[{static_cast<int>(m.type), m.canonical}] = true;
    for (std::size_t p = 0; p < phrases_.size(); ++p) {
        PhraseMention& m = phrases_[p];
        const std::pair<int, std::string> key{static_cast<int>(m.type), m.canonical};
        if (!has_free.count(key)) continue;
        auto it = index.find(key);
        std::size_t e;
        if (it == index.end()) {
            e = new_entity(m.type, m.canonical);
            index.emplace(key, e);
        } else {
            e = it->second;
        }
        m.entity = e;
        const std::string written = strip_the(surface(m.first, m.last));
        out_.entities[e].mentions.push_back({Span{tok_[m.first].begin, tok_[m.last - 1].end}, written});
        auto& al = out_.entities[e].aliases;
        if (written != out_.entities[e].name && std::find(al.begin(), al.end(), written) == al.end())
            al.push_back(written);
    }
}

// ---------------------------------------------------------------- relations

void DocumentReader::add_relation(RelationType type, std::size_t a, std::size_t b, std::size_t sentence,
                                  const std::string& rule, double confidence, std::map<std::string, std::string> attrs,
                                  std::string date, std::optional<std::size_t> place) {
    if (a == kNone || b == kNone || a == b) return;
    if (type == RelationType::Met && a > b) std::swap(a, b);
    for (Relation& r : out_.relations) {
        if (r.type == type && r.a == a && r.b == b) {
            if (type == RelationType::Role) return;  // one role per person and body
            if (r.date.empty() && !date.empty()) r.date = date;
            if (!r.place && place) r.place = place;
            Evidence ev = evidence(sentence, rule, confidence);
            if (std::find(r.evidence.begin(), r.evidence.end(), ev) == r.evidence.end()) r.evidence.push_back(ev);
            return;
        }
    }
    Relation r;
    r.type = type;
    r.a = a;
    r.b = b;
    r.date = std::move(date);
    r.place = place;
    r.attributes = std::move(attrs);
    r.evidence.push_back(evidence(sentence, rule, confidence));
    out_.relations.push_back(std::move(r));
}

std::size_t DocumentReader::first_phrase_after(std::size_t from, std::size_t limit,
                                               std::initializer_list<EntityType> types) const {
    for (std::size_t k = from; k < limit; ++k) {
        if (auto p = phrase_at(k)) {
            const PhraseMention& m = phrases_[*p];
            if (m.entity == kNone) continue;
            for (EntityType t : types)
                if (m.type == t) return *p;
        }
    }
    return kNone;
}

// A city or other place given for something in this sentence: "in Brussels",
// "visiting Bali", "visit to Melbourne", "Capri, Italy".
std::size_t DocumentReader::place_in_sentence(std::size_t s) const {
    for (std::size_t k = sent_[s].first + 1; k < sent_[s].last; ++k) {
        auto p = phrase_at(k);
        if (!p || phrases_[*p].type != EntityType::Location || phrases_[*p].first != k || phrases_[*p].entity == kNone)
            continue;
        const Token& prev = tok_[k - 1];
        if (in(prev.text, {"in", "visiting", "to", "at", "In", "At"})) {
            if (prev.is("to") && !(k >= 2 && in(tok_[k - 2].text, {"visit", "trip", "travel", "way"}))) continue;
            return *p;
        }
    }
    return kNone;
}

namespace {

struct Trigger {
    std::size_t first = 0, last = 0;  // tokens of the trigger
    MeetingMode mode = MeetingMode::InPerson;
    std::string rule;
    int role = 0;  // 0 symmetric, 1 subject hosts (received), 2 subject visits (paid a call)
    bool planned = false;
    bool attend_list = false;  // "attended X ... with A, B and C"
    double confidence = 0.9;
};

MeetingMode mode_from_words(const std::vector<Token>& t, std::size_t a, std::size_t b, MeetingMode fallback) {
    MeetingMode m = fallback;
    for (std::size_t k = a; k < b; ++k) {
        const std::string w = to_lower(t[k].text);
        if (w == "telephone" || w == "phone" || w == "call" || w == "calls") m = MeetingMode::Telephone;
        if (w == "video" || w == "teleconference" || w == "videoconference" || w == "online" || w == "virtual")
            return MeetingMode::Video;
        if (w == "dinner" || w == "lunch" || w == "luncheon" || w == "breakfast" || w == "banquet")
            if (m == MeetingMode::InPerson) m = MeetingMode::Meal;
        if (w == "summit") return MeetingMode::Summit;
        if (w == "courtesy") return MeetingMode::CourtesyCall;
    }
    return m;
}

bool meeting_noun(std::string_view w) {
    const std::string l = to_lower(w);
    return in(l, {"meeting", "meetings", "talk", "talks", "call", "conversation", "conference", "videoconference",
                  "teleconference", "dinner", "lunch", "luncheon", "breakfast", "consultation", "consultations",
                  "dialogue", "summit", "discussion", "discussions", "exchange", "session", "interview"});
}

}  // namespace

void DocumentReader::find_meetings() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        std::vector<Trigger> triggers;
        for (std::size_t k = a; k < b; ++k) {
            const Token& t = tok_[k];
            if (!(flags_[k] & kMeetingVerb)) continue;
            const std::string_view w = fold_[k];
            auto next_is = [&](std::size_t off, std::string_view v) {
                return k + off < b && eq_ci(tok_[k + off].text, v);
            };
            // held/had/hold [a|an|the] ... <meeting noun> with
            if (in(w, {"held", "had", "hold", "holds", "holding", "have", "has", "conducted", "co-chaired"})) {
                std::size_t q = k + 1;
                std::size_t noun = kNone;
                for (; q < b && q <= k + 25; ++q) {
                    if (tok_[q].is_word() && meeting_noun(tok_[q].text)) noun = q;
                    if (tok_[q].is("with") && noun != kNone) break;
                    if (tok_[q].is(".") && !tok_[q].space_before && q + 1 < b && tok_[q + 1].space_before) break;
                    if (tok_[q].is_word() && in(tok_[q].text, {"that", "which", "who", "to"})) {
                        noun = kNone;
                        break;
                    }
                }
                if (noun != kNone && q < b && tok_[q].is("with")) {
                    Trigger tr{k, q + 1, mode_from_words(tok_, k, q, MeetingMode::InPerson), "held-meeting-with"};
                    tr.planned = (k > a && in(to_lower(tok_[k - 1].text), {"will", "to", "would", "shall"})) ||
                                 in(w, {"hold", "holds", "holding", "have"});
                    triggers.push_back(tr);
                    k = q;
                    continue;
                }
                // "X and Y held a meeting" / "held talks" without "with": a main verb (not the
                // auxiliary "has been ...") with its noun close by
                const auto named_event = [&](std::size_t at) {
                    const auto p = phrase_at(at);
                    return p && phrases_[*p].type == EntityType::Event && phrases_[*p].first <= k + 3;
                };
                if (noun != kNone && (noun <= k + 6 || named_event(noun)) &&
                    in(w, {"held", "had", "hold", "holds", "holding", "conducted"})) {
                    Trigger tr{k, noun + 1, mode_from_words(tok_, k, noun + 1, MeetingMode::InPerson), "held-meeting"};
                    tr.planned = (k > a && in(to_lower(tok_[k - 1].text), {"will", "to", "would", "shall"})) ||
                                 in(w, {"hold", "holds", "holding", "have"});
                    tr.confidence = 0.8;
                    triggers.push_back(tr);
                    k = noun;
                    continue;
                }
            }
            if (in(w, {"met", "meets", "meet", "meeting"}) && k + 1 < b) {
                std::size_t q = k + 1;
                if (w != "meeting") {
                    // "met today with", "met virtually with", "met today in Brussels with"
                    for (std::size_t r = k + 1; r < b && r < k + 9; ++r) {
                        if (tok_[r].is("with")) {
                            q = r;
                            break;
                        }
                        if (person_at(r) || match_honorific(tok_, r, b) || title_match(r, b)) break;
                        if (!(in(fold_[r], {"today", "yesterday", "virtually", "separately", "also", "again",
                                            "briefly", "jointly", "bilaterally", "in", "on", "at", "the"}) ||
                              tok_[r].cap || tok_[r].is(",") || tok_[r].kind == Token::Kind::Number))
                            break;
                    }
                    if (q == k + 1)
                        while (q < b && in(fold_[q], {"today", "yesterday", "virtually", "separately", "also", "again"})) ++q;
                }
                if (tok_[q].is("with")) ++q;
                const bool planned_word = w == "meet" || (w == "meeting" && !tok_[k + 1].is("with"));
                if (w == "meeting" && !tok_[k + 1].is("with")) continue;
                // "Meeting with X" as a heading, "a/the/his meeting with X", "President X's Meeting
                // with Y" in a title line; not the head of a named event ("the ASEM Summit Meeting with").
                if (w == "meeting" &&
                    !(k == a || (k > a && in(tok_[k - 1].text, {"a", "an", "the", "his", "her", "their", "this"}) && !t.cap) ||
                      (k > a && is_possessive(tok_[k - 1]) && sent_[s].line_start)))
                    continue;
                // The counterpart: a person, an honorific, a title, or a country before a title
                // ("Japanese Foreign Minister", "Japan's Foreign Minister").
                auto country_title = [&](std::size_t r) {
                    const PhraseMatch c = phrase_match(r, b);
                    if (!c.entry || (c.entry->type != EntityType::Country && c.entry->type != EntityType::Organization))
                        return false;
                    std::size_t after = r + c.length;
                    if (after < b && is_possessive(tok_[after])) ++after;
                    return title_match(after, b) > 0 || match_honorific(tok_, after, b) > 0;
                };
                if (q < b && (person_at(q) || match_honorific(tok_, q, b) || title_match(q, b) || country_title(q) ||
                              (tok_[q].is("the") && q + 1 < b && (phrase_match(q + 1, b).entry || title_match(q + 1, b))))) {
                    Trigger tr{k, q, MeetingMode::InPerson, w == "meeting" ? "meeting-with" : "met-with"};
                    tr.planned = planned_word && k > a && in(to_lower(tok_[k - 1].text), {"will", "to", "would", "shall"});
                    if (w == "meeting") tr.planned = false;
                    triggers.push_back(tr);
                    k = q - 1;
                    continue;
                }
            }
            // spoke by telephone with / spoke on the phone with / talked with
            if (in(w, {"spoke", "talked", "speaks", "conferred", "telephoned", "called"})) {
                std::size_t q = k + 1;
                while (q < b && q <= k + 5 && !tok_[q].is("with")) ++q;
                if (q < b && tok_[q].is("with")) {
                    triggers.push_back({k, q + 1, mode_from_words(tok_, k, q, w == "telephoned" || w == "called"
                                                                                 ? MeetingMode::Telephone
                                                                                 : MeetingMode::InPerson),
                                        "spoke-with"});
                    k = q;
                    continue;
                }
            }
            // received a courtesy call from / paid a courtesy call to|on / made a courtesy call on
            if (in(w, {"received", "receives", "paid", "pays", "made", "makes", "paying", "receiving"}) &&
                next_is(1, "a") && k + 3 < b) {
                std::size_t q = k + 2;
                while (q < b && q <= k + 5 && !in(tok_[q].text, {"from", "to", "on", "by"})) ++q;
                if (q < b && q <= k + 5) {
                    bool call = false;
                    for (std::size_t r = k + 2; r < q; ++r)
                        if (in(to_lower(tok_[r].text), {"call", "visit"})) call = true;
                    if (call) {
                        const bool receive = in(w, {"received", "receives", "receiving"});
                        Trigger tr{k, q + 1, MeetingMode::CourtesyCall, receive ? "received-courtesy-call" : "paid-courtesy-call"};
                        tr.role = receive ? 1 : 2;
                        triggers.push_back(tr);
                        k = q;
                        continue;
                    }
                }
            }
            // shakes/shaking/shook hands with (photo captions)
            if (in(w, {"shakes", "shaking", "shook", "shake"}) && k + 2 < b &&
                (next_is(1, "hands") || next_is(1, "hand")) && next_is(2, "with")) {
                Trigger tr{k, k + 3, MeetingMode::InPerson, "shook-hands-with"};
                tr.confidence = 0.7;
                triggers.push_back(tr);
                k += 2;
                continue;
            }
            // "attended the <Event> ... with A, B and C"
            if (in(w, {"attended", "participated", "joined"})) {
                std::size_t q = k + 1;
                while (q < b && q <= k + 30 && !tok_[q].is("with")) {
                    if (tok_[q].is(".") && tok_[q].space_before == false && q + 1 < b && tok_[q + 1].space_before &&
                        tok_[q + 1].cap)
                        break;
                    ++q;
                }
                if (q < b && tok_[q].is("with") && q + 1 < b &&
                    (match_honorific(tok_, q + 1, b) || person_at(q + 1) || title_match(q + 1, b))) {
                    Trigger tr{k, q + 1, MeetingMode::Multilateral, "attended-with"};
                    tr.attend_list = true;
                    triggers.push_back(tr);
                    k = q;
                    continue;
                }
            }
        }
        // Title lines: "Meeting between X and Y", "Telephone Talk Between X and Y",
        // "Courtesy Call on X by Y", "Japan-China Summit Meeting with ...".
        if (triggers.empty()) {
            for (std::size_t k = a; k + 1 < b && k < a + 6; ++k) {
                if (tok_[k].is_word() && eq_ci(tok_[k].text, "between") && k > a && meeting_noun(tok_[k - 1].text)) {
                    triggers.push_back({k, k + 1, mode_from_words(tok_, a, k, MeetingMode::InPerson), "meeting-between"});
                    break;
                }
                if (tok_[k].is("Call") && k + 1 < b && tok_[k + 1].is("on") && k > a && tok_[k - 1].is("Courtesy")) {
                    Trigger tr{k, k + 2, MeetingMode::CourtesyCall, "courtesy-call-on"};
                    tr.role = 1;  // the one called on hosts
                    triggers.push_back(tr);
                    break;
                }
            }
        }
        if (triggers.empty()) continue;
        // persons in this sentence, by position
        std::vector<std::size_t> people;
        for (std::size_t k = a; k < b; ++k)
            if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone) people.push_back(*p);
        for (std::size_t ti = 0; ti < triggers.size(); ++ti) {
            const Trigger& tr = triggers[ti];
            const std::size_t stop = ti + 1 < triggers.size() ? triggers[ti + 1].first : b;
            MeetingDraft md;
            md.sentence = s;
            md.mode = tr.mode;
            md.rule = tr.rule;
            md.confidence = tr.confidence;
            md.status = tr.planned ? MeetingStatus::Planned : MeetingStatus::Happened;
            // subject: the last person before the trigger, and any joined to it by "and"
            std::vector<std::size_t> subject, object;
            if (tr.rule == "meeting-between") {
                for (std::size_t p : people)
                    if (persons_[p].name_first >= tr.last && persons_[p].name_first < stop) object.push_back(p);
            } else if (tr.rule == "courtesy-call-on") {
                for (std::size_t p : people) {
                    if (persons_[p].name_first < tr.last) continue;
                    bool after_by = false;
                    for (std::size_t q = tr.last; q < persons_[p].name_first; ++q)
                        if (tok_[q].is("by")) after_by = true;
                    (after_by ? object : subject).push_back(p);
                }
            } else {
                const std::size_t lo = ti > 0 ? triggers[ti - 1].last : a;
                for (auto it = people.rbegin(); it != people.rend(); ++it) {
                    const PersonMention& pm = persons_[*it];
                    if (pm.name_last > tr.first || pm.name_first < lo) continue;
                    if (subject.empty()) {
                        subject.push_back(*it);
                        continue;
                    }
                    // "X and Y held": the earlier person joined by "and"
                    const PersonMention& later = persons_[subject.back()];
                    const std::size_t from = later.title_first != kNone ? later.title_first : later.name_first;
                    if (from >= 1 && tok_[from - 1].is("and") && pm.name_last == from - 1) subject.push_back(*it);
                    else if (from >= 1 && tok_[from - 1].is("and") && pm.name_last < from - 1) {
                        bool apposition = true;
                        for (std::size_t q = pm.name_last; q + 1 < from; ++q)
                            if (person_at(q)) apposition = false;
                        if (apposition && tok_[pm.name_last].is(",")) subject.push_back(*it);
                        else break;
                    } else {
                        break;
                    }
                }
                // objects: people after the trigger, up to a word that starts a new clause
                for (std::size_t p : people) {
                    const PersonMention& pm = persons_[p];
                    if (pm.name_first < tr.last || pm.name_first >= stop) continue;
                    bool cut = false;
                    for (std::size_t q = tr.last; q < pm.name_first; ++q) {
                        const std::string_view w = fold_[q];
                        if (in(w, {"stated", "said", "expressed", "discussed", "exchanged", "agreed", "confirmed",
                                   "welcomed", "regarding", "concerning", "about", "where", "which", "during",
                                   "following", "followed", "after", "before", "hosted", "invitation", "including",
                                   "conveyed", "told", "thanked", "mentioned", "explained", "that"}))
                            cut = true;
                    }
                    if (!cut) object.push_back(p);
                }
            }
            // "Today I met with ...": a first-person release speaks for its byline, the
            // first person named before this sentence.
            if (subject.empty() && tr.rule != "meeting-between" && tr.rule != "courtesy-call-on") {
                bool first_person = false;
                for (std::size_t q = (tr.first >= a + 3 ? tr.first - 3 : a); q < tr.first; ++q)
                    if (tok_[q].is("I") || tok_[q].is("We") || tok_[q].is("we")) first_person = true;
                if (first_person) {
                    std::size_t best = kNone;
                    for (std::size_t p = 0; p < persons_.size(); ++p)
                        if (persons_[p].name_first < a && person_entity_[p] != kNone &&
                            (best == kNone || persons_[p].name_first < persons_[best].name_first))
                            best = p;
                    if (best != kNone) subject.push_back(best);
                }
            }
            if (tr.role == 1 && !subject.empty()) md.host = subject.front();
            if (tr.role == 1 && !object.empty()) md.visitor = object.front();
            if (tr.role == 2 && !subject.empty()) md.visitor = subject.front();
            if (tr.role == 2 && !object.empty()) md.host = object.front();
            for (std::size_t p : subject) md.persons.push_back(p);
            md.subjects = subject.size();
            for (std::size_t p : object) md.persons.push_back(p);
            // the event named inside the trigger ("held a Japan-ROK Foreign Ministers' Meeting with")
            md.event = first_phrase_after(tr.first, tr.last, {EntityType::Event});
            if (tr.attend_list) md.event = first_phrase_after(tr.first, tr.last, {EntityType::Event});
            // a sentence date, the first one (the local date comes first in the genre)
            for (const DateMention& d : dates_)
                if (d.first >= a && d.first < b && !d.range_start && d.first != date_line_token_) {
                    md.date = d.iso(doc_year_);
                    break;
                }
            md.place = place_in_sentence(s);
            // "on the margins of / on the sidelines of / at the <Event>": every participant was there.
            if (md.event == kNone) {
                for (std::size_t q = tr.last; q + 1 < stop; ++q) {
                    std::size_t r = kNone;
                    if (in(fold_[q], {"margins", "margin", "sidelines", "sideline"}) && tok_[q + 1].is("of")) r = q + 2;
                    if (tok_[q].is("at")) r = q + 1;
                    if (r == kNone) continue;
                    if (r < stop && tok_[r].is("the")) ++r;
                    if (auto p = phrase_at(r); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone) {
                        md.event = *p;
                        break;
                    }
                }
            }
            // "held a meeting with A, and with B", "held separate meetings with A and B":
            // one meeting per counterpart group, not one where A and B met each other.
            const std::vector<std::vector<std::size_t>> groups = counterpart_groups(object, tr.first, stop);
            if (groups.size() < 2) {
                meetings_.push_back(md);
                continue;
            }
            for (const std::vector<std::size_t>& group : groups) {
                MeetingDraft one = md;
                one.persons.assign(subject.begin(), subject.end());
                one.persons.insert(one.persons.end(), group.begin(), group.end());
                if (tr.role == 1) one.visitor = group.front();
                if (tr.role == 2) one.host = group.front();
                meetings_.push_back(std::move(one));
            }
        }
    }
}

std::vector<std::vector<std::size_t>> DocumentReader::counterpart_groups(const std::vector<std::size_t>& object,
                                                                         std::size_t from, std::size_t stop) const {
    std::vector<std::vector<std::size_t>> groups;
    bool separate = false;
    for (std::size_t q = from; q < stop; ++q)
        if (in(fold_[q], {"separate", "separately"})) separate = true;
    for (std::size_t i = 0; i < object.size(); ++i) {
        bool new_group = groups.empty() || separate;
        if (!new_group) {
            // A "with" of its own between the previous counterpart and this one.
            const PersonMention& next = persons_[object[i]];
            const std::size_t begin = persons_[object[i - 1]].name_last;
            const std::size_t end = next.title_first != kNone ? next.title_first : next.name_first;
            for (std::size_t q = begin; q < end; ++q)
                if (fold_[q] == "with") new_group = true;
        }
        if (new_group) groups.emplace_back();
        groups.back().push_back(object[i]);
    }
    return groups;
}

// "From the Japanese side, Mr. X, Title, and others attended the meeting." and
// "The Japanese delegation was headed by Mr. X": named delegation members join
// the document's main meeting.
void DocumentReader::find_delegations() {
    std::vector<std::size_t> members;
    std::vector<std::size_t> member_sentence;
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        bool side = false, headed = false;
        for (std::size_t k = a; k + 1 < b; ++k) {
            if (tok_[k].is("side") && (tok_[k + 1].is(",") || tok_[k + 1].is(":"))) side = true;
            if (tok_[k].is("delegation") && k + 3 < b &&
                ((tok_[k + 1].is("was") && in(tok_[k + 2].text, {"headed", "led"})) ||
                 in(tok_[k + 1].text, {"headed", "led"})))
                headed = true;
        }
        if (!side && !headed) continue;
        for (std::size_t k = a; k < b; ++k)
            if (auto p = person_at(k); p && persons_[*p].name_first == k && person_entity_[*p] != kNone) {
                members.push_back(*p);
                member_sentence.push_back(s);
            }
    }
    if (members.empty()) return;
    // Join the first happened meeting of the document, or form one from the delegations.
    MeetingDraft* main = nullptr;
    for (MeetingDraft& m : meetings_)
        if (m.status == MeetingStatus::Happened) {
            main = &m;
            break;
        }
    if (!main) {
        MeetingDraft md;
        md.sentence = member_sentence.front();
        md.rule = "delegations";
        md.confidence = 0.8;
        md.header = true;
        // The consultations named just before: "the 14th Japan-NATO High-Level Consultations were held in Brussels"
        for (std::size_t s = 0; s <= md.sentence && s < sent_.size(); ++s) {
            std::size_t ev = first_phrase_after(sent_[s].first, sent_[s].last, {EntityType::Event});
            if (ev != kNone) {
                md.event = ev;
                if (md.place == kNone) md.place = place_in_sentence(s);
                for (const DateMention& d : dates_)
                    if (d.first >= sent_[s].first && d.first < sent_[s].last && d.first != date_line_token_) {
                        md.date = d.iso(doc_year_);
                        break;
                    }
            }
        }
        meetings_.push_back(md);
        main = &meetings_.back();
    }
    for (std::size_t p : members) main->persons.push_back(p);
}

void DocumentReader::finish_meetings() {
    // The lead sentence: the first sentence with a meeting trigger that happened.
    std::size_t lead = kNone;
    for (const MeetingDraft& m : meetings_)
        if (m.status == MeetingStatus::Happened && m.rule != "shook-hands-with" && m.rule != "meeting-between" &&
            m.rule != "courtesy-call-on" && m.persons.size() >= 2) {
            lead = m.sentence;
            break;
        }
    // The document's own body date: one "On <date>" and no range.
    std::set<std::string> body_dates;
    bool range = false;
    for (const DateMention& d : dates_) {
        if (d.first == date_line_token_) continue;
        if (d.range_start) range = true;
        const std::string iso = d.iso(doc_year_);
        if (!iso.empty()) body_dates.insert(iso);
        if (body_dates.size() > 0 && d.first > (lead != kNone ? sent_[lead].last : 0)) break;
    }
    std::string doc_meeting_date;
    if (!range && body_dates.size() == 1) doc_meeting_date = *body_dates.begin();
    // A release that dates nothing in its body reports a meeting of its own date.
    if (!range && body_dates.empty()) doc_meeting_date = doc_date_;
    // The lead place: a city in the first sentence that says where the principal was.
    std::size_t lead_place = kNone;
    for (std::size_t s = 0; s < sent_.size() && lead_place == kNone; ++s) {
        if (lead != kNone && s > lead) break;
        lead_place = place_in_sentence(s);
    }
    // The principal of the readout: the subject of its lead meeting. Their other
    // meetings on the same trip happened where the lead sentence says they were.
    std::size_t principal = kNone;
    for (const MeetingDraft& m : meetings_)
        if (m.sentence == lead && m.subjects > 0) {
            principal = person_entity_[m.persons.front()];
            break;
        }
    for (MeetingDraft& m : meetings_) {
        const bool header_zone = lead == kNone || m.sentence <= lead || m.rule == "delegations";
        bool with_principal = false;
        for (std::size_t p = 0; p < m.subjects && p < m.persons.size(); ++p)
            if (person_entity_[m.persons[p]] == principal) with_principal = true;
        if (m.date.empty() && header_zone) m.date = doc_meeting_date;
        if (m.date.empty()) {
            // "met today": the release's own date
            for (std::size_t q = sent_[m.sentence].first; q < sent_[m.sentence].last; ++q)
                if (tok_[q].is("today") || tok_[q].is("Today")) m.date = doc_date_;
        }
        if (m.place == kNone && (header_zone || with_principal) && m.mode != MeetingMode::Telephone &&
            m.mode != MeetingMode::Video)
            m.place = lead_place;
        if (m.mode == MeetingMode::Telephone || m.mode == MeetingMode::Video) m.place = kNone;
    }
    lead_sentence_ = lead;

    // Emit meetings (deduplicated by participant set) and MET edges. A meeting reported
    // in the body of a readout ("the Prime Minister had a meeting with A and B") links
    // its subject with each counterpart; the readout's own meeting links everyone.
    std::vector<std::pair<std::set<std::size_t>, std::size_t>> seen;  // entity set -> meeting index
    std::vector<std::set<std::size_t>> centre;                          // meeting -> subject entities (body only)
    for (const MeetingDraft& md : meetings_) {
        std::set<std::size_t> ents;
        for (std::size_t p : md.persons)
            if (person_entity_[p] != kNone) ents.insert(person_entity_[p]);
        if (ents.size() < 2) continue;
        std::size_t mi = kNone;
        for (auto& [set, idx] : seen)
            if (set == ents) mi = idx;
        const Evidence ev = evidence(md.sentence, md.rule, md.confidence);
        if (mi != kNone) {
            Meeting& m = out_.meetings[mi];
            m.evidence.push_back(ev);
            if (m.date.empty()) m.date = md.date;
            if (!m.place && md.place != kNone && phrases_[md.place].entity != kNone) m.place = phrases_[md.place].entity;
            if (md.status == MeetingStatus::Happened) m.status = MeetingStatus::Happened;
        } else {
            Meeting m;
            m.participants.assign(ents.begin(), ents.end());
            m.date = md.date;
            if (md.place != kNone && phrases_[md.place].entity != kNone) m.place = phrases_[md.place].entity;
            m.mode = md.mode;
            m.status = md.status;
            if (md.host != kNone) m.host = person_entity_[md.host];
            if (md.visitor != kNone) m.visitor = person_entity_[md.visitor];
            if (md.event != kNone && phrases_[md.event].entity != kNone) m.parent_event = phrases_[md.event].entity;
            // CAMEO 04x and PLOVER CONSULT mode
            switch (m.mode) {
                case MeetingMode::Telephone:
                case MeetingMode::Video:
                    m.cameo = "041";
                    m.plover_mode = "phone";
                    break;
                case MeetingMode::CourtesyCall:
                    m.cameo = md.rule == "paid-courtesy-call" ? "042" : "043";
                    m.plover_mode = md.rule == "paid-courtesy-call" ? "visit" : "host";
                    break;
                case MeetingMode::Summit:
                case MeetingMode::Multilateral:
                    m.cameo = "044";
                    m.plover_mode = "meet";
                    break;
                default:
                    m.cameo = "040";
                    m.plover_mode = "meet";
            }
            m.evidence.push_back(ev);
            out_.meetings.push_back(m);
            mi = out_.meetings.size() - 1;
            seen.emplace_back(ents, mi);
            std::set<std::size_t> c;
            const bool body = lead != kNone && md.sentence > lead && md.rule != "delegations";
            if (body && md.subjects > 0 && md.persons.size() > md.subjects + 1)
                for (std::size_t q = 0; q < md.subjects; ++q) c.insert(person_entity_[md.persons[q]]);
            centre.push_back(c);
        }
    }
    for (std::size_t mi = 0; mi < out_.meetings.size(); ++mi) {
        const Meeting& m = out_.meetings[mi];
        if (m.status != MeetingStatus::Happened) continue;
        for (std::size_t x = 0; x < m.participants.size(); ++x)
            for (std::size_t y = x + 1; y < m.participants.size(); ++y) {
                const auto& c = centre[mi];
                if (!c.empty() && !c.count(m.participants[x]) && !c.count(m.participants[y])) continue;
                std::map<std::string, std::string> attrs{{"mode", std::string(to_string(m.mode))},
                                                         {"meeting", std::to_string(mi)}};
                const Evidence& ev = m.evidence.front();
                std::size_t sentence = 0;
                for (std::size_t s = 0; s < sent_.size(); ++s)
                    if (sent_[s].span == ev.sentence) sentence = s;
                add_relation(RelationType::Met, m.participants[x], m.participants[y], sentence, ev.rule, ev.confidence,
                             attrs, m.date, m.place);
            }
    }
}

// A readout of a multilateral meeting the principal attended or hosted ("Mr. X hosted
// the G7 Foreign Ministers' Meeting") reports what other participants said there:
// "the US Secretary of State Blinken explained ...". A person who speaks in such a
// readout attended that meeting and met the principal there.
void DocumentReader::find_session_speakers() {
    // Only for readouts without a bilateral meeting of their own.
    for (const MeetingDraft& m : meetings_)
        if (m.status == MeetingStatus::Happened && m.persons.size() >= 2) return;
    std::size_t event_entity = kNone, principal = kNone, event_sentence = kNone;
    for (const Relation& r : out_.relations)
        if (r.type == RelationType::Attended && !r.evidence.empty() && r.evidence.front().rule == "attended-event") {
            for (std::size_t s = 0; s < sent_.size(); ++s)
                if (sent_[s].span == r.evidence.front().sentence) event_sentence = s;
            // hosting or attending a meeting that others attend too: not a photo line or a heading
            if (event_sentence == kNone || !sent_[event_sentence].line_start) continue;
            event_entity = r.b;
            principal = r.a;
            break;
        }
    if (event_entity == kNone) return;
    const std::string date = doc_date_;
    std::optional<std::size_t> place;
    if (const std::size_t p = place_in_sentence(event_sentence); p != kNone && phrases_[p].entity != kNone)
        place = phrases_[p].entity;
    for (std::size_t s = event_sentence + 1; s < sent_.size(); ++s) {
        for (std::size_t k = sent_[s].first; k < sent_[s].last; ++k) {
            auto p = person_at(k);
            if (!p || persons_[*p].name_first != k || person_entity_[*p] == kNone) continue;
            const std::size_t who = person_entity_[*p];
            if (who == principal) continue;
            const std::size_t e = persons_[*p].name_last;
            bool speaks = false;
            for (std::size_t q = e; q < sent_[s].last && q <= e + 2; ++q)
                if (in(fold_[q], {"explained", "stated", "said", "briefed", "emphasized", "emphasised", "noted",
                                  "expressed", "mentioned", "reported", "presented"}))
                    speaks = true;
            if (!speaks) continue;
            add_relation(RelationType::Attended, who, event_entity, s, "spoke-at-event", 0.7);
            add_relation(RelationType::Met, principal, who, s, "spoke-at-event", 0.7,
                         {{"mode", std::string(to_string(MeetingMode::Multilateral))}}, date, place);
        }
    }
}

void DocumentReader::find_attendance() {
    // (1) "<Person> attended / participated in / took part in / hosted <Event>",
    //     "visiting X to attend <Event>".
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = a; k < b; ++k) {
            if (!(flags_[k] & kAttendVerb)) continue;
            const std::string_view w = fold_[k];
            if (!in(w, {"attended", "attend", "attending", "attends", "participated", "participates", "hosted",
                        "chaired", "co-chaired", "joined"}))
                continue;
            if (w == "participated" && !(k + 1 < b && tok_[k + 1].is("in"))) continue;
            std::size_t ev = kNone;
            for (std::size_t q = k + 1; q < b && q <= k + 6; ++q) {
                if (auto p = phrase_at(q); p && phrases_[*p].type == EntityType::Event && phrases_[*p].entity != kNone) {
                    ev = *p;
                    break;
                }
                if (!(tok_[q].is("the") || tok_[q].is("in") || tok_[q].is("a") || tok_[q].is("an") ||
                      in(tok_[q].text, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                        "ninth", "tenth", "inaugural", "annual", "latest", "recent"}) ||
                      (tok_[q].is_word() && !tok_[q].cap && tok_[q].text.size() <= 8 && q == k + 1) ||
                      tok_[q].is("\u201c") || tok_[q].is("\"")))
                    break;
            }
            if (ev == kNone) continue;
            // the subject: for "(visiting ...) to attend", the sentence's principal (its
            // first person); otherwise the nearest person before the verb, unless a new
            // clause ("that", "as", "when") lies between them.
            std::size_t subj = kNone;
            if (k > a && tok_[k - 1].is("to") && w == "attend") {
                for (std::size_t q = a; q < k && subj == kNone; ++q)
                    if (auto p = person_at(q); p && person_entity_[*p] != kNone) subj = *p;
            } else {
                for (std::size_t q = k; q > a; --q) {
                    if (auto p = person_at(q - 1); p && person_entity_[*p] != kNone) {
                        subj = *p;
                        break;
                    }
                    if (in(tok_[q - 1].text, {"that", "as", "when", "while", "which", "because", "whereas"})) break;
                }
            }
            if (subj == kNone) continue;
            add_relation(RelationType::Attended, person_entity_[subj], phrases_[ev].entity, s, "attended-event", 0.85);
        }
    }
    // (2) Participants of a meeting attend the event named in its trigger.
    for (const MeetingDraft& md : meetings_) {
        if (md.event == kNone || phrases_[md.event].entity == kNone || md.status != MeetingStatus::Happened) continue;
        for (std::size_t p : md.persons)
            if (person_entity_[p] != kNone)
                add_relation(RelationType::Attended, person_entity_[p], phrases_[md.event].entity, md.sentence,
                             "meeting-event", 0.85);
    }
    // (3) The meeting a title or caption names ("Japan-China Foreign Ministers' Meeting")
    //     is the one the lead sentence reports.
    if (lead_sentence_ == kNone) return;
    const MeetingDraft* lead = nullptr;
    for (const MeetingDraft& m : meetings_)
        if (m.sentence == lead_sentence_ && m.status == MeetingStatus::Happened) {
            lead = &m;
            break;
        }
    if (!lead || lead->event != kNone) return;
    for (std::size_t p = 0; p < phrases_.size(); ++p) {
        const PhraseMention& m = phrases_[p];
        if (m.type != EntityType::Event || m.entity == kNone || sent_of_[m.first] >= lead_sentence_) continue;
        bool pair = false, meeting = false;
        for (std::size_t q = m.first; q < m.last; ++q) {
            if (tok_[q].is("-") && !tok_[q].space_before) pair = true;
            if (in(tok_[q].text, {"Meeting", "Talk", "Talks", "Summit", "Consultations", "Dialogue"})) meeting = true;
        }
        if (!pair || !meeting) continue;
        for (std::size_t person : lead->persons)
            if (person_entity_[person] != kNone)
                add_relation(RelationType::Attended, person_entity_[person], m.entity, sent_of_[m.first],
                             "titled-meeting", 0.75);
    }
}

void DocumentReader::find_roles() {
    // Which side a delegation listing speaks for: "From the Japanese side" / "the ROK side:".
    for (std::size_t pi = 0; pi < persons_.size(); ++pi) {
        const PersonMention& pm = persons_[pi];
        const std::size_t person = person_entity_[pi];
        if (person == kNone) continue;
        const std::size_t s = sent_of_[pm.name_first];
        const std::size_t b = sent_[s].last;
        // (0) "Minister for Foreign Affairs of Japan Iwaya Takeshi", "the Prime Minister of Japan, Fumio
        //     Kishida", "Prime Minister Fumio Kishida of Japan": the office's body named with "of".
        if (!pm.title.empty()) {
            std::size_t body_token = pm.of_body;
            if (body_token == kNone && pm.name_last + 1 < b && tok_[pm.name_last].is("of")) {
                body_token = pm.name_last + 1;
                if (tok_[body_token].is("the") && body_token + 1 < b) ++body_token;
            }
            if (body_token != kNone) {
                if (auto p = phrase_at(body_token); p && phrases_[*p].first == body_token && phrases_[*p].entity != kNone &&
                                                    (phrases_[*p].type == EntityType::Country ||
                                                     phrases_[*p].type == EntityType::Organization)) {
                    std::string title = pm.title;
                    // "Japan's Foreign Minister": the title without its country
                    add_relation(RelationType::Role, person, phrases_[*p].entity, s, "title-of-body", 0.85,
                                 {{"title", title}});
                }
            }
        }
        // (a) modifier before the title: "NATO Secretary General Stoltenberg", "U.S. Ambassador to Japan Ms. Kennedy"
        if (pm.modifier_first != kNone) {
            if (auto p = phrase_at(pm.modifier_first); p && phrases_[*p].entity != kNone) {
                std::size_t t0 = phrases_[*p].last;
                if (t0 < tok_.size() && is_possessive(tok_[t0])) ++t0;
                std::size_t t1 = pm.name_first;
                while (t1 > t0 && (match_honorific(tok_, t1 - 1, pm.name_first) || tok_[t1 - 1].is(".") ||
                                   tok_[t1 - 1].is("Mr") || tok_[t1 - 1].is("Ms") || tok_[t1 - 1].is("Mrs") ||
                                   tok_[t1 - 1].is("Dr") || tok_[t1 - 1].is("H") || tok_[t1 - 1].is("E")))
                    --t1;
                const std::string title = surface(t0, t1);
                if (!title.empty())
                    add_relation(RelationType::Role, person, phrases_[*p].entity, s, "title-before-name", 0.85,
                                 {{"title", title}});
            }
        }
        // (b) apposition: "Name, Title of Y" / "Name, Y Title" / "Name, Title, Y"
        std::size_t k = pm.name_last;
        while (k < b && tok_[k].is_word() && is_post_nominal(tok_[k].text)) ++k;  // "Julie Bishop MP, ..."
        if (k < b && is_possessive(tok_[k])) continue;
        if (!(k < b && tok_[k].is(","))) continue;
        ++k;
        if (k < b && tok_[k].is("the")) ++k;
        std::size_t title_start = k;
        std::size_t pre_entity = kNone;
        // "NATO Deputy Secretary General", "Japanese Ambassador to Belgium"
        if (auto p = phrase_at(k); p && (phrases_[*p].type == EntityType::Country || phrases_[*p].type == EntityType::Organization) &&
                                   phrases_[*p].first == k && phrases_[*p].entity != kNone) {
            std::size_t after = phrases_[*p].last;
            if (after < b && is_possessive(tok_[after])) ++after;
            if (title_match(after, b)) {
                pre_entity = *p;
                title_start = after;
            }
        }
        // The office may open with words the title list lacks ("Federal Minister for Foreign
        // Affairs", "Member of the Political Bureau ... and Minister of ..."): a known title
        // within its first words will do.
        bool office = title_match(title_start, b) > 0;
        for (std::size_t q = title_start + 1; !office && q < b && q <= title_start + 14; ++q) {
            if (tok_[q].is(",") || tok_[q].is(".") || person_at(q)) break;
            if (title_match(q, b)) office = true;
        }
        if (!office || !(tok_[title_start].cap || tok_[title_start].allcaps)) continue;
        // apposition end: a new clause, another person, or the sentence end
        std::size_t end = title_start;
        std::size_t depth = 0;
        while (end < b) {
            const Token& u = tok_[end];
            if (u.is("(")) ++depth;
            if (u.is(")")) {
                if (depth == 0) break;
                --depth;
            }
            if (depth == 0) {
                if (person_at(end) && end > title_start) break;
                if (u.is(";") || (u.is(".") && end + 1 < b && tok_[end + 1].space_before)) break;
                if (u.is_word() && in(u.text, {"who", "held", "met", "and", "received", "paid", "attended", "during",
                                               "visiting", "as", "at", "on", "that", "stated", "said", "was", "is",
                                               "has", "had", "will", "with", "in", "from", "by", "following", "to"})) {
                    // "and" inside a title joins two offices ("Vice-President ... and Minister of ...");
                    // "to" inside "Ambassador to Japan", "in" inside "Embassy of the ROK in Japan".
                    if (u.is("and") && end + 1 < b &&
                        (title_match(end + 1, b) ||
                         (tok_[end + 1].cap && !match_honorific(tok_, end + 1, b) && !person_at(end + 1)))) {
                        ++end;
                        continue;
                    }
                    if ((u.is("and") || u.is("in")) && phrase_at(end)) {
                        ++end;
                        continue;
                    }
                    if (u.is("to") && end + 1 < b && phrase_at(end + 1) &&
                        phrases_[*phrase_at(end + 1)].type == EntityType::Country && title_match(title_start, end)) {
                        end = phrases_[*phrase_at(end + 1)].last;
                        continue;
                    }
                    break;
                }
                if (u.is(",")) {
                    // ", <Organisation>" closes the apposition with the body it belongs to
                    if (end + 1 < b) {
                        if (auto p = phrase_at(end + 1); p && phrases_[*p].first == end + 1 &&
                                                            (phrases_[*p].type == EntityType::Organization) &&
                                                            phrases_[*p].entity != kNone) {
                            end = phrases_[*p].last;
                            break;
                        }
                    }
                    break;
                }
            }
            ++end;
        }
        // the last "of <the> Y" inside the apposition names the body
        std::size_t body = kNone;
        std::size_t title_end = end;
        for (std::size_t q = title_start; q < end; ++q) {
            if (!tok_[q].is("of")) continue;
            std::size_t r = q + 1;
            if (r < end && tok_[r].is("the")) ++r;
            if (auto p = phrase_at(r); p && phrases_[*p].first == r && phrases_[*p].entity != kNone &&
                                       (phrases_[*p].type == EntityType::Country ||
                                        phrases_[*p].type == EntityType::Organization) &&
                                       phrases_[*p].last <= end + 1) {
                // skip "of the Council of Ministers" style inner bodies when a later one exists
                body = *p;
                title_end = q;
                q = phrases_[*p].last - 1;
            }
        }
        // ", Title, Organisation"
        if (body == kNone) {
            for (std::size_t q = title_start; q + 1 < end + 1 && q < b; ++q) {
                if (tok_[q].is(",")) {
                    if (auto p = phrase_at(q + 1); p && phrases_[*p].type == EntityType::Organization &&
                                                  phrases_[*p].entity != kNone) {
                        body = *p;
                        title_end = q;
                        break;
                    }
                }
            }
        }
        std::string title = surface(title_start, title_end);
        while (!title.empty() && (title.back() == ',' || title.back() == ' ')) title.pop_back();
        std::size_t body_entity = kNone;
        if (body != kNone) body_entity = phrases_[body].entity;
        else if (pre_entity != kNone) body_entity = phrases_[pre_entity].entity;
        if (body_entity == kNone) {
            // a delegation listing: "From the ROK side, Mr. X, Deputy Minister ..."
            for (std::size_t q = sent_[s].first; q + 1 < pm.name_first; ++q)
                if (tok_[q + 1].is("side")) {
                    if (auto p = phrase_at(q); p && phrases_[*p].entity != kNone &&
                                               phrases_[*p].type == EntityType::Country)
                        body_entity = phrases_[*p].entity;
                }
            // "The NATO delegation was headed by Ambassador X, ..."
            for (std::size_t q = sent_[s].first; q + 1 < pm.name_first && body_entity == kNone; ++q)
                if (tok_[q + 1].is("delegation"))
                    if (auto p = phrase_at(q); p && phrases_[*p].entity != kNone) body_entity = phrases_[*p].entity;
        }
        if (body_entity == kNone || title.empty()) continue;
        add_relation(RelationType::Role, person, body_entity, s, "apposition", 0.9, {{"title", title}});
    }
    // delegation heads without apposition bodies: "The NATO delegation was headed by Ambassador X"
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t q = a; q + 1 < b; ++q) {
            if (!tok_[q + 1].is("delegation")) continue;
            auto p = phrase_at(q);
            if (!p || phrases_[*p].entity == kNone) continue;
            for (std::size_t k = q + 2; k < b; ++k)
                if (auto pp = person_at(k); pp && person_entity_[*pp] != kNone && persons_[*pp].name_first == k) {
                    bool has_role = false;
                    for (const Relation& r : out_.relations)
                        if (r.type == RelationType::Role && r.a == person_entity_[*pp]) has_role = true;
                    if (!has_role) {
                        std::string title = persons_[*pp].title;
                        if (title.empty()) {
                            std::size_t e = persons_[*pp].name_last;
                            if (e < b && tok_[e].is(",")) {
                                std::size_t f = e + 1;
                                while (f < b && !tok_[f].is(",") && !tok_[f].is(".")) ++f;
                                title = surface(e + 1, f);
                            }
                        }
                        add_relation(RelationType::Role, person_entity_[*pp], phrases_[*p].entity, s,
                                     "delegation-head", 0.8, {{"title", title}});
                    }
                    break;
                }
        }
    }
}

void DocumentReader::find_contributions() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = a; k < b; ++k) {
            if (!(flags_[k] & kContribWord) || phrase_at(k)) continue;
            const std::string_view w = fold_[k];
            if (!(w.rfind("contribut", 0) == 0 || in(w, {"funded", "funds", "financed", "donated", "pledged"})))
                continue;
            // the giver: the nearest country before the verb
            std::size_t giver = kNone;
            for (std::size_t q = k; q > a; --q)
                if (auto p = phrase_at(q - 1); p && phrases_[*p].type == EntityType::Country && phrases_[*p].entity != kNone &&
                                               !phrases_[*p].demonym) {
                    giver = *p;
                    break;
                }
            if (giver == kNone) continue;
            std::size_t prog = kNone;
            for (std::size_t q = k + 1; q < b && q <= k + 25; ++q)
                if (auto p = phrase_at(q); p && phrases_[*p].type == EntityType::Programme && phrases_[*p].entity != kNone) {
                    prog = *p;
                    break;
                }
            if (prog == kNone) continue;
            // amount: a number with a currency between the verb and the programme
            std::string amount;
            const std::size_t pf = phrases_[prog].first;
            for (std::size_t q = k + 1; q < pf; ++q) {
                if (tok_[q].kind == Token::Kind::Number || tok_[q].is("$") || tok_[q].is("\u00a5") || tok_[q].is("\u20ac")) {
                    std::size_t e = q;
                    while (e < pf && (tok_[e].kind == Token::Kind::Number || tok_[e].is(",") || tok_[e].is(".") ||
                                      tok_[e].is("$") || tok_[e].is("\u00a5") || tok_[e].is("\u20ac") ||
                                      in(tok_[e].text, {"million", "billion", "thousand", "USD", "EUR", "JPY", "yen",
                                                        "dollars", "euros", "US", "U.S."})))
                        ++e;
                    while (e > q && (tok_[e - 1].is(",") || tok_[e - 1].is("."))) --e;
                    bool currency = false;
                    for (std::size_t r = q; r < e; ++r)
                        if (in(tok_[r].text, {"USD", "EUR", "JPY", "yen", "dollars", "euros", "$", "\u00a5", "\u20ac"}))
                            currency = true;
                    if (currency) amount = surface(q, e);
                    break;
                }
            }
            std::map<std::string, std::string> attrs;
            if (!amount.empty()) attrs["amount"] = amount;
            add_relation(RelationType::Contributed, phrases_[giver].entity, phrases_[prog].entity, s, "contributed-to",
                         0.85, attrs);
        }
    }
}

// What the genre states often, for the graph: SUPPORTS / CONDEMNS / WELCOMES (actor ->
// country, person, organisation, programme or event), VISITED (person -> country or
// place), ACCESSION and MEMBER_OF (country -> organisation). The actor is the nearest
// country, person or organisation before the verb in its clause; the object the first
// named entity within a few words after it.
void DocumentReader::find_stances() {
    auto entity_at = [&](std::size_t q) -> std::pair<std::size_t, EntityType> {
        if (auto p = phrase_at(q); p && phrases_[*p].entity != kNone && !phrases_[*p].inside)
            return {phrases_[*p].entity, phrases_[*p].type};
        if (auto p = person_at(q); p && person_entity_[*p] != kNone) return {person_entity_[*p], EntityType::Person};
        return {kNone, EntityType::Person};
    };
    auto actor_before = [&](std::size_t a, std::size_t k, bool person_only) -> std::size_t {
        // the clause begins after the last "that", "which", "who" or ";" before the verb
        std::size_t from = a;
        for (std::size_t q = a; q < k; ++q)
            if (in(tok_[q].text, {"that", "which", "who", "whereas", ";"})) from = q + 1;
        for (std::size_t q = from; q < k; ++q) {
            auto [e, t] = entity_at(q);
            if (e == kNone) continue;
            // "sanctions against Russia", "cooperation with NATO": not the actor
            if (q > a && in(fold_[q - 1], {"against", "with", "to", "from", "of", "for", "in", "on", "by", "between",
                                           "among", "at", "toward", "towards"}))
                continue;
            if (t == EntityType::Person || (!person_only && (t == EntityType::Country || t == EntityType::Organization)))
                return e;
        }
        return kNone;
    };
    auto object_after = [&](std::size_t k, std::size_t b, std::size_t window) -> std::pair<std::size_t, EntityType> {
        for (std::size_t q = k + 1; q < b && q <= k + window; ++q) {
            if (tok_[q].is(".") || tok_[q].is(";")) break;
            auto r = entity_at(q);
            if (r.first != kNone && !in(fold_[q - 1], {"in", "at", "from", "by", "during"})) return r;
        }
        return {kNone, EntityType::Person};
    };
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = a; k < b; ++k) {
            if (!(flags_[k] & kStanceWord) || phrase_at(k) || person_at(k)) continue;
            const std::string_view w = fold_[k];
            if (w.starts_with("support") || w.starts_with("condemn") || w.starts_with("welcom")) {
                // nouns need "support for" / "condemnation of"; verbs take their object directly
                const RelationType type = w.starts_with("support")   ? RelationType::Supports
                                          : w.starts_with("condemn") ? RelationType::Condemns
                                                                     : RelationType::Welcomes;
                if (w == "support" && !(k + 1 < b && in(tok_[k + 1].text, {"for", "to"})) && k > a &&
                    !in(fold_[k - 1], {"to", "will", "would", "continue", "strongly", "firmly", "also", "fully", "we", "i"}))
                    continue;
                if (w == "welcome" && k > a && !in(fold_[k - 1], {"to", "will", "would", "i", "we", "also", "warmly"})) continue;
                const std::size_t actor = actor_before(a, k, false);
                auto [obj, obj_type] = object_after(k, b, 10);
                if (actor == kNone || obj == kNone || actor == obj || obj_type == EntityType::Location) continue;
                add_relation(type, actor, obj, s, to_lower(to_string(type)), 0.7);
                continue;
            }
            if (w == "visiting" || w == "visited" || w == "visits" || (w == "visit" && k + 1 < b && tok_[k + 1].is("to"))) {
                // "Minister Klimkin's visit to Japan": the possessor visits
                std::size_t visitor = kNone;
                if (k >= 2 && is_possessive(tok_[k - 1])) {
                    auto [e, t] = entity_at(k - 2);
                    if (e == kNone || t != EntityType::Person) continue;
                    visitor = e;
                } else {
                    visitor = actor_before(a, k, true);
                }
                std::size_t from = k;
                if (w == "visit") ++from;
                auto [place, place_type] = object_after(from, b, 3);
                if (visitor == kNone || place == kNone) continue;
                if (place_type != EntityType::Country && place_type != EntityType::Location) continue;
                add_relation(RelationType::Visited, visitor, place, s, "visited", 0.8);
                continue;
            }
            if (w == "accession") {
                // "Sweden's accession to NATO", "the accession of Finland to NATO"
                std::size_t country = kNone, org = kNone;
                if (k >= 2 && is_possessive(tok_[k - 1])) {
                    auto [e, t] = entity_at(k - 2);
                    if (t == EntityType::Country) country = e;
                }
                for (std::size_t q = k + 1; q < b && q <= k + 6; ++q) {
                    auto [e, t] = entity_at(q);
                    if (e == kNone) continue;
                    if (t == EntityType::Country && country == kNone) country = e;
                    else if (t == EntityType::Organization && org == kNone) org = e;
                }
                if (country != kNone && org != kNone) add_relation(RelationType::Accession, country, org, s, "accession", 0.85);
                continue;
            }
            if ((w == "member" || w == "members") && k + 1 < b) {
                // "Sweden as its new member state", "a member of NATO", "NATO member countries"
                if (k + 2 < b && tok_[k + 1].is("of")) {
                    // "Sweden, a member of NATO", "Japan is a member of the G7": the country stands just before
                    std::size_t country = kNone;
                    for (std::size_t q = k; q > a && q + 5 > k; --q) {
                        auto [e, t] = entity_at(q - 1);
                        if (e != kNone) {
                            if (t == EntityType::Country) country = e;
                            break;
                        }
                    }
                    auto [org, t] = object_after(k + 1, b, 2);
                    if (country != kNone && org != kNone && t == EntityType::Organization)
                        add_relation(RelationType::MemberOf, country, org, s, "member-of", 0.75);
                }
            }
        }
    }
}

// Offices a user taught kg in an alias file ("Minister for Foreign Affairs@Japan@2021-11-10..2023-09-13")
// hold for the people they name in documents dated within the range, when the
// document also names the body.
void DocumentReader::apply_user_roles() {
    if (gaz_.user_people.empty()) return;
    for (std::size_t e = 0; e < out_.entities.size(); ++e) {
        const Entity& person = out_.entities[e];
        if (person.type != EntityType::Person || person.mentions.empty()) continue;
        for (const UserPerson& up : gaz_.user_people) {
            if (fold_key(up.canonical) != fold_key(person.name)) continue;
            for (const std::string& role : up.roles) {
                const std::size_t a1 = role.find('@');
                const std::size_t a2 = role.find('@', a1 + 1);
                const std::string title = role.substr(0, a1);
                const std::string body = role.substr(a1 + 1, a2 == std::string::npos ? std::string::npos : a2 - a1 - 1);
                if (a2 != std::string::npos && !doc_date_.empty()) {
                    const std::string range = role.substr(a2 + 1);
                    const std::size_t dots = range.find("..");
                    const std::string from = range.substr(0, dots);
                    const std::string to = dots == std::string::npos ? std::string() : range.substr(dots + 2);
                    if ((!from.empty() && doc_date_ < from) || (!to.empty() && doc_date_ > to)) continue;
                } else if (a2 != std::string::npos) {
                    continue;  // a dated office needs a dated document
                }
                for (std::size_t b = 0; b < out_.entities.size(); ++b) {
                    const Entity& org = out_.entities[b];
                    if ((org.type != EntityType::Country && org.type != EntityType::Organization) ||
                        fold_key(org.name) != fold_key(body))
                        continue;
                    std::size_t sentence = 0;
                    for (std::size_t s = 0; s < sent_.size(); ++s)
                        if (sent_[s].span.begin <= person.mentions.front().span.begin &&
                            person.mentions.front().span.begin < sent_[s].span.end)
                            sentence = s;
                    add_relation(RelationType::Role, e, b, sentence, "alias-file-role", 0.8, {{"title", title}});
                }
            }
        }
    }
}

DocumentExtraction DocumentReader::run() {
    out_.document = doc_;
    find_dates_and_sentences();
    out_.document.date = doc_date_;
    find_people();
    find_surname_mentions();
    find_phrases();
    find_named_phrases();
    find_acronym_definitions();
    find_quoted_programmes();
    build_entities();
    find_meetings();
    find_delegations();
    finish_meetings();
    find_attendance();
    find_session_speakers();
    find_roles();
    apply_user_roles();
    find_contributions();
    find_stances();
    return std::move(out_);
}

}  // namespace

Extractor::Extractor(const Gazetteer& gazetteer) : gaz_(gazetteer) {
    auto words = std::make_shared<Words>();
    for (const auto& [w, f] : gaz_.impl().first_words) words->add(w, f);
    // The grammar's classes, keyed by folded form; case-sensitive ones are checked per token.
    for (const auto& [w, f] : raw_word_flags()) words->add(fold_key(w), f);
    for (const auto& [w, f] : folded_word_flags()) words->add(w, f);
    words_ = std::move(words);
}

DocumentExtraction Extractor::extract(const Document& doc) const {
    DocumentReader reader(gaz_.impl(), *words_, doc);
    return reader.run();
}

}  // namespace kg::extract
