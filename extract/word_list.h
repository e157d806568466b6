#pragma once
// The common words of the system word list (one word a line; Debian's wamerican): the words
// listed in lower case that no capitalised word of the list folds to ("leadership",
// "national", not "bill" when "Bill" is listed). Looked up only for names read from context,
// a few thousand times in a run, while the list's hundred thousand lines are read at every
// start: so the lines are not hashed into a set, only chained into buckets by their first four
// bytes, last four, middle one and length, and a lookup compares the few lines of its bucket.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/flat_map.h"

namespace kg::extract {

class CommonWords {
public:
    // Takes the list's bytes (kept: the buckets view its lines). Lines holding an apostrophe
    // ("Bill's") are left out.
    void assign(std::string list);
    // Whether `folded` is a common word.
    bool contains(std::string_view folded) const;

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    static constexpr std::uint32_t kCapitalised = 0x80000000u;  // (in Line::length)
    struct Line {
        std::uint32_t offset;  // in list_
        std::uint32_t length;  // with kCapitalised for a capitalised ASCII word (compared lowered)
        std::uint32_t next;    // the bucket's next line, or kNone
    };
    // The bucket of a word of `n` bytes at `p`, by its first four bytes, its last four, its
    // middle one and its length, the ASCII capitals of a capitalised word lowered.
    std::size_t bucket(const char* p, std::size_t n, bool lowered) const;
    std::string list_;
    std::vector<std::uint32_t> heads_;  // a bucket's first line, or kNone
    std::vector<Line> lines_;
    unsigned shift_ = 64;
    // the folded forms of capitalised words that are not plain ASCII ("Ångström"), few
    FlatWordSet other_capitalised_;
};

}  // namespace kg::extract
