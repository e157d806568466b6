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

// Four ASCII bytes with their capitals lowered (as lower_ascii in the sentences stage).
std::uint32_t lower4(std::uint32_t x) {
    constexpr std::uint32_t kOnes4 = 0x01010101u;
    constexpr std::uint32_t kHighs4 = 0x80808080u;
    const std::uint32_t low = x & ~kHighs4;
    const std::uint32_t from_a = low + kOnes4 * (0x80 - 'A');
    const std::uint32_t past_z = low + kOnes4 * (0x80 - 'Z' - 1);
    return x | ((from_a & ~past_z & ~x & kHighs4) >> 2);
}

}  // namespace

std::size_t CommonWords::bucket(const char* p, std::size_t n, bool lowered) const {
    std::uint32_t first = 0, last = 0;
    if (n >= 4) {
        std::memcpy(&first, p, 4);
        std::memcpy(&last, p + n - 4, 4);
        if (lowered) {
            first = lower4(first);
            last = lower4(last);
        }
    } else {
        for (std::size_t k = 0; k < n; ++k)
            first |= std::uint32_t{lowered ? lower(p[k]) : static_cast<unsigned char>(p[k])} << (8 * k);
        last = first;
    }
    const unsigned char mid = lowered ? lower(p[n / 2]) : static_cast<unsigned char>(p[n / 2]);
    std::uint64_t h = (std::uint64_t{first} << 32) | last;
    h ^= ((std::uint64_t{n} << 8) | mid) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>((h * 0xBF58476D1CE4E5B9ull) >> shift_);
}

void CommonWords::assign(std::string list) {
    if (list.size() >= kCapitalised) throw InputError("the English word list is too large");
    list_ = std::move(list);
    // about a bucket for every 16 bytes of the list (a line of 9 bytes on average: one or two
    // lines a bucket)
    const std::size_t buckets = std::bit_ceil(std::max<std::size_t>(list_.size() / 16, 64));
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(buckets));
    heads_.assign(buckets, kNone);
    lines_.clear();
    lines_.reserve(list_.size() / 10);
    const std::string_view all(list_);
    for_each_line(all, [&](std::size_t at, std::size_t n) __attribute__((always_inline)) {
        if (n == 0) return;
        const std::string_view w = all.substr(at, n);
        // A line holding an apostrophe is no word of the sets; but an ASCII one is chained with
        // the rest (only the possessives, a third of the list, are passed by), since it can only
        // be found for a word holding an apostrophe, which contains() answers first.
        if (n >= 2 && w[n - 2] == '\'' && w[n - 1] == 's') return;
        std::uint32_t length = static_cast<std::uint32_t>(n);
        std::size_t b;
        if (w[0] >= 'a' && w[0] <= 'z') {
            // a word in lower case, compared as written
            b = bucket(w.data(), n, false);
        } else if (plain_ascii(w)) {
            // a capitalised word folds to a word beginning with a lower-case letter only from a capital
            if (w[0] < 'A' || w[0] > 'Z') return;
            length |= kCapitalised;
            b = bucket(w.data(), n, true);
        } else {
            if (w.find('\'') == std::string_view::npos) other_capitalised_.insert(fold_key(w));
            return;
        }
        lines_.push_back(Line{static_cast<std::uint32_t>(at), length, heads_[b]});
        heads_[b] = static_cast<std::uint32_t>(lines_.size() - 1);
    });
}

bool CommonWords::contains(std::string_view q) const {
    const std::size_t n = q.size();
    if (n == 0 || q[0] < 'a' || q[0] > 'z' || heads_.empty() || q.find('\'') != std::string_view::npos) return false;
    const std::size_t b = bucket(q.data(), n, false);
    bool listed = false;
    for (std::uint32_t i = heads_[b]; i != kNone; i = lines_[i].next) {
        const Line& l = lines_[i];
        if ((l.length & ~kCapitalised) != n) continue;
        const char* w = list_.data() + l.offset;
        if (l.length & kCapitalised) {
            std::size_t k = 0;
            while (k < n && lower(w[k]) == static_cast<unsigned char>(q[k])) ++k;
            if (k == n) return false;  // a capitalised word folds to it
        } else if (!listed) {
            listed = same_key(std::string_view(w, n), q);
        }
    }
    return listed && !other_capitalised_.contains(q);
}

}  // namespace kg::extract
