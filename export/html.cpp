// The interactive explorer: one self-contained HTML page drawing the selection on
// a <canvas>, with search, cards, evidence, filters and the meetings toggle.
//
// The page is export/html/explorer.html with its style and script (embedded into
// kg at build time, see export/CMakeLists.txt), d3 from Debian's libjs-d3 (read
// from the path CMake found at configure time) and the selection as JSON, all
// inline: opened from a file:// URL it fetches nothing.
//
// Node positions are computed here by Graphviz (detail::layout_points) over the
// entities with relations and their edges, the other entities put in rows under
// them; meetings sit at the centre of their participants, so both ways of drawing
// meetings (as nodes, or as MET edges between their participants) share one layout.
// The selection is always made with meetings as nodes: its MET edges are kept
// (marked fromMeeting) and the page shows one or the other, starting as
// ExportOptions::meetings_as_nodes says.
//
// The JSON (element #kg-data) holds:
//   nodes: entities, then meetings (type MEETING), each with x, y and its facts;
//          entities with "keys" (graph::name_key of the name and every alias) and
//          "roles"; meetings with "participants" (node indices) and "evidence".
//   edges: the selection's edges ("s", "t" node indices) with their lists and
//          evidence, then the participant -> meeting links (relation PARTICIPATED_IN).
//   sentences: the text of each distinct evidence sentence; evidence items refer to
//          one by index ("sentence", -1 when the text is unknown).
//   documents: document id -> date.
// Every '<' in the JSON is written \u003c, so no name can close the script element.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "export/detail/json.h"
#include "export/detail/layout.h"
#include "export/detail/palette.h"
#include "export/detail/selection.h"
#include "export/exporters.h"
#include "export/html/explorer_assets.h"
#include "model/error.h"

namespace kg::output {
namespace {

using detail::Json;
using detail::JsonWriter;

// Coordinates to a tenth of a point: enough on screen, and a third of the bytes.
double rounded(double v) { return std::round(v * 10.0) / 10.0; }

constexpr std::size_t kNamedLayoutMaxNodes = 400;
constexpr std::size_t kLabelChars = 40;       // the page shortens longer names with "…"
constexpr double kLabelledHeight = 0.5;       // inches: the node and its name below it
constexpr double kPointsPerChar = 6.6;        // 11px DejaVu Sans, on average
// Rows of entities without relations, in points; a laid-out graph is usually shown
// at half its size or less, hence the room.
constexpr double kMinRowWidth = 600.0;
constexpr double kRowHeight = 60.0;
constexpr double kRowSpread = 1.8;  // cells this many times the width of the name
constexpr double kUnnamedCell = 24.0;
constexpr double kCellGap = 10.0;

// Inches a name takes on the page (UTF-8 continuation bytes do not count).
double label_width(std::string_view name) {
    std::size_t chars = 0;
    for (char c : name)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
    return std::max(0.3, static_cast<double>(std::min(chars, kLabelChars)) * kPointsPerChar / 72.0 + 0.1);
}

// Distinct evidence sentences, numbered in order of first use.
class Sentences {
public:
    explicit Sentences(const EvidenceText& text) : text_(text) {}
    long index(const Evidence& ev) {
        if (!text_) return -1;
        const auto key = std::make_tuple(ev.doc_id, ev.sentence.begin, ev.sentence.end);
        const auto found = seen_.find(key);
        if (found != seen_.end()) return found->second;
        std::string t = text_(ev);
        if (t.empty()) return seen_[key] = -1;
        for (char& c : t)
            if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        texts_.push_back(std::move(t));
        return seen_[key] = static_cast<long>(texts_.size() - 1);
    }
    const std::vector<std::string>& texts() const { return texts_; }

private:
    const EvidenceText& text_;
    std::map<std::tuple<std::string, std::size_t, std::size_t>, long> seen_;
    std::vector<std::string> texts_;
};

void write_evidence(Json& j, std::vector<const Evidence*> evidence, Sentences& sentences) {
    std::stable_sort(evidence.begin(), evidence.end(), [](const Evidence* a, const Evidence* b) {
        return std::tie(a->doc_id, a->sentence, a->rule) < std::tie(b->doc_id, b->sentence, b->rule);
    });
    j.key("evidence");
    j.begin_array();
    for (const Evidence* ev : evidence) {
        j.begin_object();
        j.field("doc", ev->doc_id);
        j.field("rule", ev->rule);
        j.key("confidence");
        j.number(ev->confidence);
        const long index = sentences.index(*ev);
        j.key("sentence");
        if (index < 0) j.number(-1.0);
        else j.number(static_cast<std::size_t>(index));
        j.end_object();
    }
    j.end_array();
}

// The ROLE relations of an entity over the whole graph: "Foreign Minister of Japan".
void write_roles(Json& j, const graph::KnowledgeGraph& g, EntityId id) {
    j.key("roles");
    j.begin_array();
    if (g.entity(id).type == EntityType::Person) {
        std::vector<RelationId> roles = g.relations_of(id, RelationType::Role);
        std::sort(roles.begin(), roles.end(), [&](RelationId a, RelationId b) {
            return g.relation(a).date < g.relation(b).date;
        });
        for (RelationId r : roles) {
            const RelationRecord& rel = g.relation(r);
            if (rel.a != id) continue;
            j.begin_object();
            const auto title = rel.attributes.find("title");
            j.field("title", title == rel.attributes.end() ? std::string_view() : std::string_view(title->second));
            j.field("of", g.entity(rel.b).name);
            j.optional_field("date", rel.date);
            std::vector<std::string> docs;
            for (const Evidence& ev : rel.evidence) docs.push_back(ev.doc_id);
            std::sort(docs.begin(), docs.end());
            docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
            j.strings("documents", docs);
            j.end_object();
        }
    }
    j.end_array();
}

// Points an entity without relations takes in its row.
double cell_width(bool named, std::string_view name) {
    return (named ? label_width(name) * 72.0 * kRowSpread : kUnnamedCell) + kCellGap;
}

// Where the entities go: those with relations laid out by Graphviz, the others in
// rows under them (Graphviz's component packing would strew them between the rest).
// A small graph shows every name, under its node: each node is laid out as a box
// holding its name, so no two names overlap. A big one shows names only zoomed in.
std::vector<detail::Point> entity_points(const detail::Selection& s,
                                         const std::unordered_map<std::uint32_t, std::size_t>& index,
                                         const std::string& engine) {
    const std::size_t count = s.nodes.size();
    const bool named = count <= kNamedLayoutMaxNodes;
    std::vector<bool> linked(count, false);
    for (const detail::SelectedEdge& e : s.edges)
        linked[index.at(e.source.value)] = linked[index.at(e.target.value)] = true;
    std::vector<std::size_t> laid_out(count, 0);  // an entity's index among those with relations
    std::vector<std::pair<double, double>> sizes;
    std::size_t with_relations = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!linked[i]) continue;
        laid_out[i] = with_relations++;
        if (named) sizes.emplace_back(label_width(s.nodes[i]->name), kLabelledHeight);
    }
    std::vector<std::pair<std::size_t, std::size_t>> links;
    for (const detail::SelectedEdge& e : s.edges)
        links.emplace_back(laid_out[index.at(e.source.value)], laid_out[index.at(e.target.value)]);
    const std::vector<detail::Point> graph = detail::layout_points(with_relations, links, engine, sizes);

    double x0 = 0, x1 = 0, y0 = 0;
    for (std::size_t i = 0; i < graph.size(); ++i) {
        x0 = i ? std::min(x0, graph[i].x) : graph[i].x;
        x1 = i ? std::max(x1, graph[i].x) : graph[i].x;
        y0 = i ? std::min(y0, graph[i].y) : graph[i].y;
    }
    // Rows at least as wide as the graph, and many of them about as wide as tall.
    double cells = 0;
    for (std::size_t i = 0; i < count; ++i)
        if (!linked[i]) cells += cell_width(named, s.nodes[i]->name) * kRowHeight;
    const double row_width = std::max({x1 - x0, kMinRowWidth, std::sqrt(cells)});
    double x = x0, y = y0 - (graph.empty() ? 0.0 : kRowHeight);
    std::vector<detail::Point> points(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (linked[i]) {
            points[i] = graph[laid_out[i]];
            continue;
        }
        const double width = cell_width(named, s.nodes[i]->name);
        if (x > x0 && x + width > x0 + row_width) {
            x = x0;
            y -= kRowHeight;
        }
        points[i] = {x + width / 2, y};
        x += width;
    }
    return points;
}

// Meetings are not laid out by Graphviz (which would take twice as long with a node
// per meeting) but put at the centre of their participants, which for two people is
// the middle of their MET edge; further meetings of the same people step aside.
void place_meetings(const detail::Selection& s, const std::unordered_map<std::uint32_t, std::size_t>& index,
                    std::vector<detail::Point>& points) {
    constexpr double kStep = 14.0;  // points: a little more than a meeting node
    std::map<std::vector<EntityId>, std::size_t> seen;
    for (const detail::SelectedMeeting& m : s.meetings) {
        detail::Point centre;
        for (EntityId p : m.participants) {
            centre.x += points[index.at(p.value)].x;
            centre.y += points[index.at(p.value)].y;
        }
        const double n = static_cast<double>(std::max<std::size_t>(m.participants.size(), 1));
        centre.x /= n;
        centre.y /= n;
        const std::size_t nth = seen[m.participants]++;
        if (nth > 0) {
            // Across the line between the first two participants, alternating sides.
            double dx = 1.0, dy = 0.0;
            if (m.participants.size() >= 2) {
                const detail::Point& a = points[index.at(m.participants[0].value)];
                const detail::Point& b = points[index.at(m.participants[1].value)];
                const double len = std::hypot(b.x - a.x, b.y - a.y);
                if (len > 0) dx = -(b.y - a.y) / len, dy = (b.x - a.x) / len;
            }
            const double offset = kStep * static_cast<double>((nth + 1) / 2) * (nth % 2 ? 1.0 : -1.0);
            centre.x += dx * offset;
            centre.y += dy * offset;
        }
        points.push_back(centre);
    }
}

// The selection as the page's JSON; see the comment at the top.
std::string explorer_data(const graph::KnowledgeGraph& g, const ExportOptions& opt, const EvidenceText& text) {
    ExportOptions with_meetings = opt;
    with_meetings.meetings_as_nodes = true;
    const detail::Selection s = detail::select(g, with_meetings);

    // Node indices: entities in selection order, then meetings.
    std::unordered_map<std::uint32_t, std::size_t> index;
    for (std::size_t i = 0; i < s.nodes.size(); ++i) index.emplace(s.nodes[i]->id.value, i);
    const std::size_t meeting_base = s.nodes.size();
    std::vector<detail::Point> points = entity_points(s, index, opt.layout);
    place_meetings(s, index, points);

    Sentences sentences(text);
    std::map<std::string, std::string> documents;
    const auto note_document = [&](std::string_view doc) {
        const std::string id(doc);
        if (!documents.count(id)) documents.emplace(id, g.document_date(id));
    };

    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    Json j(writer);
    j.begin_object();
    j.field("title", opt.title);
    j.key("meetingsAsNodes");
    j.boolean(opt.meetings_as_nodes);
    const auto position = [&](std::size_t i) {
        j.key("x");
        j.number(rounded(points[i].x));
        j.key("y");
        j.number(rounded(-points[i].y));  // Graphviz draws upwards, the canvas downwards
    };

    j.key("nodes");
    j.begin_array();
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
        const EntityRecord& e = *s.nodes[i];
        j.begin_object();
        j.field("id", s.node_id(e.id));
        j.field("label", e.name);
        j.field("type", to_string(e.type));
        position(i);
        std::vector<std::string> keys{graph::name_key(e.name)};
        for (const std::string& a : e.aliases) keys.push_back(graph::name_key(a));
        j.strings("keys", keys);
        j.strings("aliases", e.aliases);
        j.key("mentions");
        j.number(e.mention_count);
        j.optional_field("first_seen", e.first_seen);
        j.optional_field("last_seen", e.last_seen);
        j.strings("documents", e.documents);
        for (const std::string& d : e.documents) note_document(d);
        write_roles(j, g, e.id);
        j.end_object();
    }
    for (std::size_t m = 0; m < s.meetings.size(); ++m) {
        const MeetingRecord& r = *s.meetings[m].record;
        j.begin_object();
        j.field("id", s.meetings[m].stable_id);
        j.field("label", detail::meeting_label(g, r));
        j.field("type", "MEETING");
        position(meeting_base + m);
        j.optional_field("date", r.date);
        j.optional_field("place", detail::entity_name(g, r.place));
        j.field("mode", to_string(r.mode));
        j.field("status", to_string(r.status));
        j.optional_field("cameo", r.cameo);
        j.optional_field("plover_mode", r.plover_mode);
        j.key("participants");
        j.begin_array();
        for (EntityId p : s.meetings[m].participants) j.number(index.at(p.value));
        j.end_array();
        j.strings("documents", r.documents);
        for (const std::string& d : r.documents) note_document(d);
        std::vector<const Evidence*> evidence;
        for (const Evidence& ev : r.evidence) evidence.push_back(&ev);
        write_evidence(j, evidence, sentences);
        j.end_object();
    }
    j.end_array();

    j.key("edges");
    j.begin_array();
    for (const detail::SelectedEdge& e : s.edges) {
        j.begin_object();
        j.key("s");
        j.number(index.at(e.source.value));
        j.key("t");
        j.number(index.at(e.target.value));
        j.field("id", e.stable_id);
        j.field("relation", to_string(e.type));
        j.field("label", detail::edge_label(e));
        j.key("directed");
        j.boolean(e.directed);
        j.key("fromMeeting");
        j.boolean(e.from_meeting);
        j.key("count");
        j.number(e.merged);
        j.strings("dates", e.dates);
        std::vector<std::string_view> places;
        for (EntityId p : e.places) places.push_back(detail::entity_name(g, p));
        j.strings("places", places);
        j.strings("modes", e.values("mode"));
        j.strings("titles", e.values("title"));
        j.strings("amounts", e.values("amount"));
        j.strings("documents", e.documents);
        for (std::string_view d : e.documents) note_document(d);
        std::vector<const Evidence*> evidence;
        for (const RelationRecord* r : e.records)
            for (const Evidence& ev : r->evidence) evidence.push_back(&ev);
        write_evidence(j, evidence, sentences);
        j.end_object();
    }
    for (std::size_t m = 0; m < s.meetings.size(); ++m) {
        const MeetingRecord& r = *s.meetings[m].record;
        for (EntityId p : s.meetings[m].participants) {
            j.begin_object();
            j.key("s");
            j.number(index.at(p.value));
            j.key("t");
            j.number(meeting_base + m);
            j.field("relation", detail::kParticipatedIn);
            j.key("directed");
            j.boolean(true);
            j.strings("dates", r.date.empty() ? std::vector<std::string>{} : std::vector<std::string>{r.date});
            j.end_object();
        }
    }
    j.end_array();

    j.strings("sentences", sentences.texts());
    j.key("documents");
    j.begin_object();
    for (const auto& [id, date] : documents) {
        j.key(id.c_str());
        j.str(date);
    }
    j.end_object();

    j.key("colours");
    j.begin_object();
    for (EntityType t : kAllEntityTypes) {
        j.key(std::string(to_string(t)).c_str());
        j.str(detail::node_style(t).fill);
    }
    for (RelationType r : kAllRelationTypes) {
        j.key(std::string(to_string(r)).c_str());
        j.str(detail::edge_colour(r));
    }
    j.end_object();
    j.end_object();
    if (!writer.IsComplete()) throw ExportError("export: explorer data is incomplete");

    // '<' only occurs inside JSON strings, where \u003c means the same character.
    const std::string_view raw(buffer.GetString(), buffer.GetSize());
    std::string data;
    data.reserve(raw.size() + raw.size() / 64);
    for (char c : raw) {
        if (c == '<') data += "\\u003c";
        else data += c;
    }
    return data;
}

// The d3 library kg was configured with (Debian's libjs-d3), inlined into the page.
std::string d3_library() {
    std::ifstream in(KG_D3_JS, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in || text.str().empty())
        throw ExportError(std::string("export: cannot read d3 from ") + KG_D3_JS +
                          " (Debian package libjs-d3; kg was configured with this path)");
    std::string d3 = text.str();
    std::string lower = d3;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos)
        throw ExportError(std::string("export: ") + KG_D3_JS + " cannot be inlined into a script element");
    return d3;
}

// Text for an HTML element's content.
std::string html_text(std::string_view s) { return detail::xml_escape(s); }

}  // namespace

void write_html(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt,
                const EvidenceText& text) {
    const std::string data = explorer_data(g, opt, text);
    const std::string d3 = d3_library();
    const std::string title = html_text(opt.title.empty() ? std::string("kg explorer") : opt.title);
    // The template's placeholders, each replaced once, in order.
    const std::pair<std::string_view, std::string_view> parts[] = {
        {"{{title}}", title},                 {"{{style}}", detail::explorer_css},
        {"{{d3}}", d3},                        {"{{data}}", data},
        {"{{script}}", detail::explorer_js},
    };
    std::string_view page = detail::explorer_html;
    std::string_view rest = page;
    for (const auto& [marker, value] : parts) {
        const std::size_t at = rest.find(marker);
        if (at == std::string_view::npos)
            throw ExportError("export: explorer template lacks " + std::string(marker));
        out.write(rest.data(), static_cast<std::streamsize>(at));
        out.write(value.data(), static_cast<std::streamsize>(value.size()));
        rest.remove_prefix(at + marker.size());
    }
    out.write(rest.data(), static_cast<std::streamsize>(rest.size()));
    if (!out) throw ExportError("export: writing HTML failed");
}

}  // namespace kg::output
