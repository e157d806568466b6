// Token patterns: phrasings of the genre written in data files (data/joiners.tsv explains the
// notation), compiled once when the extractor is made, and matched over one sentence's folded
// tokens by the stages that use them.

#include <algorithm>
#include <string>

#include "extract/detail/document_reader.h"
#include "extract/text.h"

#include "model/error.h"

namespace kg::extract::detail {

namespace {

// The parts of s between separators, empty ones left out.
std::vector<std::string> parts(std::string_view s, char sep) {
    std::vector<std::string> out;
    while (!s.empty()) {
        const std::size_t e = std::min(s.find(sep), s.size());
        if (e > 0) out.emplace_back(s.substr(0, e));
        s.remove_prefix(std::min(e + 1, s.size()));
    }
    return out;
}

// A count after "~", "*" or "_": 1 to 99 tokens.
std::size_t count_of(std::string_view digits, const std::string& where, std::string_view item) {
    std::size_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9' || n > 9) throw InputError(where + ": '" + std::string(item) + "': expected a count of 1 to 99 tokens");
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    if (n == 0) throw InputError(where + ": '" + std::string(item) + "': expected a count of 1 to 99 tokens");
    return n;
}

TokenPattern compile_pattern(std::string_view text, const std::string& where) {
    TokenPattern p;
    bool people = false;
    for (const std::string& item : parts(text, ' ')) {
        PatternStep st;
        if (item == "^") {
            if (!p.steps.empty()) throw InputError(where + ": '^' stands only first");
            st.kind = PatternStep::Kind::SentenceStart;
        } else if (item == "@person") {
            st.kind = PatternStep::Kind::Person;
        } else if (item[0] == '~' || item[0] == '*') {
            st.kind = PatternStep::Kind::Skip;
            st.any = item[0] == '*';
            st.most = count_of(std::string_view(item).substr(1), where, item);
        } else if (item[0] == '_') {
            if (people) throw InputError(where + ": more than one '_'");
            people = true;
            st.kind = PatternStep::Kind::People;
            if (item.size() > 1) st.most = count_of(std::string_view(item).substr(1), where, item);
            p.people = p.steps.size();
        } else {
            std::string alternatives = item;
            if (alternatives.size() > 1 && alternatives.back() == '?') {
                st.optional = true;
                alternatives.pop_back();
            }
            if (alternatives.empty() || alternatives.front() == '|' || alternatives.back() == '|' ||
                alternatives.find("||") != std::string::npos)
                throw InputError(where + ": '" + item + "': an empty alternative");
            for (const std::string& w : parts(alternatives, '|')) {
                if (w[0] == '@') {
                    const WordFlags f = word_class_flag(std::string_view(w).substr(1));
                    if (!f) throw InputError(where + ": '" + w + "': no such word class in word_classes.tsv");
                    st.classes |= f;
                } else {
                    st.words.push_back(fold_key(w));
                }
            }
        }
        p.steps.push_back(std::move(st));
    }
    if (!people) throw InputError(where + ": the pattern has no '_' for the people it names");
    const PatternStep& who = p.steps[p.people];
    const bool edge = p.people == 0 || p.people + 1 == p.steps.size();
    if (edge != (who.most == 0))
        throw InputError(where + ": '_' takes a count between two tokens (\"_13\") and none first or last");
    if (p.steps.size() < 2) throw InputError(where + ": the pattern has no words");
    return p;
}

}  // namespace

std::vector<TokenPattern> compile_joiners(const Gazetteer::Impl& gaz) {
    std::vector<TokenPattern> out;
    for (const auto& [line, f] : gaz.joiners) {
        const std::string where = gaz.joiners_file + ":" + std::to_string(line);
        if (out.size() == 64) throw InputError(where + ": more than 64 phrasings in one table");
        if (f.size() != 3 || f[0].empty())
            throw InputError(where + ": expected a rule id, a meeting and a pattern, separated by tabs");
        if (f[1] != "last" && f[1] != "sentence" && f[1] != "side" && f[1] != "subject" && f[1] != "each")
            throw InputError(where + ": meeting '" + f[1] + "': expected last, sentence, side, subject or each");
        TokenPattern p = compile_pattern(f[2], where);
        if ((f[1] == "side" || f[1] == "subject" || f[1] == "each") && p.people + 1 != p.steps.size())
            throw InputError(where + ": a '" + f[1] + "' phrasing names its people last");
        p.id = f[0];
        p.use = f[1];
        out.push_back(std::move(p));
    }
    return out;
}

PatternIndex index_patterns(const std::vector<TokenPattern>& table, Extractor::Words& words) {
    PatternIndex index;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::uint64_t bit = std::uint64_t{1} << i;
        const auto& steps = table[i].steps;
        // the first step that reads a token (the people before a phrasing read none of its own)
        std::size_t s = table[i].people == 0 ? 1 : 0;
        // "^" reads no token: a pattern that opens with it is indexed by the words that may
        // follow it, as the others are, and tried only at a sentence's first token
        // (unindexed, it was tried at every sentence's start: most of the tries)
        const bool at_start = steps[s].kind == PatternStep::Kind::SentenceStart;
        if (at_start) ++s;
        // the words an optional step ("also?") may be, and those of the steps after it, up to
        // the first that must be there: the first token is one of them
        std::size_t first = s;
        while (first < steps.size() && steps[first].kind == PatternStep::Kind::Word && steps[first].optional) ++first;
        const bool indexed = first < steps.size() && steps[first].kind == PatternStep::Kind::Word;
        index.second.emplace_back();
        if (indexed && first == s && s + 1 < steps.size() && steps[s + 1].kind == PatternStep::Kind::Word &&
            !steps[s + 1].optional) {
            index.by_second |= bit;
            index.second.back() = steps[s + 1];
        }
        if (at_start && !indexed) {
            index.at_sentence_start |= bit;
        } else if (!at_start && steps[s].kind == PatternStep::Kind::Person) {
            index.at_person |= bit;
            // (the person stands before a word of the next step: its words and classes tell where)
            const PatternStep* next = s + 1 < steps.size() ? &steps[s + 1] : nullptr;
            if (!next || next->kind != PatternStep::Kind::Word || next->optional) index.every_token = true;
            for (std::size_t w = 0; next && !index.every_token && w < next->words.size(); ++w) {
                const std::string& word = next->words[w];
                if (!word.empty()) index.by_word_first_bytes.set(static_cast<unsigned char>(word[0]));
                words.add(word, kPatternStart);
                index.after_person |= kPatternStart;
            }
            if (next && !index.every_token) index.after_person |= next->classes;
        } else if (!indexed) {
            // "_ ~2 joined them": the word after the skip gets kPatternStart, so that the pattern is
            // passed by at the tokens that have it nowhere within the skip's reach by their flags alone
            if (table[i].people == 0 && s == 1 && steps.size() > 2 && steps[1].kind == PatternStep::Kind::Skip &&
                steps[2].kind == PatternStep::Kind::Word && !steps[2].optional) {
                for (const std::string& w : steps[2].words) {
                    if (!w.empty()) index.by_word_first_bytes.set(static_cast<unsigned char>(w[0]));
                    words.add(w, kPatternStart);
                }
                index.near_word |= bit;
                index.near_reach = std::max(index.near_reach, steps[1].most);
                index.near_flags |= kPatternStart | steps[2].classes;
            } else {
                index.anywhere |= bit;
                index.every_token = true;
            }
        } else if (at_start) {
            // looked up once a sentence: no word flag, so that no other token looks them up
            for (std::size_t k = s; k <= first; ++k) {
                for (const std::string& w : steps[k].words) index.start_by_word[w] |= bit;
                if (steps[k].classes) index.start_by_class.emplace_back(steps[k].classes, bit);
            }
        } else {
            for (std::size_t k = s; k <= first; ++k) {
                const PatternStep& st = steps[k];
                for (const std::string& w : st.words) {
                    index.by_word[w] |= bit;
                    if (!w.empty()) index.by_word_first_bytes.set(static_cast<unsigned char>(w[0]));
                    words.add(w, kPatternStart);
                }
                if (st.classes) {
                    index.by_class.emplace_back(st.classes, bit);
                    index.any_class |= st.classes;
                }
            }
        }
    }
    return index;
}

std::uint64_t DocumentReader::patterns_looked_up(const PatternIndex& index, std::size_t k, std::size_t a) const {
    std::uint64_t out = 0;
    if (k == a) {
        out |= index.at_sentence_start;
        if (const std::uint64_t* m = index.start_by_word.find(fold_[k])) out |= *m;
        for (const auto& [classes, bits] : index.start_by_class)
            if (flags_[k] & classes) out |= bits;
    }
    // (punctuation has no word flags: "," opens "..., with X in attendance")
    if ((flags_[k] & kPatternStart) ||
        (!tok_[k].is_word() && index.by_word_first_bytes[static_cast<unsigned char>(fold_[k][0])]))
        if (const std::uint64_t* m = index.by_word.find(fold_[k])) out |= *m;
    if (flags_[k] & index.any_class)
        for (const auto& [classes, bits] : index.by_class)
            if (flags_[k] & classes) out |= bits;
    // (a next token outside the sentence is left to the match to refuse)
    for (std::uint64_t second = out & index.by_second; second && k + 1 < tok_.size(); second &= second - 1) {
        const PatternStep& st = index.second[static_cast<std::size_t>(__builtin_ctzll(second))];
        bool hit = (flags_[k + 1] & st.classes) != 0;
        // (same_key: the words are short, compared inline, not by a call to memcmp each)
        for (std::size_t w = 0; w < st.words.size() && !hit; ++w) hit = same_key(fold_[k + 1], st.words[w]);
        if (!hit) out &= ~(second & (~second + 1));
    }
    return out;
}

bool DocumentReader::step_word_at(const PatternStep& w, std::size_t j) const {
    bool hit = (flags_[j] & w.classes) != 0;
    for (std::size_t n = 0; n < w.words.size() && !hit; ++n) hit = same_key(fold_[j], w.words[n]);
    return hit;
}

bool DocumentReader::match_steps(const TokenPattern& p, std::size_t step, std::size_t k, std::size_t a,
                                 std::size_t b, PatternMatch& m) const {
    if (step == p.steps.size()) {
        m.end = k;
        return true;
    }
    const auto word_at = [&](std::size_t i, std::size_t j) { return step_word_at(p.steps[i], j); };
    // Whether step i, a word that must be there, refuses token j: told here, without a call for
    // each of a skip's lengths (the phrasings that open with a skip are tried at every token)
    const auto refused = [&](std::size_t i, std::size_t j) {
        if (i == p.steps.size() || p.steps[i].kind != PatternStep::Kind::Word || p.steps[i].optional) return false;
        return j >= b || !word_at(i, j);
    };
    const PatternStep& st = p.steps[step];
    switch (st.kind) {
    case PatternStep::Kind::SentenceStart:
        return k == a && match_steps(p, step + 1, k, a, b, m);
    case PatternStep::Kind::Person:
        return k < b && person_at(k) && match_steps(p, step + 1, k + 1, a, b, m);
    case PatternStep::Kind::Word: {
        const bool hit = k < b && word_at(step, k);
        if (hit && !refused(step + 1, k + 1) && match_steps(p, step + 1, k + 1, a, b, m)) return true;
        return st.optional && match_steps(p, step + 1, k, a, b, m);
    }
    case PatternStep::Kind::Skip:
    case PatternStep::Kind::People: {
        if (st.kind == PatternStep::Kind::People && st.most == 0) {
            // first: the people stand before the phrasing; last: after it, to the sentence's end
            m.people_begin = step == 0 ? a : k;
            m.people_end = step == 0 ? k : b;
            return match_steps(p, step + 1, k, a, b, m);
        }
        const bool any = st.any || st.kind == PatternStep::Kind::People;
        for (std::size_t n = 0; n <= st.most && k + n <= b; ++n) {
            if (n > 0 && !any && (tok_[k + n - 1].is(",") || person_at(k + n - 1))) break;
            if (st.kind == PatternStep::Kind::People) {
                m.people_begin = k;
                m.people_end = k + n;
            }
            if (!refused(step + 1, k + n) && match_steps(p, step + 1, k + n, a, b, m)) return true;
        }
        return false;
    }
    }
    return false;
}

PatternMatch DocumentReader::match_pattern(const TokenPattern& p, std::size_t k, std::size_t a, std::size_t b) const {
    // "_ ~2 joined them", tried at every token: no match unless the word after the skip stands
    // within its reach, which one pass over those tokens tells before the steps are walked
    if (p.people == 0 && p.steps.size() > 2 && p.steps[1].kind == PatternStep::Kind::Skip &&
        p.steps[2].kind == PatternStep::Kind::Word && !p.steps[2].optional) {
        const PatternStep& w = p.steps[2];
        bool near = false;
        for (std::size_t j = k; j < b && j <= k + p.steps[1].most && !near; ++j)
            // (its words have kPatternStart: index_patterns)
            near = (flags_[j] & (kPatternStart | w.classes)) && step_word_at(w, j);
        if (!near) return {};
    }
    PatternMatch m;
    if (match_steps(p, 0, k, a, b, m)) {
        m.begin = k;
        return m;
    }
    return {};
}

}  // namespace kg::extract::detail
