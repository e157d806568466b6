#pragma once
// What every extraction must satisfy, whatever the text: spans inside the text,
// relation and meeting indices inside the entity list, valid UTF-8 names.

#include <string>

#include "extract/text_normalise.h"
#include "fuzz/fuzz_check.h"
#include "model/types.h"

namespace kg::fuzz {

inline void check_span(const Span& s, const std::string& text) {
    KG_FUZZ_CHECK(s.begin <= s.end && s.end <= text.size(),
                  std::to_string(s.begin) + ".." + std::to_string(s.end) + " of " + std::to_string(text.size()));
}

inline void check_index(std::size_t i, std::size_t n) {
    KG_FUZZ_CHECK(i < n, std::to_string(i) + " of " + std::to_string(n));
}

inline void check_extraction(const DocumentExtraction& x) {
    const std::string& text = x.document.text;
    const std::size_t n = x.entities.size();
    for (const Entity& e : x.entities) {
        KG_FUZZ_CHECK(!e.name.empty(), "entity without a name");
        KG_FUZZ_CHECK(extract::is_valid_utf8(e.name), e.name);
        for (const std::string& a : e.aliases) {
            KG_FUZZ_CHECK(a != e.name, a);
            KG_FUZZ_CHECK(extract::is_valid_utf8(a), a);
        }
        for (const Mention& m : e.mentions) check_span(m.span, text);
    }
    for (const Relation& r : x.relations) {
        check_index(r.a, n);
        check_index(r.b, n);
        if (r.place) check_index(*r.place, n);
        KG_FUZZ_CHECK(!r.evidence.empty(), std::string(to_string(r.type)));
        for (const Evidence& ev : r.evidence) check_span(ev.sentence, text);
    }
    for (const Meeting& m : x.meetings) {
        for (std::size_t p : m.participants) check_index(p, n);
        if (m.place) check_index(*m.place, n);
        if (m.host) check_index(*m.host, n);
        if (m.visitor) check_index(*m.visitor, n);
        if (m.parent_event) check_index(*m.parent_event, n);
        for (const Evidence& ev : m.evidence) check_span(ev.sentence, text);
    }
}

}  // namespace kg::fuzz
