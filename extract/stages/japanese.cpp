// Japanese releases: people written before their offices and meetings "と会談".
// A stage of the extraction pipeline (see extract/detail/document_reader.h). It runs after
// the English stages on a document written in Japanese and reads the text itself: the
// tokens of the English stages are whole runs of Japanese script. Its words are in
// data/ja_words.tsv and matched as written; where a name before an office begins and ends is
// decided on MeCab's morphemes (extract/japanese_reading.h).
//
//   本18日午前7時30分から約30分間，岸田文雄外務大臣は，ジョン・ケリー米国務長官（The
//   Honorable John F. Kerry, ...）との間で電話会談を行ったところ，概要は以下のとおりです。
//
// gives the people 岸田文雄 (also 岸田大臣, 岸田) and ジョン・ケリー (also John F. Kerry, the
// Latin name the English stages read inside the parentheses), and their telephone meeting on
// the release's date.

#include "extract/detail/document_reader.h"
#include "extract/japanese_reading.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>

namespace kg::extract::detail {

namespace {

struct Cp {
    char32_t c = 0;
    std::size_t begin = 0, end = 0;  // bytes
};

std::vector<Cp> decode(std::string_view s) {
    std::vector<Cp> out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
        if (i + n > s.size()) n = 1;
        char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back({c, i, i + n});
        i += n;
    }
    return out;
}

bool kanji(char32_t c) {
    // (the supplementary planes too: "𠮷川" writes its family name with U+20BB7)
    return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F) ||
           (c >= 0xF900 && c <= 0xFAFF);
}
bool katakana(char32_t c) { return c >= 0x30A1 && c <= 0x30FF && c != 0x30FB; }  // ー included, ・ not
// The code points of UTF-8 text, counted by their lead bytes (the word lists are valid UTF-8).
std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
// (and the double hyphen of a double-barrelled name: "アリシア・ブラウン＝キャンベル")
bool middle_dot(char32_t c) { return c == 0x30FB || c == 0xFF65 || c == 0xFF1D || c == 0x30A0; }
bool ascii_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

struct JaMention {
    std::string name;     // the name alone
    std::string surface;  // name and office as written
    std::size_t begin = 0, end = 0;          // bytes of name and office
    std::size_t cp_end = 0;                  // code point index after the office
    bool katakana = false;
    std::size_t entity = kNone;
    std::string body;     // what stands between the name and its office: "イラン", "中国外交部", "NATO", "米"
    std::size_t body_begin = 0;  // its first byte
    std::string office;   // the office: "外務大臣"
    std::size_t latin_at = kNone;  // the bracket of its Latin name inside the mention ("ヘンダーソン(H.E. ...)ドミニカ国...")
    std::string bureau;   // a ministry's bureau before the office (ja-bureau-office): "アジア大洋州局"
    std::size_t bureau_begin = 0;
};

}  // namespace

bool DocumentReader::japanese() const {
    if (language_ != Extractor::Language::Auto) return language_ == Extractor::Language::Japanese;
    // Kana and kanji are three-byte sequences led by 0xE3..0xE9: a Japanese release is mostly
    // made of them, an English one has none or a few. Bytes, not code points: this runs on
    // every document, so the loop is written without branches (the compiler vectorises it; counted
    // in 16 bits, which 4,000 bytes cannot overflow, it adds eight bytes an instruction where
    // 64-bit counts added two).
    const std::size_t n = std::min<std::size_t>(text_.size(), 4000);
    std::uint16_t cjk = 0, ascii_letters = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char b = static_cast<unsigned char>(text_[i]);
        cjk = static_cast<std::uint16_t>(cjk + (static_cast<unsigned char>(b - 0xE3) <= 0xE9 - 0xE3));
        ascii_letters =
            static_cast<std::uint16_t>(ascii_letters + (static_cast<unsigned char>((b | 0x20) - 'a') <= 'z' - 'a'));
    }
    return cjk >= 10 && cjk * 2 > ascii_letters / 3;
}

void DocumentReader::find_japanese() {
    if (!japanese()) return;
    const auto& W = gaz_.ja_words;
    auto words = [&](const char* cls) -> const std::vector<std::string>& {
        static const std::vector<std::string> none;
        auto it = W.find(cls);
        return it == W.end() ? none : it->second;
    };
    const std::vector<std::string>& titles = words("title");
    const std::vector<Cp> cps = decode(text_);
    // MeCab's words: where a name may begin and end, and what its parts are (人名, unknown
    // words, ordinary words, particles). MeCab reads only the pieces of text the rules ask about
    // (a piece runs between punctuation, brackets and spaces), each once: a release's words are
    // needed only around its offices. morph_of(q) is the morpheme code point q is part of;
    // morphemes are in order within a piece, pieces in the order they were asked for.
    std::vector<Morpheme> morphemes;
    std::vector<std::size_t> morph(cps.size(), kNone);
    std::vector<char> segmented(cps.size(), 0);
    auto piece_break = [](char32_t c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ',' || c == '(' || c == ')' || c == 0x3000 ||
               c == 0x3001 || c == 0x3002 || c == 0xFF0C || c == 0xFF0E || c == 0xFF08 || c == 0xFF09 || c == 0x300C ||
               c == 0x300D;  // 、。，．（）「」
    };
    auto morph_of = [&](std::size_t q) {
        if (q >= cps.size()) return kNone;
        if (!segmented[q]) {
            std::size_t a = q, b = q + 1;
            if (!piece_break(cps[q].c)) {
                while (a > 0 && !segmented[a - 1] && !piece_break(cps[a - 1].c) && q - a < 256) --a;
                while (b < cps.size() && !segmented[b] && !piece_break(cps[b].c) && b - q < 256) ++b;
            }
            const std::size_t from = cps[a].begin, first = morphemes.size();
            for (Morpheme m : japanese_morphemes(std::string_view(text_).substr(from, cps[b - 1].end - from))) {
                m.begin += from;
                m.end += from;
                morphemes.push_back(m);
            }
            for (std::size_t c = a, x = first; c < b; ++c) {
                segmented[c] = 1;
                while (x < morphemes.size() && morphemes[x].end <= cps[c].begin) ++x;
                if (x < morphemes.size() && morphemes[x].begin <= cps[c].begin) morph[c] = x;
            }
        }
        return morph[q];
    };
    // a morpheme begins at code point q (or q is in none, or past the text)
    auto word_starts = [&](std::size_t q) {
        const std::size_t x = morph_of(q);
        return x == kNone || morphemes[x].begin == cps[q].begin;
    };
    auto str = [&](std::size_t a, std::size_t b) {  // code points [a, b) as UTF-8
        return a >= b ? std::string() : std::string(text_.substr(cps[a].begin, cps[b - 1].end - cps[a].begin));
    };
    auto one_of = [&](const std::string& s, const char* cls) {
        const auto& ws = words(cls);
        if (std::find(ws.begin(), ws.end(), s) != ws.end()) return true;
        // every country data/ja_countries.tsv writes in katakana stands where country-kana does
        if (std::string_view(cls) == "country-kana")
            for (const auto& [form, name] : gaz_.ja_countries)
                if (form == s) return true;
        return false;
    };
    // a bracket closing at code point e - 1 holds a reading in kana ("（おう・き）", "(イ・ドフン)")
    auto reading_before = [&](std::size_t e) {
        std::size_t q = e - 1;
        bool kana = true;
        while (q > 0 && cps[q - 1].c != '(' && cps[q - 1].c != 0xFF08 && e - q < 24) {
            const char32_t c = cps[q - 1].c;
            kana = kana && ((c >= 0x3041 && c <= 0x309F) || katakana(c) || middle_dot(c) || c == ' ' || c == 0x3000);
            --q;
        }
        return kana && q > 1 && q + 1 < e && (cps[q - 1].c == '(' || cps[q - 1].c == 0xFF08);
    };
    auto starts_with_at = [&](std::size_t i, const std::string& w) {
        return cps[i].begin + w.size() <= text_.size() && text_.compare(cps[i].begin, w.size(), w) == 0;
    };
    auto end_of = [&](std::size_t q, const std::string& w) {  // the code point after `w` written at q
        std::size_t e = q;
        while (e < cps.size() && cps[e].begin < cps[q].begin + w.size()) ++e;
        return e;
    };
    // The entity of `type` named `name`, made when the document has none yet.
    auto entity_of = [&](EntityType type, const std::string& name) {
        for (std::size_t x = 0; x < out_.entities.size(); ++x)
            if (out_.entities[x].type == type && out_.entities[x].name == name) return x;
        Entity ent;
        ent.type = type;
        ent.name = name;
        out_.entities.push_back(std::move(ent));
        return out_.entities.size() - 1;
    };
    // A mention of entity `en` written `written` at bytes [begin, end); a spelling other than its
    // name is an alias.
    auto add_mention = [&](std::size_t en, std::size_t begin, std::size_t end, const std::string& written) {
        Entity& ent = out_.entities[en];
        ent.mentions.push_back({Span{begin, end}, written});
        if (written != ent.name && std::find(ent.aliases.begin(), ent.aliases.end(), written) == ent.aliases.end())
            ent.aliases.push_back(written);
    };
    // A body the English gazetteer knows by Latin capitals ("NATO", "G7"), or none.
    auto latin_body = [&](const std::string& letters) -> const PhraseEntry* {
        const std::vector<Token> toks = tokenize(letters);  // they point into `letters`
        const PhraseMatch pm = toks.empty() ? PhraseMatch{} : gaz_.match(toks, 0, toks.size());
        return pm.entry && pm.length == toks.size() && pm.entry->type == EntityType::Organization ? pm.entry : nullptr;
    };

    // People: a name right before an office.
    std::vector<JaMention> ms;
    auto cp_at = [&](std::size_t byte) {  // the code point at a byte (its index)
        return static_cast<std::size_t>(
            std::lower_bound(cps.begin(), cps.end(), byte, [](const Cp& c, std::size_t b) { return c.begin < b; }) -
            cps.begin());
    };
    auto first_cp = [&](std::size_t x) { return cp_at(morphemes[x].begin); };
    auto last_cp = [&](std::size_t x) { return cp_at(morphemes[x].end); };  // the code point after it
    // "三ツ矢", "竹ノ内", "一ノ瀬", "八ヶ代": the kana ツ, ノ, ケ, ヶ between two kanji are part of a
    // Japanese name written in kanji (ja-name-inner-kana)
    const auto name_kana = [&](std::size_t q) {
        const char32_t c = cps[q].c;
        return (c == 0x30C4 || c == 0x30CE || c == 0x30B1 || c == 0x30F6) && q > 0 && kanji(cps[q - 1].c) &&
               q + 1 < cps.size() && kanji(cps[q + 1].c);
    };
    auto kanji_word = [&](std::size_t x, std::size_t from) {  // all kanji, at or after code point `from`
        const std::size_t b = first_cp(x), e = last_cp(x);
        if (b < from || b >= e) return false;
        for (std::size_t q = b; q < e; ++q)
            if (!kanji(cps[q].c) && !name_kana(q)) return false;
        return true;
    };
    // The name written in code points [nb, ne) before an office, as MeCab's words read it: the
    // code points [begin, end) of the name, begin == kNone where no name stands there. An office
    // that begins inside a word takes the word ("吉村大阪府知事": 府知事); ordinary words, places
    // and bodies between a name the dictionary knows (or an unknown word) and the office, and any
    // beginning a form of the tables, are the office's ("林官房長官", "吉村大阪府知事"). Back from there a name is made of the words names
    // are made of: 人名 (姓, 名), proper nouns, unknown words, single kanji (楽玉成, 文在寅, 李度勲),
    // a numeral after a given name (晋三); it begins after the last other word (会談後 林, 同日夕方
    // 岸田, 冒頭 河野), never at a prefix (同, 本, 元) nor at a place's suffix (大阪府).
    using MC = MorphemeClass;
    // bytes [b, e) begin a form of the tables of places, countries or bodies
    auto begins_table_form = [&](std::size_t b, std::size_t e) {
        const std::string_view w(text_.data() + b, e - b);
        for (const auto* table : {&gaz_.ja_locations, &gaz_.ja_countries, &gaz_.ja_organizations})
            for (const auto& [form, name] : *table)
                if (std::string_view(form).starts_with(w)) return true;
        return false;
    };
    // code points [b, e) are whole words of the dictionary, ordinary words, places or bodies
    auto known_words = [&](std::size_t b, std::size_t e) {
        if (!word_starts(b) || !word_starts(e)) return false;
        for (std::size_t q = b; q < e; ++q) {
            if (morph_of(q) == kNone) return false;
            const Morpheme& m = morphemes[morph_of(q)];
            if (m.unknown || !(m.cls == MC::Noun || m.cls == MC::Place || m.cls == MC::Country ||
                               m.cls == MC::Organization || m.cls == MC::Suffix))
                return false;
        }
        return true;
    };
    auto name_span = [&](std::size_t nb, std::size_t ne) -> std::pair<std::size_t, std::size_t> {
        const std::pair<std::size_t, std::size_t> none{kNone, kNone};
        if (ne <= nb || ne > cps.size()) return none;
        if (ne < cps.size() && !word_starts(ne)) {
            const std::size_t b = first_cp(morph_of(ne));
            if (b <= nb) return none;
            ne = b;
        }
        if (morph_of(ne - 1) == kNone || !word_starts(ne)) return none;
        std::size_t x = morph_of(ne - 1);
        if (last_cp(x) != ne) return none;
        auto body_word = [&](std::size_t y) {
            const MC c = morphemes[y].cls;
            return !morphemes[y].unknown && last_cp(y) - first_cp(y) >= 2 &&
                   (c == MC::Noun || c == MC::Suffix || c == MC::Place || c == MC::Country || c == MC::Organization);
        };
        {
            std::size_t y = x;
            while (y > 0 && kanji_word(y, nb) && body_word(y) && kanji_word(y - 1, nb) &&
                   morphemes[y - 1].end == morphemes[y].begin)
                --y;
            bool table_word = false;  // a place or body of the tables: "大阪" (大阪府)
            for (std::size_t z = y + 1; z <= x && y != x; ++z)
                if (begins_table_form(morphemes[z].begin, morphemes[z].end)) table_word = true;
            if (y != x && (morphemes[y].cls == MC::PersonName || morphemes[y].unknown || table_word)) {
                ne = last_cp(y);
                x = y;
            }
        }
        std::vector<std::size_t> taken;  // from the office back
        for (std::size_t y = x;; --y) {
            if (!kanji_word(y, nb)) break;
            if (!taken.empty() && morphemes[y].end != morphemes[taken.back()].begin) break;
            const Morpheme& m = morphemes[y];
            const bool single = last_cp(y) - first_cp(y) == 1;
            const bool after_name = y > 0 && morphemes[y - 1].cls == MC::PersonName && morphemes[y - 1].end == m.begin;
            // a given name follows: this word is the family name, and the name begins here ("岩屋毅":
            // 岩屋 is an ordinary word to the dictionary)
            // the family name of a full name read before ("岩屋毅外務大臣", then "岩屋大臣")
            const bool family_here = (!taken.empty() && morphemes[taken.back()].given &&
                                      std::none_of(taken.begin(), taken.end(), [&](std::size_t t) { return morphemes[t].family; })) ||
                                     (taken.empty() && std::any_of(ms.begin(), ms.end(), [&](const JaMention& j) {
                                          const std::size_t n = m.end - m.begin;
                                          return !j.katakana && j.name.size() > n &&
                                                 text_.compare(m.begin, n, j.name, 0, n) == 0;
                                      }));
            // a word of two or more kanji the dictionary does not know as a name is part of one only
            // where nothing of the name so far is a name it knows (岩屋一郎: 岩屋, 一, 郎; 川村, a
            // place to it), and never the beginning of a place, country or body of the tables
            // (神奈川 of 神奈川県)
            const bool dictionary_name = std::any_of(taken.begin(), taken.end(), [&](std::size_t t) {
                return morphemes[t].cls == MC::PersonName;
            });
            bool ok = m.unknown;
            switch (m.cls) {
                case MC::PersonName:
                case MC::Proper: ok = true; break;
                case MC::Place:
                case MC::Organization:
                case MC::Noun:
                case MC::Suffix:
                    ok = ok || single || (family_here && last_cp(y) - first_cp(y) <= 3) ||
                         (!dictionary_name && !begins_table_form(m.begin, m.end));
                    break;
                case MC::Prefix: ok = ok || single; break;
                case MC::Number: ok = ok || (single && (!taken.empty() || (after_name && morphemes[y - 1].given))); break;
                case MC::Other:
                    // "菅義偉内閣総理大臣", "𠮷川貴盛": the dictionary reads a kanji of the given name as the
                    // stem of an adjective or verb (偉い, 貴い); one such kanji between a given name's first
                    // kanji and the office, or between kanji and a part of a name, is part of the name
                    // (ja-given-name-kanji)
                    ok = ok || (single && ((taken.empty() && after_name && morphemes[y - 1].given) ||
                                           (!taken.empty() && morphemes[taken.back()].cls == MC::PersonName && y > 0 &&
                                            kanji_word(y - 1, nb) && morphemes[y - 1].end == m.begin)));
                    break;
                case MC::Country:
                    // "鈴木英敬知事": a one-kanji country (英, 米, 中) between a family name the dictionary
                    // knows and more of the name is a kanji of the given name (ja-given-name-kanji)
                    ok = single && !taken.empty() && y > 0 && morphemes[y - 1].cls == MC::PersonName &&
                         morphemes[y - 1].family && morphemes[y - 1].end == m.begin;
                    break;
                case MC::NameSuffix:
                case MC::Adverbial: ok = false; break;
            }
            if (!ok) break;
            taken.push_back(y);
            // the family name begins the name (a single kanji before a given name may be part of one
            // MeCab splits: 楽 玉 成)
            if (y == 0 || (family_here && m.cls != MC::Prefix && !m.given && (m.family || !single))) break;
        }
        while (!taken.empty() && morphemes[taken.back()].cls == MC::Prefix && !morphemes[taken.back()].unknown)
            taken.pop_back();
        // "大野元裕": MeCab may read 大 as a prefix before a family name of its own (野元); a prefix of one
        // kanji right before the name, that is no word of tenure or reference (同, 本, 元, 前), begins it
        if (!taken.empty() && taken.back() > 0) {
            const std::size_t y = taken.back() - 1;
            const Morpheme& pre = morphemes[y];
            const std::string w(text_.substr(pre.begin, pre.end - pre.begin));
            if (pre.cls == MC::Prefix && !pre.unknown && pre.end == morphemes[taken.back()].begin && kanji_word(y, nb) &&
                last_cp(y) - first_cp(y) == 1 && !one_of(w, "not-name") && !one_of(w, "former"))
                taken.push_back(y);
        }
        if (taken.empty()) return none;
        // "大阪府知事": a suffix of the place before it
        {
            const std::size_t y = taken.back();
            if (morphemes[y].cls == MC::Suffix && !morphemes[y].unknown && y > 0 &&
                morphemes[y - 1].end == morphemes[y].begin) {
                const MC c = morphemes[y - 1].cls;
                if (c == MC::Place || c == MC::Country || c == MC::Organization || body_word(y - 1)) return none;
            }
        }
        return {first_cp(taken.back()), ne};
    };
    // (a table's forms are tried only where one may begin; a class's words by their first code point)
    auto may_start = [&](std::size_t q) { return gaz_.ja_form_starts.count(cps[q].c) > 0; };
    auto rows_at = [&](const Gazetteer::Impl::JaFirstIndex& index, std::size_t q) -> const std::vector<std::uint32_t>& {
        static const std::vector<std::uint32_t> none;
        const auto it = index.find(cps[q].c);
        return it == index.end() ? none : it->second;
    };
    auto words_at = [&](const char* cls, std::size_t q) -> const std::vector<std::string>& {
        static const std::vector<std::string> none;
        const auto c = gaz_.ja_words_by_first.find(cls);
        if (c == gaz_.ja_words_by_first.end()) return none;
        const auto w = c->second.find(cps[q].c);
        return w == c->second.end() ? none : w->second;
    };
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (!kanji(cps[i].c) || !may_start(i)) continue;
        std::string title;
        for (const std::string& t : words_at("title", i))
            if (starts_with_at(i, t)) {
                title = t;
                break;
            }
        if (title.empty()) continue;
        std::size_t te = i;  // code point after the title
        while (te < cps.size() && cps[te].begin < cps[i].begin + title.size()) ++te;
        // "トランプ氏", "岸田氏": the news's honorific after a name stands as an office does; not 氏名, 氏族
        if (title == "\u6C0F" && te < cps.size() && kanji(cps[te].c)) continue;  // 氏
        // "保健福祉部長官": a ministry (部) and its minister (長官), not a director (部長) and 官
        if (te < cps.size() && cps[te].c == 0x5B98 && title.ends_with("\u90E8\u9577")) continue;  // 官, 部長
        const std::size_t skip_to = te - 1;
        // an office that goes on into a meeting's head names the meeting, not a person: "平和首長会議"
        if (te < cps.size()) {
            bool head = false;
            for (const std::string& h : words_at("event-head", te)) head = head || starts_with_at(te, h);
            if (head) {
                i = skip_to;
                continue;
            }
        }
        // back over what may stand between a name and its office: "(NATO)", "NATO"
        std::size_t p = i;
        // an ordinal belongs to the office: "第2次官", "第二次官"
        {
            std::size_t q = p;
            while (q > 0 && p - q < 3 && (ascii_digit(cps[q - 1].c) || one_of(str(q - 1, q), "kanji-digit"))) --q;
            if (q < p && q > 0 && cps[q - 1].c == 0x7B2C) p = q - 1;  // 第
        }
        // "王毅共産党政治局員兼外相", "麻生太郎副総理兼財務相": offices held together, joined by 兼
        // (concurrently); the name stands before the first (ja-concurrent-offices)
        while (p > 2 && cps[p - 1].c == 0x517C) {  // 兼
            const std::size_t end_byte = cps[p - 1].begin;
            std::size_t best = 0;
            for (const std::string& t : titles)
                if (t.size() > best && t.size() < end_byte && text_.compare(end_byte - t.size(), t.size(), t) == 0) best = t.size();
            if (!best) break;
            std::size_t q = p - 1;
            while (q > 0 && cps[q].begin > end_byte - best) --q;
            if (cps[q].begin != end_byte - best) break;
            p = q;
        }
        if (p > 0 && (cps[p - 1].c == ')' || cps[p - 1].c == 0xFF09)) {
            std::size_t q = p - 1;
            while (q > 0 && cps[q].c != '(' && cps[q].c != 0xFF08 && p - q < 40) --q;
            if (cps[q].c == '(' || cps[q].c == 0xFF08) p = q;
        }
        // "滝崎成樹外務省アジア大洋州局長", "李元雨(イ・ウォンウ)韓国外交部北米局審議官": a ministry and
        // one of its bureaus (kanji and katakana) between the name and a bureau's office belong to the
        // office; the name stands before the ministry (ja-bureau-office)
        std::string bureau;
        std::size_t bureau_begin = 0;
        {
            std::size_t e = kNone;
            if (cps[i].c == 0x5C40) e = p;                                   // 局長: 局 opens the office
            else if (p > 0 && cps[p - 1].c == 0x5C40 && p == i) e = p - 1;  // 局審議官, 局参事官
            if (e != kNone)
                for (std::size_t q = e; q > 0 && e - q <= 12; --q) {
                    bool ministry = false;
                    for (const std::string& w : words("ministry")) {
                        const std::size_t n = code_points(w);
                        if (q >= n + 1 && q < e && str(q - n, q) == w) {
                            bureau = str(q, e) + "\u5C40";  // 局
                            bureau_begin = cps[q].begin;
                            p = q - n;
                            ministry = true;
                            break;
                        }
                    }
                    if (ministry) break;
                    const char32_t c = cps[q - 1].c;
                    if (!(kanji(c) || katakana(c) || middle_dot(c))) break;
                }
        }
        // "梅田南部アジア部長", "山田中東アフリカ局長": a bureau written partly in katakana between the
        // name in kanji and its director's office (ja-kana-bureau)
        if (bureau.empty() && p == i && (title == "\u5C40\u9577" || title == "\u90E8\u9577"))  // 局長, 部長
            for (const std::string& w : words("bureau")) {
                const std::size_t n = code_points(w);
                bool kana = false;
                for (std::size_t q = p >= n ? p - n : 0; q < p; ++q) kana = kana || katakana(cps[q].c);
                if (kana && p > n + 1 && str(p - n, p) == w && kanji(cps[p - n - 1].c) && kanji(cps[p - n - 2].c)) {
                    p -= n;
                    break;
                }
            }
        // "岩屋毅 外務大臣" on a line of its own, a broadcast's caption over what the person said: a
        // space between the name and the office (ja-caption-name)
        if (p == i && p >= 3 && (cps[p - 1].c == ' ' || cps[p - 1].c == 0x3000) && kanji(cps[p - 2].c) &&
            (te >= cps.size() || cps[te].c == '\n')) {
            std::size_t q = p - 1;
            while (q > 0 && kanji(cps[q - 1].c) && p - q <= 6) --q;
            if (q == 0 || cps[q - 1].c == '\n') p = p - 1;
        }
        // the kanji run before the office (an organisation, a country, or the name itself)
        std::size_t k = p;
        // ("三ツ矢憲生外務副大臣": ja-name-inner-kana)
        while (k > 0 && (kanji(cps[k - 1].c) || name_kana(k - 1)) && p - (k - 1) <= 12) --k;
        // (a longer body when a name's reading in brackets stands before it:
        // "王毅（おう・き）中央外事工作委員会弁公室主任")
        if (k > 0 && kanji(cps[k - 1].c)) {
            std::size_t k2 = k;
            while (k2 > 0 && kanji(cps[k2 - 1].c) && p - (k2 - 1) <= 24) --k2;
            if (k2 > 1 && (cps[k2 - 1].c == ')' || cps[k2 - 1].c == 0xFF09) && reading_before(k2)) k = k2;
        }
        // an office of two portfolios joined by "・": "ガーナ共和国外務・地域統合副大臣", "ケニア外務・
        // ディアスポラ省首席次官" (the second in katakana; the first of two kanji or more)
        if (k > 0 && katakana(cps[k - 1].c)) {
            std::size_t q = k;
            while (q > 0 && katakana(cps[q - 1].c) && k - q < 8) --q;
            if (q >= 3 && middle_dot(cps[q - 1].c) && kanji(cps[q - 2].c) && kanji(cps[q - 3].c)) k = q;
        }
        while (k >= 2 && k <= p && middle_dot(cps[k - 1].c) && kanji(cps[k - 2].c) && p - k <= 14) {
            std::size_t q = k - 1;
            while (q > 0 && kanji(cps[q - 1].c) && p - (q - 1) <= 20) --q;
            k = q;
        }
        std::size_t latin = k;  // "ストルテンベルグNATO事務総長"
        while (latin > 0 && cps[latin - 1].c < 0x80 && std::isupper(static_cast<int>(cps[latin - 1].c)) && k - latin < 8)
            --latin;
        // ("ダットン・オーストラリアNATO代表部次席大使": Latin letters between the katakana and the body)
        if (latin < k && (k == p || (latin > 0 && (katakana(cps[latin - 1].c) || middle_dot(cps[latin - 1].c)))))
            k = latin;
        const std::string before = str(k, p);
        JaMention m;
        // "メヒア駐日ペルー大使": a country in katakana, and "駐日" before it, between name and office
        // (also with its form of state: "ナザロフ駐日ウズベキスタン共和国特命全権大使")
        bool posted = false;  // the name stands before the country the person is posted from
        std::size_t posted_at = kNone;  // "鈴木英明駐オーストラリア日本国大使": where a name in kanji ends
        if (k > 0 && (k == p || one_of(before, "country-tail") || before == "\u65E5\u672C\u56FD") &&  // 日本国
            katakana(cps[k - 1].c)) {
            std::size_t c = k;
            while (c > 0 && katakana(cps[c - 1].c)) --c;
            if (one_of(str(c, k), "country-kana")) {
                std::size_t d = c;
                while (d > 0 && kanji(cps[d - 1].c) && c - (d - 1) <= 3) --d;
                if (d < c && d > 0 && (katakana(cps[d - 1].c) || middle_dot(cps[d - 1].c))) {
                    k = d;
                    posted = true;
                } else if (c >= 3 && (cps[c - 1].c == 0x99D0 || cps[c - 1].c == 0x5728) &&  // 駐 or 在 ("塩尻在インドネシア大使"),
                           kanji(cps[c - 2].c)) {                                        // a name in kanji before it
                    std::size_t n = c - 1;
                    while (n > 0 && kanji(cps[n - 1].c) && c - 1 - (n - 1) <= 5) --n;
                    if (c - 1 - n >= 2) {
                        k = n;
                        posted_at = c - 1;
                    }
                }
            }
        }
        bool direction_place = false;
        // "ラマポーザ南アフリカ共和国大統領", "トゥーレイ西アフリカ諸国経済共同体委員長": katakana after a
        // direction in kanji are a place's name, part of the body; the name is before the direction
        if (k > 0 && katakana(cps[k - 1].c)) {
            std::size_t c = k;
            while (c > 0 && katakana(cps[c - 1].c)) --c;
            std::size_t d = c;
            while (d > 0 && c - d < 2 && kanji(cps[d - 1].c) &&
                   (cps[d - 1].c == 0x5357 || cps[d - 1].c == 0x897F || cps[d - 1].c == 0x6771 || cps[d - 1].c == 0x5317 ||
                    cps[d - 1].c == 0x592E || cps[d - 1].c == 0x4E2D))  // 南 西 東 北 央 中
                --d;
            if (d < c && d > 0 && (katakana(cps[d - 1].c) || middle_dot(cps[d - 1].c))) {
                k = d;
                direction_place = true;
            }
        }
        if (k > 0 && (katakana(cps[k - 1].c) || middle_dot(cps[k - 1].c))) {
            // a foreign name in katakana, with an optional country or body between it and the office
            std::size_t r = k;
            while (r > 0 && (katakana(cps[r - 1].c) || middle_dot(cps[r - 1].c) || cps[r - 1].c == '=' ||
                             cps[r - 1].c == 0xFF1D || (cps[r - 1].c < 0x80 && std::isupper(static_cast<int>(cps[r - 1].c)) &&
                                                        r >= 2 && middle_dot(cps[r - 2].c))))
                --r;
            std::size_t name_end = k;
            std::size_t bracket_body = kNone;  // where the body begins after a name in brackets
            while (name_end > r && middle_dot(cps[name_end - 1].c)) --name_end;
            auto last_part = [&](std::size_t e) {
                std::size_t d = e;
                while (d > r && !middle_dot(cps[d - 1].c)) --d;
                return d;
            };
            // "クリスチャン・ミクロネシア連邦大統領", "マフタ・ニュージーランド外務大臣": the last part is the country
            {
                const std::size_t d = last_part(name_end);
                const bool tail = one_of(before, "country-tail") && !direction_place && !posted;
                const bool kana_country = one_of(str(d, name_end), "country-kana");
                if ((tail || kana_country) && d > r) {
                    name_end = d - 1;
                } else if (kana_country || tail) {
                    // a country or place alone: "ペルー外務大臣", "ニューヨーク州下院議員"; or the
                    // name stands before it with its Latin form in brackets: "ヴィンス・ヘンダーソン(H.E.
                    // Mr. Vince Henderson)ドミニカ国国連常駐代表" (ja-name-bracket-country)
                    // (the office is read whole: not again from a shorter office inside it, "議員" of
                    // "下院議員", with the place taken for a name)
                    i = skip_to;
                    if (r < 2 || !(cps[r - 1].c == ')' || cps[r - 1].c == 0xFF09)) continue;
                    std::size_t open = r - 1;
                    while (open > 0 && cps[open].c != '(' && cps[open].c != 0xFF08 && r - open < 80) --open;
                    if (cps[open].c != '(' && cps[open].c != 0xFF08) continue;
                    std::size_t nb = open;
                    while (nb > 0 && (katakana(cps[nb - 1].c) || middle_dot(cps[nb - 1].c) || cps[nb - 1].c == '=' ||
                                      cps[nb - 1].c == 0xFF1D))
                        --nb;
                    while (nb < open && middle_dot(cps[nb].c)) ++nb;
                    if (open - nb < 2 || !katakana(cps[nb].c)) continue;
                    bracket_body = r;
                    m.latin_at = open;
                    r = nb;
                    name_end = open;
                }
            }
            while (r < name_end && middle_dot(cps[r].c)) ++r;
            if (name_end <= r || name_end - r < 2) continue;
            m.name = str(r, name_end);
            // one katakana word the dictionary knows as an ordinary word or a place ("デジタル大臣",
            // "アラブ首長国連邦") is a name only where the release writes it as part of a full name
            // ("ポール・ホワイト…", then "ホワイト長官")
            // (before an office no katakana portfolio stands before, a word the dictionary knows is a
            // name all the same: "キャンベル国務次官補", "マルティ外相")
            if (known_words(r, name_end) && !one_of(title, "person-title") && text_.find("\u30FB" + m.name) == std::string::npos &&
                text_.find(m.name + "\u30FB") == std::string::npos)
                continue;
            {
                std::size_t b0 = bracket_body != kNone ? bracket_body : name_end;
                while (b0 < p && middle_dot(cps[b0].c)) ++b0;
                m.body = str(b0, p);
                if (b0 < p) m.body_begin = cps[b0].begin;
            }
            m.begin = cps[r].begin;
            m.katakana = true;
            // "ラヴロフ，セルゲイ・ヴィクトロヴィチ・ロシア連邦外務大臣": the family name first
            if (r >= 2 && (cps[r - 1].c == ',' || cps[r - 1].c == 0xFF0C) && katakana(cps[r - 2].c)) {
                std::size_t f = r - 1;
                while (f > 0 && katakana(cps[f - 1].c)) --f;
                m.name += "\u30FB" + str(f, r - 1);
                m.begin = cps[f].begin;
            }
        } else {
            std::size_t nb = k, ne = posted_at != kNone ? posted_at : p;
            bool read_aloud = false;  // the name's reading in brackets marks where it begins
            // "楽玉成(らく・ぎょくせい)中国外交部筆頭副部長", "李度勲(イ・ドフン)韓国外交部第2次官": the
            // name's reading in brackets, then a country and its body, before the office
            if (k > 1 && (cps[k - 1].c == ')' || cps[k - 1].c == 0xFF09)) {
                std::size_t q = k - 1;
                bool kana = true;
                while (q > 0 && cps[q - 1].c != '(' && cps[q - 1].c != 0xFF08 && k - q < 24) {
                    const char32_t c = cps[q - 1].c;
                    if (!((c >= 0x3041 && c <= 0x309F) || katakana(c) || middle_dot(c) || c == ' ' || c == 0x3000))
                        kana = false;
                    --q;
                }
                // (a country first, "中国外交部", or a body of three kanji or more, "中央外事工作委員会弁公室")
                bool country_first = p - k >= 3;
                const std::string run = str(k, p);
                for (const std::string& c : words("country"))
                    if (run.compare(0, c.size(), c) == 0) country_first = true;
                if (kana && q > 1 && q + 1 < k && country_first) {
                    const std::size_t open = q - 1;  // the bracket
                    std::size_t b0 = open;
                    while (b0 > 0 && kanji(cps[b0 - 1].c) && open - (b0 - 1) <= 5) --b0;
                    // (a reading of two or three parts: the kanji before it are the whole name,
                    // never a word before the name: "及び金建希（キム・ゴニ）")
                    if (b0 < open && open - b0 <= 4) {
                        nb = b0;
                        ne = open;
                        read_aloud = true;
                    }
                }
            }
            // "金建希（キム・ゴニ）大統領夫人": the reading right before the office
            if (!read_aloud && p < i && ne - nb >= 2 && ne - nb <= 4) {
                bool kana = p + 2 < i;
                for (std::size_t q = p + 1; q + 1 < i && kana; ++q) {
                    const char32_t c = cps[q].c;
                    kana = (c >= 0x3041 && c <= 0x309F) || katakana(c) || middle_dot(c);
                }
                read_aloud = kana;
            }
            // "王毅中国外交部長": a country between the name and the office
            for (const std::string& c : words("country")) {
                const std::string run = str(nb, ne);
                if (run.size() > c.size() && run.compare(run.size() - c.size(), c.size(), c) == 0) {
                    while (ne > nb && cps[ne - 1].begin >= cps[nb].begin + run.size() - c.size()) --ne;
                    break;
                }
            }
            // "梅本北米局長": a bureau of the ministry between the name and its director's office (MeCab
            // reads "本北" as one word there)
            if (title == "\u5C40\u9577" || title == "\u90E8\u9577")  // 局長, 部長
                for (const std::string& c : words("bureau")) {
                    const std::string run = str(nb, ne);
                    if (run.size() > c.size() + 3 && run.compare(run.size() - c.size(), c.size(), c) == 0) {
                        while (ne > nb && cps[ne - 1].begin >= cps[nb].begin + run.size() - c.size()) --ne;
                        break;
                    }
                }
            // "李度勲韓国外交部第二次官": a country, then its body, between the name and the office
            {
                const std::string run = str(nb, ne);
                std::size_t cut = std::string::npos;
                for (const std::string& c : words("country")) {
                    const std::size_t at = run.find(c);
                    if (at != std::string::npos && at > 0 && at < cut) cut = at;
                }
                if (cut != std::string::npos)
                    while (ne > nb && cps[ne - 1].begin >= cps[nb].begin + cut) --ne;
            }
            // "程永華駐日中国大使", "丹羽在中国大使", "胡錦濤・中国国家主席": where one is posted (駐日, 駐,
            // 在) or a middle dot stands between the name and the country (ja-name-posted-country)
            if (ne < p && ne > nb + 1) {
                bool country_next = false;
                for (const std::string& c : words("country")) country_next = country_next || starts_with_at(ne, c);
                if (country_next) {
                    if (ne > nb + 2 && cps[ne - 2].c == 0x99D0 && cps[ne - 1].c == 0x65E5) ne -= 2;  // 駐日
                    else if (cps[ne - 1].c == 0x99D0 || cps[ne - 1].c == 0x5728) --ne;                 // 駐, 在
                    else if (middle_dot(cps[ne - 1].c)) --ne;
                }
            }
            // "吉田茂元総理大臣": a mark of tenure is not part of the name
            // (not a name's last kanji before its reading: "鄭炳元(チョン・ビョンウォン)外交部次官補")
            if (ne > nb + 1 && !read_aloud && one_of(str(ne - 1, ne), "former")) --ne;
            // MeCab decides where the name begins: at a morpheme, after the last word before it
            // that is no part of a name ("会談後林大臣", "同日夕方岸田総理", "冒頭河野大臣")
            if (!read_aloud) {
                const auto [b, e] = name_span(nb, ne);
                if (b == kNone) {
                    i = skip_to;
                    continue;
                }
                nb = b;
                ne = e;
            }
            const std::size_t len = ne - nb;
            if (len < 1 || len > 5) {
                i = skip_to;
                continue;
            }
            const std::string name = str(nb, ne);
            bool generic = one_of(name, "not-name");
            // Latin capitals alone before an office are a body's abbreviation ("NATO外相"), no name
            bool latin_only = true;
            for (std::size_t q = nb; q < ne; ++q)
                if (cps[q].c >= 0x80) latin_only = false;
            if (latin_only) generic = true;
            // right after a body's Latin capitals the kanji are a compound of its name ("ASEAN関連外相")
            if (nb > 0 && cps[nb - 1].c < 0x80 && std::isalnum(static_cast<int>(cps[nb - 1].c))) generic = true;
            // (a word of its own: 本田 and 前原 are names, 本 and 前 before a name are not)
            for (const std::string& w : words("not-name"))
                if (name.compare(0, w.size(), w) == 0 && name.size() > w.size() && w != "日" &&
                    word_starts(end_of(nb, w)))
                    generic = true;
            // a portfolio before its office ("農業担当大臣", "経済担当"): no name ends in 担当
            if (name.ends_with("\u62C5\u5F53")) generic = true;  // 担当
            // all country abbreviations ("日米", "米中"): a pairing, not a name
            bool countries = true;
            for (std::size_t q = nb; q < ne; ++q)
                if (!(one_of(str(q, q + 1), "country-abbrev") || str(q, q + 1) == "\u65E5")) countries = false;
            if (generic || countries) {
                i = skip_to;
                continue;
            }
            m.name = name;
            {
                std::size_t b0 = ne;
                for (std::size_t q = ne; q < p; ++q)  // past a reading in brackets: "(らく・ぎょくせい)"
                    if (cps[q].c == ')' || cps[q].c == 0xFF09) b0 = q + 1;
                m.body = str(b0, p);
                if (b0 < p) m.body_begin = cps[b0].begin;
            }
            m.begin = cps[nb].begin;
        }
        m.end = cps[te - 1].end;
        m.office = str(i, te);
        if (!bureau.empty()) {
            m.bureau = bureau;
            m.bureau_begin = bureau_begin;
        }
        // "大平総理大臣(当時)とカーター米大統領が": the office "at the time", in brackets after it,
        // is read past (ja-at-the-time), so と after it joins the pair
        if (te + 3 < cps.size() && (cps[te].c == '(' || cps[te].c == 0xFF08) && cps[te + 1].c == 0x5F53 &&  // 当
            cps[te + 2].c == 0x6642 && (cps[te + 3].c == ')' || cps[te + 3].c == 0xFF09))                  // 時
            te += 4;
        m.cp_end = te;
        m.surface = std::string(text_.substr(m.begin, m.end - m.begin));
        ms.push_back(std::move(m));
        i = te - 1;
    }
    // "故安倍晋三国葬儀": the late — 故, then a family name and a given name as MeCab reads them
    // (人名,姓 then 人名,名, a numeral after it: 晋三), with no office after it
    for (std::size_t q = 0; q < cps.size(); ++q) {
        if (cps[q].c != 0x6545) continue;  // 故
        const std::size_t x = morph_of(q);
        if (x == kNone || x + 2 >= morphemes.size()) continue;
        const Morpheme& late = morphemes[x];
        if (late.cls != MC::Prefix || text_.compare(late.begin, late.end - late.begin, "\u6545") != 0) continue;  // 故
        if (!morphemes[x + 1].family || morphemes[x + 1].begin != late.end) continue;
        std::size_t e = x + 2;
        while (e < morphemes.size() && morphemes[e].begin == morphemes[e - 1].end &&
               (morphemes[e].given || (morphemes[e].cls == MC::Number && morphemes[e - 1].given &&
                                       last_cp(e) - first_cp(e) == 1 && kanji_word(e, 0))))
            ++e;
        if (e == x + 2) continue;  // a family name alone
        const std::size_t b = morphemes[x + 1].begin, end = morphemes[e - 1].end;
        if (std::any_of(ms.begin(), ms.end(), [&](const JaMention& m) { return m.begin < end && b < m.end; })) continue;
        JaMention m;
        m.name = text_.substr(b, end - b);
        m.surface = m.name;
        m.begin = b;
        m.end = end;
        m.cp_end = cp_at(end);
        ms.push_back(std::move(m));
    }
    // "オーストラリア連邦外務大臣ケビン・ラッド閣下(The Hon Kevin Rudd MP)と会談": a name in katakana
    // before 閣下 (His Excellency), its office and country before it (ja-excellency)
    for (std::size_t q = 2; q + 1 < cps.size(); ++q) {
        if (cps[q].c != 0x95A3 || cps[q + 1].c != 0x4E0B) continue;  // 閣下
        std::size_t r = q;
        while (r > 0 && (katakana(cps[r - 1].c) || middle_dot(cps[r - 1].c) || cps[r - 1].c == '=' || cps[r - 1].c == 0xFF1D))
            --r;
        while (r < q && middle_dot(cps[r].c)) ++r;
        if (q - r < 2 || !katakana(cps[r].c)) continue;
        const std::size_t b = cps[r].begin, end = cps[q + 1].end;
        if (std::any_of(ms.begin(), ms.end(), [&](const JaMention& m) { return m.begin < end && b < m.end; })) continue;
        JaMention m;
        m.name = str(r, q);
        m.katakana = true;
        // the office right before the name, and the country or body before the office
        for (const std::string& t : titles)
            if (cps[r].begin >= t.size() && text_.compare(cps[r].begin - t.size(), t.size(), t) == 0) {
                m.office = t;
                break;
            }
        if (!m.office.empty()) {
            const std::size_t tb = cp_at(cps[r].begin - m.office.size());
            std::size_t c = tb;
            while (c > 0 && tb - c < 12 && (kanji(cps[c - 1].c) || katakana(cps[c - 1].c) || middle_dot(cps[c - 1].c))) --c;
            if (c < tb) {
                m.body = str(c, tb);
                m.body_begin = cps[c].begin;
            }
        }
        m.begin = b;
        m.end = end;
        m.cp_end = q + 2;
        m.surface = str(r, q + 2);
        ms.push_back(std::move(m));
    }
    std::stable_sort(ms.begin(), ms.end(), [](const JaMention& a, const JaMention& b) { return a.begin < b.begin; });
    // Named meetings: a head (会談, 外相会合, 夕食会 ...) after the pair or body that names it,
    // "日米外相電話会談", "日・ブラジル外相会談", "G7外相会合", "APEC閣僚会議". A head with nothing
    // naming it ("会談", "両外相会談") is no event.
    struct JaEvent {
        std::size_t first, last, entity;  // code points [first, last)
        bool meeting = true;              // false: a programme ("日英共同声明"), no one attends it
    };
    std::vector<JaEvent> evs;
    {
        const std::vector<std::string>& programme_heads = words("programme-head");
        for (std::size_t q = 0; q < cps.size(); ++q) {
            if (!may_start(q)) continue;
            // programmes named without a head: "自由で開かれたインド太平洋"
            {
                std::string form;
                for (const std::string& f : words_at("programme-name", q))
                    if (starts_with_at(q, f)) {
                        form = f;
                        break;
                    }
                if (!form.empty()) {
                    const std::size_t e = end_of(q, form);
                    const std::size_t en = entity_of(EntityType::Programme, form);
                    add_mention(en, cps[q].begin, cps[e - 1].end, form);
                    evs.push_back({q, e, en, false});
                    q = e - 1;
                    continue;
                }
            }
            std::string head;
            EntityType type = EntityType::Event;
            for (const std::string& h : words_at("programme-head", q))
                if (starts_with_at(q, h)) {
                    head = h;
                    type = EntityType::Programme;
                    break;
                }
            for (const std::string& h : words_at("event-head", q))
                if (head.empty() && starts_with_at(q, h)) head = h;
            if (head.empty()) continue;
            std::size_t e = end_of(q, head);
            // a programme's name goes on over more heads: "…グリーン・パートナーシップ・イニシアティブ"
            if (type == EntityType::Programme)
                for (bool more = true; more;) {
                    more = false;
                    const std::size_t at = e < cps.size() && middle_dot(cps[e].c) ? e + 1 : e;
                    for (const std::string& h : programme_heads)
                        if (at < cps.size() && starts_with_at(at, h)) {
                            e = end_of(at, h);
                            more = true;
                            break;
                        }
                }
            // the kanji before the head: 外相, 首脳, 戦略, 国交正常化 ... and the pair itself (日米); a
            // programme's also katakana and dots ("日印特別戦略的グローバル・パートナーシップ")
            std::size_t k = q;
            const std::size_t floor = evs.empty() ? 0 : evs.back().last;  // not into the event before
            while (k > floor && q - (k - 1) <= 24 &&
                   (kanji(cps[k - 1].c) ||
                    (type == EntityType::Programme && (katakana(cps[k - 1].c) || middle_dot(cps[k - 1].c)))) &&
                   (type == EntityType::Programme || q - (k - 1) <= 10))
                --k;
            std::size_t start = kNone;
            // "日米", "日中", "日英": Japan and one-character countries, anywhere in the kanji run
            // ("昨年日米首脳会談")
            for (std::size_t j = k; j + 1 < q && start == kNone; ++j)
                if (cps[j].c == 0x65E5 && one_of(str(j + 1, j + 2), "country-abbrev")) start = j;
            // "日・ブラジル": Japan, a dot and a country in katakana (inside a programme's run too)
            for (std::size_t j = k; j + 2 < q && start == kNone; ++j)
                if (cps[j].c == 0x65E5 && middle_dot(cps[j + 1].c)) {
                    std::size_t c = j + 2;
                    while (c < q && katakana(cps[c].c)) ++c;
                    if (one_of(str(j + 2, c), "country-kana")) start = j;
                }
            if (start == kNone && k > 0 && katakana(cps[k - 1].c)) {
                std::size_t c = k;
                while (c > 0 && katakana(cps[c - 1].c)) --c;
                if (c >= 2 && middle_dot(cps[c - 1].c) && cps[c - 2].c == 0x65E5 && one_of(str(c, k), "country-kana"))
                    start = c - 2;
            }
            // "ミュンヘン安全保障会議", "アフリカ開発会議": a place of data/ja_locations.tsv, written in
            // katakana as a whole run, names the meeting held there or for it (ja-place-event)
            if (start == kNone && type == EntityType::Event && k > 0 && k < q && katakana(cps[k - 1].c)) {
                std::size_t c = k;
                while (c > 0 && katakana(cps[c - 1].c)) --c;
                if (c == 0 || !(katakana(cps[c - 1].c) || middle_dot(cps[c - 1].c))) {
                    const std::string place = str(c, k);
                    for (const std::uint32_t row : rows_at(gaz_.ja_locations_by_first, c))
                        if (gaz_.ja_locations[row].first == place) start = c;
                }
            }
            // "G7", "G20", "NATO", "APEC", "AP4": capitals and digits of a body or group
            auto upper_or_digit = [&](std::size_t at) {
                return cps[at].c < 0x80 && (std::isupper(static_cast<int>(cps[at].c)) || std::isdigit(static_cast<int>(cps[at].c)));
            };
            if (start == kNone && k > 0 && upper_or_digit(k - 1)) {
                std::size_t c = k;
                while (c > 0 && upper_or_digit(c - 1)) --c;
                const bool whole = c == 0 || cps[c - 1].c >= 0x80 || !std::isalpha(static_cast<int>(cps[c - 1].c));
                if (k - c >= 2 && std::isupper(static_cast<int>(cps[c].c)) && whole) start = c;
                // "日・NATO外相会談", "日・ASEAN首脳会議": Japan and the body
                if (start == c && c >= 2 && middle_dot(cps[c - 1].c) && cps[c - 2].c == 0x65E5) start = c - 2;
                // "日EU外相協議", "日豪NZ韓次官級協議": Japan, and countries of one character, before the
                // capitals (not the 日 of a day: "本日", "同日")
                if (start == c) {
                    std::size_t j = c;
                    while (j > 1 && c - j < 4 && one_of(str(j - 1, j), "country-abbrev")) --j;
                    if (j >= 1 && cps[j - 1].c == 0x65E5 && (j < 2 || !kanji(cps[j - 2].c))) start = j - 1;  // 日
                }
            }
            // "日中韓高級事務レベル協議", "日米豪戦略対話高級事務レベル協議": a word in katakana inside
            // the name, the pair of countries before it
            if (start == kNone && type == EntityType::Event) {
                std::size_t k2 = q;
                while (k2 > floor && q - (k2 - 1) <= 16 && (kanji(cps[k2 - 1].c) || katakana(cps[k2 - 1].c))) --k2;
                for (std::size_t j = k2; j + 1 < q && start == kNone; ++j)
                    if (cps[j].c == 0x65E5 && one_of(str(j + 1, j + 2), "country-abbrev") && (j == 0 || !katakana(cps[j - 1].c)))
                        start = j;
            }
            if (start == kNone) {
                q = e - 1;
                continue;
            }
            // "アフリカ開発会議(TICAD)閣僚会合": its abbreviation in brackets, then a session of it
            if (type == EntityType::Event && e + 3 < cps.size() && (cps[e].c == '(' || cps[e].c == 0xFF08)) {
                std::size_t c = e + 1;
                while (c < cps.size() && c < e + 12 && cps[c].c < 0x80 && std::isupper(static_cast<int>(cps[c].c))) ++c;
                if (c > e + 2 && c < cps.size() && (cps[c].c == ')' || cps[c].c == 0xFF09)) {
                    std::size_t t = c + 1;
                    while (t < cps.size() && t < c + 8 && kanji(cps[t].c)) {
                        std::string more;
                        for (const std::string& h : words_at("event-head", t))
                            if (more.empty() && starts_with_at(t, h)) more = h;
                        if (!more.empty()) {
                            e = end_of(t, more);
                            break;
                        }
                        ++t;
                    }
                }
            }
            // "第24回日豪外務次官協議": the meeting's number names its instance; a later mention
            // without it ("日豪外務次官協議") is the same meeting
            if (type == EntityType::Event && start >= 3 && cps[start - 1].c == 0x56DE) {  // 回
                std::size_t d = start - 1;
                const auto numeral = [&](std::size_t at) {
                    const auto c = cps[at].c;
                    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || one_of(str(at, at + 1), "kanji-digit");
                };
                while (d > 0 && numeral(d - 1)) --d;
                if (d < start - 1 && d > 0 && cps[d - 1].c == 0x7B2C) start = d - 1;  // 第
            }
            const std::string name = str(start, e);
            std::size_t en = kNone;
            if (type == EntityType::Event && cps[start].c != 0x7B2C)
                for (const JaEvent& before : evs) {
                    const std::string& known = out_.entities[before.entity].name;
                    if (before.meeting && known.size() > name.size() && known.starts_with("\u7B2C") &&
                        known.ends_with(name))
                        en = before.entity;
                }
            if (en == kNone) en = entity_of(type, name);
            add_mention(en, cps[start].begin, cps[e - 1].end, name);
            evs.push_back({start, e, en, type == EntityType::Event});
            q = e - 1;
        }
    }
    // Countries: a form of data/ja_countries.tsv; katakana forms are whole runs, one-character
    // forms count only in a pairing (日米, 日・イラン), before an office (米国務長官) or in 訪日 / 駐日 / 来日.
    {
        auto one_char_country = [&](std::size_t q) {
            if (q >= cps.size() || !kanji(cps[q].c)) return false;
            const std::string c = str(q, q + 1);
            for (const std::uint32_t row : rows_at(gaz_.ja_countries_by_first, q))
                if (gaz_.ja_countries[row].first == c) return true;
            return false;
        };
        for (std::size_t q = 0; q < cps.size(); ++q) {
            if (!may_start(q)) continue;
            for (const std::uint32_t row : rows_at(gaz_.ja_countries_by_first, q)) {
                const auto& [form, name] = gaz_.ja_countries[row];
                if (!starts_with_at(q, form)) continue;
                const std::size_t e = end_of(q, form);
                bool ok = true;
                if (katakana(cps[q].c))
                    ok = (q == 0 || !(katakana(cps[q - 1].c))) && (e >= cps.size() || !katakana(cps[e].c));
                if (e == q + 1 && kanji(cps[q].c)) {
                    const bool pairing = (q > 0 && one_char_country(q - 1)) || one_char_country(e) ||
                                         (e < cps.size() && middle_dot(cps[e].c));
                    bool office = false;
                    for (const std::string& t : titles)
                        if (e < cps.size() && starts_with_at(e, t)) office = true;
                    const bool visit = form == "\u65E5" && q > 0 &&
                                       (cps[q - 1].c == 0x8A2A || cps[q - 1].c == 0x99D0 || cps[q - 1].c == 0x6765);
                    ok = pairing || office || visit;
                    if (ascii_digit(q > 0 ? cps[q - 1].c : 0) || (e < cps.size() && ascii_digit(cps[e].c))) ok = false;
                }
                // a country only inside a named meeting or programme ("日・ブラジル外相会談",
                // "自由で開かれたインド太平洋") is no mention of its own
                for (const JaEvent& ev : evs)
                    if (q >= ev.first && q < ev.last) ok = false;
                if (!ok) continue;
                add_mention(entity_of(EntityType::Country, name), cps[q].begin, cps[e - 1].end, form);
                q = e - 1;
                break;
            }
        }
    }
    // Organisations and places: a form of data/ja_organizations.tsv or data/ja_locations.tsv
    // (katakana forms as whole runs), a body in Latin capitals the gazetteer knows ("G7",
    // "NATO"), and a town after its prefecture ("神奈川県大磯町"). A name only inside a named
    // meeting ("G7外相会合") is no mention of its own.
    {
        // code points inside a named meeting or programme, a person's name and office
        // ("コロンナ仏欧州・外務相") or a country's name ("南アフリカ"): no place or body of their own
        std::vector<char> blocked(cps.size(), 0);
        auto block_bytes = [&](std::size_t from, std::size_t to) {
            auto it = std::lower_bound(cps.begin(), cps.end(), from, [](const Cp& c, std::size_t b) { return c.begin < b; });
            for (; it != cps.end() && it->begin < to; ++it) blocked[static_cast<std::size_t>(it - cps.begin())] = 1;
        };
        for (const JaEvent& ev : evs)
            for (std::size_t q = ev.first; q < ev.last; ++q) blocked[q] = 1;
        for (const JaMention& m : ms) block_bytes(m.begin, m.end);
        for (const Entity& en : out_.entities)
            if (en.type == EntityType::Country)
                for (const Mention& mm : en.mentions) block_bytes(mm.span.begin, mm.span.end);
        auto inside_event = [&](std::size_t q) { return blocked[q] != 0; };
        auto add_named = [&](EntityType type, const std::string& canonical, std::size_t first, std::size_t last) {
            add_mention(entity_of(type, canonical), cps[first].begin, cps[last - 1].end, str(first, last));
        };
        auto upper_or_digit = [&](std::size_t at) {
            return cps[at].c < 0x80 && (std::isupper(static_cast<int>(cps[at].c)) || std::isdigit(static_cast<int>(cps[at].c)));
        };
        for (std::size_t q = 0; q < cps.size(); ++q) {
            if (inside_event(q)) continue;
            // Latin capitals: "G7", "G20", "NATO", "ASEAN"
            if (upper_or_digit(q) && std::isupper(static_cast<int>(cps[q].c)) && (q == 0 || !(cps[q - 1].c < 0x80 && std::isalnum(static_cast<int>(cps[q - 1].c))))) {
                std::size_t e = q;
                while (e < cps.size() && upper_or_digit(e)) ++e;
                const bool whole = e >= cps.size() || !(cps[e].c < 0x80 && std::isalpha(static_cast<int>(cps[e].c)));
                if (e - q >= 2 && whole && !inside_event(e - 1)) {
                    if (const PhraseEntry* body = latin_body(str(q, e))) {
                        // "NATO海上司令部", "NATO日本政府代表部": a body of that body, named by kanji or
                        // katakana ending in a head of bodies (ja-body-of-body; data/ja_words.tsv, body-head)
                        std::size_t part_end = kNone;
                        for (std::size_t t = e; t < cps.size() && t < e + 10 && (kanji(cps[t].c) || katakana(cps[t].c));
                             ++t)
                            for (const std::string& h : words_at("body-head", t))
                                if (starts_with_at(t, h) && end_of(t, h) <= e + 10) part_end = end_of(t, h);
                        if (part_end != kNone && !inside_event(part_end - 1)) {
                            add_named(EntityType::Organization, str(q, part_end), q, part_end);
                            q = part_end - 1;
                            continue;
                        }
                        add_named(EntityType::Organization, body->canonical, q, e);
                    } else {
                        // "COP30": a recurring meeting's capitals and its session's number (as in English:
                        // data/word_classes.tsv, numbered-event)
                        std::size_t letters = q;
                        while (letters < e && std::isupper(static_cast<int>(cps[letters].c))) ++letters;
                        if (letters > q + 1 && letters < e && e - letters <= 2) {
                            const WordFlags* f = words_.flags.find(fold_key(str(q, letters)));
                            if (f && (*f & kNumberedEvent)) add_named(EntityType::Event, str(q, e), q, e);
                        }
                    }
                }
                q = e - 1;
                continue;
            }
            bool found = false;
            if (!may_start(q)) continue;
            for (const auto* table : {&gaz_.ja_organizations, &gaz_.ja_locations}) {
                const auto& index = table == &gaz_.ja_organizations ? gaz_.ja_organizations_by_first : gaz_.ja_locations_by_first;
                for (const std::uint32_t row : rows_at(index, q)) {
                    const auto& [form, canonical] = (*table)[row];
                    if (!starts_with_at(q, form)) continue;
                    const std::size_t e = end_of(q, form);
                    if (katakana(cps[q].c) &&
                        !((q == 0 || !katakana(cps[q - 1].c)) && (e >= cps.size() || !katakana(cps[e].c))))
                        continue;
                    const EntityType type = table == &gaz_.ja_organizations ? EntityType::Organization : EntityType::Location;
                    add_named(type, canonical, q, e);
                    // "神奈川県大磯町": a town, city or village after its prefecture
                    const std::string_view f(form);
                    if (type == EntityType::Location &&
                        (f.ends_with("\u770C") || f.ends_with("\u5E9C") || f.ends_with("\u90FD") || f.ends_with("\u9053"))) {
                        std::size_t t = e;
                        while (t < cps.size() && kanji(cps[t].c) && t - e < 4) {
                            const char32_t c = cps[t].c;
                            ++t;
                            if ((c == 0x5E02 || c == 0x753A || c == 0x6751) && t - e >= 2) {  // 市 町 村
                                add_named(EntityType::Location, str(e, t), e, t);
                                break;
                            }
                        }
                    }
                    q = e - 1;
                    found = true;
                    break;
                }
                if (found) break;
            }
        }
    }
    if (ms.empty()) return;

    // One entity per person: a short form is the longer name it begins (kanji) or ends (katakana).
    std::vector<std::size_t> order(ms.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ms[a].name.size() > ms[b].name.size(); });
    std::vector<std::size_t> cluster(ms.size(), kNone);
    std::vector<std::size_t> heads;  // mention index of each cluster's full name
    for (std::size_t i : order) {
        for (std::size_t c = 0; c < heads.size() && cluster[i] == kNone; ++c) {
            const std::string& full = ms[heads[c]].name;
            const std::string& n = ms[i].name;
            if (full == n) cluster[i] = c;
            else if (!ms[i].katakana && !ms[heads[c]].katakana && full.compare(0, n.size(), n) == 0) cluster[i] = c;
            else if (ms[i].katakana && ms[heads[c]].katakana && full.size() >= n.size() + 3 &&
                     full.compare(full.size() - n.size(), n.size(), n) == 0 &&
                     full.compare(full.size() - n.size() - 3, 3, "\u30FB") == 0)
                cluster[i] = c;
        }
        if (cluster[i] == kNone) {
            cluster[i] = heads.size();
            heads.push_back(i);
        }
    }
    // The entity of each cluster: a person the English stages read in parentheses right after
    // one of its mentions ("（The Honorable John F. Kerry, ...）") is the same person.
    std::vector<std::size_t> entity(heads.size(), kNone);
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const std::size_t c = cluster[i];
        const std::size_t at = ms[i].latin_at != kNone ? ms[i].latin_at : ms[i].cp_end;
        if (entity[c] != kNone || at >= cps.size()) continue;
        const char32_t open = cps[at].c;
        if (open != '(' && open != 0xFF08) continue;
        const std::size_t from = cps[at].end, to = std::min(text_.size(), from + 80);
        for (std::size_t e = 0; e < out_.entities.size() && entity[c] == kNone; ++e) {
            const Entity& en = out_.entities[e];
            if (en.type != EntityType::Person) continue;
            for (const Mention& mm : en.mentions)
                if (mm.span.begin >= from && mm.span.begin < to) entity[c] = e;
        }
    }
    for (std::size_t c = 0; c < heads.size(); ++c) {
        const std::string& name = ms[heads[c]].name;
        if (entity[c] == kNone) {
            Entity e;
            e.type = EntityType::Person;
            e.name = name;
            out_.entities.push_back(std::move(e));
            entity[c] = out_.entities.size() - 1;
        } else {
            Entity& e = out_.entities[entity[c]];
            if (e.name != name) {
                e.aliases.push_back(e.name);
                e.name = name;
            }
        }
        // A name in kanji whose reading MeCab's dictionary knows (林芳正: ハヤシ ヨシマサ) is
        // also written as English releases write it, given name first: "Yoshimasa Hayashi".
        if (!ms[heads[c]].katakana) {
            if (const auto reading = read_japanese_name(name, gaz_.ja_romaji)) {
                Entity& e = out_.entities[entity[c]];
                const std::string latin = reading->given + " " + reading->family;
                if (std::find(e.aliases.begin(), e.aliases.end(), latin) == e.aliases.end()) e.aliases.push_back(latin);
            }
        }
    }
    for (std::size_t i = 0; i < ms.size(); ++i) {
        ms[i].entity = entity[cluster[i]];
        Entity& e = out_.entities[ms[i].entity];
        e.mentions.push_back({Span{ms[i].begin, ms[i].end}, ms[i].surface});
        for (const std::string& a : {ms[i].surface, ms[i].name})
            if (a != e.name && std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) e.aliases.push_back(a);
    }

    // Meetings: "AはBと(の間で)...会談", "AはBの表敬を受けました", one clause at a time.
    auto sentence_of = [&](std::size_t byte) {
        for (std::size_t s = 0; s < sent_.size(); ++s)
            if (sent_[s].span.begin <= byte && byte < sent_[s].span.end) return s;
        return sent_.empty() ? std::size_t{0} : sent_.size() - 1;
    };

    // ROLE: the country or body written between a name and its office ("ザリーフ・イラン外務大臣",
    // "メヒア駐日ペルー大使", "王毅中国外交部長", "ストルテンベルグNATO事務総長", "ケリー米国務長官").
    for (const JaMention& m : ms) {
        // "滝崎成樹外務省アジア大洋州局長": the bureau's director (ja-bureau-office)
        if (!m.bureau.empty()) {
            const std::size_t bureau = entity_of(EntityType::Organization, m.bureau);
            add_mention(bureau, m.bureau_begin, m.bureau_begin + m.bureau.size(), m.bureau);
            add_relation(RelationType::Role, m.entity, bureau, sentence_of(m.begin), "ja-office", 0.8, {{"title", m.office}});
            continue;
        }
        // "中国の習近平国家主席", "米国のバイデン大統領": the country before の, the office after the name
        // (ja-country-of; not the news's honorific 氏, no office)
        if (m.body.empty() && !m.office.empty() && m.office != "\u6C0F" && m.begin >= 3 &&
            text_.compare(m.begin - 3, 3, "\u306E") == 0) {  // の
            const std::size_t before = m.begin - 3;
            for (const auto& [form, name] : gaz_.ja_countries)
                if (before >= form.size() && text_.compare(before - form.size(), form.size(), form) == 0) {
                    const std::size_t country = entity_of(EntityType::Country, name);
                    add_mention(country, before - form.size(), before, form);
                    add_relation(RelationType::Role, m.entity, country, sentence_of(m.begin), "ja-country-of", 0.75,
                                 {{"title", m.office}});
                    break;
                }
            continue;
        }
        if (m.body.empty()) continue;
        // "鯰博行北米局長": the head of a ministry's bureau (北米局), not of a country
        if (m.office == "\u5C40\u9577") {  // 局長
            const std::size_t bureau = entity_of(EntityType::Organization, m.body + "\u5C40");
            // (局 is the office's first three bytes, right after the body)
            add_mention(bureau, m.body_begin, m.body_begin + m.body.size() + 3, m.body + "\u5C40");
            add_relation(RelationType::Role, m.entity, bureau, sentence_of(m.begin), "ja-office", 0.8,
                         {{"title", m.body + m.office}});
            continue;
        }
        std::size_t body = kNone;
        // a country the body begins or ends with, "駐日" before it: the longest form first
        for (const auto& [form, name] : gaz_.ja_countries) {
            const bool starts = m.body.compare(0, form.size(), form) == 0;
            const bool ends = m.body.size() >= form.size() &&
                              m.body.compare(m.body.size() - form.size(), form.size(), form) == 0;
            if (!starts && !ends) continue;
            if (form == "\u65E5" && m.body != form) continue;  // "駐日ペルー" is Peru's, not Japan's
            body = entity_of(EntityType::Country, name);
            // "塩尻駐インドネシア大使", "丹羽在中国大使": posted there (駐, 在, not 駐日) with nothing after
            // the country, Japan's envoy: a foreign envoy in Japan is written 駐日 (ja-posted-envoy)
            const bool posted = m.body.starts_with("\u99D0") || m.body.starts_with("\u5728");  // 駐 在
            if (posted && !m.body.starts_with("\u99D0\u65E5") && ends && m.body.size() == 3 + form.size())
                body = entity_of(EntityType::Country, "Japan");
            break;
        }
        // a body of data/ja_organizations.tsv the body begins or ends with ("グテーレス国連事務総長")
        if (body == kNone)
            for (const auto& [form, name] : gaz_.ja_organizations) {
                const bool starts = m.body.compare(0, form.size(), form) == 0;
                const bool ends = m.body.size() >= form.size() &&
                                  m.body.compare(m.body.size() - form.size(), form.size(), form) == 0;
                if (!starts && !ends) continue;
                body = entity_of(EntityType::Organization, name);
                // the body as written inside the office is its mention ("国連")
                const std::size_t at = m.body_begin + (starts ? 0 : m.body.size() - form.size());
                add_mention(body, at, at + form.size(), form);
                break;
            }
        // a body the gazetteer knows by its Latin abbreviation ("NATO"), as the English stages name it
        if (body == kNone && std::all_of(m.body.begin(), m.body.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
            if (const PhraseEntry* known = latin_body(m.body)) {
                body = entity_of(EntityType::Organization, known->canonical);
                add_mention(body, m.body_begin, m.body_begin + m.body.size(), m.body);
            }
        if (body == kNone) continue;
        // the office as written after the name: "駐日ペルー大使" keeps its "駐日 <country>"
        std::string office = m.office;
        if (m.body.starts_with("\u99D0\u65E5")) office = m.body + office;  // 駐日
        add_relation(RelationType::Role, m.entity, body, sentence_of(m.begin), "ja-office", 0.8, {{"title", office}});
    }
    // "(先方同席:マルティ外相,スディ・シララヒ国家官房長官他,我が方同席:梅田南部アジア部長他)": those a bracket
    // lists under a side without a country of their own hold their offices for that side, ours Japan,
    // theirs the foreign country of an office named before the bracket (ja-side-listing)
    {
        auto country_of_body = [&](const JaMention& m) -> std::string {
            if (m.body.empty() || m.body.starts_with("\u99D0") || m.body.starts_with("\u5728")) return {};  // 駐 在
            for (const auto& [form, name] : gaz_.ja_countries) {
                if (form == "\u65E5") continue;
                if (m.body.compare(0, form.size(), form) == 0 ||
                    (m.body.size() >= form.size() && m.body.compare(m.body.size() - form.size(), form.size(), form) == 0))
                    return name;
            }
            return {};
        };
        for (const JaMention& m : ms) {
            // (a body that is no country stays part of the office: "スディ・シララヒ国家官房長官")
            if (!country_of_body(m).empty() || !m.bureau.empty() || m.office.empty() || m.office == "\u6C0F") continue;  // 氏
            if (!m.body.empty() && (m.body.starts_with("\u99D0") || m.body.starts_with("\u5728"))) continue;
            // the bracket the mention is in: an opening one before it on its line, not closed before it
            std::size_t open = std::string::npos;
            for (std::size_t q = m.begin; q > 0 && m.begin - q < 900;) {
                --q;
                const char c = text_[q];
                if (c == '\n' || c == ')') break;
                if (c == '(') {
                    open = q;
                    break;
                }
                if (q >= 2 && text_.compare(q - 2, 3, "\uFF09") == 0) break;  // ）
                if (q >= 2 && text_.compare(q - 2, 3, "\uFF08") == 0) {       // （
                    open = q - 2;
                    break;
                }
            }
            if (open == std::string::npos) continue;
            const std::string_view inside = std::string_view(text_).substr(open, m.begin - open);
            const std::size_t theirs = inside.rfind("\u5148\u65B9");                                // 先方
            const std::size_t ours = std::max(inside.rfind("\u6211\u304C\u65B9") + 1, inside.rfind("\u5F53\u65B9") + 1);  // 我が方 当方
            std::string country;
            if (ours != 0 && (theirs == std::string_view::npos || ours - 1 > theirs)) {
                country = "Japan";
            } else if (theirs != std::string_view::npos) {
                for (const JaMention& f : ms)
                    if (f.end <= open && f.entity != m.entity)
                        if (std::string c = country_of_body(f); !c.empty() && c != "Japan") country = c;
            }
            if (country.empty()) continue;
            add_relation(RelationType::Role, m.entity, entity_of(EntityType::Country, country), sentence_of(m.begin),
                         "ja-side-listing", 0.7, {{"title", m.body + m.office}});
        }
    }
    // A title that names a meeting ("…大使との昼食会") makes the first clause with a subject its
    // meeting, even where the clause is cut before its verb.
    bool titled = false;
    {
        std::size_t lines = 0, q = 0;
        for (; q < cps.size() && lines < 4; ++q)
            if (cps[q].c == '\n') ++lines;
        const std::string head = str(0, q);
        for (const std::string& w : words("meeting-word"))
            if (head.find(w) != std::string::npos) titled = true;
    }
    // "G7外相会合に出席するため訪日中のA…": the event someone came to attend, not the meeting's own
    // ("ASEAN関連首脳会議出席のため…訪問中の野田総理大臣は": 出席 right after it too)
    // "日露首脳会談の他、日EU首脳会談及び日印首脳会談に同席しました": sat in at each meeting of a list
    // that ends in 出席 or 同席 (ja-attended-list)
    auto to_attend = [&](const JaEvent& first) {
        const JaEvent* ev = &first;
        for (int listed = 0; listed <= 12; ++listed) {
            const std::size_t at = ev->last < cps.size() && cps[ev->last].c == 0x306B ? ev->last + 1 : ev->last;  // に
            if (at + 1 < cps.size() && (cps[at].c == 0x51FA || cps[at].c == 0x540C) && cps[at + 1].c == 0x5E2D)  // 出席 同席
                return true;
            // (the news's "…に参加した", "…に臨んだ": after に only)
            if (at > ev->last && at + 1 < cps.size() &&
                ((cps[at].c == 0x53C2 && cps[at + 1].c == 0x52A0) || (cps[at].c == 0x81E8 && cps[at + 1].c == 0x3093)))  // 参加 臨ん
                return true;
            std::size_t q = ev->last;  // past what joins the list: 、 ， 及び 並びに の他、 ほか、
            for (const char* sep : {"\u306E\u4ED6\u3001", "\u306E\u307B\u304B\u3001", "\u3001", "\uFF0C", "\u53CA\u3073",
                                    "\u4E26\u3073\u306B"})
                if (q < cps.size() && text_.compare(cps[q].begin, std::strlen(sep), sep) == 0) {
                    const std::size_t e = cps[q].begin + std::strlen(sep);
                    while (q < cps.size() && cps[q].begin < e) ++q;
                    break;
                }
            if (q == ev->last) return false;
            const auto next = std::find_if(evs.begin(), evs.end(), [&](const JaEvent& n) { return n.first == q && n.meeting; });
            if (next == evs.end()) return false;
            ev = &*next;
        }
        return false;
    };
    // The day a clause [from, to) gives: "本18日" / "25日" in the release's month, "4月10日" in its
    // year, "昨年7月12日" last year's; empty for none (or no release date to complete it).
    // the month of the nearest "N月D日" before code point `at`, not a calendar date with its year
    // (the release's own date line); 0 for none
    auto month_before = [&](std::size_t at) -> int {
        for (std::size_t q = at; q-- > 1;) {
            if (cps[q].c != 0x6708 || !ascii_digit(cps[q - 1].c) || q + 1 >= cps.size() || !ascii_digit(cps[q + 1].c))
                continue;  // 月
            std::size_t r = q;
            while (r > 0 && ascii_digit(cps[r - 1].c) && q - r < 2) --r;
            if (r > 0 && cps[r - 1].c == 0x5E74) continue;  // 年
            int v = 0;
            for (std::size_t x = r; x < q; ++x) v = v * 10 + static_cast<int>(cps[x].c >= 0xFF10 ? cps[x].c - 0xFF10 : cps[x].c - '0');
            return v >= 1 && v <= 12 ? v : 0;
        }
        return 0;
    };
    auto day_in = [&](std::size_t from, std::size_t to) -> std::string {
        auto number_before = [&](std::size_t at, int& value) {  // digits ending right before `at`
            std::size_t r = at;
            while (r > from && ascii_digit(cps[r - 1].c)) --r;
            value = 0;
            for (std::size_t q = r; q < at; ++q)
                value = value * 10 + static_cast<int>(cps[q].c >= 0xFF10 ? cps[q].c - 0xFF10 : cps[q].c - '0');
            return r;
        };
        for (std::size_t q = from + 1; q < to && doc_date_.size() >= 10; ++q) {
            if (cps[q].c != 0x65E5 || !ascii_digit(cps[q - 1].c)) continue;  // 日
            int day = 0, month = 0;
            const std::size_t r = number_before(q, day);
            std::size_t month_at = r;  // where the month's digits begin
            if (r > from && cps[r - 1].c == 0x6708 && r - 1 > from && ascii_digit(cps[r - 2].c))  // 月
                month_at = number_before(r - 1, month);
            if (r > from && cps[r - 1].c == 0x5E74) break;  // a year: a calendar date the date stage reads
            if (day < 1 || day > 31 || month > 12) break;
            char buf[16];
            int year = std::stoi(doc_date_.substr(0, 4));
            const int doc_month = std::stoi(doc_date_.substr(5, 2)), doc_day = std::stoi(doc_date_.substr(8, 2));
            if (month == 0) {
                // a day alone: in the month of the nearest month and day told before it ("2月25日から
                // 2月27日まで…訪問" … "26日、…表敬"), else in the release's month, or the month before
                // when that day is still to come (ja-day-month)
                month = month_before(r);
                if (month > doc_month) --year;
                if (month == 0) {
                    month = doc_month;
                    if (day > doc_day && --month == 0) {
                        month = 12;
                        --year;
                    }
                }
            }
            std::snprintf(buf, sizeof buf, "-%02d-%02d", month, day);
            const bool last_year = month_at < r && month_at >= from + 2 && cps[month_at - 2].c == 0x6628 &&  // 昨
                                   cps[month_at - 1].c == 0x5E74;                                           // 年
            return std::to_string(last_year ? year - 1 : year) + buf;
        }
        return {};
    };
    const std::size_t relations_before = out_.relations.size();
    std::size_t last_meeting = kNone;
    bool lead_meeting_done = false;
    bool lead_seen = false;
    // the one the release is about: the first person its lead marks by は (ja-heading-counterpart)
    const JaMention* principal = nullptr;
    // the day the last heading gave ("(2)ビショップ外務大臣表敬(16日,於シドニー)"): the day of the
    // section's meetings that give none of their own (ja-section-day)
    std::string section_day;
    std::string lead_day;  // the day the lead clause gives
    bool attendee_list = false;
    std::vector<std::size_t> attendees;
    std::size_t attendee_sentence = 0;
    // every two of a meeting's people met (the meeting out_.meetings[meeting])
    const auto all_met = [&](const std::vector<std::size_t>& people, std::size_t s, const char* rule, double confidence,
                             MeetingMode mode, std::size_t meeting, const std::string& date) {
        for (std::size_t x = 0; x < people.size(); ++x)
            for (std::size_t y = x + 1; y < people.size(); ++y)
                add_relation(RelationType::Met, people[x], people[y], s, rule, confidence,
                             {{"mode", std::string(to_string(mode))}, {"meeting", std::to_string(meeting)}}, date);
    };
    const auto close_attendees = [&] {
        if (attendees.empty() || !principal) return;
        Meeting* mt = nullptr;
        if (last_meeting != kNone &&
            std::count(out_.meetings[last_meeting].participants.begin(), out_.meetings[last_meeting].participants.end(),
                       principal->entity))
            mt = &out_.meetings[last_meeting];
        if (!mt) {
            Meeting m;
            m.participants = {principal->entity};
            m.date = lead_day.empty() ? doc_date_ : lead_day;
            m.cameo = "040";
            m.plover_mode = "meet";
            m.evidence.push_back(evidence(attendee_sentence, "ja-attendee-list", 0.75));
            out_.meetings.push_back(m);
            last_meeting = out_.meetings.size() - 1;
            mt = &out_.meetings.back();
        }
        for (std::size_t e : attendees)
            if (std::find(mt->participants.begin(), mt->participants.end(), e) == mt->participants.end())
                mt->participants.push_back(e);
        std::sort(mt->participants.begin(), mt->participants.end());
        const std::vector<std::size_t> people = mt->participants;
        const std::string date = mt->date;
        const std::optional<std::size_t> event = mt->parent_event;
        all_met(people, attendee_sentence, "ja-attendee-list", 0.75, mt->mode, last_meeting, date);
        // those listed attended the meeting's named event too, as its principals did ("日米首脳会談")
        if (event)
            for (std::size_t e : attendees) add_relation(RelationType::Attended, e, *event, attendee_sentence, "ja-attendee-list", 0.75);
        attendees.clear();
    };
    std::size_t seg = 0;
    std::size_t prev_seg = 0;  // where the last clause with text began
    while (seg < cps.size()) {
        std::size_t end = seg;
        while (end < cps.size() && cps[end].c != 0x3002 && cps[end].c != '\n') ++end;
        const std::string clause = str(seg, end);
        std::string rule;
        for (const std::string& w : words("meeting-word"))
            if (clause.find(w) != std::string::npos) rule = "ja-meeting";
        // "A及びBは、C及びDとの間で、日米安全保障協議委員会を開催した": a meeting held between them,
        // whatever its name
        // (or carried out: "Bとの間で、日韓局長協議を実施しました", "…の初会合を行いました", "…協議を行った")
        if (rule.empty() && clause.find("\u3068\u306E\u9593\u3067") != std::string::npos &&  // との間で
            (clause.find("\u958B\u50AC") != std::string::npos ||                               // 開催
             clause.find("\u5B9F\u65BD") != std::string::npos ||                               // 実施
             clause.find("\u884C\u3044") != std::string::npos ||                               // 行い
             clause.find("\u884C\u3063") != std::string::npos))                                // 行っ
            rule = "ja-meeting";
        // "日本側からA及びBが，米国側からC及びDが出席しました": the delegations of both sides met, at
        // the meeting the clause names ("第15回日米安全保障協議委員会が開催され")
        // (a clause that goes on to tell what they did, "…が出席し、…意見交換を行いました", too)
        if ((rule.empty() || rule == "ja-meeting") && clause.find("\u51FA\u5E2D") != std::string::npos) {  // 出席
            // (a side is "…側から" or a country's "日本から、…中国から": ja-sides-by-country)
            std::size_t sides = 0;
            for (std::size_t at = clause.find("\u304B\u3089"); at != std::string::npos;  // から
                 at = clause.find("\u304B\u3089", at + 1)) {
                const std::string_view before = std::string_view(clause).substr(0, at);
                bool side = before.ends_with("\u5074") || before.ends_with("\u65E5\u672C") ||  // 側, 日本
                            before.ends_with("\u6211\u304C\u56FD") || before.ends_with("\u6211\u56FD") ||  // 我が国, 我国
                            before.ends_with("\u5F53\u65B9") || before.ends_with("\u5148\u65B9");  // 当方, 先方
                for (const auto& [form, name] : gaz_.ja_countries) side = side || before.ends_with(form);
                if (side) ++sides;
            }
            std::vector<std::size_t> people;
            for (const JaMention& m : ms)
                if (m.cp_end > seg && m.cp_end <= end &&
                    std::find(people.begin(), people.end(), m.entity) == people.end())
                    people.push_back(m.entity);
            std::size_t event = kNone;
            for (const JaEvent& ev : evs)
                if (ev.meeting && ev.first >= seg && ev.last <= end && event == kNone) event = ev.entity;
            // (or the clause before, that said it was held: "第24回日豪外務次官協議が開催されました。日本側からは…")
            if (event == kNone && prev_seg < seg && str(prev_seg, seg).find("\u958B\u50AC") != std::string::npos)
                for (const JaEvent& ev : evs)
                    if (ev.meeting && ev.first >= prev_seg && ev.last <= seg && event == kNone) event = ev.entity;
            // (no meeting named and one told before: "…会談を行いました。日本側からA局長ほか、カナダ側から
            // B大使ほかが出席しました" are at that one)
            if (sides >= 2 && people.size() >= 2 && !(event == kNone && last_meeting != kNone)) {
                std::sort(people.begin(), people.end());
                const std::size_t s = sentence_of(cps[seg].begin);
                Meeting m;
                m.participants = people;
                // the day of the clause, or of the one before that named the meeting ("現地時間5月15日、
                // …第24回日豪外務次官協議が開催されました。日本側からは…が出席しました")
                m.date = day_in(seg, end);
                if (m.date.empty() && prev_seg < seg) m.date = day_in(prev_seg, seg);
                if (m.date.empty()) m.date = doc_date_;
                m.cameo = "040";
                m.plover_mode = "meet";
                m.evidence.push_back(evidence(s, "ja-delegations", 0.8));
                if (event != kNone) m.parent_event = event;
                out_.meetings.push_back(m);
                last_meeting = out_.meetings.size() - 1;
                lead_meeting_done = true;
                for (std::size_t x = 0; x < people.size(); ++x) {
                    if (event != kNone) add_relation(RelationType::Attended, people[x], event, s, "ja-delegations", 0.75);
                    for (std::size_t y = x + 1; y < people.size(); ++y)
                        add_relation(RelationType::Met, people[x], people[y], s, "ja-delegations", 0.8,
                                     {{"mode", "in-person"}, {"meeting", std::to_string(last_meeting)}}, m.date);
                }
                if (end > seg) prev_seg = seg;
                seg = end + 1;
                continue;
            }
        }
        // "…のほか、A、B、Cが出席しました": people who attended the meeting reported before;
        // "本表敬には、日本側からA外務大臣が同席しました", "夕食会には、A及びBも同席し": people who
        // sat in on it, whatever meeting word the clause names it by
        const bool sat_in = clause.find("\u540C\u5E2D") != std::string::npos;  // 同席
        // (and not only in a bracket that lists who sat in: "AとBとの間で…会談が行われた(当方:C他、先方:D他
        // 同席)", ja-sat-in-bracket)
        bool sat_in_outside = false;
        for (std::size_t q = seg, depth = 0; q + 1 < end && !sat_in_outside; ++q) {
            if (cps[q].c == '(' || cps[q].c == 0xFF08) ++depth;
            else if ((cps[q].c == ')' || cps[q].c == 0xFF09) && depth > 0) --depth;
            else sat_in_outside = depth == 0 && cps[q].c == 0x540C && cps[q + 1].c == 0x5E2D;  // 同席
        }
        // "本会談には、トンガ側からA事務局長が出席しました": "this meeting" is the one told before
        bool this_meeting = false;
        if (clause.rfind("\u672C", 0) == 0)  // 本
            for (const std::string& w : words("meeting-word"))
                if (clause.compare(3, w.size(), w) == 0 && clause.compare(3 + w.size(), 3, "\u306B") == 0)  // に
                    this_meeting = true;
        // "(ア)リファーイ首相との会談においては,大野元裕参議院議員も同席し": the clause names a meeting
        // of its own, of the one the release is about and the counterpart, that those who sat in joined
        // (ja-sat-in-own-meeting)
        const JaMention* own = nullptr;
        if (sat_in && principal && !this_meeting)
            for (const JaMention& m : ms) {
                if (m.cp_end <= seg || m.cp_end >= end || m.entity == principal->entity) continue;
                for (const std::string& w : words("meeting-word"))
                    if (!own && m.cp_end + 2 < end && cps[m.cp_end].c == 0x3068 && cps[m.cp_end + 1].c == 0x306E &&  // との
                        text_.compare(cps[m.cp_end + 2].begin, w.size(), w) == 0)
                        own = &m;
                if (own) break;
            }
        if ((rule.empty() || sat_in || this_meeting) && (last_meeting != kNone || own) &&
            (sat_in || clause.find("\u51FA\u5E2D\u3057") != std::string::npos)) {  // 出席し: who attended, not "Xの出席を歓迎"
            bool subject = false;
            std::vector<std::size_t> joined;
            // (those named before the word: not "…同席し，菅総理大臣発リファーイ首相宛の親書を手交し")
            // (the last: "本会合には、加盟国の外相等が出席し、…からはA事務局長が出席しました")
            std::size_t mark = clause.rfind("\u540C\u5E2D");  // 同席
            if (mark == std::string::npos) mark = clause.rfind("\u51FA\u5E2D\u3057");  // 出席し
            mark = mark == std::string::npos ? text_.size() : cps[seg].begin + mark;
            for (const JaMention& m : ms) {
                if (m.cp_end <= seg || m.cp_end > end || m.end > mark) continue;
                if (m.cp_end < end && cps[m.cp_end].c == 0x306F) subject = true;  // は: a clause of its own
                if (&m != own) joined.push_back(m.entity);
            }
            if (!subject && !joined.empty() && own) {
                const std::size_t s = sentence_of(cps[seg].begin);
                Meeting m;
                m.participants = {principal->entity, own->entity};
                for (std::size_t e : joined)
                    if (std::find(m.participants.begin(), m.participants.end(), e) == m.participants.end())
                        m.participants.push_back(e);
                std::sort(m.participants.begin(), m.participants.end());
                m.date = day_in(seg, end);
                if (m.date.empty()) m.date = section_day;
                if (m.date.empty()) m.date = doc_date_;
                m.mode = clause.find("\u8868\u656C") != std::string::npos ? MeetingMode::CourtesyCall : MeetingMode::InPerson;
                m.cameo = "040";
                m.plover_mode = "meet";
                m.evidence.push_back(evidence(s, "ja-sat-in-own-meeting", 0.75));
                out_.meetings.push_back(m);
                last_meeting = out_.meetings.size() - 1;
                all_met(m.participants, s, "ja-sat-in-own-meeting", 0.75, m.mode, last_meeting, m.date);
                rule.clear();
            } else if (!subject && !joined.empty() && last_meeting != kNone) {
                Meeting& mt = out_.meetings[last_meeting];
                const std::size_t s = sentence_of(cps[seg].begin);
                for (std::size_t e : joined)
                    if (std::find(mt.participants.begin(), mt.participants.end(), e) == mt.participants.end())
                        mt.participants.push_back(e);
                std::sort(mt.participants.begin(), mt.participants.end());
                // (those who sat in attended the meeting's event too: "本会談には、日本側からA局長が同席")
                // (not those at another part of it the clause names: "夕食会には、A夫人も同席し")
                bool other_part = false;
                if (mt.parent_event && !this_meeting)
                    for (const std::string& w : words("meeting-word"))
                        other_part = other_part || (clause.find(w) != std::string::npos &&
                                                    out_.entities[*mt.parent_event].name.find(w) == std::string::npos);
                if (mt.parent_event && !other_part)
                    for (std::size_t e : joined)
                        add_relation(RelationType::Attended, e, *mt.parent_event, s, "ja-attended-meeting", 0.7);
                const std::vector<std::size_t> people = mt.participants;
                for (std::size_t x = 0; x < people.size(); ++x)
                    for (std::size_t y = x + 1; y < people.size(); ++y)
                        add_relation(RelationType::Met, people[x], people[y], s, "ja-attended-meeting", 0.75,
                                     {{"mode", std::string(to_string(mt.mode))}, {"meeting", std::to_string(last_meeting)}},
                                     mt.date);
                if (sat_in || this_meeting) rule.clear();  // the clause adds to that meeting; it tells of no other
            }
        }
        bool lead = false;
        if (!lead_seen)
            for (const JaMention& m : ms)
                if (m.cp_end > seg && m.cp_end < end && cps[m.cp_end].c == 0x306F) {  // は
                    lead = true;
                    principal = &m;
                    break;
                }
        // "河野外務大臣の訪米" as the release's first line, a schedule of meetings after it: the one
        // whose journey the title names is the principal (ja-journey-title)
        if (!lead_seen && !lead && seg == 0)
            for (const JaMention& m : ms)
                if (m.cp_end > seg && m.cp_end + 2 < end && cps[m.cp_end].c == 0x306E &&  // の
                    (cps[m.cp_end + 1].c == 0x8A2A || text_.compare(cps[m.cp_end + 1].begin, 6, "\u51FA\u5F35") == 0 ||  // 訪 出張
                     text_.compare(cps[m.cp_end + 1].begin, 6, "\u5916\u904A") == 0)) {                                 // 外遊
                    lead = true;
                    principal = &m;
                    break;
                }
        if (lead) {
            lead_seen = true;
            lead_day = day_in(seg, end);
        }
        // a heading: a line of its own, no sentence ("2. ロバート・ゲイツ米国防長官との立ち話",
        // "(2)ビショップ外務大臣表敬(16日,於シドニー)")
        const bool heading_line = lead_seen && !lead && (seg == 0 || cps[seg - 1].c == '\n') &&
                             (end >= cps.size() || cps[end].c == '\n');
        // "1 出席者" and the table after it, a person a line ("(1) | A副大統領 | (ガーナ) |"): those
        // at the meeting the lead tells, or at one of the principal's with them (ja-attendee-list)
        if (attendee_list) {
            std::vector<std::size_t> listed_here;
            for (const JaMention& m : ms)
                if (m.cp_end > seg && m.cp_end <= end) listed_here.push_back(m.entity);
            if (!listed_here.empty() && clause.find("\u3002") == std::string::npos) {
                attendees.insert(attendees.end(), listed_here.begin(), listed_here.end());
                attendee_sentence = sentence_of(cps[seg].begin);
                prev_seg = seg;
                seg = end + 1;
                continue;
            }
            if (end > seg) {  // (a blank line goes on with the table)
                attendee_list = false;
                close_attendees();
            }
        }
        if (heading_line) {
            std::size_t q = seg;  // past the heading's number: "1 ", "(1)", "1."
            while (q < end && (ascii_digit(cps[q].c) || cps[q].c == '(' || cps[q].c == ')' || cps[q].c == 0xFF08 ||
                               cps[q].c == 0xFF09 || cps[q].c == '.' || cps[q].c == 0xFF0E || cps[q].c == ' ' ||
                               cps[q].c == 0x3000))
                ++q;
            // ("【同席者】", "(出席者)": the heading in brackets)
            std::size_t heading_end = end;
            if (q < end && cps[q].c == 0x3010) ++q;
            if (heading_end > q + 1 && (cps[heading_end - 1].c == 0x3011 || cps[heading_end - 1].c == ')' ||
                                        cps[heading_end - 1].c == 0xFF09))
                --heading_end;
            if (q < heading_end && one_of(str(q, heading_end), "attendee-heading")) {
                attendee_list = true;
                prev_seg = seg;
                seg = end + 1;
                continue;
            }
            // (not a span of days, "I カンボジア(2月22日~2月24日)": the section's meetings may be on any)
            const bool span = clause.find("\uFF5E") != std::string::npos || clause.find("\u301C") != std::string::npos ||
                              clause.find("~") != std::string::npos || clause.find("\u304B\u3089") != std::string::npos;  // から
            const std::string day = span ? std::string() : day_in(seg, end);
            if (!day.empty() || span) section_day = day;
        }
        if (rule.empty() && lead && titled) rule = "ja-titled-meeting";
        // "…との間で日米「2+2」を開催する予定です", "…会談を行うほか、…に出席する予定です": to come
        // (not "14日から予定されている…訪日のため訪日中の", a visit to come in a clause of the past)
        if (!rule.empty() &&
            (clause.find("\u4E88\u5B9A\u3067\u3059") != std::string::npos ||    // 予定です
             clause.find("\u4E88\u5B9A\u3067\u3042") != std::string::npos ||    // 予定である, 予定であり
             clause.ends_with("\u4E88\u5B9A")) &&                                 // …予定。
            clause.find("\u307E\u3057\u305F") == std::string::npos)              // ました
            rule.clear();
        if (!rule.empty()) {
            std::vector<const JaMention*> subjects, counterparts, listed;
            // counterparts with a meeting word of their own: "ボルド外務大臣との会談及びガンホヤグ外務副大臣
            // との昼食会" are two meetings, the two did not meet each other (ja-separate-meetings)
            std::vector<std::size_t> own_meeting;
            std::vector<std::size_t> apart;  // counterparts of a meeting before or after the clause's own
            for (const JaMention& m : ms) {
                if (m.cp_end <= seg || m.cp_end > end) continue;
                std::size_t q = m.cp_end;
                // は, or も ("自分(河野大臣)も"), after the name or its closing bracket
                {
                    const std::size_t r = q < end && (cps[q].c == ')' || cps[q].c == 0xFF09) ? q + 1 : q;
                    if (r < end && (cps[r].c == 0x306F || cps[r].c == 0x3082)) subjects.push_back(&m);
                    // a headline's "岸田首相、バイデン大統領と会談": the name that opens a line without a full
                    // stop, a comma after it (ja-headline-subject)
                    else if (r < end && (cps[r].c == 0x3001 || cps[r].c == 0xFF0C) && m.begin == cps[seg].begin &&
                             (end >= cps.size() || cps[end].c == '\n'))
                        subjects.push_back(&m);
                }
                // past a parenthesis: "（The Honorable ...）", or two: "（アラブ外交団長）（H.E. Mr. ...）"
                while (q < end && (cps[q].c == '(' || cps[q].c == 0xFF08)) {
                    int depth = 0;
                    for (; q < end; ++q) {
                        if (cps[q].c == '(' || cps[q].c == 0xFF08) ++depth;
                        if (cps[q].c == ')' || cps[q].c == 0xFF09) {
                            if (--depth == 0) {
                                ++q;
                                break;
                            }
                        }
                    }
                    // "…外務大臣（H.E. Mr. …）は": the subject, its Latin name between
                    if (q < end && (cps[q].c == 0x306F || cps[q].c == 0x3082) &&
                        std::find(subjects.begin(), subjects.end(), &m) == subjects.end())
                        subjects.push_back(&m);
                }
                // "欧州議会外務委員会一行(団長:A欧州議会議員(Mr. …))による表敬": the head of the party
                // named in its bracket stands for it (ja-party-head)
                if (q < end) {
                    const std::size_t at = cp_at(m.begin);
                    if (at >= 3 && (cps[at - 1].c == ':' || cps[at - 1].c == 0xFF1A) && cps[at - 3].c == 0x56E3 &&  // 団
                        cps[at - 2].c == 0x9577) {                                                                      // 長
                        int depth = 1;  // inside the party's bracket
                        std::size_t r = q;
                        for (; r < end && depth > 0; ++r) {
                            if (cps[r].c == '(' || cps[r].c == 0xFF08) ++depth;
                            if (cps[r].c == ')' || cps[r].c == 0xFF09) --depth;
                        }
                        if (depth == 0) q = r;
                    }
                }
                // "…国務長官夫妻を招いて", "…大統領一行と": the spouse or party goes with the person
                if (q + 1 < end && ((cps[q].c == 0x592B && cps[q + 1].c == 0x59BB) ||   // 夫妻
                                    (cps[q].c == 0x4E00 && cps[q + 1].c == 0x884C)))    // 一行
                    q += 2;
                // "…長崎市長等と意見交換", "…下院議員等による表敬": the last of a list, and others
                // ("…外務協力副大臣他と会談し": 他, and others, the same)
                else if (q + 1 < end && (cps[q].c == 0x7B49 || cps[q].c == 0x4ED6) && cps[q + 1].c >= 0x3041 &&
                         cps[q + 1].c <= 0x309F)  // 等, 他
                    ++q;
                // と, の; を: "安倍総理大臣を表敬", "…大使を迎えて昼食会", "…外務相を招いて夕食会"
                // による: "…副部長による表敬を受けた"
                const bool niyoru = q + 2 < end && cps[q].c == 0x306B && cps[q + 1].c == 0x3088 && cps[q + 2].c == 0x308B;
                // の only before the meeting it names ("…副部長の表敬を受けた"), not "…総理大臣のインドネシア訪問"
                bool no_meeting = false;
                if (q + 1 < end && cps[q].c == 0x306E)
                    for (const std::string& w : words("meeting-word"))
                        no_meeting = no_meeting || text_.compare(cps[q + 1].begin, w.size(), w) == 0;
                // "…外務大臣への表敬": a call on the person (ja-heading-counterpart); in a heading,
                // the meeting word right after the office: "(2)ビショップ外務大臣表敬(16日,…)"
                // "ガンホヤグ外務副大臣主催の昼食会": the host of the meal or meeting (ja-hosted-by)
                bool he_no = false, bare = false, to_no = false, hosted = false;
                for (const std::string& w : words("meeting-word")) {
                    he_no = he_no || (q + 2 < end && cps[q].c == 0x3078 && cps[q + 1].c == 0x306E &&  // への
                                      text_.compare(cps[q + 2].begin, w.size(), w) == 0);
                    to_no = to_no || (q + 2 < end && cps[q].c == 0x3068 && cps[q + 1].c == 0x306E &&  // との
                                      text_.compare(cps[q + 2].begin, w.size(), w) == 0);
                    hosted = hosted || (q + 3 < end && cps[q].c == 0x4E3B && cps[q + 1].c == 0x50AC &&  // 主催
                                        cps[q + 2].c == 0x306E && text_.compare(cps[q + 3].begin, w.size(), w) == 0);
                    bare = bare || (heading_line && q < end && text_.compare(cps[q].begin, w.size(), w) == 0);
                }
                // "…大使の招待の下,昼食を交えて意見交換を行いました": at the invitation of (ja-hosted-by)
                if (q + 2 < end && cps[q].c == 0x306E && cps[q + 1].c == 0x62DB && cps[q + 2].c == 0x5F85)  // の招待
                    hosted = true;
                if (he_no || bare || to_no || hosted) own_meeting.push_back(m.entity);
                // "岩屋氏は李氏との面会後、王毅外相と会談した": a meeting of its own before or after the
                // clause's other one (後, 前, に先立ち); its counterpart met no one else of the clause
                // (ja-meeting-before-after)
                if (to_no)
                    for (const std::string& w : words("meeting-word")) {
                        if (text_.compare(cps[q + 2].begin, w.size(), w) != 0) continue;
                        const std::size_t after_word = cps[q + 2].begin + w.size();
                        for (const char* mark : {"後", "前", "の後", "の前", "に先立"})  // 後 前 の後 の前 に先立
                            if (text_.compare(after_word, std::strlen(mark), mark) == 0) apart.push_back(m.entity);
                        break;
                    }
                if (q < end && (cps[q].c == 0x3068 || no_meeting || cps[q].c == 0x3092 || niyoru || he_no || bare || hosted))
                    counterparts.push_back(&m);
                // "A大統領及びB外務大臣と", "A、B及びCとの": one of a list that ends in a counterpart
                else if (q < end && (cps[q].c == 0x53CA || cps[q].c == 0x3001 || cps[q].c == 0xFF0C || cps[q].c == ','))
                    listed.push_back(&m);
            }
            // "岸田総理大臣とストルテンベルグ事務総長との会談": a meeting of two named as a noun,
            // recalled in a clause whose subject is no one named ("両者は、…を想起し")
            // (a sentence, not the title line that names the release's own meeting so)
            if (subjects.empty() && counterparts.size() >= 2 && end < cps.size() && cps[end].c == 0x3002) {
                const JaMention* first = counterparts[0];
                const JaMention* second = counterparts[1];
                const std::size_t q1 = first->cp_end, q2 = second->cp_end;
                const bool to_only = q1 + 1 < end && cps[q1].c == 0x3068 && cps[q1 + 1].c != 0x306E;  // と, not との
                const bool to_no = q2 + 1 < end && cps[q2].c == 0x3068 && cps[q2 + 1].c == 0x306E;    // との
                bool noun = false;
                // (the meeting may be named by the pair first: "…国家主席との日中首脳会談")
                if (to_only && to_no && second->begin == cps[q1 + 1].begin)
                    for (std::size_t c = q2 + 1; c < end && c <= q2 + 9 && !noun; ++c) {
                        for (const std::string& w : words("meeting-word"))
                            noun = noun || text_.compare(cps[c].end, w.size(), w) == 0;
                        if (c + 1 >= end || !(kanji(cps[c + 1].c) || katakana(cps[c + 1].c) || middle_dot(cps[c + 1].c)))
                            break;
                    }
                if (noun) {
                    subjects.push_back(first);
                    counterparts.erase(counterparts.begin());
                }
            }
            // "安倍晋三内閣総理大臣と,習近平国家主席との間で,…夕食会が開催された": a meeting held between
            // the pair joined by と before との間で, no subject marked (ja-between-pair)
            if (subjects.empty() && counterparts.size() >= 2 && !sat_in_outside) {
                const std::size_t q = counterparts.back()->cp_end;
                if (q + 3 < end && cps[q].c == 0x3068 && cps[q + 1].c == 0x306E && cps[q + 2].c == 0x9593 &&  // との間
                    (cps[q + 3].c == 0x3067 || cps[q + 3].c == 0x306E)) {                                         // で, の
                    subjects.push_back(counterparts.front());
                    counterparts.erase(counterparts.begin());
                }
            }
            // "…岸田総理大臣がニューデリーを訪問し、モディ首相との間で日印首脳会談を行ったこと": a subject
            // marked by が in a clause recalled, when none is marked by は
            if (subjects.empty() && !counterparts.empty() && !sat_in)
                for (const JaMention& m : ms) {
                    if (m.cp_end <= seg || m.cp_end >= counterparts.front()->cp_end) continue;
                    if (cps[m.cp_end].c == 0x304C &&  // が
                        std::find(counterparts.begin(), counterparts.end(), &m) == counterparts.end()) {
                        subjects.push_back(&m);
                        break;
                    }
                }
            // "石破茂内閣総理大臣とルーラ大統領が…首脳会談を行い": a pair joined by と, marked by が
            if (subjects.empty() && counterparts.size() == 1 && !sat_in) {
                const std::size_t to = counterparts.front()->cp_end;  // と
                for (const JaMention& m : ms)
                    if (to + 1 < cps.size() && m.begin == cps[to + 1].begin && m.cp_end < end &&
                        cps[m.cp_end].c == 0x304C) {  // が
                        subjects.push_back(&m);
                        break;
                    }
            }
            // "15日、…ボルド外務大臣と会談を行いました": after the lead, a clause that marks no subject
            // (no は or が anywhere before its counterpart) tells of the one the release is about
            // (ja-implied-principal)
            if (subjects.empty() && !counterparts.empty() && !heading_line && !lead && principal && !sat_in &&
                !this_meeting && cps[seg].begin > principal->end &&
                std::none_of(counterparts.begin(), counterparts.end(),
                             [&](const JaMention* c) { return c->entity == principal->entity; })) {
                bool marked = false;
                // (not "アンゴラでは", "会談には": a place or an occasion)
                for (std::size_t q = seg; q < end && cps[q].begin < counterparts.front()->begin && !marked; ++q)
                    marked = (cps[q].c == 0x306F && !(q > seg && (cps[q - 1].c == 0x3067 || cps[q - 1].c == 0x306B))) ||
                             cps[q].c == 0x304C;  // は, が
                // (a meeting word after the counterpart, "…と会談を行いました"; not "…会合で岸田文雄外務大臣と共に
                // 共同議長を務めた", someone one acted together with)
                const std::size_t after = counterparts.back()->end;
                bool told = false;
                const std::string_view rest = std::string_view(text_).substr(after, cps[end - 1].end - after);
                for (const std::string& w : words("meeting-word")) told = told || rest.find(w) != std::string_view::npos;
                const JaMention* c = counterparts.back();
                bool together = c->cp_end + 2 < end && cps[c->cp_end].c == 0x3068 &&                  // と
                                (cps[c->cp_end + 1].c == 0x5171 || (cps[c->cp_end + 1].c == 0x3068 &&  // 共, とも
                                                                   cps[c->cp_end + 2].c == 0x3082));
                // ("A、Bとともに朝食会に出席しました": a meal or meeting held together is one they sat at)
                if (together) {
                    std::size_t q = c->cp_end + (cps[c->cp_end + 1].c == 0x5171 ? 3 : 4);  // past と共に, とともに
                    if (q < end && (cps[q].c == 0x3001 || cps[q].c == 0xFF0C)) ++q;      // 、 ，
                    if (q < end)
                        for (const std::string& w : words("meeting-word"))
                            if (text_.compare(cps[q].begin, w.size(), w) == 0) together = false;
                }
                if (!marked && told && !together) {
                    subjects.push_back(principal);
                    rule = "ja-implied-principal";
                }
            }
            // "(1)テオ・チーヒン国防相との会談(国防省 16時00分~16時40分)", "- ライアン・ビクトリア州副首相
            // との懇談": a heading names a meeting of the one the release is about (ja-heading-counterpart)
            if (subjects.empty() && !counterparts.empty() && heading_line && principal && !sat_in &&
                std::none_of(counterparts.begin(), counterparts.end(),
                             [&](const JaMention* c) { return c->entity == principal->entity; })) {
                subjects.push_back(principal);
                rule = "ja-heading-counterpart";
            }
            // a lead clause cut before its verb: everyone listed after the subject
            if (rule == "ja-titled-meeting" && counterparts.empty() && !subjects.empty())
                for (const JaMention* l : listed)
                    if (l->cp_end > subjects.front()->cp_end) counterparts.push_back(l);
            if (!counterparts.empty()) {
                const std::size_t last_end = counterparts.back()->cp_end;  // before the list grows it
                for (const JaMention* l : listed)
                    if (l->cp_end < last_end &&
                        std::find(subjects.begin(), subjects.end(), l) == subjects.end())
                        counterparts.push_back(l);
            }
            MeetingMode mode = MeetingMode::InPerson;
            for (const std::string& w : words("phone-word"))
                if (clause.find(w) != std::string::npos) mode = MeetingMode::Telephone;
            for (const std::string& w : words("video-word"))
                if (clause.find(w) != std::string::npos) mode = MeetingMode::Video;
            if (clause.find("\u8868\u656C") != std::string::npos && mode == MeetingMode::InPerson)
                mode = MeetingMode::CourtesyCall;  // 表敬
            // the day: "本18日" / "25日" in the release's month, "4月10日" in its year; otherwise
            // the release's date ("現地時間4月3日" comes first, so the local date wins)
            std::string date = day_in(seg, end);
            // "同日午後、…を表敬しました": the day of the meeting told before
            if (date.empty() && last_meeting != kNone && clause.find("\u540C\u65E5") != std::string::npos)  // 同日
                date = out_.meetings[last_meeting].date;
            // ("昨年11月には…首脳会談を行い": another time, no day given - no date rather than the release's)
            bool another_time = clause.find("\u6628\u5E74") != std::string::npos ||  // 昨年
                                clause.find("\u5148\u6708") != std::string::npos;    // 先月
            for (std::size_t q = seg + 1; q < end && !another_time; ++q)
                if (cps[q].c == 0x6708 && ascii_digit(cps[q - 1].c) && !(q + 1 < end && ascii_digit(cps[q + 1].c)))  // 月
                    another_time = true;
            // ("1979年には…首脳会談": a year other than the release's, no day given)
            for (std::size_t q = seg + 4; q < end && !another_time; ++q)
                if (cps[q].c == 0x5E74 && ascii_digit(cps[q - 1].c) && ascii_digit(cps[q - 2].c) &&  // 年
                    ascii_digit(cps[q - 3].c) && ascii_digit(cps[q - 4].c) && !(q > seg + 4 && ascii_digit(cps[q - 5].c))) {
                    const auto digit = [](char32_t c) { return static_cast<int>(c >= 0xFF10 ? c - 0xFF10 : c - '0'); };
                    const int year = digit(cps[q - 4].c) * 1000 + digit(cps[q - 3].c) * 100 + digit(cps[q - 2].c) * 10 +
                                     digit(cps[q - 1].c);
                    another_time = doc_date_.size() >= 4 && year != std::atoi(doc_date_.substr(0, 4).c_str());
                }
            // ("…が会談を行っている様子": a photo's caption, dated by the meeting the body tells)
            const bool caption = clause.ends_with("\u69D8\u5B50");  // 様子
            if (date.empty() && !another_time && !caption && !section_day.empty()) date = section_day;
            // (a heading of an overview, "- ビショップ外務大臣への表敬", gives no day: the section that
            // tells the meeting may; the release's date only when none does, after the last clause)
            if (date.empty() && !another_time && !caption && rule != "ja-heading-counterpart") date = doc_date_;
            const std::size_t s = sentence_of(cps[seg].begin);
            // one meeting of the subject and every counterpart: each pair of them met
            std::vector<std::size_t> people;
            for (const auto* list : {&subjects, &counterparts})
                for (const JaMention* m : *list)
                    if (std::find(people.begin(), people.end(), m->entity) == people.end()) people.push_back(m->entity);
            // "…と会談した(先方:A国務長官, B補佐官ほか,当方:C大臣ほか同席)": those a bracket of the
            // clause says sat in were at the meeting too (ja-sat-in-bracket)
            std::vector<std::size_t> sat_in_bracket;
            for (std::size_t q = seg; q < end; ++q) {
                if (cps[q].c != '(' && cps[q].c != 0xFF08) continue;
                std::size_t close = q + 1;
                while (close < end && cps[close].c != ')' && cps[close].c != 0xFF09) ++close;
                if (close >= end) break;
                if (str(q, close).find("\u540C\u5E2D") != std::string::npos)  // 同席
                    for (const JaMention& x : ms)
                        if (x.begin > cps[q].begin && x.cp_end <= close &&
                            std::find(people.begin(), people.end(), x.entity) == people.end()) {
                            people.push_back(x.entity);
                            sat_in_bracket.push_back(x.entity);
                        }
                q = close;
            }
            if (!subjects.empty() && !counterparts.empty() && people.size() >= 2) {
                std::sort(people.begin(), people.end());
                Meeting m;
                m.participants = people;
                m.date = date;
                m.mode = mode;
                m.cameo = mode == MeetingMode::Telephone || mode == MeetingMode::Video ? "041" : "040";
                m.plover_mode = mode == MeetingMode::Telephone || mode == MeetingMode::Video ? "phone" : "meet";
                m.evidence.push_back(evidence(s, rule, 0.8));
                // The meeting's event: named in its clause, or, for the lead meeting, above it (the
                // title or a caption, "日・ベトナム外相会談が行われている様子"). Those who held it
                // are the subjects and the counterparts named after any other meeting of the clause
                // ("安倍総理大臣を表敬するとともに、岸田外務大臣と日・イラン外相会談").
                // (not for a meeting only a heading or the release's subject makes: its own section's,
                // and one named in its clause only as where it was held, "…会議の際に", not as a topic,
                // "EPA交渉の進捗状況等につき")
                const bool implied = rule == "ja-implied-principal" || rule == "ja-heading-counterpart";
                const auto setting = [&](const JaEvent& ev) {
                    for (const char* w : {"\u306B\u304A\u3044\u3066", "\u306E\u969B", "\u306E\u6A5F\u4F1A",  // において の際 の機会
                                          "\u306B\u969B\u3057", "\u306E\u5834", "\u306E\u5408\u9593",      // に際し の場 の合間
                                          "\u306E\u50CD\u3089", "\u306E\u508D\u3089"})                          // の傍ら
                        if (ev.last < cps.size() && text_.compare(cps[ev.last].begin, std::strlen(w), w) == 0) return true;
                    return false;
                };
                const JaEvent* event = nullptr;
                for (const JaEvent& ev : evs)
                    if (ev.meeting && ev.first >= seg && ev.last <= end && !to_attend(ev) && (!implied || setting(ev)))
                        event = &ev;
                // (a heading or caption: a line without "。"; not a sentence of the body before,
                // "8月のNPT運用検討会議に自らが出席し、…")
                const auto heading = [&](const JaEvent& ev) {
                    std::size_t a = ev.first, b = ev.last;
                    while (a > 0 && cps[a - 1].c != '\n') --a;
                    while (b < cps.size() && cps[b].c != '\n') ++b;
                    for (std::size_t q = a; q < b; ++q)
                        if (cps[q].c == 0x3002) return false;
                    return true;
                };
                if (!event && !lead_meeting_done && !implied)
                    for (const JaEvent& ev : evs)
                        if (ev.meeting && ev.last <= seg && !to_attend(ev) && heading(ev)) {
                            event = &ev;
                            break;
                        }
                lead_meeting_done = true;
                std::vector<std::size_t> holders;
                if (event) {
                    m.parent_event = event->entity;
                    std::size_t after = cps[seg].begin;  // the end of the clause's last other meeting word
                    if (event->first >= seg)
                        for (const std::string& w : words("meeting-word"))
                            for (std::size_t at = text_.find(w, cps[seg].begin);
                                 at != std::string::npos && at + w.size() <= cps[event->first].begin;
                                 at = text_.find(w, at + 1))
                                after = std::max(after, at + w.size());
                    for (const JaMention* x : subjects) holders.push_back(x->entity);
                    for (const JaMention* x : counterparts)
                        if (x->begin >= after) holders.push_back(x->entity);
                    holders.insert(holders.end(), sat_in_bracket.begin(), sat_in_bracket.end());
                }
                out_.meetings.push_back(m);
                last_meeting = out_.meetings.size() - 1;
                for (std::size_t who : holders)
                    add_relation(RelationType::Attended, who, event->entity, s, "ja-meeting-event", 0.75);
                // "AはB総理大臣を表敬したほか、C副大臣との間で意見交換を行いました": two meetings of A's;
                // B and C, on either side of "ほか、", did not meet each other
                std::size_t besides = std::string::npos;
                // ("Aとの間で会談を行うとともに、B首相と会談を行った": the same, ja-separate-meetings)
                for (const char* mark : {"\u307B\u304B\u3001", "\u307B\u304B\uFF0C",                // ほか、 ほか，
                                         "\u4ED6\u3001", "\u4ED6\uFF0C",                                // 他、 他，
                                         "\u3068\u3068\u3082\u306B\u3001", "\u3068\u3068\u3082\u306B\uFF0C"})  // とともに、 ，
                    if (const std::size_t at = clause.find(mark); at != std::string::npos)
                        besides = std::min(besides, cps[seg].begin + at);  // (the first of them)
                const auto side = [&](std::size_t who) {
                    for (const JaMention* c : counterparts)
                        if (c->entity == who && std::find_if(subjects.begin(), subjects.end(), [&](const JaMention* x) {
                                                    return x->entity == who;
                                                }) == subjects.end())
                            return c->begin < besides ? 1 : 2;
                    return 0;  // a subject
                };
                // "A及びBをそれぞれ表敬しました": a call on each; A and B did not meet each other
                // ("A及びB事務総長との各会談において": each of them, the same)
                const bool each = clause.find("\u305D\u308C\u305E\u308C") != std::string::npos ||  // それぞれ
                                  clause.find("\u3068\u306E\u5404") != std::string::npos;            // との各
                for (std::size_t x = 0; x < people.size(); ++x)
                    for (std::size_t y = x + 1; y < people.size(); ++y) {
                        if (besides != std::string::npos && side(people[x]) && side(people[y]) &&
                            side(people[x]) != side(people[y]))
                            continue;
                        if (each && side(people[x]) && side(people[y])) continue;
                        if (side(people[x]) && side(people[y]) &&
                            (std::count(apart.begin(), apart.end(), people[x]) ||
                             std::count(apart.begin(), apart.end(), people[y])))
                            continue;
                        if (own_meeting.size() >= 2 && side(people[x]) && side(people[y]) &&
                            std::count(own_meeting.begin(), own_meeting.end(), people[x]) &&
                            std::count(own_meeting.begin(), own_meeting.end(), people[y]))
                            continue;
                        add_relation(RelationType::Met, people[x], people[y], s, rule, 0.8,
                                     {{"mode", std::string(to_string(mode))},
                                      {"meeting", std::to_string(out_.meetings.size() - 1)}},
                                     date);
                    }
            }
        }
        // "G7外相会合に出席するため訪日中のA", "…に出席するため…を訪問中のB外務大臣は": the person
        // after the event attended it
        // "林外務大臣は，ASEAN関連外相会議に出席しました": else the clause's subject before it
        for (const JaEvent& ev : evs) {
            if (!ev.meeting || ev.first < seg || ev.last > end || !to_attend(ev)) continue;
            std::size_t who = kNone;
            // (the person after the event came to attend it: "…に出席するため訪日中のA", "…出席のため…中のB";
            // not "…に出席した後、A大統領と会談した", someone met after)
            bool came = false;
            for (std::size_t q = ev.last; q < end && q < ev.last + 6 && !came; ++q)
                came = text_.compare(cps[q].begin, 6, "\u305F\u3081") == 0;  // ため
            for (const JaMention& m : ms)
                if (came && m.begin >= cps[ev.last].begin && m.cp_end <= end) {
                    who = m.entity;
                    break;
                }
            if (who == kNone)
                for (const JaMention& m : ms)
                    if (m.cp_end > seg && m.cp_end <= ev.first && m.cp_end < cps.size() &&
                        (cps[m.cp_end].c == 0x306F || cps[m.cp_end].c == 0x3082))  // は, も
                        who = m.entity;
            // ("…に同席しました" with no one named before it: the release's principal, its subject left
            // out as the house style does)
            if (who == kNone && principal &&
                std::none_of(ms.begin(), ms.end(), [&](const JaMention& m) { return m.cp_end > seg && m.begin < cps[ev.first].begin; }))
                who = principal->entity;
            if (who != kNone)
                add_relation(RelationType::Attended, who, ev.entity, sentence_of(cps[seg].begin), "ja-came-to-attend",
                             0.75);
        }
        if (end > seg) prev_seg = seg;
        seg = end + 1;
    }
    close_attendees();
    // "…王毅外相と約30分間会談した。…日中外相会談は茂木氏の就任後初めて。": a named meeting that opens a
    // clause as its topic (は), after the release's one meeting of two, is that meeting; its two
    // people attended it (ja-named-meeting-topic)
    if (out_.meetings.size() == 1 && !out_.meetings[0].parent_event && out_.meetings[0].participants.size() == 2 &&
        !out_.meetings[0].evidence.empty()) {
        Meeting& mt = out_.meetings[0];
        const std::size_t meeting_end = mt.evidence.front().sentence.end;  // (a byte of the text)
        for (const JaEvent& ev : evs) {
            if (!ev.meeting || ev.last >= cps.size() || cps[ev.last].c != 0x306F) continue;  // は
            if (ev.first > 0 && !(cps[ev.first - 1].c == 0x3002 || cps[ev.first - 1].c == '\n')) continue;  // 。
            if (cps[ev.first].begin < meeting_end) continue;
            const std::size_t s = sentence_of(cps[ev.first].begin);
            mt.parent_event = ev.entity;
            for (std::size_t who : mt.participants) add_relation(RelationType::Attended, who, ev.entity, s, "ja-named-meeting-topic", 0.7);
            break;
        }
    }
    for (std::size_t r = relations_before; r < out_.relations.size(); ++r) {
        Relation& rel = out_.relations[r];
        if (rel.type == RelationType::Met && rel.date.empty() && rel.evidence.front().rule == "ja-heading-counterpart")
            rel.date = doc_date_;
    }
}

}  // namespace kg::extract::detail
