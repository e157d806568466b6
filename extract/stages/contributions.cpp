// CONTRIBUTED: countries funding programmes.
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

void DocumentReader::find_contributions() {
    for (std::size_t s = 0; s < sent_.size(); ++s) {
        const std::size_t a = sent_[s].first, b = sent_[s].last;
        for (std::size_t k = next_with(kContribWord, a, b); k < b; k = next_with(kContribWord, k + 1, b)) {
            if (phrase_at(k)) continue;
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

}  // namespace kg::extract::detail
