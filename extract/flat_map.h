#pragma once
// A read-mostly open-addressing map from short strings to small values, for the
// per-token lookups of the extractor: one probe sequence in one flat array, the
// hash compared before the key, no node per entry.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace kg::extract {

// Whether two keys hold the same bytes. Keys of up to 16 bytes (the tables' words) are compared
// in two loads from each end, overlapping, instead of by a call to memcmp: the per-token lookups
// made half a million such calls in 500 releases.
[[gnu::always_inline]] inline bool same_key(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* x = a.data();
    const char* y = b.data();
    const auto load8 = [](const char* p) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    };
    const auto load4 = [](const char* p) {
        std::uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    };
    if (n > 16) return std::memcmp(x, y, n) == 0;
    if (n >= 8) return load8(x) == load8(y) && load8(x + n - 8) == load8(y + n - 8);
    if (n >= 4) return load4(x) == load4(y) && load4(x + n - 4) == load4(y + n - 4);
    return n == 0 || (x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]);
}

template <typename V>
class FlatStringMap {
public:
    // Inserts or returns the existing value for `key`.
    V& operator[](std::string_view key) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        const std::uint64_t h = hash(key);
        std::size_t i = h & (slots_.size() - 1);
        while (slots_[i].used()) {
            if (slots_[i].hash == h && same_key(slots_[i].key, key)) return slots_[i].value;
            i = (i + 1) & (slots_.size() - 1);
        }
        keys_.emplace_back(key);
        slots_[i] = Slot{keys_.back(), h, V{}};
        mark(h);
        ++size_;
        return slots_[i].value;
    }
    // The value for `key`, or null.
    const V* find(std::string_view key) const { return slots_.empty() ? nullptr : find(key, hash(key)); }
    // The same, for a key whose hash(key) is known: one hash for lookups of a word in several maps.
    const V* find(std::string_view key, std::uint64_t h) const {
        if (slots_.empty() || !marked(h)) return nullptr;
        std::size_t i = h & (slots_.size() - 1);
        while (slots_[i].used()) {
            if (slots_[i].hash == h && same_key(slots_[i].key, key)) return &slots_[i].value;
            i = (i + 1) & (slots_.size() - 1);
        }
        return nullptr;
    }
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    static std::uint64_t hash(std::string_view s) { return ShortKeyHash{}(s); }
    std::size_t size() const { return size_; }
    // Empties the map and keeps a table of the first size (64 slots) and its keys' deque for the
    // next keys: a map made again for each document allocated both, the slots aligned, each time.
    // (A larger table is let go: clearing it for each document would cost more.)
    void reset() {
        if (slots_.size() > 64) {
            clear();
            return;
        }
        if (size_ == 0) return;
        std::fill(slots_.begin(), slots_.end(), Slot{});
        std::fill(filter_.begin(), filter_.end(), std::uint64_t{0});
        keys_.clear();
        size_ = 0;
    }
    void clear() {
        slots_.clear();
        keys_.clear();
        filter_.clear();
        filter_mask_ = 0;
        size_ = 0;
    }

private:
    // (32 bytes, aligned to 32: a probe reads one cache line, never two; with a flag of its own a
    // slot took 40 bytes and half the slots straddled two lines. A slot is used when its key
    // views a string of keys_, whose data is never null.)
    struct alignas(32) Slot {
        std::string_view key;
        std::uint64_t hash = 0;
        V value{};
        bool used() const { return key.data() != nullptr; }
    };
    // A filter of 16 bits a slot, set by the high bits of the keys' hashes: most words looked up
    // in the word-class table are in none of its classes, and their probe of the slots (128 KB,
    // a cache miss each) ends at the filter's clear bit instead (8 KB).
    std::size_t filter_bit(std::uint64_t h) const { return static_cast<std::size_t>(h >> 32) & filter_mask_; }
    void mark(std::uint64_t h) {
        const std::size_t b = filter_bit(h);
        filter_[b / 64] |= std::uint64_t{1} << (b % 64);
    }
    bool marked(std::uint64_t h) const {
        const std::size_t b = filter_bit(h);
        return ((filter_[b / 64] >> (b % 64)) & 1u) != 0;
    }
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        filter_.assign(slots_.size() / 4, 0);
        filter_mask_ = slots_.size() * 16 - 1;
        for (Slot& s : old) {
            if (!s.used()) continue;
            std::size_t i = s.hash & (slots_.size() - 1);
            while (slots_[i].used()) i = (i + 1) & (slots_.size() - 1);
            mark(s.hash);
            slots_[i] = std::move(s);
        }
    }
    std::vector<Slot> slots_;
    std::vector<std::uint64_t> filter_;  // slots_.size() * 16 bits
    std::size_t filter_mask_ = 0;        // the filter's bits - 1
    std::deque<std::string> keys_;  // owns the keys; a deque never moves them
    std::size_t size_ = 0;
};

// A set of short strings built once and then only read (the 70,000-word English list):
// the strings in one buffer and an open-addressing table of 12-byte slots (offset,
// length, the hash's high bits) over it, so a lookup touches one slot, mostly, and the
// bytes of one word; no node or string per entry.
class FlatWordSet {
public:
    // Adds `word` unless it is there already.
    void insert(std::string_view word) { insert(word, hash(word)); }
    // The same with the word's hash(word) known: a caller that asks two sets about one word
    // hashes it once.
    void insert(std::string_view word, std::uint64_t h) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        std::size_t i = h & (slots_.size() - 1);
        for (; slots_[i].used(); i = (i + 1) & (slots_.size() - 1))
            if (slots_[i].tag == tag(h) && same_key(text(slots_[i]), word)) return;
        slots_[i] = Slot{static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(word.size()), tag(h)};
        chars_.append(word);
        ++size_;
    }
    // Room for `n` words and `chars` bytes of them, so that inserting them never grows the table
    // (growing from empty rehashed every word of the 70,000-word list seven times at start-up).
    void reserve(std::size_t n, std::size_t chars) {
        std::size_t slots = slots_.empty() ? 1024 : slots_.size();
        while ((n + 1) * 2 > slots) slots *= 2;
        if (slots > slots_.size()) grow_to(slots);
        chars_.reserve(chars);
    }
    bool contains(std::string_view word) const { return contains(word, hash(word)); }
    bool contains(std::string_view word, std::uint64_t h) const {
        if (slots_.empty()) return false;
        for (std::size_t i = h & (slots_.size() - 1); slots_[i].used(); i = (i + 1) & (slots_.size() - 1))
            if (slots_[i].tag == tag(h) && same_key(text(slots_[i]), word)) return true;
        return false;
    }
    std::size_t size() const { return size_; }
    static std::uint64_t hash(std::string_view s) { return ShortKeyHash{}(s); }

private:
    struct Slot {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::uint32_t tag = 0;  // the hash's high 32 bits, never 0 in a used slot
        bool used() const { return tag != 0; }
    };
    static std::uint32_t tag(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32) | 1u; }
    std::string_view text(const Slot& s) const { return std::string_view(chars_).substr(s.offset, s.length); }
    void grow() { grow_to(slots_.empty() ? 1024 : slots_.size() * 2); }
    void grow_to(std::size_t slots) {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(slots, Slot{});
        for (const Slot& s : old) {
            if (!s.used()) continue;
            std::size_t i = hash(text(s)) & (slots_.size() - 1);
            while (slots_[i].used()) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
        }
    }
    std::string chars_;
    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace kg::extract
