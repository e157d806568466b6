#include "extract/text_normalise.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

#include "extract/reader.h"

namespace kg::extract {
namespace {

using Byte = unsigned char;

const Byte* bytes_of(std::string_view s) { return reinterpret_cast<const Byte*>(s.data()); }

// The end of the run of bytes in [0x20, kEnd) that starts at p[i] (kEnd 0x7F: printable ASCII;
// 0x80: printable ASCII and DEL), eight bytes at a time: a byte loop cost 7 instructions a byte,
// most of reading a release. (The tests are "Bit Twiddling Hacks"' hasless and hasmore: true
// whenever some byte is out, so the byte loop finds it.)
template <Byte kEnd>
std::size_t printable_run_end(const Byte* p, std::size_t i, std::size_t n) {
    static_assert(kEnd >= 0x21 && kEnd <= 0x80);
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    for (std::uint64_t x; i + 8 <= n; i += 8) {
        std::memcpy(&x, p + i, 8);
        const std::uint64_t below = (x - kOnes * 0x20) & ~x & kHighs;
        const std::uint64_t above = ((x + kOnes * (0x80 - kEnd)) | x) & kHighs;
        if (below | above) break;
    }
    while (i < n && p[i] >= 0x20 && p[i] < kEnd) ++i;
    return i;
}

// Decodes the UTF-8 sequence at p[i]. Returns true for a well-formed sequence (its code
// point in `cp`, its length in `length`); false for an ill-formed one, with `length` the
// maximal subpart to replace by one U+FFFD (Unicode 15, section 3.9, "U+FFFD Substitution
// of Maximal Subparts"), which is at least one byte.
bool decode_utf8(const Byte* p, std::size_t i, std::size_t n, std::uint32_t& cp, std::size_t& length) {
    const Byte c = p[i];
    if (c < 0x80) {
        cp = c;
        length = 1;
        return true;
    }
    std::size_t need = 0;
    Byte lo = 0x80;
    Byte hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0Fu;
        if (c == 0xE0) lo = 0xA0;       // no overlongs
        else if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07u;
        if (c == 0xF0) lo = 0x90;       // no overlongs
        else if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
        length = 1;  // C0, C1 (overlong leads), F5..FF, or a stray continuation byte
        return false;
    }
    std::size_t j = i + 1;
    for (std::size_t k = 0; k < need; ++k, ++j) {
        if (j >= n || p[j] < lo || p[j] > hi) {
            length = j - i;
            return false;
        }
        cp = (cp << 6) | (p[j] & 0x3Fu);
        lo = 0x80;
        hi = 0xBF;
    }
    length = j - i;
    return true;
}

// Decodes one code point of text already known to be valid UTF-8.
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
    std::uint32_t cp = 0;
    std::size_t length = 1;
    if (!decode_utf8(bytes_of(s), i, s.size(), cp, length)) cp = 0xFFFD;
    i += length;
    return cp;
}

bool is_blank_code_point(std::uint32_t cp) {
    const auto c = static_cast<UChar32>(cp);
    return u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// is_blank_code_point of each ASCII byte, asked of ICU once: a title's line is read a byte at a
// time through this table, not two ICU calls a character (5.3 million instructions for the titles
// of 500 releases).
const std::array<bool, 0x80>& ascii_blanks() {
    static const std::array<bool, 0x80> table = [] {
        std::array<bool, 0x80> t{};
        for (std::uint32_t c = 0; c < 0x80; ++c) t[c] = is_blank_code_point(c);
        return t;
    }();
    return table;
}

// Whether the code point at s[i] is blank (is_blank_code_point); advances i past it.
bool blank_at(std::string_view s, std::size_t& i, const std::array<bool, 0x80>& ascii) {
    if (const auto b = static_cast<Byte>(s[i]); b < 0x80) {
        ++i;
        return ascii[b];
    }
    return is_blank_code_point(next_code_point(s, i));
}

// Largest prefix of `s` no longer than max_bytes that ends on a character boundary.
std::string_view cut(std::string_view s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<Byte>(s[end]) & 0xC0u) == 0x80u) --end;
    return s.substr(0, end);
}

bool starts_with_bytes(std::string_view s, std::string_view magic) {
    return s.size() >= magic.size() && s.substr(0, magic.size()) == magic;
}

}  // namespace

std::string sanitise_utf8(std::string_view raw, Utf8Repairs& repairs) {
    std::string out;
    out.reserve(raw.size());
    const Byte* p = bytes_of(raw);
    const std::size_t n = raw.size();
    std::size_t i = starts_with_bytes(raw, "\xEF\xBB\xBF") ? 3 : 0;
    auto control_at = [&](std::size_t at) {
        if (repairs.controls++ == 0) repairs.first_control = at;
    };
    while (i < n) {
        const Byte c = p[i];
        if (c >= 0x20 && c < 0x7F) {  // printable ASCII runs are copied in one go
            const std::size_t j = printable_run_end<0x7F>(p, i + 1, n);
            out.append(raw.data() + i, j - i);
            i = j;
            continue;
        }
        if (c < 0x80) {
            if (c == '\n' || c == '\t') {
                out += static_cast<char>(c);
            } else if (c == '\r') {
                out += '\n';
                if (i + 1 < n && p[i + 1] == '\n') ++i;
            } else if (c == 0x0B || c == 0x0C) {  // VT, FF: mandatory breaks (UAX #14)
                out += '\n';
            } else {
                control_at(i);
            }
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t length = 1;
        if (!decode_utf8(p, i, n, cp, length)) {
            if (repairs.invalid++ == 0) repairs.first_invalid = i;
            out += "\xEF\xBF\xBD";
        } else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {  // NEL, LS, PS
            out += '\n';
        } else if (cp <= 0x9F) {  // C1 controls
            control_at(i);
        } else {
            out.append(raw.data() + i, length);
        }
        i += length;
    }
    return out;
}

void report_repairs(const Utf8Repairs& repairs, const std::string& source,
                    std::vector<Diagnostic>& diagnostics) {
    if (repairs.invalid > 0) {
        diagnostics.push_back({Diagnostic::Severity::Warning, source,
                               "invalid UTF-8: replaced " + std::to_string(repairs.invalid) +
                                   " ill-formed sequence(s) with U+FFFD, the first at byte " +
                                   std::to_string(repairs.first_invalid)});
    }
    if (repairs.controls > 0) {
        diagnostics.push_back({Diagnostic::Severity::Warning, source,
                               "removed " + std::to_string(repairs.controls) +
                                   " control character(s), the first at byte " +
                                   std::to_string(repairs.first_control)});
    }
}

bool is_valid_utf8(std::string_view bytes) {
    const Byte* p = bytes_of(bytes);
    std::size_t i = 0;
    while (i < bytes.size()) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t length = 1;
        if (!decode_utf8(p, i, bytes.size(), cp, length)) return false;
        i += length;
    }
    return true;
}

namespace {

// Whether every code point of s is one NFC leaves alone wherever it stands (NFC_Quick_Check Yes
// and combining class 0; by UAX #15's quick check such a text is in NFC): ASCII, Latin-1 and the
// other letters below U+0300 always are, and so are the curly quotes and dashes of English
// releases. ICU's own check cost 9 instructions a byte; this one reads ASCII eight bytes at a
// time and asks ICU only about the few other code points. False for ill-formed UTF-8 and at the
// first code point from U+3000 on (Japanese text, where ICU's check is the faster).
bool plainly_nfc(std::string_view s) {
    const Byte* p = bytes_of(s);
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (std::uint64_t eight; i + 8 <= n && (std::memcpy(&eight, p + i, 8), (eight & 0x8080808080808080ull) == 0)) {
            i += 8;  // eight ASCII bytes at once
            continue;
        }
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t length = 0;
        if (!decode_utf8(p, i, n, cp, length)) return false;
        i += length;
        if (cp < 0x300) continue;
        if (cp >= 0x3000) return false;
        const auto c = static_cast<UChar32>(cp);
        if (u_getCombiningClass(c) != 0 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return false;
    }
    return true;
}

}  // namespace

std::string to_nfc(std::string text) {
    if (plainly_nfc(text)) return text;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || text.size() > static_cast<std::size_t>(INT32_MAX)) return text;
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return text;
    status = U_ZERO_ERROR;
    std::string out;
    out.reserve(text.size());
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status)) return text;  // ICU data missing: keep the text as it is
    return out;
}

std::string normalise_text(std::string_view raw, const std::string& source,
                           std::vector<Diagnostic>& diagnostics) {
    Utf8Repairs repairs;
    std::string text = sanitise_utf8(raw, repairs);
    report_repairs(repairs, source, diagnostics);
    return to_nfc(std::move(text));
}

bool is_blank(std::string_view text) {
    const auto& ascii = ascii_blanks();
    std::size_t i = 0;
    while (i < text.size()) {
        if (!blank_at(text, i, ascii)) return false;
    }
    return true;
}

std::string first_line(std::string_view text, std::size_t max_bytes) {
    const auto& ascii = ascii_blanks();
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        std::size_t i = 0;
        std::size_t start = line.size();
        while (i < line.size()) {
            const std::size_t at = i;
            if (!blank_at(line, i, ascii)) {
                start = at;
                break;
            }
        }
        if (start == line.size()) continue;
        // Trim trailing blanks within the (bounded) window, so a 10 MB line costs max_bytes.
        const std::string_view window = cut(line.substr(start), max_bytes);
        std::size_t end = 0;
        i = 0;
        while (i < window.size()) {
            if (!blank_at(window, i, ascii)) end = i;
        }
        return std::string(window.substr(0, end));
    }
    return {};
}

std::string clean_title(std::string_view text, std::size_t max_bytes) {
    std::string out;
    bool pending_space = false;
    std::size_t i = 0;
    while (i < text.size() && out.size() < max_bytes + 4) {
        const std::size_t at = i;
        const std::uint32_t cp = next_code_point(text, i);
        if (is_blank_code_point(cp) || cp < 0x20) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out.append(text.substr(at, i - at));
    }
    return std::string(cut(out, max_bytes));
}

std::string display_name(std::string_view name) {
    std::string out;
    const Byte* p = bytes_of(name);
    std::size_t i = 0;
    auto hex = [&out](Byte b) {
        static constexpr char kDigits[] = "0123456789ABCDEF";
        out += "\\x";
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0F];
    };
    while (i < name.size()) {
        if (p[i] >= 0x20 && p[i] < 0x7F) {  // printable ASCII, a path's every byte mostly, as it is
            const std::size_t j = printable_run_end<0x7F>(p, i + 1, name.size());
            out.append(name.substr(i, j - i));
            i = j;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t length = 1;
        if (!decode_utf8(p, i, name.size(), cp, length)) {
            for (std::size_t k = 0; k < length; ++k) hex(p[i + k]);
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            hex(static_cast<Byte>(cp));
        } else if (cp >= 0x80 && cp <= 0x9F) {
            for (std::size_t k = 0; k < length; ++k) hex(p[i + k]);
        } else {
            out.append(name.substr(i, length));
        }
        i += length;
    }
    return out;
}

Bom detect_bom(std::string_view bytes) {
    using namespace std::string_view_literals;
    if (starts_with_bytes(bytes, "\xFF\xFE\x00\x00"sv)) return {"UTF-32LE", 4};
    if (starts_with_bytes(bytes, "\x00\x00\xFE\xFF"sv)) return {"UTF-32BE", 4};
    if (starts_with_bytes(bytes, "\xEF\xBB\xBF"sv)) return {"UTF-8", 3};
    if (starts_with_bytes(bytes, "\xFF\xFE"sv)) return {"UTF-16LE", 2};
    if (starts_with_bytes(bytes, "\xFE\xFF"sv)) return {"UTF-16BE", 2};
    return {};
}

const char* detect_utf16_without_bom(std::string_view bytes) {
    const std::size_t pairs = std::min<std::size_t>(bytes.size(), 4096) / 2;
    if (pairs < 2) return nullptr;
    std::size_t zero_even = 0;
    std::size_t zero_odd = 0;
    for (std::size_t k = 0; k < pairs; ++k) {
        if (bytes[2 * k] == '\0') ++zero_even;
        if (bytes[2 * k + 1] == '\0') ++zero_odd;
    }
    // Latin-script UTF-16: one byte of almost every pair is zero, the other almost never.
    if (zero_odd * 10 >= pairs * 9 && zero_even * 10 <= pairs) return "UTF-16LE";
    if (zero_even * 10 >= pairs * 9 && zero_odd * 10 <= pairs) return "UTF-16BE";
    return nullptr;
}

const char* binary_kind(std::string_view bytes) {
    using namespace std::string_view_literals;
    struct Magic {
        std::string_view bytes;
        const char* kind;
    };
    static constexpr std::array<Magic, 13> kMagic{{
        {"%PDF-"sv, "PDF document"},
        {"\x89PNG\r\n\x1A\n"sv, "PNG image"},
        {"\x7F" "ELF"sv, "ELF executable"},
        {"\x1F\x8B"sv, "gzip data"},
        {"PK\x03\x04"sv, "zip archive"},
        {"GIF87a"sv, "GIF image"},
        {"GIF89a"sv, "GIF image"},
        {"\xFF\xD8\xFF"sv, "JPEG image"},
        {"\xFD" "7zXZ\x00"sv, "xz data"},
        {"7z\xBC\xAF\x27\x1C"sv, "7-Zip archive"},
        {"\x28\xB5\x2F\xFD"sv, "zstd data"},
        {"SQLite format 3\x00"sv, "SQLite database"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "OLE2 (MS Office) document"},
    }};
    for (const Magic& m : kMagic) {
        if (starts_with_bytes(bytes, m.bytes)) return m.kind;
    }
    const std::string_view sample = bytes.substr(0, std::size_t{64} << 10);
    if (sample.empty()) return nullptr;
    const Byte* p = bytes_of(sample);
    std::size_t nul = 0;
    std::size_t controls = 0;  // C0 controls that text files do not use
    std::size_t ill_formed = 0;
    std::size_t i = 0;
    while (i < sample.size()) {
        // printable ASCII, most of any text, is skipped in runs without decoding
        if (p[i] >= 0x20 && p[i] < 0x80) {
            i = printable_run_end<0x80>(p, i + 1, sample.size());
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t length = 1;
        if (!decode_utf8(p, i, sample.size(), cp, length)) {
            ill_formed += length;
        } else if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != 0x0B && cp != 0x0C &&
                   cp != 0x1B) {
            ++controls;
            if (cp == 0) ++nul;
        }
        i += length;
    }
    const std::size_t n = sample.size();
    if (nul * 10 > n) return "NUL-heavy data";
    // Random or compressed bytes have ~10% C0 controls and ~40% ill-formed UTF-8; text in a
    // legacy 8-bit encoding has ill-formed bytes but no controls, hostile text the reverse.
    if (controls * 50 > n && ill_formed * 10 > n) return "binary data";
    return nullptr;
}

std::optional<std::string> transcode_to_utf8(std::string_view bytes, const char* charset,
                                             std::string& error) {
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX / 2)) {
        error = "too large to convert";
        return std::nullopt;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status) || !converter) {
        error = std::string("unsupported encoding \"") + charset + "\"";
        return std::nullopt;
    }
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
    if (U_FAILURE(status)) {
        error = std::string("cannot convert from ") + charset + ": " + u_errorName(status);
        return std::nullopt;
    }
    std::string out;
    text.toUTF8String(out);  // unpaired surrogates become U+FFFD
    return out;
}

std::string iso_date(std::string_view value) {
    std::size_t i = 0;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) ++i;
    auto digits = [&](std::size_t min, std::size_t max, int& number) {
        std::size_t count = 0;
        number = 0;
        while (i < value.size() && count < max && value[i] >= '0' && value[i] <= '9') {
            number = number * 10 + (value[i] - '0');
            ++i;
            ++count;
        }
        return count >= min;
    };
    int year = 0;
    int month = 0;
    int day = 0;
    const std::size_t start = i;
    if (!digits(4, 4, year)) return {};
    if (i < value.size() && (value[i] == '-' || value[i] == '/' || value[i] == '.')) {
        const char separator = value[i++];
        if (!digits(1, 2, month)) return {};
        if (i >= value.size() || value[i] != separator) return {};
        ++i;
        if (!digits(1, 2, day)) return {};
    } else {
        i = start;
        int all = 0;
        if (!digits(8, 8, all)) return {};
        year = all / 10000;
        month = all / 100 % 100;
        day = all % 100;
    }
    if (i < value.size() && value[i] >= '0' && value[i] <= '9') return {};
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > kDays[static_cast<std::size_t>(month - 1)] ||
        (month == 2 && day == 29 && !leap)) {
        return {};
    }
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

}  // namespace kg::extract
