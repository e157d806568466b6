// Entities from mentions, and within-document coreference.
// A stage of the extraction pipeline (see extract/detail/document_reader.h): it reads and
// writes the shared state of one document.

#include "extract/detail/document_reader.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract::detail {

// ---------------------------------------------------------------- entities

namespace {

std::string person_display(const PersonMention& m) {
    // Canonical order: given name first; capitals to normal case.
    // A regnal or generational numeral stays in capitals: "Abdullah II", "Lloyd J. Austin III".
    auto numeral = [](const std::string& w) {
        return !w.empty() && w.size() <= 4 && w.find_first_not_of("IVX") == std::string::npos;
    };
    // (each part appended as it is read, in the display's order: the family name written first
    // goes last; a vector of the parts first cost an allocation a mention)
    const std::size_t n = m.parts.size();
    std::string out;
    for (std::size_t at = 0; at < n; ++at) {
        const std::size_t k = m.family_first ? (at + 1) % n : at;
        if (!out.empty()) out += ' ';
        // ("KP Sharma Oli": initials written together stay in capitals)
        if (m.caps[k] && !(k > 0 && numeral(m.parts[k])) && !(k == 0 && !m.family_first && joined_initials(m.parts[0])))
            out += to_title_word(m.parts[k]);
        else out += m.parts[k];
    }
    return out;
}

std::string strip_the(std::string s) {
    if (s.rfind("the ", 0) == 0 || s.rfind("The ", 0) == 0) s = s.substr(4);
    return s;
}

}  // namespace

namespace {
// The fuller form names an instance the shorter does not ("2024 G7 Summit", "28th U.N. Climate
// Conference", "Second ... Meeting" against "G7 Summit"): its digits or ordinal words differ.
bool numbers_instance(std::string_view fuller, std::string_view shorter) {
    const auto marks = [](std::string_view s) {
        std::string out;
        for (char c : s)
            if (c >= '0' && c <= '9') out.push_back(c);
        std::string lower(s);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const char* w : {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                              "tenth", "inaugural"})
            if (lower.find(w) != std::string::npos) out += w;
        return out;
    };
    return marks(fuller) != marks(shorter);
}

// The key of a person's name: its folded parts sorted, each followed by a space (sorted as views
// on the stack: a sorted copy of the parts was allocated for every person mention).
std::string sorted_key(const std::vector<std::string>& folded) {
    std::array<std::string_view, 8> few;
    std::vector<std::string_view> many;  // (a name has at most seven parts)
    std::string_view* first = few.data();
    if (folded.size() > few.size()) {
        many.resize(folded.size());
        first = many.data();
    }
    std::string_view* const last = std::copy(folded.begin(), folded.end(), first);
    std::sort(first, last);
    std::string key;
    for (const std::string_view* p = first; p != last; ++p) {
        key += *p;
        key += ' ';
    }
    return key;
}
}  // namespace

// The words that identify a named phrase: known names inside it by their canonical
// form, parenthesised acronyms and quotes dropped, plurals of the head folded.
std::vector<std::string> DocumentReader::named_key(const PhraseMention& m) const {
    std::vector<std::string> key;
    key.reserve(m.last - m.first);  // (a word a token at most: one allocation, not one a doubling)
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
            std::string marked(1, '\x01');  // marked as a name
            marked += fold_key(p->canonical);
            key.push_back(std::move(marked));
            q = std::max(q + 1, p->last);
            continue;
        }
        if (t.is_word() || t.kind == Token::Kind::Number) {
            std::string w(fold_[q]);  // (fold_key(t.text), folded once for every token)
            if (q == m.head && w.size() > 3 && w.back() == 's' && w != "talks" && w != "consultations") w.pop_back();
            if (!in(w, {"the", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth"}) || q == m.first)
                key.push_back(std::move(w));
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
            // (a token's folded form is fold_key of its text, computed once: fold_)
            if (rm.type != m.type || fold_[rm.head].substr(0, 4) != fold_[m.head].substr(0, 4))
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
    // canonical: the form written first in the document; a headline's shorter form gives way to
    // the body's fuller one ("G-20 meeting" in the title, "the G-20 Foreign Ministers Meeting" below)
    std::map<std::size_t, std::string> first_form;
    std::map<std::size_t, bool> from_title;
    for (std::size_t i = 0; i < named.size(); ++i) {
        const std::size_t r = cluster_of[i];
        const PhraseMention& m = phrases_[named[i]];
        const bool title = title_line(sent_of_[m.first]);
        auto it = first_form.find(r);
        if (it == first_form.end()) {
            first_form[r] = m.canonical;
            from_title[r] = title;
        } else if (from_title[r] && !title && m.canonical.size() > it->second.size() &&
                   m.canonical.find('(') == std::string::npos && m.canonical.find("\u2019s") == std::string::npos &&
                   m.canonical.find("'s") == std::string::npos && !numbers_instance(m.canonical, it->second)) {
            it->second = m.canonical;
            from_title[r] = false;
        }
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
        std::vector<std::string> bare_parts;  // folded_parts without accents, when one has any
        std::size_t entity = kNone;
        bool spouse = false;  // a spouse's name: "Mrs. KISHIDA Yuko", "First Lady Jill Biden"
        bool last_caps = false;  // the last part written in capitals where the name was first read
    };
    std::vector<Cluster> clusters;
    // Clusters by key, in seven maps: by_key, the cluster of each name's sorted parts; the first
    // cluster (in creation order) with each ending of two or more parts, with each last part, with
    // each first part and with each part: what a shorter name attaches to, found by lookup rather
    // than by a scan of every cluster, so a list of thousands of names stays linear; and
    // by_father_part, a part of the father's name after "bin": the last resort of a name of one
    // part ("Crown Prince Salman" for Mohammed bin Salman, as releases write him).
    // (The seven are one open-addressed table of (map, key) reused across documents, its keys in
    // one buffer, sized once for every key the names can make: seven node-based hash tables a
    // document cost a node and a key string for each key.)
    // (and by_solid: the parts written together, "pushpakamaldahal" for "Pushpa Kamal Dahal" and
    // "Pushpakamal Dahal", one name spaced two ways)
    enum NameMap : std::uint32_t { by_key = 1, by_ending, by_last, by_first, by_part, by_prefix, by_father_part, by_solid };
    std::size_t bound = 16;  // (a name makes at most 3 keys a part and 4 more)
    for (const PersonMention& m : persons_) bound += 4 * m.parts.size() + 4;
    const std::size_t nkeys = std::bit_ceil(bound * 2);
    auto& keys = buffers_.name_keys;
    auto& key_chars = buffers_.name_key_chars;
    keys.assign(nkeys, NameKey{});
    key_chars.clear();
    // the slot of `key` in `map`, or the free slot where it would go
    const auto slot_of = [&](NameMap map, std::string_view key, std::uint64_t h) -> NameKey& {
        for (std::size_t i = h & (nkeys - 1);; i = (i + 1) & (nkeys - 1)) {
            NameKey& k = keys[i];
            if (k.map == 0 ||
                (k.hash == h && k.map == map && std::string_view(key_chars).substr(k.at, k.size) == key))
                return k;
        }
    };
    const auto name_hash = [](NameMap map, std::string_view key) {
        return ShortKeyHash{}(key) ^ (static_cast<std::uint64_t>(map) * 0x9E3779B97F4A7C15ull);
    };
    const auto find = [&](NameMap map, std::string_view key) {
        const NameKey& k = slot_of(map, key, name_hash(map, key));
        return k.map == 0 ? kNone : static_cast<std::size_t>(k.cluster);
    };
    // (as try_emplace: a key already there keeps its cluster, unless `replace`)
    const auto put = [&](NameMap map, std::string_view key, std::size_t cluster, bool replace = false) {
        const std::uint64_t h = name_hash(map, key);
        NameKey& k = slot_of(map, key, h);
        if (k.map == 0) {
            k = NameKey{h, static_cast<std::uint32_t>(key_chars.size()), static_cast<std::uint32_t>(key.size()),
                        static_cast<std::uint32_t>(cluster), map};
            key_chars.append(key);
        } else if (replace) {
            k.cluster = static_cast<std::uint32_t>(cluster);
        }
    };
    auto solid = [](const std::vector<std::string>& parts) {
        std::string k;
        for (const std::string& p : parts) k += p;
        return k;
    };
    auto joined = [](auto first, auto last) {
        std::string k;
        for (; first != last; ++first) k += *first + " ";
        return k;
    };
    // (After "bin", "ibn", "bint" come the father's names: "Abdulaziz Al-Saud" and "Abdulaziz" are
    // not "Salman bin Abdulaziz Al-Saud", whose father they name; "bin Abdulaziz Al-Saud" still is.)
    auto patronymic = [](const std::string& part) {
        return (part[0] == 'b' || part[0] == 'i') && (part == "bin" || part == "ibn" || part == "bint" || part == "binti");
    };
    auto index_cluster = [&](std::size_t c) {
        const auto& fp = clusters[c].folded_parts;
        if (fp.size() < 2) return;
        std::size_t father = fp.size();  // the first part after a patronymic particle
        for (std::size_t i = 0; i + 1 < fp.size(); ++i)
            if (patronymic(fp[i])) {
                father = i + 1;
                break;
            }
        for (std::size_t len = 2; len < fp.size(); ++len)
            if (fp.size() - len < father || fp.size() - len == father - 1)
                put(by_ending, joined(fp.end() - len, fp.end()), c);
        // "Abdullah bin Zayed" for Abdullah bin Zayed Al Nahyan: the name up to and past its
        // father's name, as the Gulf agencies shorten it
        if (father < fp.size())
            for (std::size_t len = father + 1; len < fp.size(); ++len)
                put(by_prefix, joined(fp.begin(), fp.begin() + len), c);
        // "Juan Ramón de la Fuente" for Juan Ramón de la Fuente Ramírez, "Carlos Ramiro Martínez" for
        // Carlos Ramiro Martínez Alvarado: a Spanish name without its second family name, three parts
        // at least ("Wang Yi" is not the "Wang Yi FM" a headline made)
        if (father == fp.size() && fp.size() >= 4) put(by_prefix, joined(fp.begin(), fp.end() - 1), c);
        // ("Charlot Salwai" for Charlot Salwai Tabimasmas: of three parts too, when the last is a
        // word of a name, not of the language nor an office's abbreviation: "Brian Deese Port", a
        // headline's words run on)
        // ("Barbara Feinstein USDOS": nor an acronym in capitals)
        if (father == fp.size() && fp.size() == 3 && fp.back().size() > 3 && !gaz_.title_abbreviations.count(fp.back()) &&
            !gaz_.common_word(fp.back()) && !clusters[c].last_caps)
            put(by_prefix, joined(fp.begin(), fp.end() - 1), c);
        put(by_solid, solid(fp), c);
        put(by_last, fp.back(), c);
        put(by_first, fp.front(), c);
        for (std::size_t i = 0; i < fp.size(); ++i) put(i < father ? by_part : by_father_part, fp[i], c);
    };
    person_entity_.assign(persons_.size(), kNone);
    // (room for an entity a mention, at most: growing the vector moved every entity made so far,
    // a third of new_entity's cost)
    out_.entities.reserve(out_.entities.size() + persons_.size() + phrases_.size());
    auto new_entity = [&](EntityType type, const std::string& name) {
        Entity& e = out_.entities.emplace_back();
        e.type = type;
        e.name = name;
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
        // (Without one, no key is folded: two keys a person were a tenth of this stage.)
        if (gaz_.person_aliases.empty()) {
        } else if (auto it = gaz_.person_aliases.find(fold_key(display)); it != gaz_.person_aliases.end()) {
            display = it->second;
        } else if (m.title_first != kNone) {
            if (auto t = gaz_.person_aliases.find(fold_key(surface(m.title_first, m.name_last)));
                t != gaz_.person_aliases.end())
                display = t->second;
        }
        std::vector<std::string> folded;
        folded.reserve(m.parts.size());
        // ("George W Bush" is "George Bush": a middle initial written without its full stop too; and
        // "S Jaishankar" is "S. Jaishankar", a first one)
        for (std::size_t i = 0; i < m.parts.size(); ++i) {
            const std::string& p = m.parts[i];
            const bool bare_initial = p.size() == 1 && p[0] >= 'A' && p[0] <= 'Z' && i + 1 < m.parts.size();
            if (!is_initial(p) && !bare_initial) folded.push_back(fold_key(p));
        }
        // ("Lloyd J. Austin III" is "Lloyd Austin": a generational suffix after a whole name)
        if (folded.size() >= 3 && generational_suffix(m.parts.back())) folded.pop_back();
        // "Joe Biden" and "Joseph R. Biden": spellings of one given name (data/given_names.tsv)
        if (!m.family_first && folded.size() >= 2) folded.front() = std::string(gaz_.given_name(folded.front()));
        std::string key = sorted_key(folded);
        std::size_t cluster = find(by_key, key);
        if (cluster == kNone && folded.size() >= 2) {
            // a longer name ending with these parts
            cluster = find(by_ending, joined(folded.begin(), folded.end()));
            if (cluster == kNone) cluster = find(by_prefix, joined(folded.begin(), folded.end()));
            if (cluster == kNone) cluster = find(by_solid, solid(folded));
            // "President Joko Widodo" is not "First Lady Iriana Joko Widodo", whose name ends with his
            if (cluster != kNone && !m.title.empty() && clusters[cluster].spouse && fold_key(m.title) != "first lady")
                cluster = kNone;
        }
        if (cluster == kNone && folded.size() == 1) {
            // attach to a fuller name containing this part: family name first, then any part
            // (the given name also by its usual spelling); the earliest such name
            cluster = find(by_last, folded[0]);
            if (cluster == kNone) cluster = std::min(find(by_part, folded[0]), find(by_first, gaz_.given_name(folded[0])));
            if (cluster == kNone) cluster = find(by_father_part, folded[0]);
            // "Prime Minister Kishida" is not his wife "Mrs. KISHIDA Yuko", nor "President Biden"
            // "First Lady Jill Biden": an office-holder's family name never joins a spouse's name
            // (an office of another name of the same person often differs: "Ambassador Misri",
            // "Foreign Secretary Vikram Misri", so only the spouse's name keeps it apart)
            if (cluster != kNone && !m.title.empty() && clusters[cluster].spouse) cluster = kNone;
        }
        // "Ingibjörg Sólrún Gísladottir" and "Minister Gísladóttir": one name written with and without
        // an accent is one person, when one name of the document alone matches it so (names with a
        // letter beyond ASCII only: the maps above compared the others)
        const auto ascii = [](const std::string& w) {
            return std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        };
        std::vector<std::string> bare;
        if (cluster == kNone && !folded.empty() && !std::all_of(folded.begin(), folded.end(), ascii))
            for (const std::string& w : folded) bare.push_back(strip_marks(w));
        if (cluster == kNone && !folded.empty()) {
            std::size_t match = kNone, matches = 0;
            for (std::size_t c = 0; c < clusters.size() && matches < 2; ++c) {
                const Cluster& other = clusters[c];
                if (other.spouse || (bare.empty() && other.bare_parts.empty())) continue;
                const std::vector<std::string>& mine = bare.empty() ? folded : bare;
                const std::vector<std::string>& theirs = other.bare_parts.empty() ? other.folded_parts : other.bare_parts;
                // (one part: the family name, last of the parts; more: the same parts in the same order)
                // ("José Antonio Meade" after "Jose Antonio Meade Kuribreña": a name of two parts or
                // more that opens or ends the longer one, as the maps above join names written alike)
                const bool same =
                    // (one part: the family name, or a part after the first: "Lopez" of "López Obrador")
                    mine.size() == 1 ? theirs.size() >= 2 && std::find(theirs.begin() + 1, theirs.end(), mine[0]) != theirs.end()
                                     : theirs == mine ||
                                           (theirs.size() > mine.size() &&
                                            (std::equal(mine.begin(), mine.end(), theirs.begin()) ||
                                             std::equal(mine.begin(), mine.end(), theirs.end() - static_cast<std::ptrdiff_t>(mine.size()))));
                if (same && ++matches == 1) match = c;
            }
            if (matches == 1) cluster = match;
        }
        if (cluster == kNone) {
            Cluster c;
            c.name = display;
            c.folded_parts = folded;
            c.last_caps = !m.caps.empty() && m.caps.back();
            if (m.family_first && folded.size() >= 2) std::rotate(c.folded_parts.begin(), c.folded_parts.begin() + 1, c.folded_parts.end());
            c.entity = new_entity(EntityType::Person, display);
            if (!bare.empty()) {
                c.bare_parts = std::move(bare);
                if (m.family_first && c.bare_parts.size() >= 2)
                    std::rotate(c.bare_parts.begin(), c.bare_parts.begin() + 1, c.bare_parts.end());
            }
            clusters.push_back(std::move(c));
            cluster = clusters.size() - 1;
            put(by_key, key, cluster, true);
            index_cluster(cluster);
        } else if (folded.size() >= 2) {
            put(by_key, key, cluster, true);
            // "Mike Pompeo" in the title, "Michael Pompeo" in the text: the full form of the given
            // name is the fuller name (given-name-full-form)
            Cluster& c = clusters[cluster];
            const std::string mine = fold_key(m.parts.front());
            const std::size_t space = c.name.find(' ');
            if (!m.family_first && space != std::string::npos && gaz_.given_name_full.count(mine) &&
                std::count(c.name.begin(), c.name.end(), ' ') == std::count(display.begin(), display.end(), ' ')) {
                const std::string theirs = fold_key(c.name.substr(0, space));
                if (theirs != mine && !gaz_.given_name_full.count(theirs) && gaz_.given_name(theirs) == gaz_.given_name(mine)) {
                    c.name = display;
                    out_.entities[c.entity].name = display;
                }
            }
        }
        if (!m.title.empty() && fold_key(m.title) == "first lady") clusters[cluster].spouse = true;
        if (m.name_first >= 1 && (tok_[m.name_first - 1].is("Mrs") ||
                                  (m.name_first >= 2 && tok_[m.name_first - 1].is(".") && tok_[m.name_first - 2].is("Mrs"))))
            clusters[cluster].spouse = true;
        // ("Prime Minister Pushpakamal Dahal 'Prachanda'": a nickname in quotes after a whole name is
        // his, for a later "Prime Minister Prachanda")
        if (const std::size_t q = m.name_last; m.parts.size() >= 2 && q + 2 < tok_.size() &&
                                               (tok_[q].is("\u2018") || tok_[q].is("\u201c") || tok_[q].is("'") || tok_[q].is("\"")) &&
                                               tok_[q + 1].is_word() && tok_[q + 1].cap && !tok_[q + 1].space_before &&
                                               (tok_[q + 2].is("\u2019") || tok_[q + 2].is("\u201d") || tok_[q + 2].is("'") ||
                                                tok_[q + 2].is("\"")))
            put(by_part, fold_key(tok_[q + 1].text), cluster);
        person_entity_[idx] = clusters[cluster].entity;
        persons_[idx].entity = clusters[cluster].entity;
        Entity& e = out_.entities[clusters[cluster].entity];
        // alias: longest "[title] name" as written at this mention
        const std::size_t from = m.title_first != kNone ? m.title_first : m.name_first;
        e.mentions.push_back({Span{tok_[from].begin, tok_[m.name_last - 1].end}, surface(from, m.name_last)});
    }
    // Family names alone, and aliases from mentions (the distinct surfaces in order, as a
    // std::set<std::string> would give them, sorted as views: no node and no copy per mention).
    std::vector<std::string_view> aliases;
    for (Entity& e : out_.entities) {
        aliases.clear();
        for (const Mention& mm : e.mentions)
            if (mm.surface != e.name) aliases.push_back(mm.surface);
        std::sort(aliases.begin(), aliases.end());
        aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
        e.aliases.assign(aliases.begin(), aliases.end());
    }
    // person mentions per entity, in order: those of entity e are mentions[mentions_from[e],
    // mentions_from[e + 1]) (one list, not a vector an entity)
    std::vector<std::size_t> mentions_from(out_.entities.size() + 1, 0), mentions(persons_.size());
    for (const PersonMention& m : persons_)
        if (m.entity != kNone && m.entity < out_.entities.size()) ++mentions_from[m.entity + 1];
    for (std::size_t e = 0; e < out_.entities.size(); ++e) mentions_from[e + 1] += mentions_from[e];
    {
        std::vector<std::size_t> next(mentions_from.begin(), mentions_from.end() - 1);
        for (std::size_t idx = 0; idx < persons_.size(); ++idx)
            if (persons_[idx].entity != kNone && persons_[idx].entity < out_.entities.size())
                mentions[next[persons_[idx].entity]++] = idx;
    }
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        Entity& e = out_.entities[clusters[c].entity];
        if (clusters[c].folded_parts.size() >= 2) {
            // the bare family name, as written somewhere in the text
            for (std::size_t at = mentions_from[clusters[c].entity]; at < mentions_from[clusters[c].entity + 1]; ++at) {
                const std::size_t idx = mentions[at];
                const PersonMention& m = persons_[idx];
                std::string fam = m.family_first || family_name_first(m) ? m.parts.front() : m.parts.back();
                // ("Lloyd J. Austin III": the family name before a generational suffix)
                if (!m.family_first && m.parts.size() >= 3 && generational_suffix(m.parts.back()))
                    fam = m.parts[m.parts.size() - 2];
                if (m.parts.size() == 1) fam = m.parts.front();
                // "Yun Byung-se": the family name comes first ("Ahmed al-Sabah": not after a particle)
                if (const std::size_t dash = m.parts.size() == 2 ? m.parts.back().find('-') : std::string::npos;
                    dash != std::string::npos && !m.family_first && !is_particle(fold_key(m.parts.back().substr(0, dash))) &&
                    // (a Korean given name's second syllable: "Byung-se"; not "Nkosazana Dlamini-Zuma")
                    ((flags_[m.name_first] & kFamilyNameFirst) || (dash + 1 < m.parts.back().size() &&
                                                                   !std::isupper(static_cast<unsigned char>(m.parts.back()[dash + 1])))))
                    fam = m.parts.front();
                if (std::find(e.aliases.begin(), e.aliases.end(), fam) == e.aliases.end() && fam != e.name) {
                    e.aliases.push_back(fam);
                    break;
                }
            }
        }
    }

    merge_named_phrases();
    // Other entities: one per (type, canonical); a demonym counts only when its country is named.
    // The mentions of one (type, canonical) are found by one open-addressed table of mention
    // indices (the first mention of each key), reused across documents, and what is known of a key
    // is kept at its first mention: three node-based hash tables a document (the named countries,
    // the keys with a free mention and the entities) cost 10 million instructions in 500 releases.
    const std::size_t np = phrases_.size();
    auto& slots = buffers_.phrase_key_slots;    // 1 + the first mention of a key; 0: empty
    auto& first_of = buffers_.phrase_key_first;  // mention -> the first mention of its key
    auto& key_bits = buffers_.phrase_key_bits;   // at a key's first mention
    auto& key_entity = buffers_.phrase_key_entity;
    auto& key_mentions = buffers_.phrase_key_mentions;
    constexpr std::uint8_t kNamedCountry = 1;  // a Country mention of it neither demonym nor inside another
    constexpr std::uint8_t kFree = 2;          // a mention of it not inside another entity's name, counted
    const std::size_t nslots = std::bit_ceil(std::max<std::size_t>(np * 2, 16));
    slots.assign(nslots, 0);
    first_of.resize(np);
    key_bits.assign(np, 0);
    key_entity.assign(np, kNone);
    key_mentions.assign(np, 0);
    const auto key_hash = [](EntityType type, std::string_view name) {
        return ShortKeyHash{}(name) ^ (static_cast<std::size_t>(type) * 0x9E3779B97F4A7C15ull);
    };
    // the first mention of (type, name), or kNone; with `add`, mention `p` is it when none is
    const auto key_of = [&](EntityType type, std::string_view name, std::size_t add) {
        for (std::size_t i = key_hash(type, name) & (nslots - 1);; i = (i + 1) & (nslots - 1)) {
            if (slots[i] == 0) {
                if (add == kNone) return kNone;
                slots[i] = static_cast<std::uint32_t>(add + 1);
                return add;
            }
            const PhraseMention& k = phrases_[slots[i] - 1];
            if (k.type == type && k.canonical == name) return static_cast<std::size_t>(slots[i] - 1);
        }
    };
    for (std::size_t p = 0; p < np; ++p) {
        const PhraseMention& m = phrases_[p];
        first_of[p] = static_cast<std::uint32_t>(key_of(m.type, m.canonical, p));
        if (m.type == EntityType::Country && !m.demonym && !m.inside) key_bits[first_of[p]] |= kNamedCountry;
    }
    const auto named_country = [&](const PhraseMention& m) {
        const std::size_t k = m.type == EntityType::Country ? first_of[&m - phrases_.data()]
                                                            : key_of(EntityType::Country, m.canonical, kNone);
        return k != kNone && (key_bits[k] & kNamedCountry);
    };
    // entities whose every mention is inside another entity's name are not listed
    for (std::size_t p = 0; p < np; ++p) {
        const PhraseMention& m = phrases_[p];
        if (!m.inside && !m.facility && !(m.demonym && !named_country(m))) key_bits[first_of[p]] |= kFree;
        ++key_mentions[first_of[p]];
    }
    for (std::size_t p = 0; p < phrases_.size(); ++p) {
        PhraseMention& m = phrases_[p];
        const std::size_t key = first_of[p];
        if (!(key_bits[key] & kFree)) continue;
        std::size_t e = key_entity[key];
        if (e == kNone) {
            e = key_entity[key] = new_entity(m.type, m.canonical);
            out_.entities[e].mentions.reserve(key_mentions[key]);
        }
        m.entity = e;
        out_.entities[e].mentions.push_back({Span{tok_[m.first].begin, tok_[m.last - 1].end}, strip_the(surface(m.first, m.last))});
        const std::string& written = out_.entities[e].mentions.back().surface;
        auto& al = out_.entities[e].aliases;
        if (written != out_.entities[e].name && std::find(al.begin(), al.end(), written) == al.end())
            al.push_back(written);
        // "the 2023 Munich Security Conference": the recurring event's name without its year is a
        // form of it too (the graph keeps the year as its instance)
        if (m.type == EntityType::Event && m.last > m.first + 1 && tok_[m.first].kind == Token::Kind::Number &&
            tok_[m.first].text.size() == 4 && (tok_[m.first].text.starts_with("19") || tok_[m.first].text.starts_with("20")) &&
            tok_[m.first + 1].cap) {
            const std::string bare = surface(m.first + 1, m.last);
            if (bare != out_.entities[e].name && std::find(al.begin(), al.end(), bare) == al.end()) al.push_back(bare);
        }
    }
}

}  // namespace kg::extract::detail
