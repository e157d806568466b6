// Gazetteer phrases: countries, organisations, places, demonyms.
// A stage of the extraction pipeline (see extract/detail/document_reader.h): it reads and
// writes the shared state of one document.

#include "extract/detail/document_reader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract::detail {

// ---------------------------------------------------------------- gazetteer phrases

void DocumentReader::find_phrases() {
    std::size_t title_until = 0;
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        // (the first tests of the rules below: a token that may open no title or known name, and
        // no pair of places, begins nothing here; most tokens are such, and are passed by before
        // their owner is read)
        if ((!(flags_[i] & (kTitleStartFlag | kPhraseStartFlag)) && !tok_[i].cap) || !free(i)) continue;
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
            // ("the East and South China seas": the head in lower case too)
            while (head < limit && head < i + 6 && !(tok_[head].is_word() && tok_[head].text.ends_with("s") &&
                                                    in(fold_[head], {"seas", "islands", "straits", "oceans", "peninsulas"})))
                ++head;
            if (head < limit && head < i + 6) {
                const std::string singular(tok_[head].text.substr(0, tok_[head].text.size() - 1));
                std::string first = std::string(tok_[i].text);
                for (std::size_t q = i + 3; q < head; ++q) {
                    first += ' ';
                    first += tok_[q].text;
                }
                first += ' ';
                first += singular;
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
        m.facility = pm.entry->facility;
        phrases_.push_back(std::move(m));
        claim(i, end, phrases_.size() - 1);
        i = end - 1;
    }
}

}  // namespace kg::extract::detail
