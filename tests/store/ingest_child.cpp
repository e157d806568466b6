// Test helper for the kill -9 test: ingests synthetic documents 0..count-1 in
// `variant` into a kg database and writes each document number to stdout
// (unbuffered) right after put() -- or, with BATCH > 1, put_many() of its batch --
// returns, so the parent knows what was committed before it killed this process.
//
//   ingest_child DB COUNT VARIANT [full|normal [BATCH]]

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

#include "store/store.h"
#include "tests/store/synthetic.h"

int main(int argc, char** argv) {
    if (argc < 4 || argc > 6) {
        std::fprintf(stderr, "usage: ingest_child DB COUNT VARIANT [full|normal [BATCH]]\n");
        return 2;
    }
    try {
        const std::size_t count = std::stoul(argv[2]);
        const int variant = std::stoi(argv[3]);
        const bool normal = argc >= 5 && std::string(argv[4]) == "normal";
        const std::size_t batch = argc == 6 ? std::stoul(argv[5]) : 1;
        auto st = kg::store::open_store(argv[1], normal ? kg::store::Durability::Normal : kg::store::Durability::Full);
        std::vector<kg::DocumentExtraction> pending;
        auto report = [](std::size_t i) {
            const std::string line = std::to_string(i) + "\n";
            return write(STDOUT_FILENO, line.data(), line.size()) == static_cast<ssize_t>(line.size());
        };
        for (std::size_t i = 0; i < count; ++i) {
            kg::DocumentExtraction x = kg::store::testing::synthetic(i, variant);
            if (batch <= 1) {
                st->put(x, kg::store::sha256_hex(x.document.text));
                if (!report(i)) return 1;
                continue;
            }
            pending.push_back(std::move(x));
            if (pending.size() < batch && i + 1 < count) continue;
            std::vector<kg::store::PutItem> items;
            for (const kg::DocumentExtraction& p : pending) items.push_back({&p, kg::store::sha256_hex(p.document.text), ""});
            for (const kg::store::PutResult& r : st->put_many(items))
                if (!r.outcome) throw std::runtime_error(r.error);
            for (std::size_t k = i + 1 - pending.size(); k <= i; ++k)
                if (!report(k)) return 1;
            pending.clear();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ingest_child: %s\n", e.what());
        return 1;
    }
    return 0;
}
