// Ingest throughput of the knowledge base: N generated MOFA-style releases stored
// in transactions of --batch documents (256, as `kg ingest` does; 1 for one
// transaction per document); reports documents/s, MB/s and the database size.
//   ingest_bench [--docs N] [--durability full|normal] [--batch N] [--extract] [--db FILE|URL]
// --db postgresql://... stores into that PostgreSQL database instead, which must be empty.
// Default: synthetic extractions (built with the text, as the extractor would
// report them) go straight into the store, so the figure is the store's own cost
// (hashing, one transaction per document, every row). --extract runs the real
// extractor on each text instead (on a second thread, feeding the store), which
// measures the whole `kg ingest` pipeline.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "store/store.h"

namespace {

struct Person {
    const char* family;
    const char* given;
    const char* country;
    const char* title;
};

constexpr Person kCounterparts[] = {
    {"Wong", "Penny", "Australia", "Minister for Foreign Affairs"},
    {"Joly", "Melanie", "Canada", "Minister of Foreign Affairs"},
    {"Baerbock", "Annalena", "Germany", "Federal Minister for Foreign Affairs"},
    {"Colonna", "Catherine", "France", "Minister for Europe and Foreign Affairs"},
    {"Tajani", "Antonio", "Italy", "Minister of Foreign Affairs and International Cooperation"},
    {"Cleverly", "James", "United Kingdom", "Secretary of State for Foreign, Commonwealth and Development Affairs"},
    {"Park", "Jin", "Republic of Korea", "Minister of Foreign Affairs"},
    {"Jaishankar", "Subrahmanyam", "India", "Minister of External Affairs"},
    {"Kuleba", "Dmytro", "Ukraine", "Minister for Foreign Affairs"},
    {"Sikorski", "Radoslaw", "Poland", "Minister of Foreign Affairs"},
    {"Albares", "Jose Manuel", "Spain", "Minister of Foreign Affairs, European Union and Cooperation"},
    {"Billstrom", "Tobias", "Sweden", "Minister for Foreign Affairs"},
};
constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kTopics[] = {
    "the situation in Ukraine", "the Indo-Pacific", "North Korea's nuclear and missile development",
    "economic security", "the Middle East", "climate change and energy", "United Nations Security Council reform"};

struct Generated {
    kg::DocumentExtraction x;
};

std::size_t span_of(const std::string& text, const std::string& what, std::size_t from = 0) {
    const std::size_t at = text.find(what, from);
    return at == std::string::npos ? 0 : at;
}

// Release i: a meeting between Japan's Foreign Minister and a counterpart, with
// two paragraphs of discussion; about 1.3 KB, like the corpus's releases.
kg::DocumentExtraction generate(std::size_t i) {
    const Person& p = kCounterparts[i % std::size(kCounterparts)];
    const int year = 2014 + static_cast<int>(i % 12);
    const std::size_t month = (i / 12) % 12;
    const int day = 1 + static_cast<int>(i % 28);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02zu-%02d", year, month + 1, day);
    const std::string when = std::string(kMonths[month]) + " " + std::to_string(day);
    const std::string family_caps = [&] {
        std::string s = p.family;
        for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        return s;
    }();
    const std::string full = std::string(p.given) + " " + p.family;
    const std::string event = "Japan-" + std::string(p.country) + " Foreign Ministers' Meeting";

    kg::DocumentExtraction x;
    kg::Document& d = x.document;
    d.id = "release-" + std::to_string(i) + ".txt";
    d.source = "generated/" + d.id;
    d.title = event;
    d.date = date;
    std::string& t = d.text;
    t = event + "\n" + when + ", " + std::to_string(year) + "\n";
    t += "On " + when + ", commencing at " + std::to_string(9 + i % 9) + ":00 for approximately " +
         std::to_string(30 + 5 * (i % 10)) + " minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, "
         "held a meeting with H.E. " + full + ", " + p.title + " of " + p.country + ". The overview is as follows.\n";
    const std::size_t first_sentence_end = t.size();
    for (int k = 0; k < 3; ++k) {
        t += std::to_string(k + 1) + ". Minister Hayashi and Minister " + p.family + " exchanged views on " +
             kTopics[(i + static_cast<std::size_t>(k)) % std::size(kTopics)] +
             ", and confirmed that Japan and " + p.country +
             " will continue to work closely together, including at the G7 and the United Nations, to uphold the "
             "free and open international order based on the rule of law (release " + std::to_string(i) + ").\n";
    }

    auto entity = [&](kg::EntityType type, std::string name, std::vector<std::string> aliases,
                      std::vector<std::string> surfaces) {
        kg::Entity e;
        e.type = type;
        e.name = std::move(name);
        e.aliases = std::move(aliases);
        std::size_t from = 0;
        for (const std::string& s : surfaces) {
            const std::size_t at = span_of(t, s, from);
            e.mentions.push_back(kg::Mention{kg::Span{at, at + s.size()}, s});
            from = at + 1;
        }
        x.entities.push_back(std::move(e));
        return x.entities.size() - 1;
    };
    const std::size_t hayashi = entity(kg::EntityType::Person, "Yoshimasa Hayashi",
                                       {"HAYASHI Yoshimasa", "Minister Hayashi"},
                                       {"HAYASHI Yoshimasa", "Minister Hayashi", "Minister Hayashi"});
    const std::size_t other = entity(kg::EntityType::Person, full, {"Minister " + std::string(p.family)},
                                     {full, "Minister " + std::string(p.family)});
    const std::size_t japan = entity(kg::EntityType::Country, "Japan", {}, {"Japan", "Japan", "Japan"});
    const std::size_t country = entity(kg::EntityType::Country, p.country, {}, {p.country, p.country});
    const std::size_t un = entity(kg::EntityType::Organization, "United Nations", {}, {"United Nations"});
    const std::size_t meeting_event = entity(kg::EntityType::Event, event, {}, {event});
    (void)un;

    const kg::Evidence first{d.id, kg::Span{0, first_sentence_end}, "held-a-meeting-with", 0.9};
    auto relation = [&](kg::RelationType type, std::size_t a, std::size_t b, std::map<std::string, std::string> attrs) {
        kg::Relation r;
        r.type = type;
        r.a = a;
        r.b = b;
        r.attributes = std::move(attrs);
        if (type == kg::RelationType::Met) r.date = date;
        r.evidence.push_back(first);
        x.relations.push_back(std::move(r));
    };
    relation(kg::RelationType::Met, hayashi, other, {{"mode", "in-person"}, {"meeting", "0"}});
    relation(kg::RelationType::Role, hayashi, japan, {{"title", "Minister for Foreign Affairs"}});
    relation(kg::RelationType::Role, other, country, {{"title", p.title}});
    relation(kg::RelationType::Attended, hayashi, meeting_event, {});
    relation(kg::RelationType::Attended, other, meeting_event, {});

    kg::Meeting m;
    m.participants = {hayashi, other};
    m.date = date;
    m.parent_event = meeting_event;
    m.cameo = "040";
    m.plover_mode = "meet";
    m.evidence.push_back(first);
    x.meetings.push_back(std::move(m));
    return x;
}

// Single-producer, single-consumer queue of bounded size.
class Pipe {
public:
    void push(kg::DocumentExtraction x) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return items_.size() < 256; });
        items_.push_back(std::move(x));
        not_empty_.notify_one();
    }
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        not_empty_.notify_one();
    }
    std::optional<kg::DocumentExtraction> pop() {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
        if (items_.empty()) return std::nullopt;
        kg::DocumentExtraction x = std::move(items_.front());
        items_.pop_front();
        not_full_.notify_one();
        return x;
    }

private:
    std::mutex mutex_;
    std::condition_variable not_full_, not_empty_;
    std::deque<kg::DocumentExtraction> items_;
    bool closed_ = false;
};

std::uintmax_t file_size_or_zero(const std::string& path) {
    std::error_code ec;
    const std::uintmax_t n = std::filesystem::file_size(path, ec);
    return ec ? 0 : n;
}

// Writes the N releases as files into DB.corpus/ (kept for the next run), then runs `KG --db DB ingest DIR` (the
// whole command: reading files, extraction, storing, and the graph snapshot that
// questions read) and reports its wall time.
int time_kg_ingest(const std::string& kg, std::size_t docs, const std::string& db, const std::string& durability) {
    const bool postgres = kg::store::is_postgres_url(db);
    const std::filesystem::path dir = postgres ? std::string("ingest_bench-postgresql.corpus") : db + ".corpus";
    std::filesystem::create_directories(dir);
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < docs; ++i) {
        const kg::Document d = generate(i).document;
        const std::string text = d.title + "\n" + d.text;
        bytes += text.size();
        if (file_size_or_zero((dir / d.id).string()) == text.size()) continue;  // kept from an earlier run
        std::FILE* f = std::fopen((dir / d.id).c_str(), "wb");
        if (!f || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0) {
            std::fprintf(stderr, "ingest_bench: cannot write %s\n", (dir / d.id).c_str());
            return 1;
        }
    }
    const std::string command = "'" + kg + "' --db '" + db + "' ingest --durability " + durability + " '" +
                                dir.string() + "' > /dev/null";
    const auto start = std::chrono::steady_clock::now();
    const int status = std::system(command.c_str());
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (status != 0) {
        std::fprintf(stderr, "ingest_bench: %s failed (status %d)\n", command.c_str(), status);
        return 1;
    }
    const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::printf("mode        kg ingest %s (files, extraction, store, graph snapshot), durability %s\n",
                dir.c_str(), durability.c_str());
    std::printf("ingested    %zu documents, %.1f MB in %.2f s\n", docs, mb, secs);
    std::printf("throughput  %.0f documents/s, %.2f MB/s\n", static_cast<double>(docs) / secs, mb / secs);
    if (postgres)
        std::printf("database    %s (PostgreSQL)\n", kg::store::redacted(db).c_str());
    else
        std::printf("database    %s, %.1f MB\n", db.c_str(),
                    static_cast<double>(file_size_or_zero(db) + file_size_or_zero(db + "-wal")) / (1024.0 * 1024.0));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        std::size_t docs = 100000;
        std::string durability = "normal";
        std::string db = "ingest_bench.db";
        bool extract = false;
        std::size_t batch_size = 256;  // kg ingest's batch
        std::string kg_binary;         // --kg: time the real `kg ingest` on the corpus written as files
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            if (a == "--docs" && i + 1 < argc) docs = std::strtoull(argv[++i], nullptr, 10);
            else if (a == "--durability" && i + 1 < argc) durability = argv[++i];
            else if (a == "--db" && i + 1 < argc) db = argv[++i];
            else if (a == "--extract") extract = true;
            else if (a == "--kg" && i + 1 < argc) kg_binary = argv[++i];
            else if (a == "--batch" && i + 1 < argc) batch_size = std::max<std::size_t>(1, std::strtoull(argv[++i], nullptr, 10));
            else {
                std::fprintf(stderr, "usage: ingest_bench [--docs N] [--durability full|normal] [--batch N] [--extract] [--kg KG] [--db FILE|URL]\n");
                return 2;
            }
        }
        if (!kg::store::is_postgres_url(db))
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
        if (!kg_binary.empty()) return time_kg_ingest(kg_binary, docs, db, durability);
        auto store = kg::store::open_store(
            db, durability == "full" ? kg::store::Durability::Full : kg::store::Durability::Normal);

        std::size_t bytes = 0, added = 0;
        std::vector<kg::DocumentExtraction> batch;
        auto flush = [&] {
            std::vector<kg::store::PutItem> items;
            for (const kg::DocumentExtraction& x : batch) items.push_back({&x, kg::store::sha256_hex(x.document.text), ""});
            for (const kg::store::PutResult& r : store->put_many(items))
                if (r.outcome == kg::store::PutOutcome::Added) ++added;
            batch.clear();
        };
        auto put = [&](kg::DocumentExtraction x) {
            bytes += x.document.text.size();
            batch.push_back(std::move(x));
            if (batch.size() >= batch_size) flush();
        };
        const auto start = std::chrono::steady_clock::now();
        if (!extract) {
            for (std::size_t i = 0; i < docs; ++i) put(generate(i));
            flush();
        } else {
            Pipe pipe;
            std::exception_ptr failure;
            std::thread producer([&] {
                try {
                    const auto gazetteer = kg::extract::Gazetteer::load_default();
                    const kg::extract::Extractor extractor(gazetteer);
                    for (std::size_t i = 0; i < docs; ++i) pipe.push(extractor.extract(generate(i).document));
                } catch (...) {
                    failure = std::current_exception();
                }
                pipe.close();
            });
            while (std::optional<kg::DocumentExtraction> x = pipe.pop()) put(std::move(*x));
            flush();
            producer.join();
            if (failure) std::rethrow_exception(failure);
        }
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        store.reset();  // closes the database: the WAL is checkpointed into the file
        const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
        const double db_mb = static_cast<double>(file_size_or_zero(db) + file_size_or_zero(db + "-wal")) / (1024.0 * 1024.0);
        std::printf("mode        %s, durability %s, %zu documents per transaction\n",
                    extract ? "real extractor + store (2 threads)" : "synthetic extractions -> store", durability.c_str(),
                    batch_size);
        std::printf("ingested    %zu documents (%zu added), %.1f MB of text in %.2f s\n", docs, added, mb, secs);
        std::printf("throughput  %.0f documents/s, %.2f MB/s\n", static_cast<double>(docs) / secs, mb / secs);
        if (kg::store::is_postgres_url(db))
            std::printf("database    %s (PostgreSQL)\n", kg::store::redacted(db).c_str());
        else
            std::printf("database    %s, %.1f MB (%.1f KB per document)\n", db.c_str(), db_mb,
                        db_mb * 1024.0 / static_cast<double>(docs ? docs : 1));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ingest_bench: %s\n", e.what());
        return 1;
    }
}
