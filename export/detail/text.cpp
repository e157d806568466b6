#include "export/detail/text.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace kg::output::detail {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

constexpr std::uint32_t kReplacement = 0xFFFD;

// Decodes one code point at s[i]; advances i past it. Ill-formed input yields
// U+FFFD and consumes the maximal ill-formed prefix (at least one byte).
std::uint32_t decode(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;  // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07u;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        ++i;
        return kReplacement;
    }
    std::size_t k = 1;
    for (; k < len; ++k) {
        if (i + k >= s.size()) break;
        const auto b = static_cast<unsigned char>(s[i + k]);
        const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) break;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    i += k;
    return k == len ? cp : kReplacement;
}

bool dropped(std::uint32_t cp) {
    if (cp == '\t' || cp == '\n') return false;
    if (cp < 0x20 || cp == 0x7F) return true;
    if (cp >= 0x80 && cp <= 0x9F) return true;
    return cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string clean_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        const std::uint32_t cp = decode(s, i);
        if (dropped(cp)) continue;
        if (cp == kReplacement && !(i - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD")) {
            append_utf8(out, kReplacement);
            continue;
        }
        out.append(s.substr(start, i - start));
    }
    return out;
}

std::string dot_escstring(std::string_view s) {
    const std::string clean = clean_text(s);
    std::string out;
    out.reserve(clean.size() + 8);
    for (char c : clean) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string dot_unescstring(std::string_view e) {
    std::string out;
    out.reserve(e.size());
    for (std::size_t i = 0; i < e.size(); ++i) {
        if (e[i] == '\\' && i + 1 < e.size()) {
            const char n = e[++i];
            out += n == 'n' ? '\n' : n;
        } else {
            out += e[i];
        }
    }
    return out;
}

std::string dot_quote(std::string_view value) {
    // Graphviz's lexer reads a quoted string in one token of at most 16 384 bytes
    // ("longer than 16384?"), so long values are continued on the next line with
    // backslash-newline, which every DOT reader removes. Never inside an escape or a
    // UTF-8 sequence.
    constexpr std::size_t kChunk = 4096;
    std::string out = "\"";
    std::size_t run = 0;
    bool in_escape = false;
    for (char c : value) {
        const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
        if (run >= kChunk && !in_escape && !continuation) {
            out += "\\\n";
            run = 0;
        }
        in_escape = !in_escape && c == '\\';
        if (c == '"') out += '\\';
        out += c;
        ++run;
    }
    out += '"';
    return out;
}

namespace {

// Printable ASCII that XML text and attributes take as is.
constexpr bool plain_xml(unsigned char c) {
    return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

// plain_xml of every byte, looked up rather than tested: most of what a big
// export writes passes through this scan.
constexpr std::array<bool, 256> kPlainXml = [] {
    std::array<bool, 256> plain{};
    for (unsigned c = 0; c < 256; ++c) plain[c] = plain_xml(static_cast<unsigned char>(c));
    return plain;
}();

}  // namespace

namespace {

char* put(char* out, std::string_view text) {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

}  // namespace

char* put_xml_escaped(char* out, std::string_view s, bool attribute) {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && kPlainXml[static_cast<unsigned char>(s[j])]) ++j;
        out = put(out, s.substr(i, j - i));
        if (j == s.size()) return out;
        const auto c = static_cast<unsigned char>(s[j]);
        if (c < 0x80) {
            switch (c) {
                case '&': out = put(out, "&amp;"); break;
                case '<': out = put(out, "&lt;"); break;
                case '>': out = put(out, "&gt;"); break;  // also defuses "]]>"
                case '"': out = put(out, attribute ? "&quot;" : "\""); break;
                case '\'': out = put(out, attribute ? "&apos;" : "'"); break;
                case '\n': out = put(out, attribute ? "&#10;" : "\n"); break;
                case '\t': out = put(out, attribute ? "&#9;" : "\t"); break;
                default: break;  // other C0 controls and DEL: not XML 1.0 characters
            }
            i = j + 1;
            continue;
        }
        const std::size_t start = j;
        const std::uint32_t cp = decode(s, j);
        i = j;
        if (dropped(cp)) continue;
        if (cp == kReplacement && !(j - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD")) {
            out = put(out, "\xEF\xBF\xBD");  // U+FFFD
            continue;
        }
        out = put(out, s.substr(start, j - start));
    }
    return out;
}

void append_xml_escaped(std::string& out, std::string_view s, bool attribute) {
    const std::size_t start = out.size();
    out.resize(start + kXmlEscapedGrowth * s.size());
    out.resize(static_cast<std::size_t>(put_xml_escaped(out.data() + start, s, attribute) - out.data()));
}

std::string xml_escape(std::string_view s, bool attribute) {
    std::string out;
    out.reserve(s.size() + 16);
    append_xml_escaped(out, s, attribute);
    return out;
}

}  // namespace kg::output::detail

namespace kg::output {

std::string csv_field(std::string_view s) {
    const std::string clean = detail::clean_text(s);
    // OWASP's CSV injection rule: a spreadsheet runs a cell starting with one of
    // these as a formula (TAB and CR because some strip them first).
    const bool formula = !clean.empty() && std::string_view("=+-@\t\r").find(clean.front()) != std::string_view::npos;
    const bool quote = formula || clean.find_first_of(",\"\r\n\t") != std::string::npos ||
                       (!clean.empty() && (clean.front() == ' ' || clean.back() == ' '));
    if (!quote) return clean;
    std::string out = formula ? "\"'" : "\"";
    for (char c : clean) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace kg::output
