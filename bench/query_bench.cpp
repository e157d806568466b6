// Query speed on a large knowledge base: generates N synthetic press releases
// (extractions put straight into the store: people with roles for their
// countries meeting at places, attending events), then times the kg binary end
// to end (process start included) on met, path and rank --by betweenness.
//   query_bench [N] [DB] [KG] [--no-rank] [--no-full] [--generate-only] [--keep-grown] [--forget-only]
//   (defaults: 100000, /tmp/kg-query-bench.db, the built kg)
// An existing DB with N documents is reused; delete it to regenerate (stored in batches of
// 256 in one transaction each, as `kg ingest` stores them; the rate is printed). Last, on a
// copy of DB, 1 and then 1,000 releases are added and the next `kg met` timed, with the
// snapshot grown from its merge state and (unless --no-full) rebuilt from every document
// (report_growth); then `kg met` and `kg path` on the grown base. --generate-only stops
// after making DB (for bench/pg_question_bench.sh, which moves it into PostgreSQL).
// --keep-grown leaves the grown copy as DB.grown (for comparing its answers by hand).
// Then, on another copy, documents are forgotten and the next `kg met` timed (report_forget):
// releases just added, which undoes the growth that added them, and releases of the base, which
// builds from every document; --forget-only times only these (after the first query).
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "model/error.h"
#include "store/store.h"

extern char** environ;

namespace {

constexpr std::size_t kPeople = 6000;
constexpr std::size_t kCountries = 190;
constexpr std::size_t kLocations = 400;
constexpr std::size_t kEvents = 1500;

const char* const kSyllables[] = {"ka", "to", "mi", "ra", "su", "ne", "lo", "vi", "da", "ge",
                                  "po", "ri", "an", "el", "or", "us", "ba", "ze", "ku", "ha"};

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// Distinct names: every person has a family name of their own.
std::string person_name(std::size_t i) {
    std::string family, given;
    std::size_t f = i;
    for (int k = 0; k < 3; ++k, f /= 20) family += kSyllables[f % 20];
    given = std::string(kSyllables[(i * 7) % 20]) + kSyllables[(i * 13 + 3) % 20];
    return capitalised(given) + " " + capitalised(family) + (i >= 8000 ? std::to_string(i) : "");
}
std::string country_name(std::size_t i) { return "Republic of " + capitalised(std::string(kSyllables[i % 20]) + kSyllables[(i / 20) % 20] + "ia"); }
std::string location_name(std::size_t i) { return capitalised(std::string(kSyllables[i % 20]) + kSyllables[(i / 20) % 20]) + " City"; }
std::string event_name(std::size_t i) { return "Summit on Topic " + std::to_string(i); }

std::string iso_date(std::mt19937_64& rng) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2000 + static_cast<int>(rng() % 26), 1 + static_cast<int>(rng() % 12),
                  1 + static_cast<int>(rng() % 28));
    return buf;
}

// Person index with a skew: a few people meet very often, most rarely.
std::size_t pick_person(std::mt19937_64& rng) {
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    return std::min(kPeople - 1, static_cast<std::size_t>(static_cast<double>(kPeople) * u * u));
}

kg::DocumentExtraction release(std::size_t n, std::mt19937_64& rng) {
    kg::DocumentExtraction x;
    char id[32];
    // Nine digits: ids sort as their numbers do, so added releases sort after the base's
    // (six digits put release-1000000 before release-999999, and every growth of a
    // base of a million was a full rebuild).
    std::snprintf(id, sizeof id, "release-%09zu.txt", n);
    x.document.id = id;
    x.document.source = std::string("/synthetic/") + id;
    x.document.date = iso_date(rng);
    std::size_t a = pick_person(rng), b = pick_person(rng);
    while (b == a) b = pick_person(rng);
    const std::size_t place = rng() % kLocations;
    const std::string sentence = "On " + x.document.date + ", " + person_name(a) + " held a meeting with " +
                                 person_name(b) + " in " + location_name(place) + ".";
    const std::string role_sentence = person_name(b) + " is the Minister for Foreign Affairs of " +
                                      country_name(b % kCountries) + ".";
    x.document.title = "Meeting between " + person_name(a) + " and " + person_name(b);
    x.document.text = x.document.title + "\n\n" + sentence + " " + role_sentence + "\n";
    const kg::Span s1{x.document.title.size() + 2, x.document.title.size() + 2 + sentence.size()};
    const kg::Span s2{s1.end + 1, s1.end + 1 + role_sentence.size()};
    auto entity = [&](kg::EntityType t, std::string name) {
        x.entities.push_back(kg::Entity{t, std::move(name), {}, {}, {kg::Mention{s1, ""}}});
        return x.entities.size() - 1;
    };
    const std::size_t pa = entity(kg::EntityType::Person, person_name(a));
    const std::size_t pb = entity(kg::EntityType::Person, person_name(b));
    const std::size_t ca = entity(kg::EntityType::Country, country_name(a % kCountries));
    const std::size_t cb = entity(kg::EntityType::Country, country_name(b % kCountries));
    const std::size_t loc = entity(kg::EntityType::Location, location_name(place));
    kg::Meeting m;
    m.participants = {pa, pb};
    m.date = x.document.date;
    m.place = loc;
    m.mode = static_cast<kg::MeetingMode>(rng() % 4);
    m.evidence.push_back(kg::Evidence{x.document.id, s1, "bench", 0.9});
    x.meetings.push_back(m);
    auto relation = [&](kg::RelationType t, std::size_t r_a, std::size_t r_b, std::string date, kg::Span span,
                        std::map<std::string, std::string> attributes) {
        kg::Relation r;
        r.type = t;
        r.a = r_a;
        r.b = r_b;
        r.date = std::move(date);
        r.attributes = std::move(attributes);
        r.evidence.push_back(kg::Evidence{x.document.id, span, "bench", 0.9});
        x.relations.push_back(std::move(r));
    };
    relation(kg::RelationType::Met, pa, pb, x.document.date, s1,
             {{"meeting", "0"}, {"mode", std::string(kg::to_string(m.mode))}});
    relation(kg::RelationType::Role, pa, ca, "", s1, {{"title", "Minister for Foreign Affairs"}});
    relation(kg::RelationType::Role, pb, cb, "", s2, {{"title", "Minister for Foreign Affairs"}});
    if (rng() % 3 == 0) {
        const std::size_t ev = entity(kg::EntityType::Event, event_name(rng() % kEvents));
        relation(kg::RelationType::Attended, pa, ev, "", s1, {});
    }
    return x;
}

struct Timing {
    double wall = -1.0;  // seconds, or -1 on failure
    double cpu = 0.0;    // user + system seconds of the kg process
    long max_rss_kb = 0; // the kg process's peak resident memory
    double written_mb = 0.0;  // what it wrote to storage (ru_oublock, 512-byte blocks)
};

// Runs kg with `args`, stdout to /dev/null.
Timing time_kg(const std::string& kg, const std::vector<std::string>& args) {
    std::vector<char*> argv;
    std::vector<std::string> all{kg};
    all.insert(all.end(), args.begin(), args.end());
    for (std::string& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, kg.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return {};
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return {};
    return {secs, seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_maxrss,
            static_cast<double>(usage.ru_oublock) * 512.0 / 1e6};
}

void report(const std::string& kg, const std::string& what, const std::vector<std::string>& args, int runs) {
    std::vector<double> times, cpu;
    long peak_kb = 0;
    for (int i = 0; i < runs; ++i) {
        const Timing t = time_kg(kg, args);
        times.push_back(t.wall);
        cpu.push_back(t.cpu);
        peak_kb = std::max(peak_kb, t.max_rss_kb);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    if (times.front() < 0) {
        std::printf("%-48s FAILED\n", what.c_str());
        return;
    }
    std::printf("%-48s wall median %8.1f ms (min %.1f, max %.1f), cpu median %.1f ms, peak %ld MB, %d runs\n",
                what.c_str(), times[times.size() / 2] * 1e3, times.front() * 1e3, times.back() * 1e3,
                cpu[cpu.size() / 2] * 1e3, peak_kb / 1024, runs);
}

// Adding documents to a large base (issue 12): `k` more releases are stored in `db` (ids
// after every stored one, as a day's ingest gives), then the next question is timed; it
// brings the snapshot up to date. Grown: the releases are appended to the snapshot's
// persisted merge state. Full: the merge state is dropped first, so every document is
// loaded and merged again, as every rebuild did before.
void report_growth(const std::string& kg, const std::string& db, std::size_t& next, std::size_t k, bool full,
                   const std::string& person) {
    const auto start = std::chrono::steady_clock::now();
    {
        auto st = kg::store::open_store(db, kg::store::Durability::Normal);
        std::mt19937_64 rng(next);
        std::vector<kg::DocumentExtraction> batch;
        for (std::size_t i = 0; i < k; ++i) batch.push_back(release(next++, rng));
        std::vector<kg::store::PutItem> items;
        for (const kg::DocumentExtraction& x : batch) items.push_back({&x, kg::store::sha256_hex(x.document.text), ""});
        st->put_many(items);
    }
    const double stored = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (full) {
        sqlite3* handle = nullptr;
        if (sqlite3_open(db.c_str(), &handle) != SQLITE_OK ||
            sqlite3_exec(handle, "DELETE FROM kb_blobs WHERE name = 'growing'", nullptr, nullptr, nullptr) !=
                SQLITE_OK)
            throw kg::Error("cannot drop the merge state of " + db);
        sqlite3_close(handle);
    }
    const Timing t = time_kg(kg, {"--db", db, "met", person});
    const std::string what = "add " + std::to_string(k) + (k == 1 ? " release" : " releases") + ", next kg met (" +
                             (full ? "full rebuild" : "appended") + ")";
    if (t.wall < 0) std::printf("%-48s FAILED\n", what.c_str());
    else
        std::printf("%-48s wall %8.1f ms, cpu %.1f ms, peak %ld MB, wrote %.0f MB (storing them: %.1f ms wall)\n",
                    what.c_str(), t.wall * 1e3, t.cpu * 1e3, t.max_rss_kb / 1024, t.written_mb, stored * 1e3);
}

// Forgetting documents (issue 12): `added` more releases are stored in `db` and the snapshot
// brought up to date (a `kg met`, growing it), then the documents `pick` chooses among them
// (their ids in order) and the base's are forgotten as `kg forget` forgets them (the store's
// forget), and the next `kg met` is timed: it undoes the growth when every forgotten document
// is one it added (appending again those of them still stored), and builds from every document
// otherwise.
void report_forget(const std::string& kg, const std::string& db, std::size_t& next, std::size_t added,
                   const std::function<std::vector<std::string>(const std::vector<std::string>&)>& pick,
                   const std::string& what, const std::string& person) {
    std::vector<std::string> ids;
    if (added > 0) {
        auto st = kg::store::open_store(db, kg::store::Durability::Normal);
        std::mt19937_64 rng(next);
        std::vector<kg::DocumentExtraction> batch;
        for (std::size_t i = 0; i < added; ++i) batch.push_back(release(next++, rng));
        std::vector<kg::store::PutItem> items;
        for (const kg::DocumentExtraction& x : batch) {
            items.push_back({&x, kg::store::sha256_hex(x.document.text), ""});
            ids.push_back(x.document.id);
        }
        st->put_many(items);
    }
    Timing grown;
    if (added > 0) {
        grown = time_kg(kg, {"--db", db, "met", person});
        if (grown.wall < 0) {
            std::printf("%-48s FAILED (growing)\n", what.c_str());
            return;
        }
    }
    const std::vector<std::string> forget = pick(ids);
    {
        auto st = kg::store::open_store(db, kg::store::Durability::Normal);
        for (const std::string& id : forget) st->forget(id);
    }
    const Timing t = time_kg(kg, {"--db", db, "met", person});
    if (t.wall < 0) {
        std::printf("%-48s FAILED\n", what.c_str());
        return;
    }
    std::printf("%-48s wall %8.1f ms, cpu %.1f ms, peak %ld MB, wrote %.0f MB", what.c_str(), t.wall * 1e3, t.cpu * 1e3,
                t.max_rss_kb / 1024, t.written_mb);
    if (added > 0)
        std::printf(" (the kg met growing it before: wall %.1f ms, cpu %.1f ms, peak %ld MB)", grown.wall * 1e3,
                    grown.cpu * 1e3, grown.max_rss_kb / 1024);
    std::printf("\n");
}

// The id of the base's release n.
std::string release_id(std::size_t n) {
    char id[32];
    std::snprintf(id, sizeof id, "release-%09zu.txt", n);
    return id;
}

std::size_t count_documents(const std::string& db) {
    kg::store::open_store(db);  // a kg database, migrated if older
    sqlite3* handle = nullptr;
    sqlite3_stmt* q = nullptr;
    std::size_t n = 0;
    if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(handle, "SELECT count(*) FROM documents", -1, &q, nullptr) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        n = static_cast<std::size_t>(sqlite3_column_int64(q, 0));
    sqlite3_finalize(q);
    sqlite3_close(handle);
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        std::vector<std::string> positional;
        bool skip_rank = false, skip_full = false, generate_only = false, keep_grown = false, forget_only = false;
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            if (a == "--no-rank") skip_rank = true;
            else if (a == "--no-full") skip_full = true;
            else if (a == "--generate-only") generate_only = true;
            else if (a == "--keep-grown") keep_grown = true;
            else if (a == "--forget-only") forget_only = true;
            else positional.push_back(a);
        }
        const std::size_t n = positional.size() > 0 ? std::strtoull(positional[0].c_str(), nullptr, 10) : 100000;
        const std::string db = positional.size() > 1 ? positional[1] : "/tmp/kg-query-bench.db";
        const std::string kg = positional.size() > 2 ? positional[2] : KG_BINARY;
        std::size_t stored = 0;
        // Counted without loading the documents' list: a child's peak memory (ru_maxrss) starts
        // from this process's when spawned, so this process must stay small.
        if (std::filesystem::exists(db)) stored = count_documents(db);
        if (stored != n) {
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
            auto st = kg::store::open_store(db, kg::store::Durability::Normal);
            std::mt19937_64 rng(42);
            const auto start = std::chrono::steady_clock::now();
            std::vector<kg::DocumentExtraction> batch;
            for (std::size_t i = 0; i < n;) {
                batch.clear();
                for (; i < n && batch.size() < 256; ++i) batch.push_back(release(i, rng));
                std::vector<kg::store::PutItem> items;
                for (const kg::DocumentExtraction& x : batch)
                    items.push_back({&x, kg::store::sha256_hex(x.document.text), ""});
                st->put_many(items);
            }
            const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("generated   %zu releases into %s in %.1f s (%.0f documents/s stored)\n", n, db.c_str(), secs,
                        static_cast<double>(n) / secs);
        } else {
            std::printf("reusing     %s (%zu releases)\n", db.c_str(), n);
        }
        if (generate_only) return 0;
        const std::string busy = person_name(0), rare = person_name(2000), other = person_name(3001);
        const std::vector<std::string> base{"--db", db};
        auto with = [&](std::vector<std::string> args) {
            args.insert(args.begin(), base.begin(), base.end());
            return args;
        };
        // The first question after a change builds the graph snapshot.
        report(kg, "first query (builds the snapshot): kg met", with({"met", busy}), 1);
        // Forgetting, on a copy of the base (each case on the copy as the one before left it).
        const auto forgetting = [&] {
            const std::string copy = db + ".forget";
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(copy + suffix);
            std::filesystem::copy_file(db, copy);
            std::size_t next = n + 1000000;  // ids after every stored one, apart from the growth's
            using Ids = std::vector<std::string>;
            report_forget(kg, copy, next, 1, [](const Ids& a) { return a; }, "add 1, forget it, next kg met", busy);
            report_forget(kg, copy, next, 1000, [](const Ids& a) { return a; }, "add 1,000, forget them, next kg met",
                          busy);
            report_forget(kg, copy, next, 1000, [](const Ids& a) { return Ids{a.front()}; },
                          "add 1,000, forget the first, next kg met", busy);
            report_forget(kg, copy, next, 0, [&](const Ids&) { return Ids{release_id(n / 2)}; },
                          "forget 1 of the base, next kg met", busy);
            report_forget(kg, copy, next, 0,
                          [&](const Ids&) {
                              Ids out;
                              for (std::size_t i = 0; i < 1000; ++i) out.push_back(release_id(n / 4 + i));
                              return out;
                          },
                          "forget 1,000 of the base, next kg met", busy);
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(copy + suffix);
        };
        if (forget_only) {
            forgetting();
            return 0;
        }
        report(kg, "kg met '" + busy + "' (busiest person)", with({"met", busy}), 7);
        report(kg, "kg met '" + rare + "' (a rare one)", with({"met", rare}), 7);
        report(kg, "kg met '" + rare + "' --country ... --from 2010", with({"met", rare, "--country", country_name(0), "--from", "2010"}), 7);
        report(kg, "kg path '" + rare + "' '" + other + "'", with({"path", rare, other}), 7);
        report(kg, "kg path ... --via MET --all-shortest", with({"path", rare, other, "--via", "MET", "--all-shortest"}), 7);
        if (!skip_rank)
            report(kg, "kg rank --by betweenness --type PERSON", with({"rank", "--by", "betweenness", "--type", "PERSON"}), 1);
        // Growth on a copy, so the base is reused as it is next time.
        const std::string grown = db + ".grown";
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(grown + suffix);
        std::filesystem::copy_file(db, grown);
        std::size_t next = n;
        for (std::size_t k : {std::size_t{1}, std::size_t{1000}})
            for (bool full : {false, true})
                if (!full || !skip_full) report_growth(kg, grown, next, k, full, busy);
        // The questions on the grown base, its snapshot up to date.
        const std::vector<std::string> on_grown{"--db", grown};
        auto grown_with = [&](std::vector<std::string> args) {
            args.insert(args.begin(), on_grown.begin(), on_grown.end());
            return args;
        };
        report(kg, "grown base: kg met '" + busy + "'", grown_with({"met", busy}), 7);
        report(kg, "grown base: kg met '" + rare + "'", grown_with({"met", rare}), 7);
        report(kg, "grown base: kg path '" + rare + "' '" + other + "'", grown_with({"path", rare, other}), 7);
        if (!keep_grown)
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(grown + suffix);
        forgetting();
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "query_bench: %s\n", e.what());
        return 1;
    }
}
