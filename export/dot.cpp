// DOT through cgraph, and SVG/PNG/PDF through gvc, from one cgraph graph.
//
// cgraph builds and checks the graph, but DOT text is emitted here rather than by
// agwrite: agwrite leaves some values unquoted (`-.`) and mangles a trailing
// backslash, so every value is written double-quoted from its escString form.

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "export/detail/palette.h"
#include "export/detail/selection.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

using detail::dot_escstring;
using detail::dot_quote;
using detail::Selection;

constexpr std::size_t kDotLayoutMaxNodes = 150;

struct AgraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

// Collects cgraph/gvc diagnostics while alive instead of letting them go to
// stderr, so they can be put into an ExportError. Graphviz is not thread-safe,
// so neither is this.
class GraphvizErrors {
public:
    GraphvizErrors() : previous_(agseterrf(&GraphvizErrors::collect)) { messages().clear(); }
    ~GraphvizErrors() { agseterrf(previous_); }
    GraphvizErrors(const GraphvizErrors&) = delete;
    GraphvizErrors& operator=(const GraphvizErrors&) = delete;

    // The messages so far, or `fallback` when Graphviz said nothing.
    std::string text(const std::string& fallback) const {
        std::string m = messages();
        while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
        return m.empty() ? fallback : m;
    }

private:
    static std::string& messages() {
        static std::string m;
        return m;
    }
    static int collect(char* msg) {
        if (msg) messages() += msg;
        return 0;
    }
    agusererrf previous_;
};

// cgraph takes char* for strings it only reads; hand it owned mutable copies.
void set_attr(void* obj, const std::string& name, const std::string& value) {
    std::string n = name, v = value, d;
    if (agsafeset(obj, n.data(), v.data(), d.data()) != 0)
        throw ExportError("export: cgraph could not set attribute \"" + name + "\"");
}

void declare(Agraph_t* g, int kind, const std::string& name, const std::string& value) {
    std::string n = name, v = value;
    if (!agattr(g, kind, n.data(), v.data()))
        throw ExportError("export: cgraph could not declare attribute \"" + name + "\"");
}

Agnode_t* make_node(Agraph_t* g, const std::string& id) {
    std::string name = id;
    Agnode_t* n = agnode(g, name.data(), 1);
    if (!n) throw ExportError("export: cgraph could not create node " + id);
    return n;
}

std::string edge_label(const detail::SelectedEdge& e) {
    std::string label(to_string(e.type));
    if (auto t = e.attributes.find("title"); t != e.attributes.end() && !t->second.empty())
        label += " " + t->second;
    if (auto a = e.attributes.find("amount"); a != e.attributes.end() && !a->second.empty())
        label += " " + a->second;
    if (!e.dates.empty()) {
        label += " " + e.dates.front();
        if (e.dates.size() > 1) label += "\xE2\x80\xA6" + e.dates.back();  // "…"
    }
    if (e.merged > 1) label += " (" + std::to_string(e.merged) + "x)";
    return label;
}

std::string tooltip(const EntityRecord& e) {
    std::string t = std::string(to_string(e.type)) + ": " + e.name;
    if (!e.aliases.empty()) t += "\naka " + detail::join(e.aliases, ", ");
    return t;
}

struct BuiltGraph {
    AgraphPtr graph;
    std::vector<Agnode_t*> nodes;  // in selection order
    std::vector<Agedge_t*> edges;
};

// The whole drawing as a cgraph graph; every text value is in escString form.
BuiltGraph build(const Selection& s, const ExportOptions& opt, bool legend) {
    BuiltGraph b;
    std::string name = "kg";
    b.graph.reset(agopen(name.data(), Agundirected, nullptr));
    if (!b.graph) throw ExportError("export: cgraph could not open a graph");
    Agraph_t* root = b.graph.get();

    declare(root, AGRAPH, "fontname", "Helvetica");
    if (!opt.title.empty()) {
        declare(root, AGRAPH, "label", dot_escstring(opt.title));
        declare(root, AGRAPH, "labelloc", "t");
        declare(root, AGRAPH, "fontsize", "16");
    }
    declare(root, AGNODE, "label", "\\N");  // so an empty name stays empty, not the node id
    declare(root, AGNODE, "style", "filled");
    declare(root, AGNODE, "fontname", "Helvetica");
    declare(root, AGNODE, "fontsize", "11");
    declare(root, AGEDGE, "fontname", "Helvetica");
    declare(root, AGEDGE, "fontsize", "9");

    std::map<EntityId, Agnode_t*> by_id;
    for (const EntityRecord* e : s.nodes) {
        const std::string id = detail::node_id(e->id);
        Agnode_t* n = make_node(root, id);
        const detail::NodeStyle st = detail::node_style(e->type);
        set_attr(n, "label", dot_escstring(e->name));
        set_attr(n, "shape", std::string(st.shape));
        set_attr(n, "fillcolor", std::string(st.fill));
        set_attr(n, "id", id);
        set_attr(n, "tooltip", dot_escstring(tooltip(*e)));
        by_id.emplace(e->id, n);
        b.nodes.push_back(n);
    }
    for (const detail::SelectedEdge& e : s.edges) {
        const std::string id = detail::edge_id(e.id);
        std::string key = id;
        Agedge_t* ed = agedge(root, by_id.at(e.source), by_id.at(e.target), key.data(), 1);
        if (!ed) throw ExportError("export: cgraph could not create edge " + id);
        set_attr(ed, "label", dot_escstring(edge_label(e)));
        set_attr(ed, "color", std::string(detail::edge_colour(e.type)));
        set_attr(ed, "fontcolor", std::string(detail::edge_colour(e.type)));
        set_attr(ed, "dir", e.directed ? "forward" : "none");
        set_attr(ed, "id", id);
        if (e.merged > 1)
            set_attr(ed, "penwidth", std::to_string(std::min<std::size_t>(1 + e.merged / 2, 8)));
        b.edges.push_back(ed);
    }

    if (legend && !s.nodes.empty()) {
        std::vector<EntityType> present;
        for (EntityType t : kAllEntityTypes)
            if (std::any_of(s.nodes.begin(), s.nodes.end(),
                            [t](const EntityRecord* e) { return e->type == t; }))
                present.push_back(t);
        std::string sub = "cluster_legend";
        Agraph_t* lg = agsubg(root, sub.data(), 1);
        if (!lg) throw ExportError("export: cgraph could not create the legend subgraph");
        set_attr(lg, "label", "Legend");
        set_attr(lg, "style", "rounded");
        for (EntityType t : present) {
            Agnode_t* n = make_node(lg, "legend_" + std::string(to_string(t)));
            const detail::NodeStyle st = detail::node_style(t);
            set_attr(n, "label", std::string(to_string(t)));
            set_attr(n, "shape", std::string(st.shape));
            set_attr(n, "fillcolor", std::string(st.fill));
        }
    }
    return b;
}

// Writes `kind [a="x", ...]` style attribute lists; empty values are skipped.
void write_attrs(std::ostream& out, Agraph_t* root, int kind, void* obj) {
    bool first = true;
    for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym)) {
        const char* value = obj ? agxget(obj, sym) : sym->defval;
        if (!value) throw ExportError(std::string("export: cgraph lost attribute ") + sym->name);
        const bool skip = (!obj || kind == AGRAPH) ? *value == '\0'
                                                   : std::string_view(value) == sym->defval;
        if (skip) continue;
        out << (first ? " [" : ", ") << sym->name << '=' << dot_quote(value);
        first = false;
    }
    if (!first) out << ']';
}

// DOT text of a built graph, without its subgraphs.
void emit(std::ostream& out, const BuiltGraph& b) {
    Agraph_t* root = b.graph.get();
    out << "graph \"kg\" {\n";
    out << "\tgraph";
    write_attrs(out, root, AGRAPH, root);
    out << ";\n\tnode";
    write_attrs(out, root, AGNODE, nullptr);
    out << ";\n\tedge";
    write_attrs(out, root, AGEDGE, nullptr);
    out << ";\n";
    for (Agnode_t* n : b.nodes) {
        out << '\t' << dot_quote(agnameof(n));
        write_attrs(out, root, AGNODE, n);
        out << ";\n";
    }
    for (Agedge_t* e : b.edges) {
        out << '\t' << dot_quote(agnameof(agtail(e))) << " -- " << dot_quote(agnameof(aghead(e)));
        write_attrs(out, root, AGEDGE, e);
        out << ";\n";
    }
    out << "}\n";
}

// One Graphviz context for the whole process, never freed: Graphviz 2.42's
// pango plugin keeps a static pointer to the last font name, which lives in the
// context, so freeing a context makes the next render read freed memory
// (heap-use-after-free under ASan in textspan_size).
GVC_t* graphviz_context() {
    static GVC_t* const context = gvContext();
    if (!context) throw ExportError("render: could not create a Graphviz context");
    return context;
}

std::vector<std::string> layout_engines(GVC_t* gvc) {
    std::vector<std::string> names;
    int size = 0;
    std::string kind = "layout";
    char** list = gvPluginList(gvc, kind.data(), &size, nullptr);
    if (!list) return names;
    for (int i = 0; i < size; ++i) {
        if (list[i]) names.emplace_back(list[i]);
        std::free(list[i]);
    }
    std::free(list);
    return names;
}

std::string choose_engine(GVC_t* gvc, const ExportOptions& opt, std::size_t node_count) {
    const std::vector<std::string> have = layout_engines(gvc);
    const auto available = [&](const std::string& e) {
        return std::find(have.begin(), have.end(), e) != have.end();
    };
    if (!opt.layout.empty()) {
        if (!available(opt.layout))
            throw ExportError("render: layout engine \"" + opt.layout + "\" is not available (have: " +
                              detail::join(have, ", ") + ")");
        return opt.layout;
    }
    if (node_count <= kDotLayoutMaxNodes) return "dot";
    for (const char* e : {"sfdp", "neato", "dot"})
        if (available(e)) return e;
    throw ExportError("render: no Graphviz layout engine is available");
}

}  // namespace

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const Selection s = detail::select(g, opt);
    GraphvizErrors errors;
    const BuiltGraph b = build(s, opt, false);
    emit(out, b);
    if (!out) throw ExportError("export: writing DOT failed");
}

void render(const graph::KnowledgeGraph& g, const std::string& format, std::ostream& out,
            const ExportOptions& opt) {
    if (format != "svg" && format != "png" && format != "pdf")
        throw ExportError("render: unsupported format \"" + format + "\" (expected svg, png or pdf)");
    const Selection s = detail::select(g, opt);
    GraphvizErrors errors;
    GVC_t* const gvc = graphviz_context();
    BuiltGraph b = build(s, opt, true);
    Agraph_t* root = b.graph.get();
    const std::string engine = choose_engine(gvc, opt, s.nodes.size());
    if (engine != "dot") set_attr(root, "overlap", "false");

    if (gvLayout(gvc, root, engine.c_str()) != 0)
        throw ExportError("render: Graphviz layout \"" + engine + "\" failed: " +
                          errors.text("no message"));
    const auto free_layout = [&](GVC_t* c) { gvFreeLayout(c, root); };
    std::unique_ptr<GVC_t, decltype(free_layout)> layout(gvc, free_layout);

    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, root, format.c_str(), &data, &length) != 0 || !data) {
        if (data) gvFreeRenderData(data);
        throw ExportError("render: Graphviz could not render " + format + ": " +
                          errors.text("no message"));
    }
    const auto free_data = [](char* d) { gvFreeRenderData(d); };
    std::unique_ptr<char, decltype(free_data)> owned(data, free_data);
    out.write(data, static_cast<std::streamsize>(length));
    if (!out) throw ExportError("render: writing " + format + " output failed");
}

}  // namespace kg::output
