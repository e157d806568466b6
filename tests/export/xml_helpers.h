#pragma once
// Small libxml2 conveniences for reading exports back in tests.

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <vector>

namespace kg::test {

struct XmlDocFreer {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFreer>;

// Strict parse (no network, no recovery); null when not well-formed.
inline XmlDoc parse_xml(const std::string& text) {
    return XmlDoc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "export.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOBLANKS));
}

inline std::string attr(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

inline std::string text(xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

inline bool named(xmlNode* n, const char* name) {
    return n->type == XML_ELEMENT_NODE && std::string(reinterpret_cast<const char*>(n->name)) == name;
}

// Element children of `n` called `name`.
inline std::vector<xmlNode*> children(xmlNode* n, const char* name) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = n ? n->children : nullptr; c; c = c->next)
        if (named(c, name)) out.push_back(c);
    return out;
}

inline xmlNode* child(xmlNode* n, const char* name) {
    auto v = children(n, name);
    return v.empty() ? nullptr : v.front();
}

}  // namespace kg::test
