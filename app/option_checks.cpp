#include "app/option_checks.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "model/types.h"
#include "store/store.h"

namespace kg::cli {

namespace {

bool is_iso_date(const std::string& s) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        }
        return true;
    };
    auto in_range = [&](std::size_t from, int lo, int hi) {
        int v = (s[from] - '0') * 10 + (s[from + 1] - '0');
        return v >= lo && v <= hi;
    };
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
    if (!digits(0, 4)) return false;
    if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2) || !in_range(5, 1, 12))) return false;
    if (s.size() == 10 && (s[7] != '-' || !digits(8, 2) || !in_range(8, 1, 31))) return false;
    return true;
}

std::string type_names() {
    std::string s;
    for (EntityType t : kAllEntityTypes) s += (s.empty() ? "" : ", ") + std::string(to_string(t));
    return s;
}

std::string relation_names() {
    std::string s;
    for (RelationType t : kAllRelationTypes) s += (s.empty() ? "" : ", ") + std::string(to_string(t));
    return s;
}

}  // namespace

CLI::Validator iso_date() {
    return CLI::Validator(
        [](std::string& s) { return is_iso_date(s) ? std::string() : "'" + s + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"; },
        "DATE");
}

CLI::Validator entity_type_name() {
    return CLI::Validator(
        [](std::string& s) {
            return parse_entity_type(s) ? std::string() : "unknown entity type '" + s + "' (one of " + type_names() + ")";
        },
        "TYPE");
}

CLI::Validator no_password_in_url() {
    return CLI::Validator(
        [](std::string& value) {
            if (!store::has_password(value)) return std::string();
            return std::string("a password in a URL on the command line is visible to every user of this machine; "
                               "put it in PGPASSFILE (~/.pgpass), a service file (PGSERVICE) or PGPASSWORD");
        },
        "", "no_password_in_url");
}

CLI::Validator relation_type_name() {
    return CLI::Validator(
        [](std::string& s) {
            return parse_relation_type(s) ? std::string()
                                          : "unknown relation type '" + s + "' (one of " + relation_names() + ")";
        },
        "RELATION");
}

bool date_within(const std::string& date, const std::string& from, const std::string& to) {
    if (from.empty() && to.empty()) return true;
    if (date.empty()) return false;
    if (!from.empty() && date.compare(0, from.size(), from) < 0) return false;
    if (!to.empty() && date.compare(0, to.size(), to) > 0) return false;
    return true;
}

bool date_range_empty(const std::string& from, const std::string& to) {
    if (from.empty() || to.empty()) return false;
    const std::size_t n = std::min(from.size(), to.size());
    return from.compare(0, n, to, 0, n) > 0;
}

}  // namespace kg::cli
