#include "extract/text.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>
#include <unordered_set>

namespace kg::extract {

char32_t decode_utf8(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int len = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

namespace {

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isalpha(static_cast<UChar32>(c)) != 0;
}
// ASCII digits, and the full-width digits of Japanese text (U+FF10..U+FF19).
bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(static_cast<UChar32>(c)) != 0;
}
bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return u_islower(static_cast<UChar32>(c)) != 0;
}
bool letter_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return false;
    return is_letter(decode_utf8(s, i));
}
// "s" at i, not followed by a letter: the possessive after an apostrophe.
bool possessive_at(std::string_view s, std::size_t i) {
    return i < s.size() && (s[i] == 's' || s[i] == 'S') && !letter_at(s, i + 1);
}
bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0xFEFF;
}

// The end of the run of lower-case ASCII letters from s[j], eight bytes at a time (words are
// mostly such runs; a byte loop cost 7 instructions a letter). The first byte that is under 'a'
// or over 'z' is the lowest flagged by the two tests ("Bit Twiddling Hacks"' hasless and
// hasmore): no borrow or carry reaches it from the letters before it.
std::size_t lower_run_end(std::string_view s, std::size_t j) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    for (std::uint64_t x; j + 8 <= s.size();) {
        std::memcpy(&x, s.data() + j, 8);
        const std::uint64_t out = (((x - kOnes * 'a') & ~x) | ((x + kOnes * (0x7F - 'z')) | x)) & kHighs;
        if (out) return j + static_cast<std::size_t>(__builtin_ctzll(out) / 8);
        j += 8;
    }
    while (j < s.size() && s[j] >= 'a' && s[j] <= 'z') ++j;
    return j;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    if (text.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("tokenize: a text of 4 GB or more");
    std::vector<Token> out;
    out.reserve(text.size() / 5 + 8);
    std::size_t i = 0;
    bool space = true;
    bool newline = true;
    while (i < text.size()) {
        const std::size_t start = i;
        // (decode_utf8 is a call; most bytes are ASCII)
        const auto b0 = static_cast<unsigned char>(text[i]);
        // the space between two words, half the loop's turns, before the tests of every blank
        if (b0 == ' ') {
            space = true;
            ++i;
            continue;
        }
        const char32_t c = b0 < 0x80 ? char32_t{b0} : decode_utf8(text, i);
        if (b0 < 0x80) ++i;
        if (is_space(c)) {
            space = true;
            if (c == '\n') newline = true;
            continue;
        }
        Token& t = out.emplace_back();  // (built in place: a copy per token cost 20 instructions)
        t.begin = static_cast<std::uint32_t>(start);
        t.space_before = space;
        t.newline_before = newline;
        space = newline = false;
        if (is_letter(c) || is_digit(c)) {
            bool letters = is_letter(c);
            bool digits_only = !letters;
            int upper = is_upper(c) ? 1 : 0;
            int lower = is_lower(c) ? 1 : 0;
            t.cap = is_upper(c);
            bool ascii = c < 0x80;
            std::size_t j = i;
            while (j < text.size()) {
                // a run of lower-case ASCII letters, most of the text, in a loop of its own
                if (std::size_t run = j; text[run] >= 'a' && text[run] <= 'z') {
                    run = lower_run_end(text, run + 1);
                    letters = true;
                    digits_only = false;
                    lower += static_cast<int>(run - j);
                    j = run;
                    continue;
                }
                // ASCII fast path: the other ASCII bytes.
                const auto b = static_cast<unsigned char>(text[j]);
                if (b < 0x80 && b != '\'') {
                    if (b >= 'a' && b <= 'z') {
                        letters = true;
                        digits_only = false;
                        ++lower;
                        ++j;
                        continue;
                    }
                    if (b >= 'A' && b <= 'Z') {
                        letters = true;
                        digits_only = false;
                        ++upper;
                        ++j;
                        continue;
                    }
                    if (b >= '0' && b <= '9') {
                        ++j;
                        continue;
                    }
                    break;
                }
                std::size_t k = j;
                const char32_t d = decode_utf8(text, k);
                if (is_letter(d) || is_digit(d) || (d >= 0x300 && d <= 0x36F)) {
                    if (is_letter(d)) {
                        letters = true;
                        digits_only = false;
                        upper += is_upper(d) ? 1 : 0;
                        lower += is_lower(d) ? 1 : 0;
                    }
                    ascii = ascii && d < 0x80;
                    j = k;
                    continue;
                }
                // An inner apostrophe stays in the word (O'Brien) unless it starts "'s".
                if (is_apostrophe(d) && letter_at(text, k) && !possessive_at(text, k)) {
                    ascii = ascii && d < 0x80;
                    j = k;
                    continue;
                }
                break;
            }
            i = j;
            t.end = static_cast<std::uint32_t>(i);
            t.kind = digits_only ? Token::Kind::Number : Token::Kind::Word;
            t.allcaps = letters && lower == 0 && upper >= 2;
            t.folded = ascii && upper == 0;
        } else if (is_apostrophe(c) && !t.space_before && out.size() > 1 && possessive_at(text, i)) {
            ++i;  // possessive 's as one punctuation token
            t.end = static_cast<std::uint32_t>(i);
            t.kind = Token::Kind::Punct;
        } else {
            t.end = static_cast<std::uint32_t>(i);
            t.kind = Token::Kind::Punct;
        }
        t.text = std::string_view(text.data() + t.begin, t.end - t.begin);  // (within the text: no bounds test)
        if (t.kind == Token::Kind::Punct)
            t.folded = std::none_of(t.text.begin(), t.text.end(), [](char b) {
                return (b >= 'A' && b <= 'Z') || static_cast<unsigned char>(b) >= 0x80;
            });
    }
    return out;
}

namespace {

const std::unordered_set<std::string_view>& abbreviations() {
    static const std::unordered_set<std::string_view> set = {
        "Mr", "Ms", "Mrs", "Dr", "Hon", "Prof", "St", "Jr", "Sr", "No", "Nos", "Rt", "Gen", "Lt", "Col",
        "Sen", "Rep", "Gov", "Amb", "Inc", "Ltd", "Co", "vs", "etc", "approx", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "Vol", "Art", "Para",
        "Messrs", "Mmes", "Excellency", "Dept", "Govt", "H", "E", "Smt", "Shri", "Mme", "Mlle", "Capt", "Maj",
        "Adm", "Brig", "Cdr", "Eng"};
    return set;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<Sentence> out;
    if (tokens.empty()) return out;
    std::size_t first = 0;
    auto close = [&](std::size_t last) {
        if (last <= first) return;
        Sentence s;
        s.first = first;
        s.last = last;
        s.span = {tokens[first].begin, tokens[last - 1].end};
        s.line_start = tokens[first].newline_before;
        out.push_back(s);
        first = last;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (i > first && t.newline_before) {
            // A line break ends the sentence unless the line ends with a comma
            // or the next line continues in lower case.
            const Token& prev = tokens[i - 1];
            const bool continues = prev.is(",") || prev.is("and") ||
                                   (t.is_word() && !t.cap && !t.allcaps && t.text.front() >= 'a' &&
                                    t.text.front() <= 'z' && !prev.is(".") && !prev.is(":"));
            if (!continues) close(i);
        }
        if (t.kind != Token::Kind::Punct) continue;
        const bool terminal = t.is(".") || t.is("!") || t.is("?") || t.is("\u3002");
        if (!terminal) continue;
        if (i + 1 >= tokens.size()) continue;
        const Token& next = tokens[i + 1];
        if (next.newline_before) continue;  // handled by the line rule
        if (!next.space_before) continue;   // "U.S", "3.5"
        // "... in Washington, D.C. The two sides": a word that only opens sentences ends the
        // abbreviation's sentence too
        const bool opener = next.is_word() && (next.is("The") || next.is("He") || next.is("She") || next.is("They") ||
                                               next.is("It") || next.is("We") || next.is("This") ||
                                               next.is("These") || next.is("Those") || next.is("Their") ||
                                               next.is("Our") || next.is("During") || next.is("Both"));
        if (t.is(".") && i > 0 && !opener) {
            const Token& before = tokens[i - 1];
            if (before.is_word() && !before.space_before && i >= 2 && tokens[i - 2].is(".")) continue;  // U.S.
            if (before.is_word() && before.text.size() == 1) continue;  // initials, a.m.
            if (before.is_word() && abbreviations().count(before.text)) continue;
            // two initials inside a name: "Ambassador Meynardo LB. Montealegre, ..." (a capitalised
            // word before them, not "the EU. Later, ..."; the name goes on to a comma)
            if (before.is_word() && before.allcaps && before.text.size() == 2 && before.space_before && i >= 2 &&
                tokens[i - 2].is_word() && tokens[i - 2].cap && !tokens[i - 2].allcaps && next.is_word() && next.cap &&
                !next.allcaps && i + 2 < tokens.size() && tokens[i + 2].is(","))
                continue;
        }
        const bool next_starts =
            next.cap || next.allcaps || next.kind == Token::Kind::Number || next.is("(") ||
            next.is("\"") || next.is("\u201c") || next.is("\u2018") || next.is("'");
        if (next_starts) close(i + 1);
    }
    close(tokens.size());
    (void)text;
    return out;
}

std::string to_lower(std::string_view s) {
    bool ascii = true;
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    if (ascii) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toLower();
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string to_title_word(std::string_view s) {
    // Upper-case the first letter of each hyphen/apostrophe-separated part, lower the rest.
    std::string lower = to_lower(s);
    std::string out;
    out.reserve(lower.size());
    bool start = true;
    std::size_t i = 0;
    while (i < lower.size()) {
        const std::size_t b = i;
        const char32_t c = decode_utf8(lower, i);
        if (start && is_letter(c)) {
            icu::UnicodeString u(static_cast<UChar32>(c));
            u.toUpper();
            std::string up;
            u.toUTF8String(up);
            out += up;
            start = false;
        } else {
            out.append(lower, b, i - b);
        }
        if (c == '-') start = true;
    }
    return out;
}

std::string fold_key(std::string_view s) {
    bool simple = true;  // ASCII letters and digits only: the common case, no ICU
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == '\t' || c == '\n') {
            simple = false;
            break;
        }
    if (simple) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    // ASCII, with blanks between words ("Joe Biden", most names and keys) or with curly quotes,
    // dashes and other General Punctuation (U+2000-U+206F, none of which has a case): what the
    // general path below gives, without ICU and a call per character (a lone "’" cost 1,400
    // instructions there)
    {
        std::string out;
        out.reserve(s.size());
        bool space = false;
        bool plain = true;
        for (std::size_t i = 0; i < s.size() && plain;) {
            const std::size_t b = i;
            const auto b0 = static_cast<unsigned char>(s[i]);
            const char32_t c = b0 < 0x80 ? static_cast<char32_t>(s[i++]) : decode_utf8(s, i);
            // (U+2000-U+206F is E2 80-81 xx, three bytes; anything else, ill-formed bytes
            // included, goes the general way)
            if (b0 >= 0x80 && (b0 != 0xE2 || i - b != 3 || c > 0x206F)) {
                plain = false;
            } else if (is_space(c)) {
                space = !out.empty();
            } else {
                if (space) out += ' ';
                space = false;
                if (c == U'\u2019' || c == U'\u2018')
                    out += '\'';
                else if (c == U'\u201c' || c == U'\u201d')
                    out += '"';
                else if (c == U'\u2013' || c == U'\u2014')
                    out += '-';
                else if (c >= 'A' && c <= 'Z')
                    out += static_cast<char>(c - 'A' + 'a');
                else
                    out.append(s, b, i - b);
            }
        }
        if (plain) return out;
    }
    std::string lower = to_lower(s);
    std::string out;
    out.reserve(lower.size());
    bool space = false;
    std::size_t i = 0;
    while (i < lower.size()) {
        const std::size_t b = i;
        const char32_t c = decode_utf8(lower, i);
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        if (c == U'\u2019' || c == U'\u2018')
            out += '\'';
        else if (c == U'\u201c' || c == U'\u201d')
            out += '"';
        else if (c == U'\u2013' || c == U'\u2014')
            out += '-';
        else
            out.append(lower, b, i - b);
    }
    return out;
}

}  // namespace kg::extract
