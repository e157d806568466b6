#pragma once
// HTML and XHTML to visible text, through libxml2's forgiving HTML parser.
// Internal to extract/; read_documents() and read_buffer() in extract/reader.h use it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace kg::extract {

// The visible text of a page plus what its <head> says about it. `text` is normalised
// (see normalise_text); `title` is one line; `date` is YYYY-MM-DD or empty.
struct HtmlContent {
    std::string text;
    std::string title;
    std::string date;
};

// Decodes `bytes` (BOM, then <meta charset>, then UTF-8 if well-formed, else
// windows-1252 with a warning), parses them and returns the visible text: script, style,
// noscript, template, nav, header, footer, iframe, object and head content are dropped,
// block elements end lines, entities are decoded, C1 numeric references follow
// windows-1252 as browsers do. Elements keep at most kMaxHtmlAttributes attributes
// (libxml2 is quadratic in their number). Never recurses, so nesting depth is unlimited.
// Returns an empty optional, with an Error diagnostic naming `source`, when the input is
// rejected: a DOCTYPE with an internal subset (entity bombs, external entities) or a
// document libxml2 cannot parse at all.
std::optional<HtmlContent> read_html(std::string_view bytes, const std::string& source,
                                     std::vector<Diagnostic>& diagnostics);

inline constexpr std::size_t kMaxHtmlAttributes = 64;

}  // namespace kg::extract
