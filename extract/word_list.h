#pragma once
// The common words of the system word list (one word a line; Debian's wamerican): the words
// listed in lower case that no capitalised word of the list folds to ("leadership",
// "national", not "bill" when "Bill" is listed). Read at every start, looked up only for names
// read from context (some 22,000 times in 500 releases): so a line is not copied, only put in
// a slot with its first eight bytes (folded), and a lookup of a word of up to eight bytes reads
// the slot alone, no byte of the list.

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/flat_map.h"

namespace kg::extract {

class CommonWords {
public:
    // Takes the list's bytes (kept: the slots view its lines). Lines holding an apostrophe
    // ("Bill's") are left out.
    void assign(std::string list);
    // Whether `folded` is a common word.
    bool contains(std::string_view folded) const;

private:
    static constexpr std::uint32_t kCapitalised = 0x80000000u;  // (in Slot::length)
    // A line of the list: a word in lower case, or a capitalised ASCII word (kCapitalised),
    // compared lowered. Slots are probed linearly from the word's hash; a word may have two, one
    // for each case ("polish", "Polish").
    struct Slot {
        std::uint64_t head = 0;     // the first eight bytes of the folded word, zeros after it
        std::uint32_t offset = 0;   // of the line in list_
        std::uint32_t length = 0;   // with kCapitalised; 0: an empty slot
    };
    // The first eight bytes of the folded word of `n` bytes at `p`, zeros after it (`p` may be
    // read up to eight bytes on: list_ is padded), and its hash.
    static std::uint64_t head(const char* p, std::size_t n, bool lowered);
    static std::uint64_t hash(std::uint64_t head, const char* p, std::size_t n, bool lowered);
    void insert(std::uint64_t h, const Slot& slot);  // grown first when three quarters full
    void place(std::uint64_t h, const Slot& slot);   // in the first free slot from the hash's
    void grow();
    // The slot where the probe for a hash begins: by its high bits (its low bits choose its bit
    // of the filter).
    std::size_t first_slot(std::uint64_t h) const {
        return static_cast<std::size_t>(h >> (64 - std::countr_zero(slots_.size())));
    }
    std::string list_;
    std::size_t size_ = 0;  // (its bytes without the padding)
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
    // A bit for each lower-case word's hash: most words looked up are no common word, and the
    // filter (128 KB) answers them without their slot.
    std::vector<std::uint64_t> filter_;
    static constexpr std::uint64_t kFilterBits = std::uint64_t{1} << 20;
    // the folded forms of capitalised words that are not plain ASCII ("Ångström"), few
    FlatWordSet other_capitalised_;
};

}  // namespace kg::extract
