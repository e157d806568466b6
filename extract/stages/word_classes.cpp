// The grammar's word classes (see extract/detail/document_reader.h), read from
// data/word_classes.tsv: each class named there stands for one flag of the per-token table.

#include "extract/detail/document_reader.h"

#include "model/error.h"

namespace kg::extract::detail {

namespace {

struct ClassFlag {
    std::string_view name;
    WordFlags flag;
};

// Every class the rules use, by the name data/word_classes.tsv gives it.
constexpr ClassFlag kClasses[] = {
    {"non-name", kNonName},         {"month", kMonth},
    {"post-nominal", kPostNominal}, {"honorific-start", kHonorificStart},
    {"event-head", kHeadNoun | kEventHead},
    {"event-head-lower", kHeadNoun | kEventHeadLower},
    {"programme-head", kHeadNoun | kProgrammeHead},
    {"body-head", kHeadNoun | kBodyHead},
    {"name-stop-left", kNameStopLeft},
    {"titled-meeting-head", kTitledMeetingHead},
    {"head-after-name", kHeadAfterName},
    {"meeting-verb", kMeetingVerb},
    {"attend-verb", kAttendVerb},   {"contribution-word", kContribWord},
    {"stance-word", kStanceWord},   {"counterpart-cue", kCounterpartCue},
    {"pair-cue", kPairCue},
    {"place-direction", kPlaceDirection}, {"place-prefix", kPlacePrefix},
    {"place-noun", kPlaceNoun},     {"not-place", kNotPlace},
    {"head-of", kHeadOf},           {"strict-head", kStrictHead},
    {"meeting-adjective", kMeetingAdjective}, {"family-name-first", kFamilyNameFirst},
    {"told-verb", kToldVerb},       {"past-meeting-verb", kPastMeetingVerb},
    {"time-unit", kTimeUnit},       {"person-noun", kPersonNoun},
    {"coordinated-verb-adverb", kCoordinatedVerbAdverb},
    {"office-portfolio", kOfficePortfolio}, {"tenure-modifier", kTenureModifier},
    {"meeting-noun", kMeetingNoun}, {"pair-noun", kPairNoun},
    {"speech-noun", kSpeechNoun},   {"speech-verb", kSpeechVerb},
    {"attendance-noun", kAttendanceNoun}, {"kin-noun", kKinNoun},
    {"travel-verb", kTravelVerb},   {"person-possession", kPersonPossession},
    {"place-office", kPlaceOffice}, {"numbered-event", kNumberedEvent},
    {"given-name-title", kGivenNameTitle}, {"pair-verb", kPairVerb},
    {"decided-at", kDecidedAt},     {"future-word", kFutureWord},
    {"event-modifier", kEventModifier}, {"description-noun", kDescriptionNoun},
    {"pair-adverb", kPairAdverb},   {"credit-word", kCreditWord},
};

}  // namespace

WordFlags word_class_flag(std::string_view name) {
    for (const ClassFlag& c : kClasses)
        if (c.name == name) return c.flag;
    return 0;
}

std::vector<std::pair<std::string, WordFlags>> compile_word_classes(const Gazetteer::Impl& gaz) {
    std::vector<std::pair<std::string, WordFlags>> out;
    for (const auto& [cls, words] : gaz.word_classes) {
        // (a class the gazetteer reads itself, no flag of the token table: office-prefix)
        if (cls == "office-prefix") continue;
        const WordFlags flag = word_class_flag(cls);
        if (!flag) throw InputError(gaz.word_classes_file + ": unknown word class '" + cls + "'");
        for (const std::string& w : words) {
            // the table is looked up one token at a time: "co-chaired" is three tokens and would
            // never match
            if (tokenize(w).size() != 1)
                throw InputError(gaz.word_classes_file + ": word class '" + cls + "': '" + w +
                                 "' is not one token (hyphens and stops split words; list a single word)");
            out.emplace_back(fold_key(w), flag);
        }
    }
    // A gazetteer built in memory without data/ (Gazetteer()) has no grammar words to check.
    if (gaz.word_classes_file.empty()) return out;
    for (const ClassFlag& c : kClasses) {
        bool present = false;
        for (const auto& [cls, words] : gaz.word_classes) present = present || (cls == c.name && !words.empty());
        if (!present) throw InputError(gaz.word_classes_file + ": word class '" + std::string(c.name) + "' is missing");
    }
    return out;
}

}  // namespace kg::extract::detail
