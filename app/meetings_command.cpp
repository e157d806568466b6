// kg meetings --between A B [--from DATE] [--to DATE] [--json | --csv]:
// when and where two people met.

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/option_checks.h"
#include "app/query_base.h"
#include "app/query_output.h"

namespace kg::cli {

namespace {

struct MeetingsOptions {
    std::vector<std::string> between;
    std::string from;
    std::string to;
    OutputFormat format;
};

int run_meetings(const MeetingsOptions& opt, const GlobalOptions& global) {
    std::unique_ptr<QueryBase> kb = QueryBase::open(global.db);
    std::optional<EntityId> a = kb->resolve(opt.between.at(0), EntityType::Person, std::cerr);
    if (!a) return 1;
    std::optional<EntityId> b = kb->resolve(opt.between.at(1), EntityType::Person, std::cerr);
    if (!b) return 1;
    graph::MeetingFilter f;
    f.with = b;
    f.from = opt.from;
    f.to = opt.to;
    if (*a == *b)
        throw UsageError("--between needs two different people; '" + opt.between[0] + "' and '" + opt.between[1] +
                         "' are both " + kb->name(*a));
    std::vector<MeetingRecord> found = kb->meetings(a, f);
    print_meetings(*kb, found, std::nullopt, opt.format, std::cout, std::cerr);
    return 0;
}

}  // namespace

CommandRunner setup_meetings(CLI::App& cmd, const GlobalOptions& global) {
    auto opt = std::make_shared<MeetingsOptions>();
    cmd.add_option("--between", opt->between, "The two people (full names, surnames or aliases)")
        ->type_name("A B")
        ->expected(2)
        ->required();
    cmd.add_option("--from", opt->from, "Only meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")->check(iso_date());
    cmd.add_option("--to", opt->to, "Only meetings on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ->type_name("DATE")->check(iso_date());
    add_format_flags(cmd, opt->format);
    cmd.footer("Lists the meetings both people took part in, newest first: date, participants, place,\n"
               "mode, parent event and documents.");
    return [opt, &global] { return run_meetings(*opt, global); };
}

}  // namespace kg::cli
