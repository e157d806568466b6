#pragma once
// Text cleaning and escaping shared by the writers. Every name that leaves kg
// through an exporter passes through clean_text first, then through the
// escaper of its format, so no writer has to trust a library to escape.

#include <string>
#include <string_view>

namespace kg::output::detail {

// Valid UTF-8 with ill-formed subsequences (including encoded surrogates and
// overlongs) replaced by U+FFFD; C0 controls other than TAB and LF, DEL, C1
// controls and the noncharacters U+FFFE/U+FFFF dropped. The result contains only
// characters of the XML 1.0 Char production.
std::string clean_text(std::string_view s);

// Graphviz escString form of `s` (the value to store in a cgraph attribute):
// clean_text, then `\` -> `\\`, LF -> `\n`, TAB -> space. Renders as `s`.
std::string dot_escstring(std::string_view s);
// Inverse of dot_escstring for the escapes it produces (`\\`, `\n`).
std::string dot_unescstring(std::string_view e);
// A DOT double-quoted string holding `value` verbatim: `"` -> `\"`.
// `value` must not end in a single backslash (dot_escstring output never does).
// Values longer than 4 KiB are split over lines with backslash-newline (the Graphviz
// lexer refuses quoted strings over 16 KiB).
std::string dot_quote(std::string_view value);

// clean_text, then XML-escaped for element content (& < >) or, with
// `attribute`, for a double- or single-quoted attribute (also " ' TAB LF).
std::string xml_escape(std::string_view s, bool attribute = false);

// Appends xml_escape(s, attribute) to `out` without temporaries; runs of plain
// ASCII are copied in one go, which is what keeps big exports fast.
void append_xml_escaped(std::string& out, std::string_view s, bool attribute = false);

// The most bytes xml_escape makes of one input byte ('"' is "&quot;" in an attribute).
inline constexpr std::size_t kXmlEscapedGrowth = 6;
// Writes xml_escape(s, attribute) at `out`, which has room for kXmlEscapedGrowth *
// s.size() bytes, and returns the end of what it wrote.
char* put_xml_escaped(char* out, std::string_view s, bool attribute = false);

}  // namespace kg::output::detail
