#pragma once
// Byte-level pieces of the reader: encoding sniffing, transcoding, UTF-8 repair,
// NFC, binary detection and small text helpers. Internal to extract/; the public
// entry points are in extract/reader.h.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace kg::extract {

inline constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

// What sanitise_utf8 had to repair, with byte offsets into its input.
struct Utf8Repairs {
    std::size_t invalid = 0;  // ill-formed subsequences replaced by U+FFFD
    std::size_t first_invalid = kNoOffset;
    std::size_t controls = 0;  // control characters removed
    std::size_t first_control = kNoOffset;
};

// Everything normalise_text does except NFC: one leading BOM, line ends, controls,
// ill-formed UTF-8. Linear, one pass.
std::string sanitise_utf8(std::string_view raw, Utf8Repairs& repairs);

// Appends the warnings normalise_text promises for `repairs` ("" when none).
void report_repairs(const Utf8Repairs& repairs, const std::string& source,
                    std::vector<Diagnostic>& diagnostics);

// True when `bytes` are well-formed UTF-8 throughout.
bool is_valid_utf8(std::string_view bytes);

// NFC through ICU; returns the input unchanged when it already is NFC.
std::string to_nfc(std::string text);

// True when `text` (valid UTF-8) holds nothing but white space and invisible
// (default-ignorable) characters.
bool is_blank(std::string_view text);

// The first non-blank line of `text`, trimmed, cut to at most `max_bytes` on a character
// boundary. Empty when there is none.
std::string first_line(std::string_view text, std::size_t max_bytes = 300);

// Collapses runs of white space to one space and trims, cut like first_line.
std::string clean_title(std::string_view text, std::size_t max_bytes = 300);

// A file name made safe for diagnostics and ids: ill-formed UTF-8 bytes become "\xHH",
// control characters "\n", "\t", "\r" or "\xHH"; valid text is unchanged.
std::string display_name(std::string_view name);

// The Unicode encoding named by a byte-order mark at the start of `bytes`
// ("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"), with the mark's length.
struct Bom {
    const char* charset = nullptr;
    std::size_t length = 0;
};
Bom detect_bom(std::string_view bytes);

// "UTF-16LE"/"UTF-16BE" when BOM-less bytes look like UTF-16 text (NUL in every other
// byte), nullptr otherwise.
const char* detect_utf16_without_bom(std::string_view bytes);

// A short description ("PDF document", "NUL-heavy data", ...) when `bytes` are not
// text, nullptr when they are. Looks at magic numbers and at the first 64 KiB.
const char* binary_kind(std::string_view bytes);

// Converts `bytes` in `charset` (any ICU converter name or alias) to UTF-8; unmappable
// bytes become U+FFFD. Empty optional (and `error` set) when ICU cannot convert.
std::optional<std::string> transcode_to_utf8(std::string_view bytes, const char* charset,
                                             std::string& error);

// "YYYY-MM-DD" from the start of an ISO-like date ("2024-03-05", "2024/3/5",
// "2024-03-05T10:00:00+09:00", "20240305"), or "" when it is not a valid date.
std::string iso_date(std::string_view value);

}  // namespace kg::extract
