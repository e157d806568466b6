// kg met [NAME] [--with NAME] [--country C] [--org O] [--place P] [--mode M]
//        [--from DATE] [--to DATE] [--json | --csv]: who met whom.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct MetOptions {
    std::string name;
    std::string with;
    std::string country;
    std::string org;
    std::string place;
    std::string mode;
    std::string from;
    std::string to;
    OutputFormat format;
};

int run_met(const MetOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityId> person;
    if (!opt.name.empty()) {
        person = kb->resolve(opt.name, EntityType::Person, std::cerr);
        if (!person) return 1;
    }
    graph::MeetingFilter f;
    f.from = opt.from;
    f.to = opt.to;
    if (!opt.with.empty() && !(f.with = kb->resolve(opt.with, EntityType::Person, std::cerr))) return 1;
    if (f.with && f.with == person)
        throw UsageError("--with needs someone other than NAME; '" + opt.name + "' and '" + opt.with + "' are both " +
                         kb->name(*person));
    if (!opt.country.empty() && !(f.country = kb->resolve(opt.country, EntityType::Country, std::cerr))) return 1;
    if (!opt.org.empty() && !(f.org = kb->resolve(opt.org, EntityType::Organization, std::cerr))) return 1;
    if (!opt.place.empty() &&
        !(f.place = kb->resolve(opt.place, {EntityType::Location, EntityType::Country}, std::cerr)))
        return 1;
    if (!opt.mode.empty()) f.mode = parse_meeting_mode(opt.mode);
    print_meetings(*kb, kb->meetings(person, f), person, opt.format, std::cout, std::cerr);
    return 0;
}

// A meeting mode as model/types.h spells it: in-person, telephone, ...
CLI::Validator meeting_mode_name() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            if (parse_meeting_mode(value)) return {};
            std::string known;
            for (MeetingMode m : {MeetingMode::InPerson, MeetingMode::Telephone, MeetingMode::Video,
                                  MeetingMode::CourtesyCall, MeetingMode::Meal, MeetingMode::Summit,
                                  MeetingMode::Multilateral})
                known += (known.empty() ? "" : ", ") + std::string(to_string(m));
            return "unknown meeting mode '" + value + "' (expected one of: " + known + ")";
        },
        "MODE");
}

}  // namespace

CommandRunner setup_met(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<MetOptions>();
    CLI::Option* name = cmd.add_option("NAME", opt->name,
                                       "A person (full name, surname or alias); without it, every meeting is listed");
    cmd.add_option("--with", opt->with, "Only meetings where NAME met this person")->type_name("NAME")->needs(name);
    cmd.add_option("--country", opt->country,
                   "Only meetings with a counterpart holding a role for this country (e.g. its minister)")
        ->type_name("COUNTRY");
    cmd.add_option("--org", opt->org, "Only meetings with a counterpart holding a role in this organisation")
        ->type_name("ORG");
    cmd.add_option("--place", opt->place, "Only meetings held at this place (a location or country)")
        ->type_name("PLACE");
    cmd.add_option("--mode", opt->mode,
                   "Only meetings of this mode: in-person, telephone, video, courtesy-call, meal, summit, multilateral")
        ->type_name("MODE")
        ->check(meeting_mode_name());
    cmd.add_option("--from", opt->from, "Only meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only meetings on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")->check(iso_date());
    add_format_flags(cmd, opt->format);
    cmd.footer("Lists meetings that took place (planned ones are left out), newest first, from the\n"
               "knowledge base given by --db. Undated meetings come last and are left out by --from/--to.\n"
               "Without NAME, --country/--org look at every participant. An unknown name prints the\n"
               "closest known names and exits with status 1; an ambiguous one lists the candidates.");
    return [opt, &global] { return run_met(*opt, global); };
}

}  // namespace kg::cli
