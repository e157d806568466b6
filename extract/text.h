#pragma once
// Tokens and sentences over UTF-8 text, with byte spans back into the text.
// The tokenizer is a single linear pass; nothing here allocates per character.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace kg::extract {

struct Token {
    enum class Kind : std::uint8_t { Word, Number, Punct };
    // byte offsets into the document text (32 bits: the extractor reads a text in parts of at
    // most 256 KB; a token of 32 bytes instead of 40 puts two in a cache line, and the per-token
    // scans of every stage read them)
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::string_view text;
    Kind kind = Kind::Punct;
    bool space_before = true;    // whitespace (or the start) precedes the token
    bool newline_before = false; // a line break lies between this and the previous token
    bool cap = false;            // Word starting with an upper-case letter
    bool allcaps = false;        // Word of two or more letters, all upper case
    bool folded = false;         // no byte in A-Z or above 0x7F: the text is its own folded form
    bool is_word() const { return kind == Kind::Word; }
    // (always inlined: s is a literal at nearly every call, so the comparison folds to a length
    // test and a load or two; out of line it was a call per token at the stages' hot sites. The
    // length is tested here, not by string_view's ==, which the compiler left as a call in the
    // largest stages: half a million calls in 500 releases)
    [[gnu::always_inline]] bool is(std::string_view s) const {
        return text.size() == s.size() && std::char_traits<char>::compare(text.data(), s.data(), s.size()) == 0;
    }
};

// Splits text into words (letters, digits, inner apostrophes), numbers and single
// punctuation marks. "Russia's" gives "Russia" and "'s"; hyphens and periods are
// tokens of their own. Throws std::length_error for a text of 4 GB or more (Token's offsets).
// The tokens are written into `storage`, cleared first, so that a caller reading many texts
// reuses one vector's memory.
std::vector<Token> tokenize(std::string_view text, std::vector<Token> storage = {});

// Text wrapped at a fixed width (a page copied from print or a mail: "held the 2nd Bilateral
// Consultation\nMeeting in Manila"): when three or more of the line breaks between two lines of
// prose come after a long line (60 bytes or more, its widths within 30 bytes of each other) that
// ends inside a sentence (a letter, a digit, a comma or a hyphen), and they are three in five of
// all such breaks, those breaks are spaces: the next line's first token loses newline_before.
// The first line (the title) is never joined to the next.
void join_wrapped_lines(std::string_view text, std::vector<Token>& tokens);

// A sentence as a token range [first, last) and its byte span.
struct Sentence {
    std::size_t first = 0;
    std::size_t last = 0;
    Span span;
    bool line_start = true;  // begins at the start of a line
};

// Sentence boundaries: . ! ? before a capital (not after Mr., H.E., U.S., a.m.,
// initials), and line breaks unless the line ends with a comma.
// The sentences are written into `storage`, cleared first (as tokenize).
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      std::vector<Sentence> storage = {});

// Case helpers (Unicode-aware through ICU).
std::string to_lower(std::string_view s);
std::string to_title_word(std::string_view s);  // "SÉJOURNÉ" -> "Séjourné", "BYUNG-SE" -> "Byung-Se"
// A name's initials written together in capitals: two or three letters and no vowel ("KP" of
// "KP Sharma Oli"), not a family name in capitals ("HAYASHI", "WANG").
bool joined_initials(std::string_view w);
// Lower-case key: curly quotes to straight, accents kept, whitespace collapsed.
std::string fold_key(std::string_view s);
// Without its accents and other combining marks (decomposed, the marks dropped, composed again):
// "gísladóttir" -> "gisladottir". ASCII is returned as it is.
std::string strip_marks(std::string_view s);

// A fast hash for the per-token lookup tables: eight bytes at a time.
struct ShortKeyHash {
    using is_transparent = void;
    // (always inlined: a call per lookup was a fifth of the hash's cost)
    [[gnu::always_inline]] std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t k;
            std::memcpy(&k, s.data() + i, 8);
            h = (h ^ k) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        h = (h ^ tail_bytes(s.data() + i, s.size() - i)) * 0x94D049BB133111EBull;
        h ^= h >> 29;
        return static_cast<std::size_t>(h);
    }

private:
    // The last n < 8 bytes as a number, in two loads at most instead of a loop over the bytes
    // (the loop cost more than the rest of the hash); on a little-endian machine the value is
    // the loop's, so no table changes.
    static std::uint64_t tail_bytes(const char* p, std::size_t n) noexcept {
        const auto byte = [p](std::size_t k) { return std::uint64_t(static_cast<unsigned char>(p[k])); };
        if (n >= 4) {
            std::uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            return std::uint64_t(lo) | (std::uint64_t(hi) << (8 * (n - 4)));
        }
        if (n == 0) return 0;
        return byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
    }
};

// Decodes one UTF-8 code point at s[i]; returns it and advances i (invalid byte -> U+FFFD, i+1).
char32_t decode_utf8(std::string_view s, std::size_t& i);

}  // namespace kg::extract
