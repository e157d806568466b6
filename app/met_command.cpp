// kg met [NAME] [--with NAME] [--from DATE] [--to DATE] [--json]: who met whom.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/json_writer.h"
#include "app/knowledge_base.h"
#include "app/option_checks.h"
#include "app/table.h"

namespace kg::cli {

namespace {

struct MetOptions {
    std::string name;
    std::string with;
    std::string from;
    std::string to;
    bool json = false;
};

// One row of output: a meeting, and (with NAME) the counterparts of NAME in it.
struct MeetingRow {
    MeetingId id;
    std::vector<EntityId> people;  // counterparts with NAME, all participants without
};

std::string place_name(const graph::KnowledgeGraph& g, const MeetingRecord& m) {
    return m.place ? g.entity(*m.place).name : std::string();
}

void print_json(const graph::KnowledgeGraph& g, const std::vector<MeetingRow>& rows, bool with_name) {
    JsonWriter w;
    w.begin_array();
    for (const MeetingRow& row : rows) {
        const MeetingRecord& m = g.meeting(row.id);
        w.begin_object();
        w.key("date");
        w.string_or_null(m.date);
        w.key("participants");
        w.begin_array();
        for (EntityId p : m.participants) w.string(g.entity(p).name);
        w.end_array();
        if (with_name) {
            w.key("counterparts");
            w.begin_array();
            for (EntityId p : row.people) w.string(g.entity(p).name);
            w.end_array();
        }
        w.key("place");
        w.string_or_null(place_name(g, m));
        w.key("mode");
        w.string(to_string(m.mode));
        w.key("status");
        w.string(to_string(m.status));
        w.key("host");
        w.string_or_null(m.host ? g.entity(*m.host).name : std::string());
        w.key("visitor");
        w.string_or_null(m.visitor ? g.entity(*m.visitor).name : std::string());
        w.key("event");
        w.string_or_null(m.parent_event ? g.entity(*m.parent_event).name : std::string());
        w.key("documents");
        w.begin_array();
        for (const std::string& d : m.documents) w.string(d);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    std::cout << w.text() << '\n';
}

void print_table(const graph::KnowledgeGraph& g, const std::vector<MeetingRow>& rows, bool with_name) {
    Table table({"DATE", with_name ? "COUNTERPARTS" : "PARTICIPANTS", "PLACE", "MODE", "DOCUMENTS"});
    for (const MeetingRow& row : rows) {
        const MeetingRecord& m = g.meeting(row.id);
        table.add({m.date.empty() ? "-" : m.date, join_names(g, row.people), m.place ? place_name(g, m) : "-",
                   std::string(to_string(m.mode)), join(m.documents, ", ")});
    }
    table.print(std::cout);
}

int run_met(const MetOptions& opt, const GlobalOptions& global) {
    graph::KnowledgeGraph g = load_graph(global.db);
    const bool with_name = !opt.name.empty();

    std::vector<MeetingRow> rows;
    if (with_name) {
        std::optional<EntityId> person = resolve_entity(g, opt.name, EntityType::Person, std::cerr);
        if (!person) return 1;
        std::optional<EntityId> other;
        if (!opt.with.empty()) {
            other = resolve_entity(g, opt.with, EntityType::Person, std::cerr);
            if (!other) return 1;
        }
        for (const graph::MeetingView& v : g.meetings_of(*person)) {  // newest first
            if (other && std::find(v.counterparts.begin(), v.counterparts.end(), *other) == v.counterparts.end())
                continue;
            if (!date_within(g.meeting(v.meeting).date, opt.from, opt.to)) continue;
            rows.push_back({v.meeting, v.counterparts});
        }
    } else {
        for (const MeetingRecord& m : g.meetings()) {
            if (m.status != MeetingStatus::Happened || !date_within(m.date, opt.from, opt.to)) continue;
            rows.push_back({m.id, m.participants});
        }
        // Newest first; undated meetings last; ties in id order so output is stable.
        std::stable_sort(rows.begin(), rows.end(), [&](const MeetingRow& a, const MeetingRow& b) {
            const std::string& da = g.meeting(a.id).date;
            const std::string& db = g.meeting(b.id).date;
            if (da.empty() != db.empty()) return db.empty();
            return da > db;
        });
    }

    if (opt.json) {
        print_json(g, rows, with_name);
    } else if (rows.empty()) {
        std::cerr << "kg: no meetings found\n";
    } else {
        print_table(g, rows, with_name);
    }
    return 0;
}

}  // namespace

CommandRunner setup_met(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<MetOptions>();
    CLI::Option* name = cmd.add_option("NAME", opt->name,
                                       "A person (full name, surname or alias); without it, every meeting is listed");
    cmd.add_option("--with", opt->with, "Only meetings where NAME met this person")->type_name("NAME")->needs(name);
    cmd.add_option("--from", opt->from, "Only meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only meetings on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")->check(iso_date());
    cmd.add_flag("--json", opt->json, "Print a JSON array of meetings instead of a table");
    cmd.footer("Lists meetings that took place (planned ones are left out), newest first, from the\n"
               "knowledge base given by --db. Undated meetings come last and are left out by --from/--to.\n"
               "An unknown NAME prints the closest known names and exits with status 1.");
    return [opt, &global] { return run_met(*opt, global); };
}

}  // namespace kg::cli
