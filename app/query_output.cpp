#include "app/query_output.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <utility>

#include "app/json_writer.h"
#include "app/knowledge_base.h"
#include "app/query_base.h"
#include "app/table.h"
#include "export/exporters.h"

namespace kg::cli {

void add_format_flags(CLI::App& cmd, OutputFormat& format) {
    CLI::Option* json = cmd.add_flag("--json", format.json, "Print JSON instead of a table");
    CLI::Option* csv = cmd.add_flag("--csv", format.csv, "Print CSV (with a header row) instead of a table");
    json->excludes(csv);
}

namespace {

void print_csv_row(const std::vector<std::string>& cells, std::ostream& out) {
    for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << output::csv_field(cells[i]);
    out << "\r\n";
}

}  // namespace

void print_rows(const OutputFormat& format, const std::vector<std::string>& header,
                std::vector<std::vector<std::string>> rows, std::ostream& out) {
    if (format.csv) {
        print_csv_row(header, out);
        for (const auto& row : rows) print_csv_row(row, out);
        return;
    }
    Table table(header);
    for (auto& row : rows) table.add(std::move(row));
    table.print(out);
}

std::string fixed(double value, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, value);
    return buf;
}

namespace {

std::vector<EntityId> others(const MeetingRecord& m, std::optional<EntityId> person) {
    std::vector<EntityId> out;
    for (EntityId p : m.participants)
        if (p != person) out.push_back(p);
    return out;
}

}  // namespace

void print_meetings(const QueryBase& kb, const std::vector<MeetingRecord>& meetings,
                    std::optional<EntityId> person, const OutputFormat& format, std::ostream& out,
                    std::ostream& err) {
    if (format.json) {
        JsonWriter w;
        w.begin_array();
        for (const MeetingRecord& m : meetings) {
            w.begin_object();
            w.key("date");
            w.string_or_null(m.date);
            w.key("participants");
            w.begin_array();
            for (EntityId p : m.participants) w.string(kb.name(p));
            w.end_array();
            if (person) {
                w.key("counterparts");
                w.begin_array();
                for (EntityId p : others(m, person)) w.string(kb.name(p));
                w.end_array();
            }
            w.key("place");
            w.string_or_null(kb.name_or_empty(m.place));
            w.key("mode");
            w.string(to_string(m.mode));
            w.key("status");
            w.string(to_string(m.status));
            w.key("host");
            w.string_or_null(kb.name_or_empty(m.host));
            w.key("visitor");
            w.string_or_null(kb.name_or_empty(m.visitor));
            w.key("event");
            w.string_or_null(kb.name_or_empty(m.parent_event));
            w.key("documents");
            w.begin_array();
            for (const std::string& d : m.documents) w.string(d);
            w.end_array();
            w.end_object();
        }
        w.end_array();
        out << w.text() << '\n';
        return;
    }
    if (meetings.empty() && !format.csv) {
        err << "kg: no meetings found\n";
        return;
    }
    const std::vector<std::string> header{"DATE", person ? "COUNTERPARTS" : "PARTICIPANTS", "PLACE", "MODE", "EVENT",
                                          "DOCUMENTS"};
    // Each row's cells built in buffers reused from row to row (a busy person has tens of
    // thousands of meetings), then copied into the table or written as CSV.
    std::optional<Table> table;
    if (format.csv) print_csv_row(header, out);
    else table.emplace(header);
    if (table) table->reserve(meetings.size(), meetings.size() * 96);  // about a row's bytes in most bases
    std::string names, documents;
    std::vector<std::string> csv(header.size());
    for (const MeetingRecord& m : meetings) {
        auto dash = [&](std::string_view s) { return s.empty() && !format.csv ? std::string_view("-") : s; };
        names.clear();
        for (EntityId p : m.participants) {
            if (p == person) continue;
            if (!names.empty()) names += ", ";
            names += kb.name(p);
        }
        documents.clear();
        for (const std::string& d : m.documents) {
            if (!documents.empty()) documents += ", ";
            documents += d;
        }
        const std::string_view cells[] = {dash(m.date),
                                          names,
                                          dash(m.place ? std::string_view(kb.name(*m.place)) : std::string_view()),
                                          to_string(m.mode),
                                          dash(m.parent_event ? std::string_view(kb.name(*m.parent_event))
                                                              : std::string_view()),
                                          documents};
        if (table) {
            table->add_cells(cells);
        } else {
            for (std::size_t i = 0; i < csv.size(); ++i) csv[i].assign(cells[i]);
            print_csv_row(csv, out);
        }
    }
    if (table) table->print(out);
}

std::vector<bool> entities_of_type(const QueryBase& kb, const std::string& type) {
    std::vector<bool> keep;
    if (type.empty()) return keep;
    const std::optional<EntityType> t = parse_entity_type(type);
    keep.resize(kb.entities().size());
    for (const EntityRecord& e : kb.entities()) keep[e.id.value] = t && e.type == *t;
    return keep;
}

void print_groups(const QueryBase& kb, const std::vector<std::vector<EntityId>>& groups, const std::string& label,
                  std::optional<double> modularity, const OutputFormat& format, std::ostream& out,
                  std::ostream& err) {
    constexpr std::size_t kShown = 10;
    if (format.json) {
        JsonWriter w;
        w.begin_object();
        if (modularity) {
            w.key("modularity");
            w.number(*modularity);
        }
        w.key("groups");
        w.begin_array();
        for (std::size_t i = 0; i < groups.size(); ++i) {
            w.begin_object();
            w.key("id");
            w.number(static_cast<std::uint64_t>(i + 1));
            w.key("size");
            w.number(static_cast<std::uint64_t>(groups[i].size()));
            w.key("members");
            w.begin_array();
            for (EntityId id : groups[i]) {
                w.begin_object();
                w.key("name");
                w.string(kb.name(id));
                w.key("type");
                w.string(to_string(kb.entity(id).type));
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.end_object();
        out << w.text() << '\n';
        return;
    }
    if (format.csv) {
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < groups.size(); ++i)
            for (EntityId id : groups[i])
                rows.push_back({std::to_string(i + 1), kb.name(id), std::string(to_string(kb.entity(id).type))});
        print_rows(format, {label, "NAME", "TYPE"}, rows, out);
        return;
    }
    if (groups.empty()) {
        err << "kg: no entities\n";
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        std::vector<std::string> names;
        for (std::size_t k = 0; k < groups[i].size() && k < kShown; ++k) names.push_back(kb.name(groups[i][k]));
        std::string members = join(names, ", ");
        if (groups[i].size() > kShown) members += ", ... (" + std::to_string(groups[i].size() - kShown) + " more)";
        rows.push_back({std::to_string(i + 1), std::to_string(groups[i].size()), members});
    }
    print_rows(format, {label, "SIZE", "MEMBERS"}, rows, out);
    if (modularity) out << "modularity " << fixed(*modularity, 4) << '\n';
}

}  // namespace kg::cli
