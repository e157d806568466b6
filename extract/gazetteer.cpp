#include "extract/gazetteer.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

#include "extract/text_normalise.h"
#include "model/error.h"

namespace kg::extract {

std::string phrase_key(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    std::string key;
    for (std::size_t i = first; i < last; ++i) {
        if (i > first) key += '\x1f';
        key += fold_key(tokens[i].text);
    }
    return key;
}

std::string phrase_key(std::string_view phrase) {
    const std::vector<Token> t = tokenize(phrase);
    return phrase_key(t, 0, t.size());
}

namespace {

// phrase_key(tokens, 0, tokens.size()), `first` the fold of the first token, with the keys of its
// shorter prefixes (phrase_key(tokens, 0, n), 0 < n < size) put into `prefixes` on the way: each
// token folded once, not once for every prefix it is in.
std::string keys_with_prefixes(const std::vector<Token>& tokens, const std::string& first,
                               std::unordered_set<std::string, ShortKeyHash>& prefixes) {
    std::string key = first;
    for (std::size_t n = 1; n < tokens.size(); ++n) {
        prefixes.insert(key);
        key += '\x1f';
        key += fold_key(tokens[n].text);
    }
    return key;
}

bool is_acronym_like(std::string_view s) {
    // Short forms and all-capital forms must match exactly: US, UN, EU, WHO, IP4, U.S.
    std::size_t letters = 0, upper = 0;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') ++upper;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
    }
    return s.size() <= 3 || (letters > 0 && upper == letters);
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b <= s.size()) {
        std::size_t e = s.find(sep, b);
        if (e == std::string_view::npos) e = s.size();
        // (trimmed as a view, then made a string once, in place: a copy trimmed in place and then
        // copied into the vector cost twice the allocations of the data files' 40,000 fields)
        std::string_view part = s.substr(b, e - b);
        while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        out.emplace_back(part);
        b = e + 1;
    }
    return out;
}

// Reads a TSV data file: skips blank and '#' lines; returns (line number, fields).
std::vector<std::pair<int, std::vector<std::string>>> read_tsv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open data file");
    std::vector<std::pair<int, std::vector<std::string>>> rows;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        rows.emplace_back(n, split(line, '\t'));
    }
    return rows;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

PhraseEntry entry(EntityType type, std::string canonical, bool demonym = false, bool user = false) {
    PhraseEntry e;
    e.type = type;
    e.canonical = std::move(canonical);
    e.demonym = demonym;
    e.user = user;
    return e;
}

}  // namespace

void Gazetteer::Impl::add_phrase(std::string_view phrase, PhraseEntry entry) {
    if (phrase.empty() || phrase == "-") return;
    // A leading "the" is no part of a name ("The Associated Press" is "Associated Press"): as a
    // form's first word it would make every "the" of every text a place where a phrase may start.
    if (phrase.size() > 4 && (phrase.starts_with("the ") || phrase.starts_with("The "))) phrase.remove_prefix(4);
    const std::vector<Token> t = tokenize(phrase);
    if (t.empty()) return;
    entry.exact_case = entry.exact_case || is_acronym_like(phrase);
    entry.lower_form = t[0].is_word() && !t[0].cap && !t[0].allcaps;
    if (entry.exact_case)
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (i) entry.exact += '\x1f';
            entry.exact += t[i].text;
        }
    const std::string first = fold_key(t[0].text);
    phrase_first_words.insert(first);
    first_words[first] |= kPhraseStartFlag;
    auto& list = phrases[keys_with_prefixes(t, first, phrase_prefixes)];
    for (const PhraseEntry& e : list)
        if (e.type == entry.type && e.canonical == entry.canonical && e.exact == entry.exact &&
            e.lower_form == entry.lower_form && e.territory == entry.territory)
            return;
    list.push_back(std::move(entry));
    max_phrase_tokens = std::max(max_phrase_tokens, t.size());
}

void Gazetteer::Impl::finalize() {
    phrase_lookup.clear();
    phrase_prefix_lookup.clear();
    title_lookup.clear();
    title_prefix_lookup.clear();
    for (const auto& [k, v] : phrases) phrase_lookup[k] = &v;
    for (const std::string& k : phrase_prefixes) phrase_prefix_lookup[k] = 1;
    for (const auto& [k, v] : titles) title_lookup[k] = v;
    for (const std::string& k : title_prefixes) title_prefix_lookup[k] = 1;
}

void Gazetteer::Impl::add_title(std::string_view title) {
    const std::vector<Token> t = tokenize(title);
    if (t.empty()) return;
    const std::string first = fold_key(t[0].text);
    titles[keys_with_prefixes(t, first, title_prefixes)] = t.size();
    title_first_words.insert(first);
    if (t[0].is_word() && t[0].allcaps && t[0].text.size() >= 2) caps_title_first_words.insert(first);
    first_words[first] |= kTitleStartFlag;
    max_title_tokens = std::max(max_title_tokens, t.size());
}

PhraseMatch Gazetteer::Impl::match(const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const {
    if (i >= limit) return {};
    std::vector<std::string> owned;
    const std::size_t end = std::min(limit, i + max_phrase_tokens);
    for (std::size_t k = i; k < end; ++k) owned.push_back(fold_key(tokens[k].text));
    std::vector<std::string_view> folded(end);
    for (std::size_t k = i; k < end; ++k) folded[k] = owned[k - i];
    if (!phrase_first_words.count(owned[0])) return {};
    return match(tokens, folded, i, end);
}

PhraseMatch Gazetteer::Impl::match(const std::vector<Token>& tokens, const std::vector<std::string_view>& folded,
                                   std::size_t i, std::size_t limit) const {
    PhraseMatch best;
    const std::size_t max_len = std::min(max_phrase_tokens, limit - i);
    const Token& first = tokens[i];
    const bool capital = first.cap || first.allcaps || first.kind == Token::Kind::Number;
    thread_local std::string key;  // reused: this runs for many tokens of every document
    thread_local std::string exact;
    key.clear();
    std::size_t exact_len = 0;  // (the tokens `exact` holds: written only for an exact-case entry)
    for (std::size_t len = 1; len <= max_len; ++len) {
        if (len > 1) key += '\x1f';
        key += folded[i + len - 1];
        // (one hash for the two maps)
        const std::uint64_t h = FlatStringMap<std::uint8_t>::hash(key);
        const auto* found = phrase_lookup.find(key, h);
        if (!found) {
            if (len < max_len && !phrase_prefix_lookup.find(key, h)) break;  // no longer phrase starts this way
            continue;
        }
        for (const PhraseEntry& e : **found) {
            if (e.exact_case && exact_len != len) {
                exact.clear();
                for (std::size_t k = i; k < i + len; ++k) {
                    if (k > i) exact += '\x1f';
                    exact += tokens[k].text;
                }
                exact_len = len;
            }
            if (e.exact_case ? e.exact != exact : !(capital || e.lower_form)) continue;
            best = {len, &e};
            break;
        }
    }
    return best;
}

std::size_t Gazetteer::Impl::match_title(const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const {
    if (i >= limit) return 0;
    std::vector<std::string> owned;
    const std::size_t end = std::min(limit, i + max_title_tokens);
    for (std::size_t k = i; k < end; ++k) owned.push_back(fold_key(tokens[k].text));
    std::vector<std::string_view> folded(end);
    for (std::size_t k = i; k < end; ++k) folded[k] = owned[k - i];
    if (!title_first_words.count(owned[0])) return 0;
    return match_title(tokens, folded, i, end);
}

std::size_t Gazetteer::Impl::match_title(const std::vector<Token>& tokens, const std::vector<std::string_view>& folded,
                                         std::size_t i, std::size_t limit, bool allow_caps, bool allow_lower) const {
    if (i >= limit) return 0;
    if (!tokens[i].is_word() || !(tokens[i].cap || allow_lower) || (tokens[i].allcaps && !allow_caps)) {
        if (!(tokens[i].allcaps && caps_title_first_words.count(std::string(folded[i])))) return 0;
    }
    std::size_t best = 0;
    const std::size_t max_len = std::min(max_title_tokens, limit - i);
    thread_local std::string key;
    key.clear();
    for (std::size_t len = 1; len <= max_len; ++len) {
        if (len > 1) key += '\x1f';
        key += folded[i + len - 1];
        const std::uint64_t h = FlatStringMap<std::uint8_t>::hash(key);  // (one hash for the two maps)
        const std::size_t* found = title_lookup.find(key, h);
        if (!found && !title_prefix_lookup.find(key, h)) break;  // no title goes on this way
        if (found) {
            // Every word of a title is capitalised ("Minister for Foreign Affairs" keeps
            // its small connectors); a lower-case content word means prose, not a title.
            bool ok = true;
            for (std::size_t k = i; k < i + len; ++k) {
                const Token& t = tokens[k];
                // ("President-elect", "Ambassador-at-Large": words after a hyphen are written in lower
                // case; "Chargé d'Affaires": the elided "d'")
                // ("External affairs Minister Mr. X": a word inside, between two capitalised ones, in
                // lower case too)
                const bool inside = k > i && k + 1 < i + len && tokens[i + len - 1].cap;
                if (!allow_lower && t.is_word() && !t.cap && !t.allcaps && t.text != "for" && t.text != "of" &&
                    t.text != "and" && t.text != "to" && t.text != "the" && !(k > i && tokens[k - 1].is("-")) &&
                    !(t.text.starts_with("d'") || t.text.starts_with("d\u2019")) && !inside)
                    ok = false;
            }
            // one word that begins a hyphenated name after a given name is no title: "Hossein
            // Amir-Abdollahian" (but "X, Secretary-Treasurer", "CEO-Founder")
            const std::size_t after = i + len;
            if (ok && len == 1 && i > 0 && tokens[i - 1].is_word() && tokens[i - 1].cap && !tokens[i - 1].newline_before &&
                after + 1 < tokens.size() && tokens[after].is("-") && !tokens[after].space_before &&
                !tokens[after + 1].space_before && tokens[after + 1].cap)
                ok = false;
            if (ok) best = len;
        }
    }
    // "Deputy Chief Cabinet Secretary", "Principal Deputy Assistant Secretary": an office's prefix
    // before a title the table lists, when the table has no office of its own that begins here
    // (rule office-prefix: "Vice President of the European Commission" stays "Vice President")
    if (best == 0 && tokens[i].cap && i + 1 < limit && office_prefixes.count(std::string(folded[i]))) {
        const std::size_t n = match_title(tokens, folded, i + 1, limit, false, allow_lower);
        if (n) best = 1 + n;
    }
    return best;
}

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

Gazetteer Gazetteer::load(const std::string& data_dir, const std::string& iso_codes_dir) {
    Gazetteer g;
    Impl& im = *g.impl_;

    // Territories are places, not countries.
    std::unordered_map<std::string, std::string> territories;
    for (const auto& [line, f] : read_tsv(data_dir + "/territories.tsv")) {
        if (f.size() < 2) throw InputError(data_dir + "/territories.tsv:" + std::to_string(line) + ": expected 2 columns");
        territories[f[0]] = f[1];
    }
    struct Override {
        std::string canonical;
        std::vector<std::string> aliases, demonyms;
    };
    std::unordered_map<std::string, Override> overrides;
    for (const auto& [line, f] : read_tsv(data_dir + "/countries.tsv")) {
        if (f.size() < 4)
            throw InputError(data_dir + "/countries.tsv:" + std::to_string(line) + ": expected 4 columns, got " +
                             std::to_string(f.size()));
        Override o;
        o.canonical = f[1];
        if (f[2] != "-") o.aliases = split(f[2], '|');
        if (f[3] != "-") o.demonyms = split(f[3], '|');
        overrides[f[0]] = std::move(o);
    }

    const std::string iso_path = iso_codes_dir + "/iso_3166-1.json";
    const std::string json = read_file(iso_path);
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
    if (doc.HasParseError())
        throw InputError(iso_path + ": offset " + std::to_string(doc.GetErrorOffset()) + ": " +
                         rapidjson::GetParseError_En(doc.GetParseError()));
    if (!doc.IsObject() || !doc.HasMember("3166-1") || !doc["3166-1"].IsArray())
        throw InputError(iso_path + ": expected an object with a \"3166-1\" array");
    std::unordered_set<std::string> iso_listed;
    for (const auto& c : doc["3166-1"].GetArray()) {
        if (!c.IsObject() || !c.HasMember("alpha_2") || !c["alpha_2"].IsString() || !c.HasMember("name") ||
            !c["name"].IsString())
            continue;
        const std::string code = c["alpha_2"].GetString();
        iso_listed.insert(code);
        std::vector<std::string> forms = {c["name"].GetString()};
        for (const char* k : {"common_name", "official_name"})
            if (c.HasMember(k) && c[k].IsString()) forms.emplace_back(c[k].GetString());
        if (auto t = territories.find(code); t != territories.end()) {
            for (const std::string& f : forms)
                if (f.find(',') == std::string::npos) {
                    PhraseEntry e = entry(EntityType::Location, forms.size() > 1 && c.HasMember("common_name") ? forms[1] : forms[0]);
                    e.territory = true;
                    im.add_phrase(f, std::move(e));
                }
            continue;
        }
        std::string canonical = c.HasMember("common_name") && c["common_name"].IsString()
                                    ? c["common_name"].GetString()
                                    : c["name"].GetString();
        auto o = overrides.find(code);
        if (o != overrides.end() && o->second.canonical != "-") canonical = o->second.canonical;
        im.add_phrase(canonical, entry(EntityType::Country, canonical));
        for (std::string f : forms) {
            if (f.find(',') != std::string::npos) continue;  // "Korea, Republic of"
            if (f.rfind("the ", 0) == 0) f = f.substr(4);
            im.add_phrase(f, entry(EntityType::Country, canonical));
        }
        if (o != overrides.end()) {
            for (const std::string& a : o->second.aliases) {
                std::string f = a;
                if (f.rfind("the ", 0) == 0) f = f.substr(4);
                im.add_phrase(f, entry(EntityType::Country, canonical));
            }
            for (const std::string& d : o->second.demonyms)
                im.add_phrase(d, entry(EntityType::Country, canonical, true));
        }
    }
    // A country ISO 3166-1 does not list (Kosovo, "XK"): the line's own names, in file order
    for (const auto& [line, f] : read_tsv(data_dir + "/countries.tsv")) {
        if (iso_listed.count(f[0])) continue;
        if (f[1] == "-")
            throw InputError(data_dir + "/countries.tsv:" + std::to_string(line) + ": code " + f[0] +
                             " is not in ISO 3166-1, so the line must name the country");
        const Override& o = overrides.at(f[0]);
        im.add_phrase(o.canonical, entry(EntityType::Country, o.canonical));
        for (const std::string& a : o.aliases) im.add_phrase(a.rfind("the ", 0) == 0 ? a.substr(4) : a, entry(EntityType::Country, o.canonical));
        for (const std::string& d : o.demonyms) im.add_phrase(d, entry(EntityType::Country, o.canonical, true));
    }

    for (const auto& [line, f] : read_tsv(data_dir + "/organizations.tsv")) {
        if (f.size() < 3)
            throw InputError(data_dir + "/organizations.tsv:" + std::to_string(line) + ": expected 3 columns");
        auto type = parse_entity_type(f[1]);
        if (!type)
            throw InputError(data_dir + "/organizations.tsv:" + std::to_string(line) + ": unknown type '" + f[1] + "'");
        im.add_phrase(f[0], entry(*type, f[0]));
        if (f[2] != "-")
            for (const std::string& a : split(f[2], '|')) im.add_phrase(a, entry(*type, f[0]));
    }
    for (const auto& [line, f] : read_tsv(data_dir + "/locations.tsv")) {
        if (f.empty() || f[0].empty())
            throw InputError(data_dir + "/locations.tsv:" + std::to_string(line) + ": expected a place name");
        // A leading article is not part of any form ("The Hague" is matched as "Hague"),
        // so "the" starts no phrase and is not looked up at every use.
        auto bare = [](std::string x) { return (x.rfind("The ", 0) == 0 || x.rfind("the ", 0) == 0) ? x.substr(4) : x; };
        im.add_phrase(bare(f[0]), entry(EntityType::Location, f[0]));
        if (f.size() > 1 && f[1] != "-")
            for (const std::string& a : split(f[1], '|')) im.add_phrase(bare(a), entry(EntityType::Location, f[0]));
    }
    // Buildings and rooms: recognised, so that "White House" is not read as a person or a
    // body, but not entities (the annotation rules of the genre name no facilities).
    for (const auto& [line, f] : read_tsv(data_dir + "/facilities.tsv")) {
        if (f.empty() || f[0].empty())
            throw InputError(data_dir + "/facilities.tsv:" + std::to_string(line) + ": expected a facility name");
        for (std::size_t c = 0; c < f.size(); ++c) {
            if (c > 0 && f[c] == "-") continue;
            for (const std::string& form : c == 0 ? std::vector<std::string>{f[0]} : split(f[c], '|')) {
                PhraseEntry e = entry(EntityType::Location, f[0]);
                e.facility = true;
                im.add_phrase(form, e);
            }
        }
    }
    for (const auto& [line, f] : read_tsv(data_dir + "/titles.tsv")) {
        (void)line;
        if (!f.empty() && !f[0].empty()) im.add_title(f[0]);
        if (f.size() >= 2 && !f[0].empty() && !f[1].empty()) im.title_abbreviations[fold_key(f[0])] = f[1];
    }
    {
        im.word_classes_file = data_dir + "/word_classes.tsv";
        for (const auto& [line, f] : read_tsv(im.word_classes_file)) {
            if (f.size() != 2 || f[0].empty())
                throw InputError(im.word_classes_file + ":" + std::to_string(line) + ": expected a class and its words");
            std::vector<std::string>* words = nullptr;
            for (auto& [cls, ws] : im.word_classes)
                if (cls == f[0]) words = &ws;
            if (!words) words = &im.word_classes.emplace_back(f[0], std::vector<std::string>{}).second;
            for (const std::string& w : split(f[1], ' '))
                if (!w.empty()) {
                    words->push_back(w);
                    if (f[0] == "non-name") im.non_name_words.insert(w);
                    if (f[0] == "office-prefix") {
                        const std::string k = fold_key(w);
                        im.office_prefixes.insert(k);
                        im.title_first_words.insert(k);
                        im.first_words[k] |= kTitleStartFlag;
                    }
                }
        }
    }
    im.joiners_file = data_dir + "/joiners.tsv";
    im.joiners = read_tsv(im.joiners_file);
    {
        const std::string file = data_dir + "/ja_words.tsv";
        for (const auto& [line, f] : read_tsv(file)) {
            if (f.size() != 2 || f[0].empty())
                throw InputError(file + ":" + std::to_string(line) + ": expected a class and its words");
            for (const std::string& w : split(f[1], ' '))
                if (!w.empty()) im.ja_words[f[0]].push_back(w);
        }
        // two-column tables of Japanese forms, longest form first so the first match is the longest
        auto read_forms = [&](const std::string& table, const char* expected) {
            std::vector<std::pair<std::string, std::string>> rows;
            for (const auto& [line, f] : read_tsv(table)) {
                if (f.size() != 2 || f[0].empty() || f[1].empty())
                    throw InputError(table + ":" + std::to_string(line) + ": expected " + expected);
                rows.emplace_back(f[0], f[1]);
            }
            std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
            return rows;
        };
        im.ja_countries = read_forms(data_dir + "/ja_countries.tsv", "a Japanese form and a country");
        im.ja_romaji = read_forms(data_dir + "/ja_romaji.tsv", "a kana and its letters");
        im.ja_organizations = read_forms(data_dir + "/ja_organizations.tsv", "a Japanese form and a canonical name");
        im.ja_locations = read_forms(data_dir + "/ja_locations.tsv", "a Japanese form and a canonical name");
        for (auto& [cls, ws] : im.ja_words)
            std::stable_sort(ws.begin(), ws.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        auto first_code_point = [&](const std::string& form) {
            std::size_t i = 0;
            if (!form.empty()) im.ja_form_starts.insert(decode_utf8(form, i));
        };
        for (const auto* table : {&im.ja_countries, &im.ja_organizations, &im.ja_locations})
            for (const auto& [form, name] : *table) first_code_point(form);
        auto index_rows = [](const std::vector<std::pair<std::string, std::string>>& rows, Impl::JaFirstIndex& index) {
            for (std::uint32_t r = 0; r < rows.size(); ++r) {
                std::size_t i = 0;
                if (!rows[r].first.empty()) index[decode_utf8(rows[r].first, i)].push_back(r);  // longest first
            }
        };
        index_rows(im.ja_countries, im.ja_countries_by_first);
        index_rows(im.ja_organizations, im.ja_organizations_by_first);
        index_rows(im.ja_locations, im.ja_locations_by_first);
        for (const auto& [cls, ws] : im.ja_words)
            for (const std::string& w : ws) {
                first_code_point(w);
                std::size_t i = 0;
                if (!w.empty()) im.ja_words_by_first[cls][decode_utf8(w, i)].push_back(w);  // ws is longest first
            }
    }
    {
        // given-name sets joined where they share a spelling; each name keyed by its set's
        // smallest spelling, so the key does not depend on the order of the lines
        std::map<std::string, std::string> parent;
        auto find = [&](std::string x) {
            while (parent[x] != x) x = parent[x];
            return x;
        };
        const std::string file = data_dir + "/given_names.tsv";
        if (std::filesystem::exists(file)) {
            for (const auto& [line, f] : read_tsv(file)) {
                if (f.size() < 2) throw InputError(file + ":" + std::to_string(line) + ": expected two or more names");
                for (const std::string& name : f) {
                    const std::string folded = fold_key(name);
                    if (folded.empty()) throw InputError(file + ":" + std::to_string(line) + ": empty name");
                    if (!parent.count(folded)) parent[folded] = folded;
                }
                im.given_name_full.insert(fold_key(f[0]));
                for (std::size_t i = 1; i < f.size(); ++i) {
                    std::string x = find(fold_key(f[0])), y = find(fold_key(f[i]));
                    if (x != y) parent[std::max(x, y)] = std::min(x, y);
                }
            }
        }
        for (const auto& [name, up] : parent) im.given_name_key[name] = find(name);
    }
    im.add_word_list(words_file());
    im.finalize();
    return g;
}

std::string Gazetteer::words_file() {
    if (const char* env = std::getenv("KG_WORDS_FILE"); env && *env) return env;
    return KG_WORDS_FILE;
}

void Gazetteer::Impl::add_word_list(const std::string& path) {
    // Read whole in one read; CommonWords chains its lines into buckets (a node and a string per
    // word in two temporary hash sets cost a tenth of a short run, and two flat sets still 22
    // million instructions, 4 % of 500 releases, for a few thousand lookups).
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw InputError(path + ": cannot open the English word list (Debian package wamerican; KG_WORDS_FILE overrides)");
    std::string list(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    if (!in.read(list.data(), static_cast<std::streamsize>(list.size())))
        throw InputError(path + ": cannot read the English word list");
    common_words.assign(std::move(list));
}

bool Gazetteer::Impl::common_word(std::string_view folded) const { return common_words.contains(folded); }

Gazetteer Gazetteer::load_default() {
    std::string data = KG_DATA_DIR;
    if (const char* env = std::getenv("KG_DATA_DIR"); env && *env) data = env;
    std::string iso = KG_ISO_CODES_DIR;
    if (const char* env = std::getenv("KG_ISO_CODES_DIR"); env && *env) iso = env;
    return load(data, iso);
}

void Gazetteer::add_alias_file(const std::string& path) {
    Impl& im = *impl_;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open alias file");
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::vector<std::string> f = split(line, '\t');
        const std::string where = path + ":" + std::to_string(n) + ": ";
        if (!is_valid_utf8(line)) throw InputError(where + "not valid UTF-8");
        if (f.size() < 2 || f[0].empty())
            throw InputError(where + "expected at least 2 tab-separated columns (name, type), got " +
                             std::to_string(f.size()));
        const auto type = parse_entity_type(f[1]);
        if (!type) throw InputError(where + "unknown entity type '" + f[1] + "'");
        std::vector<std::string> aliases;
        if (f.size() > 2 && !f[2].empty() && f[2] != "-")
            for (const std::string& a : split(f[2], '|'))
                if (!a.empty()) aliases.push_back(a);
        std::vector<std::string> roles;
        if (f.size() > 3 && !f[3].empty() && f[3] != "-") {
            for (const std::string& r : split(f[3], '|')) {
                if (std::count(r.begin(), r.end(), '@') < 1)
                    throw InputError(where + "role '" + r + "' is not Title@Organisation[@from..to]");
                roles.push_back(r);
            }
        }
        if (*type == EntityType::Person) {
            UserPerson p{f[0], aliases, roles};
            im.person_aliases[fold_key(f[0])] = f[0];
            for (const std::string& a : aliases) im.person_aliases[fold_key(a)] = f[0];
            im.user_people.push_back(std::move(p));
        } else {
            im.add_phrase(f[0], entry(*type, f[0], false, true));
            for (const std::string& a : aliases) im.add_phrase(a, entry(*type, f[0], false, true));
        }
    }
    if (in.bad()) throw InputError(path + ": read error");
    im.finalize();
}

}  // namespace kg::extract
