#include "extract/text.h"

#include <unicode/normalizer2.h>
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

// The tokenizer's classes of a byte: what each ASCII byte is to a word, and one class for the
// bytes that need decoding.
enum ByteClass : std::uint8_t {
    kLowerByte = 1,   // a-z
    kUpperByte = 2,   // A-Z
    kDigitByte = 4,   // 0-9
    kBlankByte = 8,   // space, tab, CR, LF: is_space's ASCII
    kDecodeByte = 16, // above ASCII, or an apostrophe (inner in O'Brien, or the possessive's): decoded
};
constexpr std::uint8_t kWordByte = kLowerByte | kUpperByte | kDigitByte;
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
    std::array<std::uint8_t, 256> t{};
    for (int b = 'a'; b <= 'z'; ++b) t[b] = kLowerByte;
    for (int b = 'A'; b <= 'Z'; ++b) t[b] = kUpperByte;
    for (int b = '0'; b <= '9'; ++b) t[b] = kDigitByte;
    for (int b : {' ', '\t', '\r', '\n'}) t[b] = kBlankByte;
    t['\''] = kDecodeByte;
    for (int b = 0x80; b < 0x100; ++b) t[b] = kDecodeByte;
    return t;
}();

// One token read from a text (or a blank above ASCII): where it ends and what the tokenizer
// records of it.
struct Scanned {
    std::size_t end = 0;
    bool blank = false;
    Token::Kind kind = Token::Kind::Punct;
    bool cap = false;
    bool allcaps = false;
    bool folded = false;
};

// A token read a code point at a time: one that begins above ASCII or with an apostrophe, or a
// word that reaches such a byte (read again from its start). `after_token`: a token precedes it
// with no blank between ("Russia's": the possessive). Out of line, so that the ASCII loop of
// tokenize makes no call and keeps its state in registers (with the calls to ICU inline, it kept
// them on the stack: 146 instructions a token).
[[gnu::noinline]] Scanned scan_decoding(std::string_view text, std::size_t start, bool after_token) {
    Scanned out;
    std::size_t i = start;
    const char32_t c = decode_utf8(text, i);
    if (is_space(c)) {
        out.end = i;
        out.blank = true;
        return out;
    }
    if (is_letter(c) || is_digit(c)) {
        bool letters = is_letter(c);
        bool lower = is_lower(c);
        int upper = is_upper(c) ? 1 : 0;
        out.cap = upper != 0;
        bool ascii = c < 0x80;
        std::size_t j = i;
        while (j < text.size()) {
            const std::uint8_t k = kByteClasses[static_cast<unsigned char>(text[j])];
            if (k & kLowerByte) {
                j = lower_run_end(text, j + 1);
                letters = lower = true;
                continue;
            }
            if (k & kUpperByte) {
                letters = true;
                ++upper;
                ++j;
                continue;
            }
            if (k & kDigitByte) {
                ++j;
                continue;
            }
            if (!(k & kDecodeByte)) break;
            std::size_t at = j;
            const char32_t d = decode_utf8(text, at);
            if (is_letter(d) || is_digit(d) || (d >= 0x300 && d <= 0x36F)) {
                if (is_letter(d)) {
                    letters = true;
                    upper += is_upper(d) ? 1 : 0;
                    lower = lower || is_lower(d);
                }
                ascii = ascii && d < 0x80;
                j = at;
                continue;
            }
            // An inner apostrophe stays in the word (O'Brien) unless it starts "'s".
            if (is_apostrophe(d) && letter_at(text, at) && !possessive_at(text, at)) {
                ascii = ascii && d < 0x80;
                j = at;
                continue;
            }
            break;
        }
        out.end = j;
        out.kind = letters ? Token::Kind::Word : Token::Kind::Number;
        out.allcaps = letters && !lower && upper >= 2;
        out.folded = ascii && upper == 0;
        return out;
    }
    if (is_apostrophe(c) && after_token && possessive_at(text, i)) ++i;  // possessive 's as one punctuation token
    out.end = i;
    out.folded = std::none_of(text.data() + start, text.data() + i, [](char b) {
        return (b >= 'A' && b <= 'Z') || static_cast<unsigned char>(b) >= 0x80;
    });
    return out;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::vector<Token> storage) {
    if (text.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("tokenize: a text of 4 GB or more");
    std::vector<Token> out = std::move(storage);
    out.clear();
    out.reserve(text.size() / 5 + 8);
    const std::size_t n = text.size();
    std::size_t i = 0;
    bool space = true;
    bool newline = true;
    // Appends the token from `start` that s describes. Each kind of token appends its own, so that
    // an ASCII word's figures stay in registers: appended where the kinds met, they were stored to
    // the stack and read back (about 6 instructions a token). (Appended whole: made empty in place
    // and then filled, now that its figures are at hand, it cost 2 instructions more a token.)
    const auto append = [&](std::size_t start, const Scanned& s) {
        out.push_back({.begin = static_cast<std::uint32_t>(start),
                       .end = static_cast<std::uint32_t>(s.end),
                       .text = std::string_view(text.data() + start, s.end - start),  // (within the text: no bounds test)
                       .kind = s.kind,
                       .space_before = space,
                       .newline_before = newline,
                       .cap = s.cap,
                       .allcaps = s.allcaps,
                       .folded = s.folded});
        space = newline = false;
        i = s.end;
        // a single space after a token, most of the blanks, passed here: not classed in the loop
        if (i < n && text[i] == ' ') {
            space = true;
            ++i;
        }
    };
    while (i < n) {
        const std::size_t start = i;
        const auto b0 = static_cast<unsigned char>(text[i]);
        const std::uint8_t cls = kByteClasses[b0];
        if (cls & kBlankByte) {
            space = true;
            newline = newline || b0 == '\n';
            ++i;
            continue;
        }
        if (cls & kDecodeByte) {
            const Scanned s = scan_decoding(text, start, !space && !out.empty());
            if (s.blank) {  // (no line break above ASCII: sanitise_utf8 made them LF)
                space = true;
                i = s.end;
                continue;
            }
            append(start, s);
        } else if (cls & kWordByte) {
            // a word of ASCII letters and digits (read again the general way if it reaches another byte)
            int upper = cls & kUpperByte ? 1 : 0;
            // the lower-case letters after the first byte, the rest of most words ("President",
            // "meeting"), read at once: not first classed in the loop below
            std::size_t j = lower_run_end(text, i + 1);
            bool lower = (cls & kLowerByte) || j > i + 1;
            bool letters = !(cls & kDigitByte) || j > i + 1;
            std::uint8_t k = 0;  // the class of the byte that ends the word (when j < n)
            while (j < n) {
                k = kByteClasses[static_cast<unsigned char>(text[j])];
                // (the byte that ends the word, a blank or a mark mostly, told by one test first)
                if (!(k & kWordByte)) break;
                // a run of lower-case ASCII letters, most of the text, in a loop of its own
                if (k & kLowerByte) {
                    j = lower_run_end(text, j + 1);
                    letters = lower = true;
                } else if (k & kUpperByte) {
                    letters = true;
                    ++upper;
                    ++j;
                } else {  // a digit
                    ++j;
                }
            }
            if (j < n && (k & kDecodeByte)) {
                append(start, scan_decoding(text, start, !space && !out.empty()));
            } else {
                append(start, {.end = j,
                               .kind = letters ? Token::Kind::Word : Token::Kind::Number,
                               .cap = (cls & kUpperByte) != 0,
                               .allcaps = letters && !lower && upper >= 2,
                               .folded = upper == 0});
            }
        } else {
            append(start, {.end = i + 1, .folded = true});  // a mark of one ASCII byte: no capital in it
        }
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
        "Adm", "Brig", "Cdr", "Cmdr", "Sgt", "Eng", "Rev", "Revd"};
    return set;
}

}  // namespace

constexpr std::size_t kNoWidth = static_cast<std::size_t>(-1);

void join_wrapped_lines(std::string_view text, std::vector<Token>& tokens) {
    // (most texts have no line of 60 bytes that ends inside a sentence: one pass over the line
    // ends finds out)
    struct Break {
        std::size_t next_line;  // where the next line starts
        std::size_t width;      // the wrapped line's width, trailing blanks left out
        std::size_t next_word;  // the width of the next line's first word
    };
    std::vector<Break> breaks;  // line breaks inside a sentence, after the first line
    std::size_t single = 0, wrapped = 0, lower = 0;
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    auto inside = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == '-';
    };
    // (a line that ends a sentence may end a wrapped paragraph's line too: it tells nothing)
    auto terminal = [](char c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')'; };
    std::size_t line = 0;
    bool first_line = true;
    Break first_wrap{kNoWidth, 0, 0};
    while (line < text.size()) {
        std::size_t end = text.find('\n', line);
        if (end == std::string_view::npos) break;
        std::size_t last = end;
        while (last > line && blank(text[last - 1])) --last;
        std::size_t next = end + 1, next_first = next;
        while (next_first < text.size() && blank(text[next_first])) ++next_first;
        const bool next_prose = next_first < text.size() && text[next_first] != '\n';
        if (last > line && next_prose && !terminal(text[last - 1])) {
            ++single;
            // ("TOKYO, Sept 20 (Reuters) - Japanese Prime Minister Yoshihide / Suga said": a first line
            // that opens with a wire's dateline is the story's, not a title; kept aside, a wrap when the
            // rest of the text is wrapped at its width)
            if (first_line && inside(text[last - 1]) && inside(text[next_first]) && last - line >= 55) {
                const std::string_view first = text.substr(line, last - line);
                if (first.find(" - ") != std::string_view::npos || first.find(" -- ") != std::string_view::npos ||
                    first.find("\u2014") != std::string_view::npos)
                    first_wrap = {next, last - line, 0};
            }
            if (!first_line && inside(text[last - 1]) && inside(text[next_first])) {
                std::size_t word = next_first;
                while (word < text.size() && !blank(text[word]) && text[word] != '\n') ++word;
                breaks.push_back({next, last - line, word - next_first});
                wrapped += last - line >= 60;
                lower += last - line >= 60 && text[next_first] >= 'a' && text[next_first] <= 'z';
            }
        }
        if (last > line) first_line = false;
        line = next;
    }
    // (prose wrapped at a width goes on in lower case after some of its breaks; a page's captions
    // of one width, each a line that opens in capitals, are no paragraph)
    if (wrapped < 3 || wrapped * 5 < single * 2 || lower * 3 < wrapped) return;
    std::size_t narrow = kNoWidth, wide = 0;
    for (const Break& b : breaks)
        if (b.width >= 60) {
            narrow = std::min(narrow, b.width);
            wide = std::max(wide, b.width);
        }
    if (wide - narrow > 30) return;
    // a break is a wrap: a line as wide as the wrapped ones, or one the next word would have made
    // wider than the widest ("... negotiator Ali / Larijani, ElBaradei")
    std::vector<std::size_t> wraps;
    if (first_wrap.next_line != kNoWidth && first_wrap.width + 5 >= narrow && first_wrap.width <= wide + 5)
        wraps.push_back(first_wrap.next_line);
    for (const Break& b : breaks)
        if (b.width >= 60 || (b.width >= 40 && b.width + 1 + b.next_word > wide)) wraps.push_back(b.next_line);
    std::size_t w = 0;
    for (Token& t : tokens) {
        if (!t.newline_before) continue;
        // where the token's line starts (it begins its line, after blanks only)
        std::size_t at = t.begin;
        while (at > 0 && blank(text[at - 1])) --at;
        while (w < wraps.size() && wraps[w] < at) ++w;
        if (w == wraps.size()) break;
        if (wraps[w] == at) t.newline_before = false;
    }
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      std::vector<Sentence> storage) {
    std::vector<Sentence> out = std::move(storage);
    out.clear();
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

bool joined_initials(std::string_view w) {
    return w.size() >= 2 && w.size() <= 3 && w.find_first_not_of("BCDFGHJKLMNPQRSTVWXZ") == std::string_view::npos;
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

std::string strip_marks(std::string_view s) {
    bool ascii = true;
    for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return std::string(s);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(s);
    const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))), status);
    if (U_FAILURE(status)) return std::string(s);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
        i += U16_LENGTH(c);
    }
    std::string out;
    nfc->normalize(kept, status).toUTF8String(out);
    return U_FAILURE(status) ? std::string(s) : out;
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
