#pragma once
// A read-mostly open-addressing map from short strings to small values, for the
// per-token lookups of the extractor: one probe sequence in one flat array, the
// hash compared before the key, no node per entry.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace kg::extract {

template <typename V>
class FlatStringMap {
public:
    // Inserts or returns the existing value for `key`.
    V& operator[](std::string_view key) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        const std::uint64_t h = hash(key);
        std::size_t i = h & (slots_.size() - 1);
        while (slots_[i].used) {
            if (slots_[i].hash == h && slots_[i].key == key) return slots_[i].value;
            i = (i + 1) & (slots_.size() - 1);
        }
        keys_.emplace_back(key);
        slots_[i] = Slot{keys_.back(), h, V{}, true};
        ++size_;
        return slots_[i].value;
    }
    // The value for `key`, or null.
    const V* find(std::string_view key) const {
        if (slots_.empty()) return nullptr;
        const std::uint64_t h = hash(key);
        std::size_t i = h & (slots_.size() - 1);
        while (slots_[i].used) {
            if (slots_[i].hash == h && slots_[i].key == key) return &slots_[i].value;
            i = (i + 1) & (slots_.size() - 1);
        }
        return nullptr;
    }
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    std::size_t size() const { return size_; }
    void clear() {
        slots_.clear();
        keys_.clear();
        size_ = 0;
    }

private:
    struct Slot {
        std::string_view key;
        std::uint64_t hash = 0;
        V value{};
        bool used = false;
    };
    static std::uint64_t hash(std::string_view s) { return ShortKeyHash{}(s); }
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        for (Slot& s : old) {
            if (!s.used) continue;
            std::size_t i = s.hash & (slots_.size() - 1);
            while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = std::move(s);
        }
    }
    std::vector<Slot> slots_;
    std::deque<std::string> keys_;  // owns the keys; a deque never moves them
    std::size_t size_ = 0;
};

}  // namespace kg::extract
