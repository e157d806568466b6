#include "extract/japanese_reading.h"

#include <dlfcn.h>
#include <mecab.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "model/error.h"

namespace kg::extract {

namespace {

// MeCab's library, opened when the first Japanese text is read (dlopen), not linked: loading and
// relocating it (a C++ library, bound to many symbols of libstdc++) was about 3 million
// instructions at every start of kg, two thirds of the dynamic loader's work, for English
// releases that never call it. Its two functions called by name (MeCab::createModel(const char*)
// and MeCab::getLastError(), by their Itanium C++ ABI names); the rest of its API is called
// through the model's, tagger's and lattice's virtual functions.
struct MeCabLibrary {
    MeCab::Model* (*create_model)(const char*) = nullptr;
    const char* (*last_error)() = nullptr;
    std::string error;  // why the library could not be opened
};

const MeCabLibrary& mecab_library() {
    static const MeCabLibrary lib = [] {
        MeCabLibrary l;
        void* handle = dlopen(KG_MECAB_SONAME, RTLD_NOW | RTLD_LOCAL);  // (never closed)
        if (!handle) {
            const char* why = dlerror();
            l.error = std::string("cannot load " KG_MECAB_SONAME ": ") + (why ? why : "unknown error");
            return l;
        }
        l.create_model = reinterpret_cast<MeCab::Model* (*)(const char*)>(dlsym(handle, "_ZN5MeCab11createModelEPKc"));
        l.last_error = reinterpret_cast<const char* (*)()>(dlsym(handle, "_ZN5MeCab12getLastErrorEv"));
        if (!l.create_model || !l.last_error) {
            l.create_model = nullptr;
            l.error = "no MeCab::createModel or MeCab::getLastError in " KG_MECAB_SONAME;
        }
        return l;
    }();
    return lib;
}

// One MeCab model for the process (its dictionary is loaded once); a tagger and lattice for
// each thread that reads Japanese, as MeCab's model is shared safely but a lattice is not.
MeCab::Model* loaded_model(std::string* why) {
    static std::once_flag once;
    static std::unique_ptr<MeCab::Model> m;
    static std::string error;
    std::call_once(once, [] {
        const MeCabLibrary& lib = mecab_library();
        if (!lib.create_model) {
            error = lib.error;
            return;
        }
        m.reset(lib.create_model(""));
        if (!m) error = lib.last_error();
    });
    if (why) *why = error;
    return m.get();
}

MeCab::Model& model() {
    std::string error;
    MeCab::Model* m = loaded_model(&error);
    if (!m)
        throw InputError("cannot load MeCab's dictionary to read Japanese releases (Debian packages libmecab2 and "
                         "mecab-ipadic-utf8): " + error);
    return *m;
}

struct ThreadTagger {
    std::unique_ptr<MeCab::Tagger> tagger;
    std::unique_ptr<MeCab::Lattice> lattice;
};

ThreadTagger& thread_tagger() {
    thread_local ThreadTagger t;
    if (!t.tagger) {
        t.tagger.reset(model().createTagger());
        t.lattice.reset(model().createLattice());
    }
    return t;
}

// The comma-separated fields of a MeCab feature string.
std::vector<std::string_view> fields(std::string_view feature) {
    std::vector<std::string_view> out;
    for (std::size_t from = 0;;) {
        const std::size_t comma = feature.find(',', from);
        out.push_back(feature.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
        if (comma == std::string_view::npos) break;
        from = comma + 1;
    }
    return out;
}

MorphemeClass morpheme_class(const std::vector<std::string_view>& f) {
    auto at = [&](std::size_t i) { return i < f.size() ? f[i] : std::string_view(); };
    if (at(0) == "\u63A5\u982D\u8A5E") return MorphemeClass::Prefix;  // 接頭詞
    if (at(0) != "\u540D\u8A5E") return MorphemeClass::Other;           // 名詞
    const std::string_view kind = at(1), sub = at(2);
    if (kind == "\u56FA\u6709\u540D\u8A5E") {  // 固有名詞
        if (sub == "\u4EBA\u540D") return MorphemeClass::PersonName;                               // 人名
        if (sub == "\u5730\u57DF") return at(3) == "\u56FD" ? MorphemeClass::Country : MorphemeClass::Place;  // 地域, 国
        if (sub == "\u7D44\u7E54") return MorphemeClass::Organization;                             // 組織
        return MorphemeClass::Proper;
    }
    if (kind == "\u6570") return MorphemeClass::Number;  // 数
    if (kind == "\u526F\u8A5E\u53EF\u80FD" || kind == "\u975E\u81EA\u7ACB" || kind == "\u4EE3\u540D\u8A5E")  // 副詞可能 非自立 代名詞
        return MorphemeClass::Adverbial;
    if (kind == "\u63A5\u5C3E") {  // 接尾
        if (sub == "\u4EBA\u540D") return MorphemeClass::NameSuffix;
        if (sub == "\u526F\u8A5E\u53EF\u80FD" || sub == "\u52A9\u6570\u8A5E") return MorphemeClass::Adverbial;  // 副詞可能 助数詞
        return MorphemeClass::Suffix;
    }
    return MorphemeClass::Noun;
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

}  // namespace

std::vector<Morpheme> japanese_morphemes(std::string_view text) {
    ThreadTagger& t = thread_tagger();
    std::vector<Morpheme> out;
    // a line or a sentence at a time: short lattices, and no word across a line
    static constexpr std::string_view kFullStop = "\u3002";  // 。
    for (std::size_t from = 0; from < text.size();) {
        std::size_t to = std::min(text.find('\n', from), text.find(kFullStop, from));
        to = to == std::string_view::npos ? text.size() : to + (text[to] == '\n' ? 1 : kFullStop.size());
        t.lattice->set_sentence(text.data() + from, to - from);
        if (t.tagger->parse(t.lattice.get())) {
            const char* base = t.lattice->sentence();
            for (const MeCab::Node* n = t.lattice->bos_node(); n; n = n->next) {
                if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE || n->length == 0) continue;
                Morpheme m;
                m.begin = from + static_cast<std::size_t>(n->surface - base);
                m.end = m.begin + n->length;
                const std::vector<std::string_view> f = fields(n->feature);
                m.cls = morpheme_class(f);
                m.unknown = n->stat == MECAB_UNK_NODE;
                m.family = m.cls == MorphemeClass::PersonName && f.size() > 3 && f[3] == "\u59D3";  // 姓
                m.given = m.cls == MorphemeClass::PersonName && f.size() > 3 && f[3] == "\u540D";   // 名
                if (m.end <= to) out.push_back(m);
            }
        }
        from = to;
    }
    return out;
}

std::string reading_dictionary_identity() {
    const MeCab::Model* m = loaded_model(nullptr);
    if (!m) return {};
    std::string out;
    for (const MeCab::DictionaryInfo* d = m->dictionary_info(); d; d = d->next)
        out += std::string(d->filename ? d->filename : "") + ' ' + std::to_string(d->version) + ' ' +
               std::to_string(d->size) + '\n';
    return out;
}

std::string romanise(std::string_view katakana, const std::vector<std::pair<std::string, std::string>>& romaji) {
    static constexpr std::string_view kSokuon = "\u30C3";  // ッ
    static constexpr std::string_view kLong = "\u30FC";    // ー
    std::string out;
    bool doubled = false;
    for (std::size_t i = 0; i < katakana.size();) {
        if (katakana.substr(i, kSokuon.size()) == kSokuon) {
            doubled = true;
            i += kSokuon.size();
            continue;
        }
        if (katakana.substr(i, kLong.size()) == kLong) {  // a long vowel is written short
            i += kLong.size();
            continue;
        }
        bool found = false;
        for (const auto& [kana, letters] : romaji) {
            if (katakana.substr(i, kana.size()) != kana) continue;
            if (doubled) out += letters.rfind("ch", 0) == 0 ? 't' : letters[0];  // ッチ -> tch
            doubled = false;
            out += letters;
            i += kana.size();
            found = true;
            break;
        }
        if (!found) return {};
    }
    // long vowels written short: コウ -> ko, ユウ -> yu, オオ -> o
    std::string shortened;
    for (std::size_t i = 0; i < out.size(); ++i) {
        shortened += out[i];
        if (i + 1 < out.size() && ((out[i] == 'o' && (out[i + 1] == 'u' || out[i + 1] == 'o')) ||
                                   (out[i] == 'u' && out[i + 1] == 'u')))
            ++i;
    }
    return shortened;
}

std::optional<NameReading> read_japanese_name(std::string_view name,
                                              const std::vector<std::pair<std::string, std::string>>& romaji) {
    ThreadTagger& t = thread_tagger();
    const std::string text(name);
    t.lattice->set_sentence(text.c_str());
    if (!t.tagger->parse(t.lattice.get())) return std::nullopt;
    std::vector<std::vector<std::string_view>> parts;
    for (const MeCab::Node* n = t.lattice->bos_node(); n; n = n->next) {
        if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE) continue;
        parts.push_back(fields(n->feature));
    }
    // 名詞,固有名詞,人名,姓 then 名詞,固有名詞,人名,名, each with its reading (field 8)
    auto is = [&](const std::vector<std::string_view>& f, std::string_view kind) {
        return f.size() >= 8 && f[1] == "\u56FA\u6709\u540D\u8A5E" && f[2] == "\u4EBA\u540D" && f[3] == kind &&
               f[7] != "*";
    };
    if (parts.size() != 2 || !is(parts[0], "\u59D3") || !is(parts[1], "\u540D")) return std::nullopt;
    NameReading r{capitalised(romanise(parts[0][7], romaji)), capitalised(romanise(parts[1][7], romaji))};
    if (r.family.empty() || r.given.empty()) return std::nullopt;
    return r;
}

}  // namespace kg::extract
