// Tokens, folded forms, word classes, sentences and dates.
// A stage of the extraction pipeline (see extract/detail/document_reader.h): it reads and
// writes the shared state of one document.

#include "extract/detail/document_reader.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract::detail {

namespace {

// Lowers the ASCII capitals of s in place, eight bytes at a time; other bytes, those of UTF-8
// sequences among them, are kept. (A byte loop as each token was appended cost 4 million
// instructions in 500 releases.)
void lower_ascii(std::string& s) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    std::size_t k = 0;
    for (; k + 8 <= s.size(); k += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + k, 8);
        // per byte, its low seven bits: no sum below carries into the next byte
        const std::uint64_t low = x & ~kHighs;
        const std::uint64_t from_a = low + kOnes * (0x80 - 'A');      // high bit: at least 'A'
        const std::uint64_t past_z = low + kOnes * (0x80 - 'Z' - 1);  // high bit: above 'Z'
        const std::uint64_t capital = from_a & ~past_z & ~x & kHighs;  // (and an ASCII byte)
        x |= capital >> 2;                                              // 0x20: the lower case
        std::memcpy(s.data() + k, &x, 8);
    }
    for (; k < s.size(); ++k)
        if (s[k] >= 'A' && s[k] <= 'Z') s[k] = static_cast<char>(s[k] - 'A' + 'a');
}

}  // namespace

// ---------------------------------------------------------------- dates and sentences

void DocumentReader::find_dates_and_sentences() {
    // "a free and open Indo-PacificOpen a New Window, and": the words a ministry's web page writes
    // after a link, copied with the text and often glued to the link's last word, are blanked with
    // as many spaces (offsets stay those of the text)
    static constexpr std::string_view kLinkMarker = "Open a New Window";
    if (text_.find(kLinkMarker) != std::string_view::npos) {
        blanked_text_.assign(text_);
        for (std::size_t at = blanked_text_.find(kLinkMarker); at != std::string::npos;
             at = blanked_text_.find(kLinkMarker, at + kLinkMarker.size()))
            blanked_text_.replace(at, kLinkMarker.size(), kLinkMarker.size(), ' ');
        text_ = blanked_text_;
    }
    tok_ = tokenize(text_, std::move(tok_));
    join_wrapped_lines(text_, tok_);
    // Folded texts: most tokens are already folded (lower-case ASCII, as the tokenizer saw)
    // and are viewed in place; the others are folded into one arena, viewed once it stops
    // growing.
    constexpr std::uint32_t kInText = 0xFFFFFFFFu;  // (a fold_spans_ entry: the token is its own folded form)
    fold_spans_.assign(tok_.size(), {kInText, 0});
    fold_arena_.reserve(text_.size() / 4);
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        if (tok_[i].folded) continue;
        const std::string_view t = tok_[i].text;
        const bool ascii = std::none_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        const std::size_t at = fold_arena_.size();
        // (ASCII appended whole, lowered below with the rest of the arena in one pass)
        if (ascii) fold_arena_.append(t);
        else fold_arena_ += fold_key(t);
        fold_spans_[i] = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(fold_arena_.size() - at)};
    }
    lower_ascii(fold_arena_);
    fold_.resize(tok_.size());
    flags_.assign(tok_.size(), 0);
    flag_blocks_.assign(tok_.size() / 16 + 1, 0);
    // (a copy: the stores into flags_ below would have it read again from words_ at each mark)
    const std::bitset<256> mark_starts = words_.joiner_index.by_word_first_bytes;
    for (std::size_t i = 0; i < tok_.size(); ++i) {
        fold_[i] = fold_spans_[i].first == kInText
                       ? tok_[i].text
                       : std::string_view(fold_arena_).substr(fold_spans_[i].first, fold_spans_[i].second);
        if (!tok_[i].is_word()) {
            // (a mark that may open a phrasing of data/joiners.tsv, ",": find_joiners visits the
            // tokens of kPatternStart, and pattern_candidates looks such a mark up as before)
            if (mark_starts[static_cast<unsigned char>(fold_[i][0])]) flag_pattern_mark(i);
            continue;
        }
        if (const WordFlags* found = words_.flags.find(fold_[i])) {
            WordFlags f = *found;
            const Token& t = tok_[i];
            // Case-sensitive classes hold only for the written forms they were listed in
            // (names need a capital anyway, so "the" and "The" may share kNonName).
            if ((f & kMonth) && !t.cap) f &= ~kMonth;
            if ((f & kPostNominal) && !t.cap && !t.allcaps) f &= ~kPostNominal;
            if ((f & kHeadNoun) && !(t.cap || (f & kEventHeadLower))) f &= ~kHeadNoun;
            flags_[i] = f;
            flag_blocks_[i / 16] |= f;  // (a given-name title's bit may stay there: the block is only a filter)
        }
    }
    // given-name-title: "Sultan Mohammed Al Shamsi", "Dr. Sultan Al Jaber", "Sheikh Sultan bin Zayed"
    // name a man called Sultan; "Sultan Haitham bin Tarik Al Said" names the ruler by his title. The
    // word keeps its class only where it is a given name: a family particle follows its next
    // capitalised words before any "bin", or "bin" follows it at once (the people stage then reads it
    // as the name's first part, language_word and add_person).
    for (std::size_t i = next_with(kGivenNameTitle, 0, tok_.size()); i + 1 < tok_.size();
         i = next_with(kGivenNameTitle, i + 1, tok_.size())) {
        bool given = false;
        for (std::size_t k = i + 1; tok_[i].cap && k < tok_.size() && k < i + 5; ++k) {
            if (in(fold_[k], {"bin", "ibn", "bint"})) {
                given = k == i + 1;
                break;
            }
            if (fold_[k] == "al" && (tok_[k].cap || (k + 1 < tok_.size() && tok_[k + 1].is("-")))) {
                given = true;
                break;
            }
            if (!tok_[k].is_word() || !tok_[k].cap) break;
        }
        // ("the Sultan of Brunei Sultan Hassanal Bolkiah": after the place or body of an office, the
        // ruler's title, whatever follows)
        const bool after_of = i >= 2 && fold_[i - 2] == "of" && tok_[i - 1].cap;
        // ("Hossein Amir Abdollahian": between a given name and the family name, a middle name)
        if (!given && !after_of && i > 0 && i + 1 < tok_.size() && tok_[i - 1].is_word() && tok_[i - 1].cap && !tok_[i - 1].allcaps &&
            !tok_[i].newline_before && !(flags_[i - 1] & (kTitleStartFlag | kHonorificStart | kNonName)) &&
            tok_[i + 1].is_word() && tok_[i + 1].cap && !tok_[i + 1].allcaps && !(flags_[i + 1] & kTitleStartFlag))
            given = true;
        // ("Acting Foreign Minister Amir Khan Muttaqi": right after an office's capitalised last word,
        // two plain capitalised words after it, no "bin" or "of" after them; "the Amir Sheikh Tamim",
        // "Amir Tamim bin Hamad", "Brunei's Sultan Hassanal Bolkiah" are the ruler's title)
        if (!given && !after_of && i > 0 && i + 3 < tok_.size() && tok_[i - 1].is_word() && (tok_[i - 1].cap || tok_[i - 1].allcaps) &&
            !is_possessive(tok_[i - 1]) && !(flags_[i - 1] & kHonorificStart)) {
            bool plain = true;
            for (std::size_t k = i + 1; k < i + 3 && plain; ++k)
                plain = tok_[k].is_word() && tok_[k].cap && !tok_[k].allcaps && !tok_[k].newline_before &&
                        !(flags_[k] & (kTitleStartFlag | kHonorificStart | kNonName)) && fold_[k] != "al";
            given = plain && !in(fold_[i + 3], {"bin", "ibn", "bint", "of", "al"}) && !tok_[i + 3].is("-");
        }
        if (!given) flags_[i] &= ~kGivenNameTitle;
    }
    // (pm_cache_ is read only where pm_done_ is set: grown, never cleared)
    if (pm_cache_.size() < tok_.size()) pm_cache_.resize(tok_.size());
    pm_done_.assign(tok_.size(), 0);
    tm_cache_.assign(tok_.size(), 0);
    sent_ = split_sentences(text_, tok_, std::move(sent_));
    sent_of_.assign(tok_.size(), 0);
    for (std::size_t s = 0; s < sent_.size(); ++s)
        for (std::size_t k = sent_[s].first; k < sent_[s].last; ++k) sent_of_[k] = static_cast<std::uint32_t>(s);
    // A news page repeats its headline as a photo caption or a lead line ("Minister X holds talks
    // with Y - photo 1"): a line within the next three that begins with the whole title is the
    // title again, read by the title rules, not as prose in the present tense.
    title_copy_ = kNone;
    if (sent_.size() > 1 && sent_[0].last >= sent_[0].first + 4 && !tok_[sent_[0].last - 1].is(".")) {
        const std::size_t n = sent_[0].last - sent_[0].first;
        for (std::size_t s = 1; s < sent_.size() && s < 4 && title_copy_ == kNone; ++s) {
            if (sent_[s].last - sent_[s].first < n) continue;
            bool same = true;
            for (std::size_t k = 0; k < n && same; ++k)
                same = tok_[sent_[0].first + k].text == tok_[sent_[s].first + k].text;
            if (same) title_copy_ = s;
        }
    }
    owner_.assign(tok_.size(), kUnclaimed);
    dates_ = find_dates(tok_);
    if (!doc_.date.empty()) {
        doc_date_ = doc_.date;
        doc_year_ = std::atoi(doc_.date.substr(0, 4).c_str());
    } else if (auto d = find_document_date(text_, tok_, dates_)) {
        doc_date_ = d->iso();
        doc_year_ = d->year;
        date_line_token_ = d->first;
    }
}

}  // namespace kg::extract::detail
