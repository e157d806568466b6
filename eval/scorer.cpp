#include "eval/scorer.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "model/error.h"

namespace kg::eval {
namespace {

// Letters, digits and other numbers, and '_': what a regular expression's \w
// matches in Unicode text.
bool is_word(UChar32 c) {
    if (c == '_') return true;
    switch (u_charType(c)) {
        case U_UPPERCASE_LETTER:
        case U_LOWERCASE_LETTER:
        case U_TITLECASE_LETTER:
        case U_MODIFIER_LETTER:
        case U_OTHER_LETTER:
        case U_DECIMAL_DIGIT_NUMBER:
        case U_LETTER_NUMBER:
        case U_OTHER_NUMBER:
            return true;
        default:
            return false;
    }
}

// White space as a regular expression's \s sees it: space separators and the
// characters of bidirectional class WS, B or S (tab, line ends).
bool is_space(UChar32 c) {
    if (u_charType(c) == U_SPACE_SEPARATOR) return true;
    const UCharDirection d = u_charDirection(c);
    return d == U_WHITE_SPACE_NEUTRAL || d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR;
}

const icu::Normalizer2& nfkd() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status) || n == nullptr) throw Error(std::string("ICU NFKD is unavailable: ") + u_errorName(status));
    return *n;
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

}  // namespace

std::string name_key(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed =
        nfkd().normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))),
                         status);
    if (U_FAILURE(status)) throw Error(std::string("ICU NFKD failed: ") + u_errorName(status));
    icu::UnicodeString s;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0) continue;
        s.append(c == 0x2019 ? UChar32{'\''} : c);
    }
    s.toLower(icu::Locale::getRoot());

    int32_t i = 0;
    if (s.startsWith(icu::UnicodeString(u"the")) && s.length() > 3 && is_space(s.char32At(3))) {
        i = 3;
        while (i < s.length() && is_space(s.char32At(i))) i += U16_LENGTH(s.char32At(i));
    }
    icu::UnicodeString key;
    bool gap = false;
    for (; i < s.length();) {
        const UChar32 c = s.char32At(i);
        i += U16_LENGTH(c);
        if (!is_word(c)) {
            gap = true;
            continue;
        }
        if (gap && !key.isEmpty()) key.append(UChar32{' '});
        gap = false;
        key.append(c);
    }
    return utf8(key);
}

std::string person_key(std::string_view name) {
    static const std::set<std::string, std::less<>> suffixes = {"jr", "sr", "ii", "iii", "iv"};
    const std::string key = name_key(name);
    std::string out;
    std::size_t start = 0;
    while (start <= key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string::npos) end = key.size();
        const std::string_view word(key.data() + start, end - start);
        // One byte is one ASCII character; a longer single character is another script's.
        if (word.size() > 1 && !suffixes.contains(word)) {
            if (!out.empty()) out += ' ';
            out += word;
        }
        start = end + 1;
    }
    return out;
}

double Figure::precision() const {
    if (predicted == 0) return gold == 0 ? 1.0 : 0.0;
    return static_cast<double>(tp) / static_cast<double>(predicted);
}

double Figure::recall() const {
    if (gold == 0) return predicted == 0 ? 1.0 : 0.0;
    return static_cast<double>(tp) / static_cast<double>(gold);
}

double Figure::f1() const {
    const double p = precision();
    const double r = recall();
    return p + r > 0.0 ? 2.0 * p * r / (p + r) : 0.0;
}

double rounded(double value) {
    // printf rounds the exact binary value correctly, as the reference scorer's round() does.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", value);
    return std::strtod(buf, nullptr);
}

namespace {

const char* const kEntityTypes[] = {"PERSON", "COUNTRY", "ORGANIZATION", "PROGRAMME", "EVENT", "LOCATION"};
const char* const kRelationTypes[] = {"MET", "ATTENDED", "ROLE", "CONTRIBUTED"};

std::string base_name(const std::string& doc) {
    const std::size_t slash = doc.find_last_of('/');
    return slash == std::string::npos ? doc : doc.substr(slash + 1);
}

using Keys = std::set<std::string>;

Keys gold_keys(const AnnotatedEntity& e, bool lenient) {
    Keys keys;
    if (e.type == "PERSON") {
        keys = {person_key(e.name), person_key(e.full_name)};
        if (lenient)
            for (const std::string& a : e.aliases) keys.insert(person_key(a));
    } else {
        keys.insert(name_key(e.name));
        for (const std::string& a : e.aliases) keys.insert(name_key(a));
    }
    keys.erase("");
    return keys;
}

Keys predicted_keys(const AnnotatedEntity& e) {
    Keys keys;
    if (e.type == "PERSON") {
        keys.insert(person_key(e.name));
    } else {
        keys.insert(name_key(e.name));
        for (const std::string& a : e.aliases) keys.insert(name_key(a));
    }
    keys.erase("");
    return keys;
}

bool meet(const Keys& x, const Keys& y) {
    return std::any_of(x.begin(), x.end(), [&](const std::string& k) { return y.contains(k); });
}

struct Count {
    std::size_t tp = 0, predicted = 0, gold = 0;
};

Count match_entities(const Annotation& gold, const Annotation& pred, const std::string& type, bool lenient,
                     std::vector<Miss>* misses) {
    std::vector<const AnnotatedEntity*> g;
    std::vector<Keys> g_keys;
    for (const AnnotatedEntity& e : gold.entities)
        if (e.type == type) {
            g.push_back(&e);
            g_keys.push_back(gold_keys(e, lenient));
        }
    std::vector<bool> used(g.size(), false);
    Count c;
    c.gold = g.size();
    for (const AnnotatedEntity& pe : pred.entities) {
        if (pe.type != type) continue;
        ++c.predicted;
        const Keys pk = predicted_keys(pe);
        std::size_t hit = g.size();
        for (std::size_t i = 0; i < g.size() && hit == g.size(); ++i)
            if (!used[i] && meet(pk, g_keys[i])) hit = i;
        if (hit == g.size()) {
            if (misses) misses->push_back({gold.doc, "false", type, pe.name});
        } else {
            used[hit] = true;
            ++c.tp;
        }
    }
    for (std::size_t i = 0; i < g.size(); ++i)
        if (!used[i] && misses) misses->push_back({gold.doc, "missed", type, g[i]->name});
    return c;
}

// Resolves a relation end to the canonical name of a gold entity: by name or
// full_name first, then by alias (the first entity listed wins); "?key" when none.
class Resolver {
public:
    explicit Resolver(const std::vector<AnnotatedEntity>& entities) {
        for (const AnnotatedEntity& e : entities) {
            const bool person = e.type == "PERSON";
            const auto key = [&](const std::string& s) { return person ? person_key(s) : name_key(s); };
            exact_.emplace(key(e.name), e.name);
            if (!e.full_name.empty()) exact_.emplace(key(e.full_name), e.name);
            for (const std::string& a : e.aliases) alias_.emplace(key(a), e.name);
        }
    }
    std::string operator()(const std::string& name) const {
        const std::string plain = name_key(name);
        const std::string person = person_key(name);
        for (const auto* table : {&exact_, &alias_})
            for (const std::string* k : {&plain, &person})
                if (const auto it = table->find(*k); it != table->end()) return it->second;
        return "?" + plain;
    }

private:
    std::map<std::string, std::string> exact_;
    std::map<std::string, std::string> alias_;
};

// A relation as it is compared: type, ends (MET: sorted, one when both are the same), date.
using RelationKey = std::vector<std::string>;

RelationKey relation_key(const AnnotatedRelation& r, const Resolver& resolve, bool with_date) {
    std::string a = resolve(r.a);
    std::string b = resolve(r.b);
    RelationKey key{r.type};
    if (r.type == "MET") {
        if (b < a) std::swap(a, b);
        key.push_back(a);
        if (b != a) key.push_back(b);
        key.push_back("");  // keeps {a, a} apart from an ordered pair
    } else {
        key.push_back(a);
        key.push_back(b);
    }
    if (with_date) key.push_back(r.date);
    return key;
}

std::string show(const RelationKey& key, bool met) {
    std::string out;
    std::size_t i = 1;
    if (met) {
        out = key[1];
        for (i = 2; i < key.size() && !key[i].empty(); ++i) out += " & " + key[i];
        ++i;  // the separator
    } else {
        out = key[1] + " | " + key[2];
        i = 3;
    }
    for (; i < key.size(); ++i) out += " | " + key[i];
    return out;
}

Count match_relations(const Annotation& gold, const Annotation& pred, const std::string& type, bool with_date,
                      std::vector<Miss>* misses) {
    const Resolver resolve(gold.entities);
    const std::string label = type + (with_date ? "+date" : "");
    std::vector<RelationKey> remaining;
    for (const AnnotatedRelation& r : gold.relations)
        if (r.type == type) remaining.push_back(relation_key(r, resolve, with_date));
    std::vector<RelationKey> predicted;
    for (const AnnotatedRelation& r : pred.relations) {
        if (r.type != type) continue;
        RelationKey k = relation_key(r, resolve, with_date);
        if (std::find(predicted.begin(), predicted.end(), k) == predicted.end()) predicted.push_back(std::move(k));
    }
    Count c;
    c.gold = remaining.size();
    c.predicted = predicted.size();
    for (const RelationKey& k : predicted) {
        const auto it = std::find(remaining.begin(), remaining.end(), k);
        if (it != remaining.end()) {
            remaining.erase(it);
            ++c.tp;
        } else if (misses) {
            misses->push_back({gold.doc, "false", label, show(k, type == "MET")});
        }
    }
    if (misses)
        for (const RelationKey& k : remaining) misses->push_back({gold.doc, "missed", label, show(k, type == "MET")});
    return c;
}

}  // namespace

const std::vector<std::string>& figure_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k(std::begin(kEntityTypes), std::end(kEntityTypes));
        k.push_back("PERSON~");
        k.insert(k.end(), std::begin(kRelationTypes), std::end(kRelationTypes));
        k.push_back("MET+date");
        k.push_back("date");
        return k;
    }();
    return keys;
}

Report score(const std::vector<Annotation>& gold, const std::vector<Annotation>& predicted) {
    // Gold documents by base name: a later file for the same name replaces an earlier one in its place.
    std::vector<const Annotation*> docs;
    std::map<std::string, std::size_t> position;
    for (const Annotation& g : gold) {
        const auto [it, added] = position.emplace(base_name(g.doc), docs.size());
        if (added)
            docs.push_back(&g);
        else
            docs[it->second] = &g;
    }
    std::map<std::string, const Annotation*> by_doc;
    for (const Annotation& p : predicted) by_doc[base_name(p.doc)] = &p;

    Report report;
    for (const std::string& k : figure_keys()) report.figures.push_back(Figure{k, 0, 0, 0});
    const auto add = [&](const std::string& key, Count c) {
        for (Figure& f : report.figures)
            if (f.key == key) {
                f.tp += c.tp;
                f.predicted += c.predicted;
                f.gold += c.gold;
            }
    };

    const Annotation empty;
    for (const Annotation* g : docs) {
        ++report.documents;
        const auto found = by_doc.find(base_name(g->doc));
        const Annotation& p = found == by_doc.end() ? empty : *found->second;
        if (found == by_doc.end()) {
            ++report.missing_documents;
            report.misses.push_back({g->doc, "missed", "document", base_name(g->doc)});
        }
        for (const char* t : kEntityTypes) add(t, match_entities(*g, p, t, false, &report.misses));
        add("PERSON~", match_entities(*g, p, "PERSON", true, nullptr));
        for (const char* t : kRelationTypes) add(t, match_relations(*g, p, t, false, &report.misses));
        add("MET+date", match_relations(*g, p, "MET", true, nullptr));
        if (g->date && !g->date->empty()) {
            const bool right = p.date && *p.date == *g->date;
            add("date", Count{right ? 1u : 0u, p.date && !p.date->empty() ? 1u : 0u, 1});
        }
    }
    return report;
}

}  // namespace kg::eval
