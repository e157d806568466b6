// The extraction pipeline for one document:
//   tokens and sentences -> dates -> people (from context) -> gazetteer phrases ->
//   named events, programmes and organisations (head nouns, acronym definitions) ->
//   entities -> meetings, MET, ATTENDED, ROLE, CONTRIBUTED with evidence.
// Every rule is a regularity of the genre (readouts, captions, delegation lists),
// never a name: people are found by honorifics, titles, appositions and the
// family-name-in-capitals convention.

#include "extract/extractor.h"

#include <algorithm>
#include <map>

#include "extract/detail/document_reader.h"

namespace kg::extract {
namespace detail {

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


DocumentExtraction DocumentReader::run() {
    out_.document = doc_;
    find_dates_and_sentences();
    out_.document.date = doc_date_;
    find_speakers();
    find_people();
    find_counterpart_names();
    find_surname_mentions();
    find_phrases();
    find_named_phrases();
    find_acronym_definitions();
    find_quoted_programmes();
    build_entities();
    resolve_title_references();
    find_meetings();
    find_pair_reference_meetings();
    find_transcript_meetings();
    find_joiners();
    find_delegations();
    finish_meetings();
    find_attendance();
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
    words_ = std::move(words);
}

DocumentExtraction Extractor::extract(const Document& doc) const {
    detail::DocumentReader reader(gaz_.impl(), *words_, doc);
    return reader.run();
}

}  // namespace kg::extract