#pragma once
// libxml2 helpers for the GraphML and GEXF targets: a strict, offline parse and
// element/attribute access.

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace kg::fuzz {

struct XmlDocFreer {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFreer>;

// Well-formedness only: no network, no DTD loading, no entity substitution, no recovery,
// blanks kept (a whitespace-only label must survive).
inline XmlDoc parse_xml(const std::string& text) {
    return XmlDoc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "export.xml", nullptr, XML_PARSE_NONET));
}

// A stable export id (export/detail/stable_ids.h): lower-case ASCII words joined by
// single '-', so a valid xs:NMTOKEN as well.
inline bool stable_id_shaped(const std::string& id) {
    bool word = false;  // inside a word
    for (char c : id) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word = true;
        else if (c == '-' && word) word = false;
        else return false;
    }
    return word;
}

inline bool named(const xmlNode* n, const char* name) {
    return n && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

inline std::vector<xmlNode*> children(xmlNode* n, const char* name) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = n ? n->children : nullptr; c; c = c->next)
        if (named(c, name)) out.push_back(c);
    return out;
}

inline xmlNode* child(xmlNode* n, const char* name) {
    const auto v = children(n, name);
    return v.empty() ? nullptr : v.front();
}

inline std::string attr(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

inline std::string content(xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

inline void ignore_libxml2_message(void*, const char*, ...) {}

// libxml2 reports parse errors on stderr by default; keep fuzz logs readable.
inline void quiet_libxml2() { xmlSetGenericErrorFunc(nullptr, ignore_libxml2_message); }

}  // namespace kg::fuzz
