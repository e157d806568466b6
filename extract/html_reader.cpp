#include "extract/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <memory>

#include "extract/reader.h"
#include "extract/text_normalise.h"

namespace kg::extract {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string to_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

// Case-insensitive find of an ASCII needle.
std::size_t ifind(std::string_view hay, std::string_view needle, std::size_t from = 0) {
    if (needle.size() > hay.size()) return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
        if (iequals(hay.substr(i, needle.size()), needle)) return i;
    }
    return std::string_view::npos;
}

// True when a <!DOCTYPE ...> near the start carries an internal subset ("[ ... ]"), the
// only place entity declarations (billion laughs, XXE) can come from.
bool has_internal_subset(std::string_view html) {
    const std::string_view head = html.substr(0, std::size_t{64} << 10);
    const std::size_t at = ifind(head, "<!doctype");
    if (at == std::string_view::npos) return false;
    char quote = 0;
    for (std::size_t i = at + 9; i < html.size(); ++i) {
        const char c = html[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            return true;
        } else if (c == '>') {
            return false;
        }
    }
    return false;
}

// The charset label of a <meta charset=...> or <meta http-equiv ... content="...;
// charset=..."> within the first 1024 bytes (the WHATWG prescan window), or "".
std::string meta_charset(std::string_view html) {
    const std::string_view head = html.substr(0, 1024);
    std::size_t pos = 0;
    while ((pos = ifind(head, "<meta", pos)) != std::string_view::npos) {
        std::size_t end = head.find('>', pos);
        if (end == std::string_view::npos) end = head.size();
        const std::string_view tag = head.substr(pos, end - pos);
        pos = end;
        std::size_t c = ifind(tag, "charset");
        if (c == std::string_view::npos) continue;
        c += 7;
        while (c < tag.size() && is_space(tag[c])) ++c;
        if (c >= tag.size() || tag[c] != '=') continue;
        ++c;
        while (c < tag.size() && (is_space(tag[c]) || tag[c] == '"' || tag[c] == '\'')) ++c;
        std::size_t e = c;
        while (e < tag.size() && (is_alpha(tag[e]) || (tag[e] >= '0' && tag[e] <= '9') || tag[e] == '-' ||
                                  tag[e] == '_' || tag[e] == '.' || tag[e] == ':')) {
            ++e;
        }
        if (e > c) return to_lower(tag.substr(c, e - c));
    }
    return {};
}

// Maps a charset label the way browsers do (WHATWG Encoding): Latin-1 and ASCII labels
// mean windows-1252, UTF-16 labels in a byte stream without a BOM mean UTF-8.
std::string charset_for_label(const std::string& label) {
    static constexpr std::array<std::string_view, 12> kWindows1252{
        "ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
        "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819"};
    if (std::find(kWindows1252.begin(), kWindows1252.end(), label) != kWindows1252.end()) return "windows-1252";
    if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" || label.rfind("utf-16", 0) == 0) {
        return "UTF-8";
    }
    return label;
}

struct MarkupFixes {
    std::size_t dropped_attributes = 0;
    std::size_t cdata_sections = 0;
};

// One linear pass over the markup that (1) drops attributes beyond the first `max` of
// every start tag, because libxml2's HTML parser checks each attribute against all
// earlier ones, and (2) removes <![CDATA[ ... ]]>, which HTML (outside SVG/MathML)
// treats as a comment but libxml2 keeps as text.
MarkupFixes fix_markup(std::string& html, std::size_t max) {
    std::string out;
    MarkupFixes fixes;
    std::size_t copied = 0;
    const std::size_t n = html.size();
    std::size_t i = 0;
    while (i < n) {
        const std::size_t lt = html.find('<', i);
        if (lt == std::string::npos) break;
        i = lt + 1;
        if (html.compare(lt, 4, "<!--") == 0) {
            const std::size_t e = html.find("-->", lt + 4);
            i = e == std::string::npos ? n : e + 3;
            continue;
        }
        if (html.compare(lt, 9, "<![CDATA[") == 0) {
            const std::size_t e = html.find("]]>", lt + 9);
            if (e != std::string::npos && html.substr(lt, e - lt).find("</") == std::string::npos) {
                out.append(html, copied, lt - copied);
                copied = i = e + 3;
                ++fixes.cdata_sections;
            }
            continue;
        }
        if (i >= n || !is_alpha(html[i])) continue;
        while (i < n && !is_space(html[i]) && html[i] != '>' && html[i] != '/') ++i;
        std::size_t count = 0;
        while (i < n) {
            while (i < n && (is_space(html[i]) || html[i] == '/')) ++i;
            if (i >= n || html[i] == '>') break;
            const std::size_t start = i;
            do {
                ++i;
            } while (i < n && !is_space(html[i]) && html[i] != '>' && html[i] != '/' && html[i] != '=');
            std::size_t j = i;
            while (j < n && is_space(html[j])) ++j;
            if (j < n && html[j] == '=') {
                i = j + 1;
                while (i < n && is_space(html[i])) ++i;
                if (i < n && (html[i] == '"' || html[i] == '\'')) {
                    const std::size_t close = html.find(html[i], i + 1);
                    i = close == std::string::npos ? n : close + 1;
                } else {
                    while (i < n && !is_space(html[i]) && html[i] != '>') ++i;
                }
            }
            if (++count > max) {
                out.append(html, copied, start - copied);
                copied = i;
                ++fixes.dropped_attributes;
            }
        }
    }
    if (copied > 0) {
        out.append(html, copied, std::string::npos);
        html.swap(out);
    }
    return fixes;
}

// Collects visible text: white space collapsed, one line per block element.
class TextBuilder {
public:
    void text(std::string_view s, bool preformatted) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (!preformatted && is_space(c)) {
                space_ = true;
                continue;
            }
            flush();
            if (c == '\xC2' && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
                append_c1(static_cast<unsigned char>(s[i + 1]));
                ++i;
                continue;
            }
            out_ += c;
        }
    }
    void block() { line_ = true; }
    void space() { space_ = true; }
    void line_break() {
        if (!out_.empty()) out_ += '\n';
        space_ = false;
        line_ = false;
    }
    std::string take() { return std::move(out_); }

private:
    void flush() {
        if (line_) {
            if (!out_.empty() && out_.back() != '\n') out_ += '\n';
        } else if (space_) {
            if (!out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_ += ' ';
        }
        line_ = false;
        space_ = false;
    }
    // A C1 code point in parsed text can only come from a numeric reference (the raw
    // bytes were cleaned before parsing); browsers read those as windows-1252.
    void append_c1(unsigned char second) {
        static constexpr std::array<const char*, 32> kWindows1252{
            "\u20AC", nullptr,  "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
            "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", nullptr,  "\u017D", nullptr,
            nullptr,  "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
            "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", nullptr,  "\u017E", "\u0178"};
        const char* mapped = kWindows1252[static_cast<std::size_t>(second - 0x80)];
        if (mapped != nullptr) out_ += mapped;  // the five unmapped ones are controls: dropped
    }

    std::string out_;
    bool space_ = false;
    bool line_ = false;
};

bool in_list(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_dropped(std::string_view name) {
    return in_list(name, {"script", "style", "noscript", "template", "nav", "header", "footer", "iframe",
                          "object", "embed", "applet", "canvas", "audio", "video", "map", "datalist",
                          "select", "button", "frameset", "noframes"});
}

bool is_block(std::string_view name) {
    return in_list(name, {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
                          "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                          "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "html", "legend", "li",
                          "listing", "main", "menu", "ol", "p", "plaintext", "pre", "section", "summary",
                          "table", "tbody", "textarea", "tfoot", "thead", "tr", "ul", "xmp"});
}

bool is_preformatted(std::string_view name) {
    return in_list(name, {"pre", "textarea", "listing", "plaintext", "xmp"});
}

bool is_date_meta(const std::string& key) {
    return in_list(key, {"date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date",
                         "dcterms.issued", "dcterms.created", "article:published_time", "og:published_time",
                         "published_time", "pubdate", "publishdate", "publish-date", "publish_date",
                         "datepublished", "sailthru.date", "parsely-pub-date", "citation_publication_date",
                         "citation_date"});
}

std::string_view name_of(const xmlNode* node) {
    return node->name != nullptr ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

// An attribute's value without allocating through libxml2; "" when absent.
std::string attribute(const xmlNode* node, std::string_view name) {
    for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
        if (a->name == nullptr || !iequals(reinterpret_cast<const char*>(a->name), name)) continue;
        std::string value;
        for (const xmlNode* t = a->children; t != nullptr; t = t->next) {
            if (t->content != nullptr) value += reinterpret_cast<const char*>(t->content);
        }
        return value;
    }
    return {};
}

// Text of an element's direct text children (enough for <title>, which holds raw text).
std::string direct_text(const xmlNode* node) {
    std::string value;
    for (const xmlNode* t = node->children; t != nullptr; t = t->next) {
        if (t->type == XML_TEXT_NODE && t->content != nullptr) value += reinterpret_cast<const char*>(t->content);
    }
    return value;
}

// Silences libxml2's global error channels for one parse (HTML_PARSE_NOERROR does not
// cover encoding errors) and restores them afterwards.
class QuietLibxml {
public:
    QuietLibxml()
        : generic_(xmlGenericError),
          generic_context_(xmlGenericErrorContext),
          structured_(xmlStructuredError),
          structured_context_(xmlStructuredErrorContext) {
        xmlSetGenericErrorFunc(nullptr, &ignore_generic);
        xmlSetStructuredErrorFunc(nullptr, &ignore_structured);
    }
    ~QuietLibxml() {
        xmlSetGenericErrorFunc(generic_context_, generic_);
        xmlSetStructuredErrorFunc(structured_context_, structured_);
    }
    QuietLibxml(const QuietLibxml&) = delete;
    QuietLibxml& operator=(const QuietLibxml&) = delete;

private:
    static void ignore_generic(void*, const char*, ...) {}
    static void ignore_structured(void*, xmlErrorPtr) {}

    xmlGenericErrorFunc generic_;
    void* generic_context_;
    xmlStructuredErrorFunc structured_;
    void* structured_context_;
};

struct DocDeleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// Walks the tree in document order without recursion (100 000-deep nesting exists).
class Walker {
public:
    HtmlContent walk(xmlDoc* doc) {
        xmlNode* node = doc->children;
        while (node != nullptr) {
            bool descend = false;
            if (node->type == XML_ELEMENT_NODE) {
                descend = enter(node);
            } else if (node->type == XML_TEXT_NODE && node->content != nullptr && head_ == 0) {
                text_.text(reinterpret_cast<const char*>(node->content), preformatted_ > 0);
            }
            if (descend && node->children != nullptr) {
                node = node->children;
                continue;
            }
            if (descend) leave(node);
            while (node != nullptr && node->next == nullptr) {
                node = node->parent;
                if (node == nullptr || node->type != XML_ELEMENT_NODE) {
                    node = nullptr;
                    break;
                }
                leave(node);
            }
            if (node != nullptr) node = node->next;
        }
        HtmlContent content;
        content.text = text_.take();
        content.title = std::move(title_);
        content.date = std::move(date_);
        return content;
    }

private:
    // Returns whether the element's children are visited (then leave() follows).
    bool enter(const xmlNode* node) {
        const std::string_view name = name_of(node);
        if (name == "title") {
            if (!have_title_ && foreign_ == 0) {
                title_ = direct_text(node);
                have_title_ = true;
            }
            return false;
        }
        if (name == "meta") {
            if (date_.empty()) read_date(node);
            return false;
        }
        if (foreign_ > 0 && (name == "desc" || name == "metadata")) return false;
        if (is_dropped(name)) return false;
        if (head_ > 0) return false;  // only <title> and <meta> matter in <head>
        if (name == "head") {
            ++head_;
        } else if (name == "br") {
            text_.line_break();
        } else if (name == "hr") {
            text_.block();
        } else if (name == "td" || name == "th") {
            text_.space();
        } else if (name == "svg" || name == "math") {
            ++foreign_;
        }
        if (is_block(name)) text_.block();
        if (is_preformatted(name)) ++preformatted_;
        return true;
    }

    void leave(const xmlNode* node) {
        const std::string_view name = name_of(node);
        if (is_block(name)) text_.block();
        if (is_preformatted(name)) --preformatted_;
        if (name == "head") --head_;
        if (name == "svg" || name == "math") --foreign_;
        if (name == "td" || name == "th") text_.space();
    }

    void read_date(const xmlNode* node) {
        for (const char* key_attribute : {"name", "property", "itemprop"}) {
            const std::string key = to_lower(attribute(node, key_attribute));
            if (!key.empty() && is_date_meta(key)) {
                date_ = iso_date(attribute(node, "content"));
                if (!date_.empty()) return;
            }
        }
    }

    TextBuilder text_;
    std::string title_;
    std::string date_;
    bool have_title_ = false;
    int preformatted_ = 0;
    int foreign_ = 0;
    int head_ = 0;
};

}  // namespace

std::optional<HtmlContent> read_html(std::string_view bytes, const std::string& source,
                                     std::vector<Diagnostic>& diagnostics) {
    // 1. Decode to UTF-8 ourselves: libxml2 stops at the first byte its converter rejects.
    std::string utf8;
    const Bom bom = detect_bom(bytes);
    std::string charset;
    std::string_view body = bytes;
    if (bom.charset != nullptr) {
        charset = bom.charset;
        body = bytes.substr(bom.length);
    } else {
        const std::string label = meta_charset(bytes);
        if (!label.empty()) {
            charset = charset_for_label(label);
            std::string ignored;
            if (charset != "UTF-8" && !transcode_to_utf8("", charset.c_str(), ignored)) {
                diagnostics.push_back({Diagnostic::Severity::Warning, source,
                                       "unknown charset \"" + label + "\"; guessing the encoding"});
                charset.clear();
            }
        }
        if (charset.empty()) {
            if (is_valid_utf8(bytes)) {
                charset = "UTF-8";
            } else {
                charset = "windows-1252";
                diagnostics.push_back({Diagnostic::Severity::Warning, source,
                                       "no charset declared and the bytes are not UTF-8; decoded as windows-1252"});
            }
        }
    }
    if (charset == "UTF-8") {
        Utf8Repairs repairs;
        utf8 = sanitise_utf8(body, repairs);
        report_repairs(repairs, source, diagnostics);
    } else {
        std::string error;
        std::optional<std::string> converted = transcode_to_utf8(body, charset.c_str(), error);
        if (!converted) {
            diagnostics.push_back({Diagnostic::Severity::Error, source, error});
            return std::nullopt;
        }
        Utf8Repairs repairs;
        utf8 = sanitise_utf8(*converted, repairs);
        report_repairs(repairs, source, diagnostics);
    }

    // 2. Refuse what only an XML entity attack needs; tame what makes libxml2 quadratic.
    if (has_internal_subset(utf8)) {
        diagnostics.push_back({Diagnostic::Severity::Error, source,
                               "rejected: DOCTYPE with an internal subset (entity declarations are not allowed)"});
        return std::nullopt;
    }
    if (const MarkupFixes fixes = fix_markup(utf8, kMaxHtmlAttributes); fixes.dropped_attributes > 0) {
        diagnostics.push_back({Diagnostic::Severity::Warning, source,
                               "dropped " + std::to_string(fixes.dropped_attributes) + " attribute(s) beyond " +
                                   std::to_string(kMaxHtmlAttributes) + " per element"});
    }
    if (utf8.size() > static_cast<std::size_t>(INT_MAX)) {
        diagnostics.push_back({Diagnostic::Severity::Error, source, "HTML too large to parse"});
        return std::nullopt;
    }

    // 3. Parse. NONET and no NOENT: nothing is fetched, no entity is ever substituted.
    // HUGE lifts the 256-level depth cap (the walk below is iterative) and the 10 MB
    // text-node cap; the internal-subset check above keeps entity expansion out.
    std::unique_ptr<xmlDoc, DocDeleter> doc;
    {
        QuietLibxml quiet;
        doc.reset(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                                 HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                     HTML_PARSE_NOWARNING | XML_PARSE_HUGE));
    }
    if (!doc) {
        if (is_blank(utf8)) return HtmlContent{};
        diagnostics.push_back({Diagnostic::Severity::Error, source, "cannot parse HTML"});
        return std::nullopt;
    }
    HtmlContent content = Walker().walk(doc.get());
    doc.reset();

    // 4. Entities may have produced controls or decomposed text: normalise the result.
    content.text = normalise_text(content.text, source, diagnostics);
    const std::size_t last = content.text.find_last_not_of(" \t\n");
    content.text.erase(last == std::string::npos ? 0 : last + 1);
    std::vector<Diagnostic> ignored;
    content.title = clean_title(normalise_text(content.title, source, ignored));
    return content;
}

}  // namespace kg::extract
