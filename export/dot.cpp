// DOT through cgraph, and SVG/PNG/PDF through gvc, from one cgraph graph.
//
// The DOT file carries the layout kg's own drawing of the same selection uses: the
// engine (graph attribute `layout`, which Graphviz honours whichever of dot, neato or
// sfdp is run on the file) and that engine's settings (rankdir, nodesep and ranksep
// for dot; overlap, sep, pack, packmode, outputorder, size for the force-directed
// ones). Titles, names and relations are the data's own; the caption, legend, wrapped
// names and the note of unconnected entities belong to drawings only.
// Tooltips (SVG hover text) break lines for real: aliases, places and documents
// each on a line of their own.
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
#include <set>
#include <string>
#include <vector>

#include "export/detail/format.h"
#include "export/detail/layout.h"
#include "export/detail/palette.h"
#include "export/detail/selection.h"
#include "export/detail/stable_ids.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

using detail::dot_escstring;
using detail::dot_quote;
using detail::Selection;

constexpr std::size_t kDotLayoutMaxNodes = 150;
constexpr std::size_t kDotLayoutMaxComponents = 6;
constexpr std::size_t kNeatoLayoutMaxNodes = 400;

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

// A tooltip value: Graphviz expands escapes in tooltips twice (`\\\\` shows as one
// backslash, `\\N` as the node name), so each backslash of the text becomes four,
// while a line break becomes the single escape `\n`, which SVG shows as a new line.
std::string tooltip_escstring(std::string_view s) {
    std::string out;
    for (char c : detail::clean_text(s)) {
        if (c == '\\') out += "\\\\\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += ' ';
        else out += c;
    }
    return out;
}

// An edge's hover text: its label, then where, how and from which documents.
std::string tooltip(const graph::KnowledgeGraph& g, const detail::SelectedEdge& e) {
    std::string t = detail::edge_label(e);
    std::vector<std::string> places;
    for (EntityId p : e.places) places.emplace_back(detail::entity_name(g, p));
    if (!places.empty()) t += "\nin " + detail::join(places, ", ");
    if (const auto modes = e.values("mode"); !modes.empty()) t += "\nmode: " + detail::join(modes, ", ");
    if (!e.documents.empty()) t += "\ndocuments: " + detail::join(e.documents, ", ");
    return t;
}

std::string tooltip(const EntityRecord& e) {
    std::string t = std::string(to_string(e.type)) + ": " + e.name;
    if (!e.aliases.empty()) t += "\naka " + detail::join(e.aliases, ", ");
    return t;
}

// Breaks `s` into lines of about `width` bytes at spaces, so long names and edge
// labels make tall boxes instead of very wide ones. Existing line breaks stay.
std::string wrap(const std::string& s, std::size_t width) {
    std::string out;
    std::size_t line = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find_first_of(" \n", i);
        if (j == std::string::npos) j = s.size();
        const std::size_t word = j - i;
        if (line > 0 && line + 1 + word > width) {
            out += '\n';
            line = 0;
        } else if (line > 0) {
            out += ' ';
            ++line;
        }
        out.append(s, i, word);
        line += word;
        if (j < s.size() && s[j] == '\n') {
            out += '\n';
            line = 0;
        }
        i = j + 1;
    }
    return out;
}

enum class Purpose { Dot, Drawing };

// "12 entities, 17 relations, dated 2023-04-04 to 2024-04-04": what the drawing shows.
std::string summary(const Selection& s) {
    std::string_view first, last;
    for (const detail::SelectedEdge& e : s.edges) {
        if (e.dates.empty()) continue;
        if (first.empty() || e.dates.front() < first) first = e.dates.front();
        if (last.empty() || e.dates.back() > last) last = e.dates.back();
    }
    std::string text = std::to_string(s.nodes.size()) + (s.nodes.size() == 1 ? " entity, " : " entities, ") +
                       std::to_string(s.edges.size()) + (s.edges.size() == 1 ? " relation" : " relations");
    if (!first.empty()) {
        text += ", dated ";
        text += first;
        if (last != first) text.append(" to ").append(last);
    }
    return text;
}

struct BuiltGraph {
    AgraphPtr graph;
    std::vector<Agnode_t*> nodes;  // in selection order, then meetings and notes
    std::vector<Agedge_t*> edges;
    std::size_t components = 0;    // connected components among the nodes with edges
    std::size_t drawing_nodes = 0; // nodes the drawing of this selection has (legend and note included)
};

// Union-find over node indices, for counting connected components.
struct Components {
    std::vector<std::size_t> parent;
    explicit Components(std::size_t n) : parent(n) {
        for (std::size_t i = 0; i < n; ++i) parent[i] = i;
    }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// A legend as an HTML-like label: kg's own constant text only (type and relation
// names, colours), never a name from the data.
std::string legend_html(const std::vector<EntityType>& types, const std::vector<RelationType>& relations,
                        bool meetings) {
    std::string h = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
                    "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
    for (EntityType t : types) {
        const detail::NodeStyle st = detail::node_style(t);
        h += "<TR><TD BGCOLOR=\"" + std::string(st.fill) + "\" BORDER=\"1\" WIDTH=\"28\"> </TD><TD ALIGN=\"LEFT\">" +
             std::string(to_string(t)) + " (" + std::string(st.shape) + ")</TD></TR>";
    }
    for (RelationType r : relations)
        h += "<TR><TD><FONT COLOR=\"" + std::string(detail::edge_colour(r)) +
             "\"><B>&#9472;&#9472;&#9472;</B></FONT></TD><TD ALIGN=\"LEFT\">" + std::string(to_string(r)) +
             (is_symmetric(r) ? "" : " &#8594;") + "</TD></TR>";
    if (meetings)
        h += "<TR><TD><FONT COLOR=\"" + std::string(detail::edge_colour(RelationType::Met)) +
             "\">&#9679;</FONT></TD><TD ALIGN=\"LEFT\">meeting (joins its participants)</TD></TR>";
    return h + "</TABLE>";
}

void set_html_label(Agraph_t* root, Agnode_t* n, const std::string& html) {
    std::string copy = html;
    char* h = agstrdup_html(root, copy.data());
    if (!h) throw ExportError("export: cgraph could not store the legend label");
    std::string name = "label", def;
    const int rc = agsafeset(n, name.data(), h, def.data());
    agstrfree(root, h);
    if (rc != 0) throw ExportError("export: cgraph could not set the legend label");
}

constexpr std::size_t kWrapNames = 28;         // drawing: name lines, in bytes
constexpr std::size_t kWrapEdgeLabels = 32;
constexpr std::size_t kMaxLabelledEdges = 120;  // beyond this, edge labels only as tooltips
constexpr std::size_t kMinIsolatedForNote = 5;  // fewer unconnected entities are drawn as nodes
constexpr std::size_t kHugeName = 4096;         // bytes; longer names get a smaller font

// The whole drawing (or the DOT graph) as a cgraph graph; every text value is in
// escString form.
BuiltGraph build(const graph::KnowledgeGraph& g, const Selection& s, const ExportOptions& opt, Purpose purpose) {
    const bool drawing = purpose == Purpose::Drawing;
    BuiltGraph b;
    std::string name = "kg";
    b.graph.reset(agopen(name.data(), Agundirected, nullptr));
    if (!b.graph) throw ExportError("export: cgraph could not open a graph");
    Agraph_t* root = b.graph.get();

    declare(root, AGRAPH, "fontname", "Helvetica");
    std::string heading = opt.title;
    if (drawing) {
        if (!opt.caption.empty()) heading += (heading.empty() ? "" : "\n") + opt.caption;
        heading += (heading.empty() ? "" : "\n") + summary(s);
    }
    if (!heading.empty()) {
        declare(root, AGRAPH, "label", dot_escstring(heading));
        declare(root, AGRAPH, "labelloc", "t");
        declare(root, AGRAPH, "fontsize", "16");
    }
    declare(root, AGNODE, "label", "\\N");  // so an empty name stays empty, not the node id
    declare(root, AGNODE, "style", "filled");
    declare(root, AGNODE, "fontname", "Helvetica");
    declare(root, AGNODE, "fontsize", "11");
    declare(root, AGEDGE, "fontname", "Helvetica");
    declare(root, AGEDGE, "fontsize", "9");

    // Meetings drawn as nodes replace the MET edges that come from them (see select()).
    const auto from_meeting = [](const detail::SelectedEdge& e) { return e.from_meeting; };
    std::vector<bool> linked(g.entities().size(), false);
    for (const detail::SelectedEdge& e : s.edges) linked[e.source.value] = linked[e.target.value] = true;
    std::vector<const EntityRecord*> isolated;
    for (const EntityRecord* e : s.nodes)
        if (!linked[e->id.value]) isolated.push_back(e);
    const bool note_due = !s.edges.empty() && isolated.size() >= kMinIsolatedForNote;
    const bool note = drawing && note_due;
    b.drawing_nodes = s.nodes.size() - (note_due ? isolated.size() - 1 : 0) + s.meetings.size() +
                      (s.nodes.empty() ? 0 : 1);

    std::map<EntityId, Agnode_t*> by_id;
    std::map<Agnode_t*, std::size_t> index;
    for (const EntityRecord* e : s.nodes) {
        if (note && !linked[e->id.value]) continue;
        const std::string id(s.node_id(e->id));
        Agnode_t* n = make_node(root, id);
        const detail::NodeStyle st = detail::node_style(e->type);
        set_attr(n, "label", dot_escstring(drawing ? wrap(e->name, kWrapNames) : e->name));
        set_attr(n, "shape", std::string(st.shape));
        set_attr(n, "fillcolor", std::string(st.fill));
        set_attr(n, "id", id);
        set_attr(n, "tooltip", tooltip_escstring(tooltip(*e)));
        if (e->name.size() > kHugeName) {
            // Graphviz refuses edges longer than 65535 points, which a node as wide as a
            // name of many thousand characters forces on its neighbours in some orders.
            // A smaller font keeps the node narrow and the name whole.
            set_attr(n, "fontsize", std::to_string(std::max<std::size_t>(1, 11 * kHugeName / e->name.size())));
        }
        by_id.emplace(e->id, n);
        index.emplace(n, b.nodes.size());
        b.nodes.push_back(n);
    }
    std::vector<std::pair<Agnode_t*, Agnode_t*>> links;
    const bool edge_labels = !drawing || s.edges.size() <= kMaxLabelledEdges;
    for (const detail::SelectedEdge& e : s.edges) {
        if (from_meeting(e)) continue;
        const std::string id(e.stable_id);
        std::string key = id;
        Agedge_t* ed = agedge(root, by_id.at(e.source), by_id.at(e.target), key.data(), 1);
        if (!ed) throw ExportError("export: cgraph could not create edge " + id);
        const std::string label = detail::edge_label(e);
        if (edge_labels) set_attr(ed, "label", dot_escstring(drawing ? wrap(label, kWrapEdgeLabels) : label));
        set_attr(ed, "color", std::string(detail::edge_colour(e.type)));
        set_attr(ed, "fontcolor", std::string(detail::edge_colour(e.type)));
        set_attr(ed, "dir", e.directed ? "forward" : "none");
        set_attr(ed, "id", id);
        set_attr(ed, "tooltip", tooltip_escstring(tooltip(g, e)));
        if (e.merged > 1)
            set_attr(ed, "penwidth", std::to_string(std::min<std::size_t>(1 + e.merged / 2, 8)));
        b.edges.push_back(ed);
        links.emplace_back(by_id.at(e.source), by_id.at(e.target));
    }
    // Meetings and their participants, in stable id order like everything else.
    for (const detail::SelectedMeeting& sm : s.meetings) {
        const MeetingRecord& m = *sm.record;
        const std::string& id = sm.stable_id;
        Agnode_t* n = make_node(root, id);
        set_attr(n, "label", "");
        set_attr(n, "xlabel", dot_escstring(m.date));
        set_attr(n, "shape", "circle");
        set_attr(n, "width", "0.18");
        set_attr(n, "fixedsize", "true");
        set_attr(n, "fillcolor", std::string(detail::edge_colour(RelationType::Met)));
        set_attr(n, "id", id);
        set_attr(n, "tooltip", tooltip_escstring(detail::meeting_label(g, m)));
        index.emplace(n, b.nodes.size());
        b.nodes.push_back(n);
        for (EntityId p : sm.participants) {
            std::string key = id + "_" + std::string(s.node_id(p));
            Agedge_t* ed = agedge(root, by_id.at(p), n, key.data(), 1);
            if (!ed) throw ExportError("export: cgraph could not create edge " + key);
            set_attr(ed, "color", std::string(detail::edge_colour(RelationType::Met)));
            set_attr(ed, "dir", "none");
            set_attr(ed, "id", key);
            b.edges.push_back(ed);
            links.emplace_back(by_id.at(p), n);
        }
    }

    Components parts(b.nodes.size());
    for (const auto& [x, y] : links) parts.join(index.at(x), index.at(y));
    std::vector<bool> has_edge(b.nodes.size(), false);
    for (const auto& [x, y] : links) has_edge[index.at(x)] = has_edge[index.at(y)] = true;
    for (std::size_t i = 0; i < b.nodes.size(); ++i)
        if (has_edge[i] && parts.find(i) == i) ++b.components;

    if (note) {
        // Entities without a relation in the selection, listed by type in one box
        // rather than scattered as dozens of unconnected shapes.
        std::string text = "Also mentioned, without relations here:\\l";
        for (EntityType t : kAllEntityTypes) {
            std::string line;
            for (const EntityRecord* e : isolated)
                if (e->type == t) line += (line.empty() ? "" : ", ") + e->name;
            if (line.empty()) continue;
            const std::string wrapped = wrap(std::string(to_string(t)) + ": " + line, 90);
            std::size_t start = 0;
            while (start <= wrapped.size()) {
                std::size_t end = wrapped.find('\n', start);
                if (end == std::string::npos) end = wrapped.size();
                text += (start ? "    " : "") + dot_escstring(wrapped.substr(start, end - start)) + "\\l";
                start = end + 1;
            }
        }
        Agnode_t* n = make_node(root, "unconnected");
        set_attr(n, "label", text);
        set_attr(n, "shape", "box");
        set_attr(n, "style", "rounded,filled");
        set_attr(n, "fillcolor", "#f4f4f4");
        set_attr(n, "fontsize", "10");
        set_attr(n, "id", "unconnected");
        b.nodes.push_back(n);
    }

    if (drawing && !s.nodes.empty()) {
        std::vector<EntityType> types;
        for (EntityType t : kAllEntityTypes)
            if (std::any_of(s.nodes.begin(), s.nodes.end(), [t](const EntityRecord* e) { return e->type == t; }))
                types.push_back(t);
        std::vector<RelationType> relations;
        for (RelationType r : kAllRelationTypes)
            if (std::any_of(s.edges.begin(), s.edges.end(),
                            [&](const detail::SelectedEdge& e) { return e.type == r && !from_meeting(e); }))
                relations.push_back(r);
        Agnode_t* n = make_node(root, "legend");
        set_html_label(root, n, legend_html(types, relations, !s.meetings.empty()));
        set_attr(n, "shape", "box");
        set_attr(n, "style", "rounded");
        set_attr(n, "id", "legend");
        b.nodes.push_back(n);
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

// dot draws the clearest pictures, but lays components side by side and its
// component packing drops edge labels (Graphviz 2.43), so many components or
// nodes go to neato (or sfdp when large), which packs them (pack/packmode).
std::string choose_engine(GVC_t* gvc, const ExportOptions& opt, const BuiltGraph& b) {
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
    if (b.drawing_nodes <= kDotLayoutMaxNodes && b.components <= kDotLayoutMaxComponents) return "dot";
    const char* order[] = {"neato", "sfdp", "dot"};
    if (b.drawing_nodes > kNeatoLayoutMaxNodes) std::swap(order[0], order[1]);
    for (const char* e : order)
        if (available(e)) return e;
    throw ExportError("render: no Graphviz layout engine is available");
}

// Graph attributes that make each engine's drawing readable as it comes.
void set_layout_attributes(Agraph_t* root, const std::string& engine, std::size_t nodes) {
    set_attr(root, "pad", "0.3");
    if (engine == "dot") {
        set_attr(root, "rankdir", "LR");  // names are wide: columns of them read better than rows
        set_attr(root, "nodesep", "0.18");
        set_attr(root, "ranksep", "0.5");
        return;
    }
    set_attr(root, "overlap", "false");
    set_attr(root, "sep", "+6");
    set_attr(root, "pack", "24");
    set_attr(root, "packmode", "graph");
    set_attr(root, "outputorder", "edgesfirst");
    if (nodes > kNeatoLayoutMaxNodes) set_attr(root, "size", "60,60");
}

}  // namespace

namespace detail {

std::vector<Point> layout_points(std::size_t count, const std::vector<std::pair<std::size_t, std::size_t>>& links,
                                 const std::string& engine, const std::vector<std::pair<double, double>>& sizes) {
    std::vector<Point> points(count);
    if (count == 0) return points;
    GraphvizErrors errors;
    GVC_t* const gvc = graphviz_context();
    const std::vector<std::string> have = layout_engines(gvc);
    std::string chosen = engine;
    if (chosen.empty()) chosen = count > kNeatoLayoutMaxNodes ? "sfdp" : "neato";
    if (std::find(have.begin(), have.end(), chosen) == have.end())
        throw ExportError("export: layout engine \"" + chosen + "\" is not available (have: " +
                          detail::join(have, ", ") + ")");

    std::string name = "layout";
    AgraphPtr graph(agopen(name.data(), Agstrictundirected, nullptr));
    if (!graph) throw ExportError("export: cgraph could not open a graph");
    Agraph_t* root = graph.get();
    // Small round nodes without labels (or boxes of the given sizes): the positions
    // are what is wanted, and measuring thousands of labels would cost more than the
    // layout.
    declare(root, AGNODE, "label", "");
    declare(root, AGNODE, "shape", "circle");
    declare(root, AGNODE, "fixedsize", "true");
    declare(root, AGNODE, "width", "0.3");
    declare(root, AGNODE, "height", "0.3");
    set_attr(root, "overlap", count > kNeatoLayoutMaxNodes ? "scale" : "false");
    // sfdp's approximate Barnes-Hut forces: half the time of its default on big graphs.
    set_attr(root, "quadtree", "fast");
    set_attr(root, "sep", "+8");
    set_attr(root, "pack", "16");
    set_attr(root, "packmode", "graph");
    set_attr(root, "splines", "false");
    std::vector<Agnode_t*> nodes(count);
    for (std::size_t i = 0; i < count; ++i) {
        nodes[i] = make_node(root, "n" + std::to_string(i));
        if (i < sizes.size()) {
            set_attr(nodes[i], "shape", "box");
            set_attr(nodes[i], "width", detail::format_double(sizes[i].first));
            set_attr(nodes[i], "height", detail::format_double(sizes[i].second));
        }
    }
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (auto [a, b] : links) {
        if (a >= count || b >= count || a == b) continue;
        if (b < a) std::swap(a, b);
        if (!seen.emplace(a, b).second) continue;
        if (!agedge(root, nodes[a], nodes[b], nullptr, 1))
            throw ExportError("export: cgraph could not create a layout edge");
    }
    if (gvLayout(gvc, root, chosen.c_str()) != 0)
        throw ExportError("export: Graphviz layout \"" + chosen + "\" failed: " + errors.text("no message"));
    for (std::size_t i = 0; i < count; ++i) points[i] = {ND_coord(nodes[i]).x, ND_coord(nodes[i]).y};
    gvFreeLayout(gvc, root);
    return points;
}

}  // namespace detail

void write_dot(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const Selection s = detail::select(g, opt);
    GraphvizErrors errors;
    const BuiltGraph b = build(g, s, opt, Purpose::Dot);
    // The engine and settings render() would use for this selection, so that running
    // any Graphviz program on the file lays it out as kg's drawing is laid out.
    const std::string engine = choose_engine(graphviz_context(), opt, b);
    set_attr(b.graph.get(), "layout", engine);
    set_layout_attributes(b.graph.get(), engine, b.drawing_nodes);
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
    BuiltGraph b = build(g, s, opt, Purpose::Drawing);
    Agraph_t* root = b.graph.get();
    const std::string engine = choose_engine(gvc, opt, b);
    set_layout_attributes(root, engine, b.drawing_nodes);

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
