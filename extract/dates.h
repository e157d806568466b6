#pragma once
// Dates as the genre writes them: "April 5, 2024", "On April 4th", "5 April 2024",
// "Thursday February 18", "2024-04-05".

#include <optional>
#include <string>
#include <vector>

#include "extract/text.h"

namespace kg::extract {

struct DateMention {
    std::size_t first = 0;  // token range [first, last)
    std::size_t last = 0;
    int year = 0;           // 0 when the text omits it
    int month = 0;
    int day = 0;
    bool range_start = false;  // "From April 3 to 5": the first half of a range
    int year_shift = 0;        // "on Dec 4 last year": -1, "next year": +1 to the default year
    // ISO 8601; the year falls back to `default_year` (empty result when neither is known).
    std::string iso(int default_year = 0) const;
};

// A day relative to an ISO date: shift_days("2024-03-01", -1) == "2024-02-29"; "" on a bad date.
std::string shift_days(std::string_view iso, int days);
// The weekday of an ISO date, 0 = Monday ... 6 = Sunday; -1 on a bad date.
int weekday_of(std::string_view iso);
// "monday" ... "sunday" (folded) -> 0 ... 6; -1 otherwise.
int weekday_number(std::string_view folded);

// Every date in the token stream, in order.
std::vector<DateMention> find_dates(const std::vector<Token>& tokens);

// The release's date line: the first full date (with a year) standing on a short
// line near the top of the document. Empty when the page has none.
std::optional<DateMention> find_document_date(std::string_view text, const std::vector<Token>& tokens,
                                              const std::vector<DateMention>& dates);

// Month number for an English month name or abbreviation ("Sept."), 0 when not a month.
int month_number(std::string_view word);

}  // namespace kg::extract
