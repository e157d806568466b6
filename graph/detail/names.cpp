#include "graph/detail/names.h"

#include <algorithm>
#include <cstdint>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "graph/knowledge_graph.h"

namespace kg::graph {
namespace {

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Appends `c` (already reduced to its key form) to `out`, turning every run of
// separators into one space and never starting with a space.
void push_key_char(std::string& out, char c) {
    if (c == ' ') {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
        out.push_back(c);
    }
}

std::string ascii_key(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') push_key_char(out, static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') push_key_char(out, c);
        else push_key_char(out, ' ');
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Combining marks that are accents on Latin, Greek or Cyrillic letters. Marks
// outside these blocks (kana voicing marks, Indic vowel signs) change the letter
// itself and are kept.
bool is_accent(UChar32 c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool is_apostrophe(UChar32 c) {
    return c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x02BC || c == 0xFF07 || c == 0x2032;
}

std::string unicode_key(std::string_view name) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) return ascii_key(name);  // ICU data missing: degrade, don't fail
    icu::UnicodeString s =
        icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    // Case folding can produce new decomposable characters (U+0130), hence NFKD twice.
    icu::UnicodeString d = nfkd->normalize(s, err);
    d.foldCase();
    d = nfkd->normalize(d, err);
    if (U_FAILURE(err)) return ascii_key(name);
    icu::UnicodeString filtered;
    bool space = true;  // suppresses leading and repeated spaces
    for (int32_t i = 0; i < d.length();) {
        UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        if (is_accent(c)) continue;
        auto gc = static_cast<UCharCategory>(u_charType(c));
        if (gc == U_FORMAT_CHAR) continue;  // zero-width and bidi controls
        if (is_apostrophe(c)) {
            filtered.append(static_cast<UChar32>('\''));
            space = false;
        } else if (u_isalnum(c) || gc == U_NON_SPACING_MARK || gc == U_COMBINING_SPACING_MARK ||
                   gc == U_ENCLOSING_MARK) {
            filtered.append(c);
            space = false;
        } else if (!space) {
            filtered.append(static_cast<UChar32>(' '));
            space = true;
        }
    }
    if (filtered.length() > 0 && filtered.charAt(filtered.length() - 1) == u' ')
        filtered.truncate(filtered.length() - 1);
    icu::UnicodeString composed = nfc->normalize(filtered, err);
    if (U_FAILURE(err)) composed = filtered;
    std::string out;
    composed.toUTF8String(out);
    return out;
}

}  // namespace

std::string name_key(std::string_view name) {
    return is_ascii(name) ? ascii_key(name) : unicode_key(name);
}

namespace detail {

std::vector<std::string> person_tokens(std::string_view name) {
    // Words are split on white space only, so "Byung-se" stays one token ("byung se")
    // and "Kim Hong-kyun" never looks like "Kim Sung-kyun" with a middle name; and on the
    // middle dot of a name in katakana ("イェンス・ストルテンベルグ", U+30FB, or half-width
    // U+FF65), which stands where English writes a space.
    auto separator_at = [&](std::size_t i) -> std::size_t {  // its length in bytes, or 0
        const char c = name[i];
        if (c == ' ' || c == '\t' || c == '\n') return 1;
        if (i + 2 < name.size() && (name.substr(i, 3) == "\u30FB" || name.substr(i, 3) == "\uFF65")) return 3;
        return 0;
    };
    std::vector<std::string> kept;
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t end = start;
        while (end < name.size() && !separator_at(end)) ++end;
        if (end > start) {
            std::string t = name_key(name.substr(start, end - start));
            // "J." and "R" are initials; "Jr." and "III" are generational suffixes.
            bool initial = t.size() == 1 && t[0] >= 'a' && t[0] <= 'z';
            bool suffix = t == "jr" || t == "sr" || t == "ii" || t == "iii" || t == "iv";
            if (!t.empty() && !initial && !(suffix && !kept.empty())) kept.push_back(std::move(t));
        }
        start = end < name.size() ? end + separator_at(end) : end;
    }
    return kept;
}

std::size_t surname_index(std::string_view name, const std::vector<std::string>& tokens) {
    if (tokens.size() < 2) return 0;
    // Words as written, to see capitals: "HAYASHI Yoshimasa" writes the family name first.
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string_view::npos) end = name.size();
        if (end > start) words.push_back(name.substr(start, end - start));
        start = end + 1;
    }
    auto all_caps = [](std::string_view w) {
        bool letter = false;
        for (char c : w) {
            if (c >= 'a' && c <= 'z') return false;
            if (c >= 'A' && c <= 'Z') letter = true;
        }
        return letter && w.size() > 1;
    };
    if (words.size() >= 2 && all_caps(words.front()) && !all_caps(words.back())) return 0;
    return tokens.size() - 1;
}

std::string spelling_key(const std::string& token) {
    if (token.size() < 5) return token;
    for (char c : token)
        if (c < 'a' || c > 'z') return token;
    std::string t;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        if (!t.empty() && t.back() == c) continue;  // doubled letters
        const char next = i + 1 < token.size() ? token[i + 1] : '\0';
        if (c == 'k' && next == 's') {
            t.push_back('x');
            ++i;
        } else if ((c == 'k' || c == 'p') && next == 'h') {
            t.push_back(c == 'k' ? 'h' : 'f');
            ++i;
        } else {
            t.push_back(c);
        }
    }
    if (t.size() >= 2 && t.compare(t.size() - 2, 2, "ey") == 0) t.replace(t.size() - 2, 2, "ei");
    else if (t.size() >= 2 && t.compare(t.size() - 2, 2, "iy") == 0) t.replace(t.size() - 2, 2, "y");
    const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    std::string out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool inner = i > 0 && i + 1 < t.size() && vowel(t[i]);
        if (inner && !out.empty() && out.back() == '*') continue;  // a run of vowels is one mark
        out.push_back(inner ? '*' : t[i]);
    }
    return out;
}

std::string outer_key(const std::vector<std::string>& tokens) {
    if (tokens.empty()) return {};
    return spelling_key(tokens.front()) + '|' + spelling_key(tokens.back());
}

std::string join(const std::vector<std::string>& tokens) {
    std::string out;
    for (const auto& t : tokens) {
        if (!out.empty()) out.push_back(' ');
        out += t;
    }
    return out;
}

std::string sorted_join(std::vector<std::string> tokens) {
    std::sort(tokens.begin(), tokens.end());
    return join(tokens);
}

namespace {
std::u32string code_points(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    while (i < n) {
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::u32string x = code_points(a);
    std::u32string y = code_points(b);
    if (x.size() < y.size()) std::swap(x, y);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t up = row[j];
            std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
            diag = up;
        }
    }
    return row[y.size()];
}

std::vector<std::string> closest_names(const std::string& query_key,
                                       const std::vector<std::pair<std::string, std::string>>& names_and_keys,
                                       std::size_t limit) {
    if (query_key.empty() || limit == 0) return {};
    const std::size_t max_distance = std::max<std::size_t>(2, edit_distance(query_key, "") / 3);
    std::vector<std::pair<std::size_t, const std::string*>> scored;
    for (const auto& [name, key] : names_and_keys) {
        std::size_t d = edit_distance(query_key, key);
        if (auto space = key.rfind(' '); space != std::string::npos)
            d = std::min(d, edit_distance(query_key, std::string_view(key).substr(space + 1)) + 1);
        if (d <= max_distance) scored.emplace_back(d, &name);
    }
    std::sort(scored.begin(), scored.end(),
              [](const auto& x, const auto& y) { return x.first != y.first ? x.first < y.first : *x.second < *y.second; });
    std::vector<std::string> out;
    for (const auto& [d, name] : scored) {
        if (out.size() == limit) break;
        if (std::find(out.begin(), out.end(), *name) == out.end()) out.push_back(*name);
    }
    return out;
}

}  // namespace detail
}  // namespace kg::graph
