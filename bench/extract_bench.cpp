// Extraction throughput on one core: cycles the documents of a corpus until a
// target volume is reached and reports MB/s.
//   extract_bench [CORPUS_DIR] [MEGABYTES]   (defaults: examples/corpus, 200)
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "extract/extractor.h"
#include "extract/reader.h"

int main(int argc, char** argv) {
    try {
        const std::string dir = argc > 1 ? argv[1] : KG_SOURCE_DIR "/examples/corpus";
        const double target_mb = argc > 2 ? std::atof(argv[2]) : 200.0;
        kg::extract::ReadResult input = kg::extract::read_documents({dir});
        if (input.documents.empty()) {
            std::fprintf(stderr, "extract_bench: %s: no documents\n", dir.c_str());
            return 1;
        }
        const auto gaz = kg::extract::Gazetteer::load_default();
        const kg::extract::Extractor ex(gaz);
        const auto target = static_cast<std::size_t>(target_mb * 1024 * 1024);
        std::size_t bytes = 0, docs = 0, relations = 0, entities = 0;
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpu_start = std::clock();
        while (bytes < target) {
            for (const kg::Document& d : input.documents) {
                const kg::DocumentExtraction x = ex.extract(d);
                bytes += d.text.size();
                relations += x.relations.size();
                entities += x.entities.size();
                ++docs;
                if (bytes >= target) break;
            }
        }
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
        const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
        std::printf("corpus      %s (%zu distinct documents)\n", dir.c_str(), input.documents.size());
        std::printf("extracted   %zu documents, %.1f MB in %.2f s\n", docs, mb, secs);
        std::printf("throughput  %.1f MB/s, %.0f documents/s of CPU time on one core (%.2f s CPU)\n", mb / cpu,
                    static_cast<double>(docs) / cpu, cpu);
        std::printf("wall clock  %.1f MB/s (lower when other processes share the core)\n", mb / secs);
        std::printf("found       %zu entities, %zu relations\n", entities, relations);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "extract_bench: %s\n", e.what());
        return 1;
    }
}
