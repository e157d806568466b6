#pragma once
// CLI11 validators for option values shared by several subcommands. A value
// they reject is a usage error (exit status 2).

#include <CLI/CLI.hpp>

namespace kg::cli {

// YYYY, YYYY-MM or YYYY-MM-DD.
CLI::Validator iso_date();
// An entity type name as in JSON output, any case: PERSON, country, ...
CLI::Validator entity_type_name();
// A relation type name, any case: MET, role, ...
CLI::Validator relation_type_name();
// A knowledge base (--db, --from, --to) given on the command line: a PostgreSQL URL there
// may not carry a password, which every user of the machine could read in the process
// list (the message names the option only, never the value).
CLI::Validator no_password_in_url();

// True when `date` (ISO, possibly empty) lies within [from, to]; a bound given as
// YYYY or YYYY-MM covers the whole year or month. Empty bounds are open; an empty
// date lies within open bounds only.
bool date_within(const std::string& date, const std::string& from, const std::string& to);

// True when no date can lie within [from, to]: `from` is after `to` on the length
// they share ("2024" after "2023-12"; "2023-05" and "2023" overlap). Empty bounds are open.
bool date_range_empty(const std::string& from, const std::string& to);

}  // namespace kg::cli
