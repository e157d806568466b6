// The extraction pipeline for one document:
//   tokens and sentences -> dates -> people (from context) -> gazetteer phrases ->
//   named events, programmes and organisations (head nouns, acronym definitions) ->
//   entities -> meetings, MET, ATTENDED, ROLE, CONTRIBUTED with evidence.
// Every rule is a regularity of the genre (readouts, captions, delegation lists),
// never a name: people are found by honorifics, titles, appositions and the
// family-name-in-capitals convention.

#include "extract/extractor.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <tuple>

#include "extract/detail/document_reader.h"

namespace kg::extract {
namespace detail {

// ---------------------------------------------------------------- relations

void DocumentReader::add_relation(RelationType type, std::size_t a, std::size_t b, std::size_t sentence,
                                  const std::string& rule, double confidence, std::map<std::string, std::string> attrs,
                                  std::string date, std::optional<std::size_t> place) {
    if (a == kNone || b == kNone || a == b) return;
    if (type == RelationType::Met && a > b) std::swap(a, b);
    // Exact while entity indices stay below 2^30 (a document cannot hold that many: the
    // per-document budget stops far earlier).
    const std::uint64_t key =
        (static_cast<std::uint64_t>(type) << 60) | (static_cast<std::uint64_t>(a) << 30) | static_cast<std::uint64_t>(b);
    const auto [at, added] = relation_at_.emplace(key, out_.relations.size());
    if (!added) {
        Relation& r = out_.relations[at->second];
        if (type == RelationType::Role) return;  // one role per person and body
        if (r.date.empty() && !date.empty()) r.date = date;
        if (!r.place && place) r.place = place;
        Evidence ev = evidence(sentence, rule, confidence);
        if (std::find(r.evidence.begin(), r.evidence.end(), ev) == r.evidence.end()) r.evidence.push_back(ev);
        return;
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
            // "visit to", "Official Visit to", "flew to ..., where": a journey's end
            if (prev.is("to") &&
                !(k >= 2 && in(fold_[k - 2], {"visit", "trip", "travel", "way", "flew", "travelled", "traveled"})))
                continue;
            return *p;
        }
    }
    return kNone;
}


DocumentReader::DocumentReader(const Gazetteer::Impl& gaz, const Extractor::Words& words, const Document& doc,
                               ReaderBuffers& buffers)
    : gaz_(gaz), words_(words), doc_(doc), buffers_(buffers), text_(doc.text), tok_(std::move(buffers.tokens)),
      fold_(std::move(buffers.folds)), fold_arena_(std::move(buffers.fold_arena)),
      fold_spans_(std::move(buffers.fold_spans)), flags_(std::move(buffers.flags)),
      flag_blocks_(std::move(buffers.flag_blocks)), sent_(std::move(buffers.sentences)),
      sent_of_(std::move(buffers.sentence_of)), dates_(std::move(buffers.dates)), owner_(std::move(buffers.owner)),
      persons_(std::move(buffers.persons)), phrases_(std::move(buffers.phrases)),
      meetings_(std::move(buffers.meetings)), relation_at_(std::move(buffers.relation_at)),
      person_entity_(std::move(buffers.person_entity)), pm_cache_(std::move(buffers.phrase_matches)),
      tm_cache_(std::move(buffers.title_matches)), pm_done_(std::move(buffers.phrase_matched)) {
    // (the stages that fill the per-token tables size them; these grow by push_back)
    fold_arena_.clear();
    dates_.clear();
    persons_.clear();
    phrases_.clear();
    meetings_.clear();
    relation_at_.clear();
    person_entity_.clear();
}

DocumentReader::~DocumentReader() {
    buffers_.tokens = std::move(tok_);
    buffers_.folds = std::move(fold_);
    buffers_.fold_arena = std::move(fold_arena_);
    buffers_.fold_spans = std::move(fold_spans_);
    buffers_.flags = std::move(flags_);
    buffers_.flag_blocks = std::move(flag_blocks_);
    buffers_.sentences = std::move(sent_);
    buffers_.sentence_of = std::move(sent_of_);
    buffers_.dates = std::move(dates_);
    buffers_.owner = std::move(owner_);
    buffers_.persons = std::move(persons_);
    buffers_.phrases = std::move(phrases_);
    buffers_.meetings = std::move(meetings_);
    buffers_.relation_at = std::move(relation_at_);
    buffers_.person_entity = std::move(person_entity_);
    buffers_.phrase_matches = std::move(pm_cache_);
    buffers_.title_matches = std::move(tm_cache_);
    buffers_.phrase_matched = std::move(pm_done_);
}

DocumentExtraction DocumentReader::run() {
    out_.document = doc_;
    find_dates_and_sentences();
    out_.document.date = doc_date_;
    find_speakers();
    find_credited_people();
    find_people();
    find_semicolon_office_lists();
    find_list_tail_names();
    find_between_names();
    find_name_of_country_lists();
    find_lower_case_ministers();
    find_counterpart_names();
    find_surname_mentions();
    find_phrases();
    find_named_phrases();
    find_attended_meetings_of();
    find_session_assemblies();
    find_acronym_definitions();
    find_quoted_programmes();
    find_context_places();
    build_entities();
    resolve_title_references();
    find_meetings();
    find_pair_reference_meetings();
    find_hub_list_meetings();
    find_colon_list_meetings();
    find_after_talks_meetings();
    find_transcript_meetings();
    find_joiners();
    find_delegations();
    find_credentials_meetings();
    find_included_meetings();
    find_meeting_events_told_after();
    finish_meetings();
    find_attendance();
    find_event_speakers_and_hosts();
    find_session_speakers();
    find_roles();
    apply_user_roles();
    find_contributions();
    find_stances();
    find_japanese();
    return std::move(out_);
}


}  // namespace detail

Extractor::Extractor(const Gazetteer& gazetteer) : gaz_(gazetteer) {
    auto words = std::make_shared<Words>();
    for (const auto& [w, f] : gaz_.impl().first_words) words->add(w, f);
    // The grammar's classes, keyed by folded form; case-sensitive ones are checked per token.
    for (const auto& [w, f] : detail::compile_word_classes(gaz_.impl())) words->add(w, f);
    for (std::string_view w : detail::kEventClauseWords) words->add(w, detail::kEventClauseWord);
    for (std::string_view w : detail::kCounterpartClauseWords) words->add(w, detail::kCounterpartClauseWord);
    for (std::string_view w : detail::kCredentialsWords) words->add(w, detail::kCredentialsWord);
    for (std::string_view w : detail::kDelegationWords) words->add(w, detail::kDelegationWord);
    for (std::string_view w : detail::kArticleWords) words->add(w, detail::kArticleWord);
    for (std::string_view w : detail::kPlaceClauseWords) words->add(w, detail::kPlaceClauseWord);
    for (std::string_view w : detail::kAccompanyingWords) words->add(w, detail::kAccompanyingWord);
    for (std::string_view w : detail::kTheirWords) words->add(w, detail::kTheirWord);
    for (std::string_view w : detail::kFollowedClauseWords) words->add(w, detail::kFollowedClauseWord);
    for (std::string_view w : detail::kPersonCueWords) words->add(w, detail::kPersonCueWord);
    for (std::string_view w : detail::kPluralOffices) words->add(w, detail::kPersonCueWord);
    words->joiners = detail::compile_joiners(gaz_.impl());
    words->joiner_index = detail::index_patterns(words->joiners, *words);
    words_ = std::move(words);
}

namespace {

// Where to end a part of `text` that starts at `from`: the last paragraph break, else line
// break, else sentence end (". " / "? " / "! "), else space, in the second half of the
// window; else the window's end moved back to a UTF-8 character boundary.
std::size_t part_end(std::string_view text, std::size_t from, std::size_t max) {
    if (text.size() - from <= max) return text.size();
    const std::string_view window = text.substr(from, max);
    const std::size_t half = max / 2;
    auto after = [&](std::size_t at, std::size_t len) { return at == std::string_view::npos || at < half ? 0 : at + len; };
    if (std::size_t at = after(window.rfind("\n\n"), 2)) return from + at;
    if (std::size_t at = after(window.rfind('\n'), 1)) return from + at;
    std::size_t best = 0;
    for (const char* end : {". ", "? ", "! "}) best = std::max(best, after(window.rfind(end), 2));
    if (best) return from + best;
    if (std::size_t at = after(window.rfind(' '), 1)) return from + at;
    std::size_t at = from + max;
    while (at > from && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;  // not inside a character
    return at > from ? at : from + max;
}

// Appends the extraction of one part (its spans relative to the part starting at byte
// `offset`) to `whole`: entities of the same type and name merge, relations of the same
// type and ends merge their evidence, meetings are appended.
void merge_part(DocumentExtraction& whole, DocumentExtraction&& part, std::size_t offset,
                std::map<std::pair<EntityType, std::string>, std::size_t>& entity_at,
                std::map<std::tuple<RelationType, std::size_t, std::size_t>, std::size_t>& relation_at) {
    auto shift = [&](Span& s) {
        s.begin += offset;
        s.end += offset;
    };
    std::vector<std::size_t> to(part.entities.size());
    for (std::size_t i = 0; i < part.entities.size(); ++i) {
        Entity& e = part.entities[i];
        for (Mention& m : e.mentions) shift(m.span);
        const auto [it, added] = entity_at.emplace(std::pair{e.type, e.name}, whole.entities.size());
        to[i] = it->second;
        if (added) {
            whole.entities.push_back(std::move(e));
            continue;
        }
        Entity& into = whole.entities[it->second];
        if (into.full_name.empty()) into.full_name = e.full_name;
        for (std::string& a : e.aliases)
            if (a != into.name && std::find(into.aliases.begin(), into.aliases.end(), a) == into.aliases.end())
                into.aliases.push_back(std::move(a));
        for (Mention& m : e.mentions) into.mentions.push_back(std::move(m));
    }
    auto remap = [&](std::optional<std::size_t>& i) {
        if (i) i = to[*i];
    };
    const std::size_t meeting_base = whole.meetings.size();
    for (Meeting& m : part.meetings) {
        for (std::size_t& p : m.participants) p = to[p];
        remap(m.place);
        remap(m.host);
        remap(m.visitor);
        remap(m.parent_event);
        for (Evidence& ev : m.evidence) shift(ev.sentence);
        whole.meetings.push_back(std::move(m));
    }
    for (Relation& r : part.relations) {
        r.a = to[r.a];
        r.b = to[r.b];
        if (r.type == RelationType::Met && r.a > r.b) std::swap(r.a, r.b);
        remap(r.place);
        for (Evidence& ev : r.evidence) shift(ev.sentence);
        if (auto m = r.attributes.find("meeting"); m != r.attributes.end())
            m->second = std::to_string(meeting_base + std::stoul(m->second));
        const auto [it, added] = relation_at.emplace(std::tuple{r.type, r.a, r.b}, whole.relations.size());
        if (added) {
            whole.relations.push_back(std::move(r));
            continue;
        }
        Relation& into = whole.relations[it->second];
        if (into.date.empty()) into.date = r.date;
        if (!into.place) into.place = r.place;
        for (Evidence& ev : r.evidence) into.evidence.push_back(std::move(ev));
    }
    for (Diagnostic& d : part.diagnostics) whole.diagnostics.push_back(std::move(d));
}

// Keeps the first `max` entities of `x` and what refers only to them: relations and
// meetings naming a dropped entity go (a meeting keeps its remaining participants when two
// or more are left), places and parent events that were dropped are cleared.
std::size_t keep_entities(DocumentExtraction& x, std::size_t max) {
    if (x.entities.size() <= max) return 0;
    const std::size_t dropped = x.entities.size() - max;
    x.entities.resize(max);
    auto kept = [&](std::size_t i) { return i < max; };
    auto clear = [&](std::optional<std::size_t>& i) {
        if (i && !kept(*i)) i.reset();
    };
    std::vector<std::size_t> meeting_to(x.meetings.size(), static_cast<std::size_t>(-1));
    std::vector<Meeting> meetings;
    for (std::size_t m = 0; m < x.meetings.size(); ++m) {
        Meeting& mt = x.meetings[m];
        std::erase_if(mt.participants, [&](std::size_t p) { return !kept(p); });
        if (mt.participants.size() < 2) continue;
        clear(mt.place);
        clear(mt.host);
        clear(mt.visitor);
        clear(mt.parent_event);
        meeting_to[m] = meetings.size();
        meetings.push_back(std::move(mt));
    }
    x.meetings = std::move(meetings);
    std::erase_if(x.relations, [&](Relation& r) {
        if (!kept(r.a) || !kept(r.b)) return true;
        clear(r.place);
        if (auto m = r.attributes.find("meeting"); m != r.attributes.end()) {
            const std::size_t to = meeting_to[std::stoul(m->second)];
            if (to == static_cast<std::size_t>(-1)) r.attributes.erase(m);
            else m->second = std::to_string(to);
        }
        return false;
    });
    return dropped;
}

}  // namespace

DocumentExtraction Extractor::extract(const Document& doc) const {
    DocumentExtraction x = extract_parts(doc);
    if (const std::size_t dropped = keep_entities(x, budget_.max_entities))
        x.diagnostics.push_back({Diagnostic::Severity::Warning, doc.source.empty() ? doc.id : doc.source,
                                 "names " + std::to_string(budget_.max_entities + dropped) +
                                     " entities, over the budget of " + std::to_string(budget_.max_entities) +
                                     " a document: the last " + std::to_string(dropped) +
                                     " and what names them were dropped"});
    return x;
}

DocumentExtraction Extractor::extract_parts(const Document& doc) const {
    // (one per thread: the documents a thread reads one after another share their memory)
    thread_local detail::ReaderBuffers buffers;
    if (doc.text.size() <= kPartBytes) {
        detail::DocumentReader reader(gaz_.impl(), *words_, doc, buffers);
        reader.set_language(language_);
        return reader.run();
    }
    const auto start = std::chrono::steady_clock::now();
    DocumentExtraction whole;
    whole.document = doc;
    std::map<std::pair<EntityType, std::string>, std::size_t> entity_at;
    std::map<std::tuple<RelationType, std::size_t, std::size_t>, std::size_t> relation_at;
    const std::string_view text = doc.text;
    std::size_t parts = 0;
    const std::string where = doc.source.empty() ? doc.id : doc.source;
    for (std::size_t from = 0; from < text.size(); ++parts) {
        if (parts > 0 && std::chrono::steady_clock::now() - start > budget_.time) {
            whole.diagnostics.push_back(
                {Diagnostic::Severity::Warning, where,
                 "extraction stopped at byte " + std::to_string(from) + " of " + std::to_string(text.size()) +
                     ": over the time budget of " + std::to_string(budget_.time.count()) + " ms a document"});
            break;
        }
        const std::size_t to = part_end(text, from, kPartBytes);
        Document piece;
        piece.id = doc.id;
        piece.source = doc.source;
        piece.title = doc.title;
        piece.date = whole.document.date;  // the first part's date holds for the rest
        piece.text.assign(text.substr(from, to - from));
        detail::DocumentReader reader(gaz_.impl(), *words_, piece, buffers);
        reader.set_language(language_);
        DocumentExtraction part = reader.run();
        if (parts == 0) whole.document.date = part.document.date;
        merge_part(whole, std::move(part), from, entity_at, relation_at);
        from = to;
    }
    whole.diagnostics.push_back({Diagnostic::Severity::Warning, where,
                                 "text of " + std::to_string(text.size()) + " bytes extracted in " +
                                     std::to_string(parts) + " parts of at most " + std::to_string(kPartBytes >> 10) +
                                     " KB; names are not linked across parts"});
    return whole;
}

}  // namespace kg::extract