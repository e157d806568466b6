// kg timeline NAME [--from DATE] [--to DATE] [--json | --csv]: an entity's
// meetings, roles, attended events and statements in date order.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/json_writer.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct TimelineOptions {
    std::string name;
    std::string from;
    std::string to;
    OutputFormat format;
};

struct Line {
    graph::TimelineEntry entry;
    std::string kind;  // MEETING or the relation type
    std::string what;
};

int run_timeline(const TimelineOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityId> id = kb->resolve(opt.name, std::nullopt, std::cerr);
    if (!id) return 1;
    const std::vector<MeetingRecord> meetings = kb->meetings_of(*id);
    const std::vector<RelationRecord> relations = kb->relations_of(*id);
    const graph::DocumentDate date = [&](const std::string& doc) { return kb->document_date(doc); };
    std::vector<Line> lines;
    for (graph::TimelineEntry& e : graph::make_timeline(meetings, relations, date, opt.from, opt.to)) {
        Line l{std::move(e), {}, {}};
        if (l.entry.meeting) {
            const MeetingRecord& m = *std::find_if(meetings.begin(), meetings.end(),
                                                   [&](const MeetingRecord& r) { return r.id == *l.entry.meeting; });
            std::vector<std::string> others;
            for (EntityId p : m.participants)
                if (p != *id) others.push_back(kb->name(p));
            l.kind = "MEETING";
            l.what = (others.empty() ? std::string("meeting") : "with " + join(others, ", ")) + " (" +
                     std::string(to_string(m.mode)) + (m.place ? ", " + kb->name(*m.place) : "") +
                     (m.parent_event ? ", " + kb->name(*m.parent_event) : "") + ")";
        } else {
            const RelationRecord& r = *std::find_if(relations.begin(), relations.end(),
                                                    [&](const RelationRecord& x) { return x.id == *l.entry.relation; });
            l.kind = std::string(to_string(r.type));
            const bool subject = r.a == *id;
            const std::string other = kb->name(subject ? r.b : r.a);
            std::string detail;
            if (auto t = r.attributes.find("title"); t != r.attributes.end()) detail = t->second + ", ";
            if (auto a = r.attributes.find("amount"); a != r.attributes.end()) detail = a->second + " to ";
            l.what = subject ? detail + other : "(by " + other + ")" + (detail.empty() ? "" : " " + detail);
            if (!subject && !detail.empty() && l.what.ends_with(", ")) l.what.resize(l.what.size() - 2);
        }
        lines.push_back(std::move(l));
    }
    if (opt.format.json) {
        JsonWriter w;
        w.begin_array();
        for (const Line& l : lines) {
            w.begin_object();
            w.key("date");
            w.string_or_null(l.entry.date);
            w.key("date_from_document");
            w.boolean(l.entry.date_from_document);
            w.key("kind");
            w.string(l.kind);
            w.key("what");
            w.string(l.what);
            w.key("document");
            w.string_or_null(l.entry.document);
            w.end_object();
        }
        w.end_array();
        std::cout << w.text() << '\n';
        return 0;
    }
    if (lines.empty() && !opt.format.csv) {
        std::cerr << "kg: nothing dated found for " << kb->name(*id) << '\n';
        return 0;
    }
    std::vector<std::vector<std::string>> rows;
    if (opt.format.csv) {
        // The table's "(doc)" marker as its own column, so DATE stays a date.
        for (const Line& l : lines)
            rows.push_back({l.entry.date, l.kind, l.what, l.entry.document, l.entry.date_from_document ? "true" : "false"});
        print_rows(opt.format, {"DATE", "KIND", "WHAT", "DOCUMENT", "DATE_FROM_DOCUMENT"}, rows, std::cout);
        return 0;
    }
    for (const Line& l : lines) {
        std::string d = l.entry.date.empty() ? "-" : l.entry.date;
        if (l.entry.date_from_document) d += " (doc)";
        rows.push_back({d, l.kind, l.what, l.entry.document});
    }
    print_rows(opt.format, {"DATE", "KIND", "WHAT", "DOCUMENT"}, rows, std::cout);
    return 0;
}

}  // namespace

CommandRunner setup_timeline(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<TimelineOptions>();
    cmd.add_option("NAME", opt->name, "An entity (any type)")->required();
    cmd.add_option("--from", opt->from, "Only entries dated on or after DATE")->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only entries dated on or before DATE")->type_name("DATE")->check(iso_date());
    add_format_flags(cmd, opt->format);
    cmd.footer("Lists NAME's meetings and its relations other than MET (roles, attended events,\n"
               "statements...) in date order. An undated relation takes the date of the earliest\n"
               "document that states it, marked '(doc)' (--csv: DATE_FROM_DOCUMENT true; --json:\n"
               "date_from_document); entries with no date at all come last.");
    return [opt, &global] { return run_timeline(*opt, global); };
}

}  // namespace kg::cli
