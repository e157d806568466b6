// Test helper for the kill -9 test: ingests synthetic documents 0..count-1 in
// `variant` into a kg database and writes each document number to stdout
// (unbuffered) right after put() returns, so the parent knows what was
// committed before it killed this process.
//
//   ingest_child DB COUNT VARIANT [full|normal]

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "store/store.h"
#include "tests/store/synthetic.h"

int main(int argc, char** argv) {
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: ingest_child DB COUNT VARIANT [full|normal]\n");
        return 2;
    }
    try {
        const std::size_t count = std::stoul(argv[2]);
        const int variant = std::stoi(argv[3]);
        const bool normal = argc == 5 && std::string(argv[4]) == "normal";
        auto st = kg::store::open_store(argv[1], normal ? kg::store::Durability::Normal : kg::store::Durability::Full);
        for (std::size_t i = 0; i < count; ++i) {
            const kg::DocumentExtraction x = kg::store::testing::synthetic(i, variant);
            st->put(x, kg::store::sha256_hex(x.document.text));
            const std::string line = std::to_string(i) + "\n";
            if (write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size())) return 1;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ingest_child: %s\n", e.what());
        return 1;
    }
    return 0;
}
