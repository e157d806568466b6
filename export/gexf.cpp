// GEXF 1.2 in dynamic mode, valid against the GEXF 1.2draft schema (with its viz
// namespace fix, tests/export/schemas/gexf-1.2), viz colours from the DOT palette.
//
// Direction: as in the GraphML writer, the graph is directed (defaultedgetype=
// "directed") and a symmetric relation (MET) is two arcs with directed=false, the
// second with id "<id>-reverse" and reverse_of = the first's id. A per-edge
// type="undirected" would make a mixed graph that Gephi reads but networkx refuses,
// and type="mutual" is refused by Gephi's importer.
//
// Time (timeformat="date"): an edge has one spell per distinct date of the relations
// it stands for; a partial date is the whole month or year ("2023-05" is 2023-05-01
// to 2023-05-31); overlapping spells are merged, as Gephi refuses overlapping ones.
// A node lives from the earliest to the latest of its own first/last sighting and
// every spell of its edges (and meetings), so no edge of it falls outside its
// interval. Undated things are open-ended: an edge without a date has no spell, a
// node without any date no start or end, and Gephi shows them at every time.
//
// Edges carry count (with --collapse), and first and last date and " | "-joined lists where their
// relations differ, like the GraphML writer (detail::EdgeFields); meetings_as_nodes writes MEETING nodes with PARTICIPATED_IN arcs.

#include <algorithm>
#include <array>
#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export/detail/palette.h"
#include "export/detail/selection.h"
#include "export/detail/sink.h"
#include "export/detail/text.h"
#include "export/exporters.h"
#include "model/error.h"

namespace kg::output {
namespace {

// A day as GEXF's timeformat="date" writes it: "YYYY-MM-DD". Fixed size, so the
// spells of a million edges cost no allocation each.
using Day = std::array<char, 10>;

std::string_view view(const Day& d) { return {d.data(), d.size()}; }

struct Spell {
    Day start, end;  // start <= end
};

bool digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "YYYY" + `rest` ("-MM-DD" or "-DD").
Day day(std::string_view head, std::string_view rest) {
    Day d{};
    std::copy(head.begin(), head.end(), d.begin());
    std::copy(rest.begin(), rest.end(), d.begin() + static_cast<std::ptrdiff_t>(head.size()));
    return d;
}

int two_digits(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

// The days a date covers: a day, a month ("2023-05") or a year ("2023"); none for
// anything that is not an ISO date of one of those forms.
std::optional<Spell> spell_of(std::string_view d) {
    if (d.size() == 4 && digits(d)) return Spell{day(d, "-01-01"), day(d, "-12-31")};
    if ((d.size() != 7 && d.size() != 10) || d[4] != '-' || !digits(d.substr(0, 4)) || !digits(d.substr(5, 2)))
        return std::nullopt;
    const int year = two_digits(d.substr(0, 2)) * 100 + two_digits(d.substr(2, 2));
    const int month = two_digits(d.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.size() == 7) {
        const char last[] = {'-', static_cast<char>('0' + days[month - 1] / 10),
                             static_cast<char>('0' + days[month - 1] % 10)};
        return Spell{day(d, "-01"), day(d, std::string_view(last, 3))};
    }
    if (d[7] != '-' || !digits(d.substr(8, 2))) return std::nullopt;
    const int dd = two_digits(d.substr(8, 2));
    if (dd < 1 || dd > days[month - 1]) return std::nullopt;
    return Spell{day(d, {}), day(d, {})};
}

// Where one edge's or meeting's spells lie in a shared pool.
struct Spells {
    std::size_t begin = 0, end = 0;
};

// Appends the spells of `dates` to `pool`, sorted, overlapping ones merged.
Spells add_spells(std::span<const std::string_view> dates, std::pmr::vector<Spell>& pool) {
    Spells where{pool.size(), pool.size()};
    for (std::string_view d : dates)
        if (auto s = spell_of(d)) pool.push_back(*s);
    const auto first = pool.begin() + static_cast<std::ptrdiff_t>(where.begin);
    std::sort(first, pool.end(), [](const Spell& x, const Spell& y) {
        return x.start != y.start ? x.start < y.start : x.end < y.end;
    });
    std::size_t kept = where.begin;
    for (std::size_t i = where.begin; i < pool.size(); ++i) {
        if (kept > where.begin && pool[i].start <= pool[kept - 1].end) {
            if (pool[i].end > pool[kept - 1].end) pool[kept - 1].end = pool[i].end;
        } else {
            pool[kept++] = pool[i];
        }
    }
    pool.resize(kept);
    where.end = kept;
    return where;
}

// A node's interval, widened by everything it takes part in.
struct Interval {
    bool set = false;  // false = open: no start, no end
    Day start{}, end{};
    void cover(const Spell& s) {
        if (!set || s.start < start) start = s.start;
        if (!set || s.end > end) end = s.end;
        set = true;
    }
    void cover(const std::pmr::vector<Spell>& pool, Spells where) {
        for (std::size_t i = where.begin; i < where.end; ++i) cover(pool[i]);
    }
};

// ` name="value"` with the value escaped for an attribute.
void attr(detail::Sink& o, std::string_view name, std::string_view value) {
    o << ' ' << name << "=\"";
    o.xml(value, true) << '"';
}

// `          <attvalue for="ID" value="`, one constant per attribute.
template <detail::Literal id>
constexpr auto kAttvalueOpen =
    detail::Literal("          <attvalue for=\"") + id + detail::Literal("\" value=\"");

template <detail::Literal id>
void attvalue(detail::Sink& o, std::string_view value) {
    if (value.empty()) return;
    o << kAttvalueOpen<id>.view();
    o.xml(value, true) << "\"/>\n";
}

template <detail::Literal id, class Number>
void attvalue_number(detail::Sink& o, Number value) {
    o << kAttvalueOpen<id>.view();
    o.number(value) << "\"/>\n";
}

template <detail::Literal id, class Strings>
void attvalue_joined(detail::Sink& o, const Strings& values) {
    if (values.empty()) return;
    o << kAttvalueOpen<id>.view();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) o << " | ";
        o.xml(values[i], true);
    }
    o << "\"/>\n";
}

void write_spells(detail::Sink& o, const std::pmr::vector<Spell>& pool, Spells where) {
    if (where.begin == where.end) return;
    o << "        <spells>\n";
    for (std::size_t i = where.begin; i < where.end; ++i)
        o << "          <spell start=\"" << view(pool[i].start) << "\" end=\"" << view(pool[i].end) << "\"/>\n";
    o << "        </spells>\n";
}

void colour(detail::Sink& o, unsigned r, unsigned g, unsigned b) {
    o << "        <viz:color r=\"";
    o.number(r) << "\" g=\"";
    o.number(g) << "\" b=\"";
    o.number(b) << "\"/>\n";
}

// Opens a node element with its interval.
void node_start(detail::Sink& o, std::string_view id, std::string_view label, const Interval& when) {
    o << "      <node id=\"" << id << '"';
    attr(o, "label", label);
    if (when.set) {
        o << " start=\"" << view(when.start) << "\" end=\"" << view(when.end) << '"';
    }
    o << ">\n        <attvalues>\n";
}

void arc_start(detail::Sink& o, std::string_view id, std::string_view source, std::string_view target,
               std::string_view label, double weight) {
    o << "      <edge id=\"" << id << "\" source=\"" << source << "\" target=\"" << target << '"';
    attr(o, "label", label);
    o << " weight=\"";
    o.number(weight) << "\">\n        <attvalues>\n";
}

// Where the first arc of an edge wrote what follows reverse_of.
// One arc of `e` (two for a symmetric relation); `reverse_of` is the edge's id on the
// second arc of a symmetric relation, which ends as the first did.
void arc(detail::Sink& o, const detail::SelectedEdge& e, const detail::EdgeFields& f, bool collapsed,
         std::string_view id, std::string_view source, std::string_view target, std::string_view reverse_of,
         const std::pmr::vector<Spell>& pool, Spells spells, detail::Sink::Span& tail) {
    arc_start(o, id, source, target, f.label, e.weight);
    attvalue<"relation">(o, to_string(e.type));
    attvalue<"directed">(o, e.directed ? "true" : "false");
    attvalue<"reverse_of">(o, reverse_of);
    if (!reverse_of.empty() && o.repeat(tail.from, tail.to)) return;
    tail.from = o.mark();
    if (collapsed) attvalue_number<"count">(o, e.merged);
    attvalue<"date">(o, e.date);
    attvalue<"first_date">(o, f.first_date);
    attvalue<"last_date">(o, f.last_date);
    attvalue_joined<"dates">(o, f.dates);
    attvalue<"place">(o, f.place);
    attvalue_joined<"places">(o, f.places);
    attvalue<"mode">(o, f.mode);
    attvalue_joined<"modes">(o, f.modes);
    attvalue<"title">(o, f.title);
    attvalue_joined<"titles">(o, f.titles);
    attvalue<"amount">(o, f.amount);
    attvalue_joined<"amounts">(o, f.amounts);
    attvalue_number<"evidence_count">(o, e.evidence_count);
    attvalue_joined<"documents">(o, e.documents);
    o << "        </attvalues>\n";
    write_spells(o, pool, spells);
    o << "      </edge>\n";
    tail.to = o.mark();
}

constexpr const char* kNodeAttributes[][2] = {
    {"type", "string"},  {"aliases", "string"},     {"mention_count", "long"}, {"document_count", "long"},
    {"first_seen", "string"}, {"last_seen", "string"}, {"documents", "string"}, {"date", "string"},
    {"place", "string"}, {"mode", "string"},        {"status", "string"},      {"cameo", "string"},
    {"plover_mode", "string"}, {"host", "string"},  {"visitor", "string"},     {"participant_count", "long"},
};
constexpr const char* kEdgeAttributes[][2] = {
    {"relation", "string"}, {"directed", "boolean"}, {"reverse_of", "string"}, {"count", "long"},
    {"date", "string"},     {"first_date", "string"}, {"last_date", "string"}, {"dates", "string"},
    {"place", "string"},    {"places", "string"},     {"mode", "string"},      {"modes", "string"},
    {"title", "string"},    {"titles", "string"},     {"amount", "string"},    {"amounts", "string"},
    {"evidence_count", "long"}, {"documents", "string"},
};

}  // namespace

void write_gexf(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& opt) {
    const detail::Selection s = detail::select(g, opt);

    // Spells first: a node's interval must cover those of its edges and meetings.
    std::vector<Interval> lives(g.entities().size());
    for (const EntityRecord* e : s.nodes) {
        if (auto first = spell_of(e->first_seen)) lives[e->id.value].cover(*first);
        if (auto last = spell_of(e->last_seen)) lives[e->id.value].cover(*last);
    }
    std::pmr::vector<Spell> pool(detail::huge_pages());
    pool.reserve(s.edges.size() + s.meetings.size());
    std::pmr::vector<Spells> edge_spells(s.edges.size(), detail::huge_pages());
    for (std::size_t i = 0; i < s.edges.size(); ++i) {
        if (i + detail::kPrefetchAhead < s.edges.size()) detail::prefetch(s.edges[i + detail::kPrefetchAhead]);
        const detail::SelectedEdge& e = s.edges[i];
        if (e.from_meeting) continue;
        edge_spells[i] = add_spells(e.dates, pool);
        lives[e.source.value].cover(pool, edge_spells[i]);
        lives[e.target.value].cover(pool, edge_spells[i]);
    }
    std::vector<Spells> meeting_spells(s.meetings.size());
    for (std::size_t i = 0; i < s.meetings.size(); ++i) {
        const std::string_view date = s.meetings[i].record->date;
        meeting_spells[i] = add_spells({&date, 1}, pool);
        for (EntityId p : s.meetings[i].participants) lives[p.value].cover(pool, meeting_spells[i]);
    }

    detail::Sink o(out);
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""
         " version=\"1.2\">\n"
         "  <meta>\n    <creator>kg</creator>\n";
    if (!opt.title.empty()) {
        o << "    <description>";
        o.xml(opt.title) << "</description>\n";
    }
    o << "  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
         "    <attributes class=\"node\">\n";
    for (const auto& [id, type] : kNodeAttributes)
        o << "      <attribute id=\"" << id << "\" title=\"" << id << "\" type=\"" << type << "\"/>\n";
    o << "    </attributes>\n"
         "    <attributes class=\"edge\">\n";
    for (const auto& [id, type] : kEdgeAttributes)
        o << "      <attribute id=\"" << id << "\" title=\"" << id << "\" type=\"" << type << "\"/>\n";
    o << "    </attributes>\n"
         "    <nodes>\n";
    for (const EntityRecord* e : s.nodes) {
        node_start(o, s.node_id(e->id), e->name, lives[e->id.value]);
        attvalue<"type">(o, to_string(e->type));
        attvalue_joined<"aliases">(o, e->aliases);
        attvalue_number<"mention_count">(o, e->mention_count);
        attvalue_number<"document_count">(o, s.document_count(*e));
        attvalue<"first_seen">(o, e->first_seen);
        attvalue<"last_seen">(o, e->last_seen);
        o << "        </attvalues>\n";
        const detail::NodeStyle st = detail::node_style(e->type);
        colour(o, st.r, st.g, st.b);
        o << "      </node>\n";
    }
    for (std::size_t i = 0; i < s.meetings.size(); ++i) {
        const detail::SelectedMeeting& sm = s.meetings[i];
        const MeetingRecord& m = *sm.record;
        Interval when;
        when.cover(pool, meeting_spells[i]);
        node_start(o, sm.stable_id, detail::meeting_label(g, m), when);
        attvalue<"type">(o, "MEETING");
        attvalue_number<"document_count">(o, m.documents.size());
        attvalue_joined<"documents">(o, m.documents);
        attvalue<"date">(o, m.date);
        attvalue<"place">(o, detail::entity_name(g, m.place));
        attvalue<"mode">(o, to_string(m.mode));
        attvalue<"status">(o, to_string(m.status));
        attvalue<"cameo">(o, m.cameo);
        attvalue<"plover_mode">(o, m.plover_mode);
        attvalue<"host">(o, detail::entity_name(g, m.host));
        attvalue<"visitor">(o, detail::entity_name(g, m.visitor));
        attvalue_number<"participant_count">(o, sm.participants.size());
        o << "        </attvalues>\n";
        colour(o, 0x1f, 0x78, 0xb4);  // the MET colour of the palette
        o << "      </node>\n";
    }
    o << "    </nodes>\n    <edges>\n";
    detail::Sink::Span tail;
    detail::for_each_arc(g, s, [&](std::size_t i, const detail::EdgeFields& f, std::string_view id,
                                   std::string_view source, std::string_view target, std::string_view reverse_of) {
        arc(o, s.edges[i], f, opt.collapse, id, source, target, reverse_of, pool, edge_spells[i], tail);
    });
    for (std::size_t i = 0; i < s.meetings.size(); ++i) {
        const detail::SelectedMeeting& sm = s.meetings[i];
        for (std::size_t k = 0; k < sm.participants.size(); ++k) {
            arc_start(o, sm.link_ids[k], s.node_id(sm.participants[k]), sm.stable_id, detail::kParticipatedIn, 1.0);
            attvalue<"relation">(o, detail::kParticipatedIn);
            attvalue<"directed">(o, "true");
            if (opt.collapse) attvalue<"count">(o, "1");
            attvalue<"date">(o, sm.record->date);
            o << "        </attvalues>\n";
            write_spells(o, pool, meeting_spells[i]);
            o << "      </edge>\n";
        }
    }
    o << "    </edges>\n  </graph>\n</gexf>\n";
    o.finish("GEXF");
}

}  // namespace kg::output
