#include "extract/word_list.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "extract/text.h"
#include "model/error.h"

namespace kg::extract {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// The bytes of x equal to c, each as its high bit (exact: no carry crosses a byte).
std::uint64_t bytes_equal(std::uint64_t x, unsigned char c) {
    const std::uint64_t y = x ^ (kOnes * c);
    return ~(((y & ~kHighs) + ~kHighs) | y | ~kHighs);
}

// The lines of `list` (cut at line feeds, as getline cut them), each given to `line` once, in
// order, as its offset and length. The line feeds are found eight bytes at a time: a memchr per
// line cost more than the rest of the reading.
template <typename F>
void for_each_line(std::string_view list, F&& line) {
    std::size_t begin = 0;
    const auto block = [&](std::size_t k, std::uint64_t x) __attribute__((always_inline)) {
        for (std::uint64_t feeds = bytes_equal(x, '\n'); feeds; feeds &= feeds - 1) {
            const std::size_t end = k + static_cast<std::size_t>(std::countr_zero(feeds)) / 8;
            line(begin, end - begin);
            begin = end + 1;
        }
    };
    std::size_t k = 0;
    for (; k + 8 <= list.size(); k += 8) {
        std::uint64_t x;
        std::memcpy(&x, list.data() + k, 8);
        block(k, x);
    }
    if (k < list.size()) {
        std::uint64_t x = 0;  // (zeros past the end: no line feed)
        std::memcpy(&x, list.data() + k, list.size() - k);
        block(k, x);
    }
    if (begin < list.size()) line(begin, list.size() - begin);
}

// Whether fold_key(w) is w with its ASCII capitals lowered: short ASCII without a blank.
// (The test of the set this replaces, kept so that the same words are folded the same way.)
bool plain_ascii(std::string_view w) {
    if (w.size() > 64) return false;
    for (const char c : w)
        if (static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == '\t' || c == '\n') return false;
    return true;
}

unsigned char lower(char c) {
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

// Eight ASCII bytes with their capitals lowered (as lower_ascii in the sentences stage).
std::uint64_t lower8(std::uint64_t x) {
    const std::uint64_t low = x & ~kHighs;
    const std::uint64_t from_a = low + kOnes * (0x80 - 'A');
    const std::uint64_t past_z = low + kOnes * (0x80 - 'Z' - 1);
    return x | ((from_a & ~past_z & ~x & kHighs) >> 2);
}

std::uint64_t load8(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}

}  // namespace

std::uint64_t CommonWords::head(const char* p, std::size_t n, bool lowered) {
    std::uint64_t x = load8(p);
    if (n < 8) x &= (std::uint64_t{1} << (8 * n)) - 1;
    return lowered ? lower8(x) : x;
}

std::uint64_t CommonWords::hash(std::uint64_t head, const char* p, std::size_t n, bool lowered) {
    std::uint64_t tail = 0;  // the last eight bytes of a longer word
    if (n > 8) tail = lowered ? lower8(load8(p + n - 8)) : load8(p + n - 8);
    std::uint64_t h = (head ^ n) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 32;
    h = (h ^ tail) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
}

void CommonWords::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    used_ = 0;
    for (const Slot& s : old) {
        if (!s.length) continue;
        const bool lowered = (s.length & kCapitalised) != 0;
        const std::size_t n = s.length & ~kCapitalised;
        place(hash(s.head, list_.data() + s.offset, n, lowered), s);
    }
}

// (apart from grow(), which it calls rarely: inlined into the reading of the list, where a call
// for each of its 75,000 words cost 4 million instructions)
inline void CommonWords::place(std::uint64_t h, const Slot& slot) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = first_slot(h);
    while (slots_[i].length) i = (i + 1) & mask;
    slots_[i] = slot;
    ++used_;
}

inline void CommonWords::insert(std::uint64_t h, const Slot& slot) {
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();  // (never more than three quarters full)
    place(h, slot);
}

void CommonWords::assign(std::string list) {
    if (list.size() >= kCapitalised) throw InputError("the English word list is too large");
    list_ = std::move(list);
    size_ = list_.size();
    list_.append(8, '\0');  // (a word's last eight bytes are read in one load)
    // a slot for every 8 bytes of the list: about 57 % full (a line is 9.4 bytes on average, and
    // the possessives, a third of them, are left out)
    slots_.assign(std::bit_ceil(std::max<std::size_t>(size_ / 8, 64)), Slot{});
    used_ = 0;
    filter_.assign(kFilterBits / 64, 0);
    const std::string_view all(list_.data(), size_);
    for_each_line(all, [&](std::size_t at, std::size_t n) __attribute__((always_inline)) {
        if (n == 0) return;
        const std::string_view w = all.substr(at, n);
        // A line holding an apostrophe is no word of the sets; but an ASCII one is put in a slot
        // with the rest (only the possessives, a third of the list, are passed by), since it can
        // only be found for a word holding an apostrophe, which contains() answers first.
        if (n >= 2 && w[n - 2] == '\'' && w[n - 1] == 's') return;
        std::uint32_t length = static_cast<std::uint32_t>(n);
        bool lowered = false;
        if (w[0] >= 'a' && w[0] <= 'z') {
            // a word in lower case, compared as written
        } else if (plain_ascii(w)) {
            // a capitalised word folds to a word beginning with a lower-case letter only from a capital
            if (w[0] < 'A' || w[0] > 'Z') return;
            length |= kCapitalised;
            lowered = true;
        } else {
            if (w.find('\'') == std::string_view::npos) other_capitalised_.insert(fold_key(w));
            return;
        }
        const std::uint64_t first = head(w.data(), n, lowered);
        const std::uint64_t h = hash(first, w.data(), n, lowered);
        if (!lowered) filter_[(h / 64) % (kFilterBits / 64)] |= std::uint64_t{1} << (h % 64);
        insert(h, Slot{first, static_cast<std::uint32_t>(at), length});
    });
}

bool CommonWords::contains(std::string_view q) const {
    const std::size_t n = q.size();
    if (n == 0 || q[0] < 'a' || q[0] > 'z' || slots_.empty() || q.find('\'') != std::string_view::npos) return false;
    // (q's first eight bytes, read without going past its end)
    std::uint64_t first = 0;
    if (n >= 8) first = load8(q.data());
    else std::memcpy(&first, q.data(), n);
    std::uint64_t tail = 0;
    if (n > 8) tail = load8(q.data() + n - 8);
    std::uint64_t h = (first ^ n) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 32;
    h = (h ^ tail) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    if (!((filter_[(h / 64) % (kFilterBits / 64)] >> (h % 64)) & 1u)) return false;
    bool listed = false;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = first_slot(h); slots_[i].length; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if ((s.length & ~kCapitalised) != n || s.head != first) continue;
        bool same = true;
        if (n > 8) {
            const char* w = list_.data() + s.offset;
            if (s.length & kCapitalised) {
                for (std::size_t k = 8; k < n && same; ++k) same = lower(w[k]) == static_cast<unsigned char>(q[k]);
            } else {
                same = std::memcmp(w + 8, q.data() + 8, n - 8) == 0;
            }
        }
        if (!same) continue;
        if (s.length & kCapitalised) return false;  // a capitalised word folds to it
        listed = true;
    }
    return listed && !other_capitalised_.contains(q);
}

}  // namespace kg::extract
