#pragma once
// Output shared by the question subcommands: a readable table by default,
// --json (one JSON value) or --csv (RFC 4180, a header row, cells neutralised for
// spreadsheets by output::csv_field) for scripts.
//
//   kg::cli::OutputFormat format;
//   kg::cli::add_format_flags(cmd, format);
//   kg::cli::print_rows(format, {"NAME", "SCORE"}, rows, std::cout);   // table or CSV

#include <ostream>
#include <string>
#include <vector>

namespace CLI {
class App;
}

#include <optional>

#include "model/records.h"

namespace kg::cli {

class QueryBase;

struct OutputFormat {
    bool json = false;
    bool csv = false;
};

// Declares --json and --csv (mutually exclusive) on `cmd`; `format` must outlive parsing.
void add_format_flags(CLI::App& cmd, OutputFormat& format);

// Prints `rows` as a table (format.json false and format.csv false) or as CSV. Taken by
// value: a caller done with its rows moves them in (kg met prints tens of thousands).
void print_rows(const OutputFormat& format, const std::vector<std::string>& header,
                std::vector<std::vector<std::string>> rows, std::ostream& out);

// A number with `digits` decimals (no exponent), for tables and CSV.
std::string fixed(double value, int digits);

// Prints meetings (newest first already): a table DATE, COUNTERPARTS (with
// `person`; PARTICIPANTS without), PLACE, MODE, EVENT, DOCUMENTS; CSV with the
// same columns; or a JSON array of {"date", "participants", "counterparts" (with
// person), "place", "mode", "status", "host", "visitor", "event", "documents"}.
// An empty table prints "kg: no meetings found" on `err` instead.
void print_meetings(const QueryBase& kb, const std::vector<MeetingRecord>& meetings,
                    std::optional<EntityId> person, const OutputFormat& format, std::ostream& out,
                    std::ostream& err);

// keep[id] for entities of the type named `type` (any case); empty (all) when `type` is empty.
std::vector<bool> entities_of_type(const QueryBase& kb, const std::string& type);

// Prints groups of entities (components, communities) numbered from 1: a table
// `<label> SIZE MEMBERS` (the first ten names), CSV `<label>,NAME,TYPE` (one row per
// member), or JSON {"groups": [{"id", "size", "members": [{"name", "type"}]}]}
// plus "modularity" when given (the table prints it on a last line).
void print_groups(const QueryBase& kb, const std::vector<std::vector<EntityId>>& groups, const std::string& label,
                  std::optional<double> modularity, const OutputFormat& format, std::ostream& out,
                  std::ostream& err);

}  // namespace kg::cli
