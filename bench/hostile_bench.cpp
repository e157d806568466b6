// Extraction time on hostile inputs, each at doubling sizes, to show that time grows
// linearly: a sentence naming N meeting partners, one line of N MB without a line break,
// and a text file of N MB. For each doubling it prints the time ratio (2.0 is linear, 4.0
// quadratic) and exits 1 when a ratio exceeds --max-ratio (default 2.6, room for noise).
//   hostile_bench [--quick] [--max-ratio R]
// --quick: smaller sizes (crowd 1000..4000 names, line 1..4 MB, file 8..32 MB).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/reader.h"

namespace {

// "On April 4, 2024, Mr. Taro Kono, ... held a meeting with Mr. A, Mr. B, ... and Mr. Z."
std::string crowd_sentence(std::size_t n) {
    static const char* given[] = {"John", "Mary", "Peter", "Anna", "Paul", "Laura", "Mark", "Sofia", "David", "Elena"};
    std::string s = "On April 4, 2024, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with ";
    for (std::size_t i = 0; i < n; ++i) {
        std::string family;  // a distinct capitalised family name per person: Ab, Bb, ..., Aab
        for (std::size_t j = i;; j /= 26) {
            family += static_cast<char>('a' + j % 26);
            if (j < 26) break;
        }
        family[0] = static_cast<char>(family[0] - 'a' + 'A');
        if (i > 0) s += i + 1 == n ? " and " : ", ";
        s += std::string("Mr. ") + given[i % 10] + " " + family + "son";
    }
    return s + ".\n";
}

// `mb` megabytes of the corpus's text, cycled; line breaks become spaces when `one_line`.
std::string corpus_text(const std::vector<kg::Document>& docs, double mb, bool one_line) {
    const auto target = static_cast<std::size_t>(mb * 1024 * 1024);
    std::string s;
    s.reserve(target + 1);
    while (s.size() < target)
        for (const kg::Document& d : docs) {
            s += d.text;
            s += one_line ? ' ' : '\n';
            if (s.size() >= target) break;
        }
    for (char& c : s)
        if (one_line && c == '\n') c = ' ';
    return s;
}

double seconds_to_extract(const kg::extract::Extractor& ex, std::string text) {
    kg::Document d;
    d.id = "hostile";
    d.text = std::move(text);
    const auto start = std::chrono::steady_clock::now();
    const kg::DocumentExtraction x = ex.extract(d);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (x.entities.empty()) throw std::runtime_error("nothing extracted from a hostile input");
    return secs;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        bool quick = false;
        double max_ratio = 2.6;
        for (int i = 1; i < argc; ++i) {
            if (std::strcmp(argv[i], "--quick") == 0) quick = true;
            else if (std::strcmp(argv[i], "--max-ratio") == 0 && i + 1 < argc) max_ratio = std::atof(argv[++i]);
            else {
                std::fprintf(stderr, "usage: hostile_bench [--quick] [--max-ratio R]\n");
                return 2;
            }
        }
        const kg::extract::ReadResult corpus = kg::extract::read_documents({KG_SOURCE_DIR "/tests/data/corpus"});
        if (corpus.documents.empty()) throw std::runtime_error("tests/data/corpus: no documents");
        const auto gaz = kg::extract::Gazetteer::load_default();
        const kg::extract::Extractor ex(gaz);

        struct Case {
            const char* name;
            const char* unit;
            std::vector<double> sizes;
            std::function<std::string(double)> make;
        };
        const std::vector<Case> cases = {
            {"crowd sentence", "names", quick ? std::vector<double>{1000, 2000, 4000} : std::vector<double>{2000, 4000, 8000, 16000},
             [](double n) { return crowd_sentence(static_cast<std::size_t>(n)); }},
            {"one line", "MB", quick ? std::vector<double>{1, 2, 4} : std::vector<double>{2.5, 5, 10, 20},
             [&](double mb) { return corpus_text(corpus.documents, mb, true); }},
            {"text file", "MB", quick ? std::vector<double>{8, 16, 32} : std::vector<double>{25, 50, 100},
             [&](double mb) { return corpus_text(corpus.documents, mb, false); }},
        };
        bool linear = true;
        for (const Case& c : cases) {
            double previous = 0;
            for (double size : c.sizes) {
                const double secs = seconds_to_extract(ex, c.make(size));
                std::printf("%-15s %8g %-5s %8.2f s", c.name, size, c.unit, secs);
                if (previous > 0) {
                    // Below 50 ms the clock's noise dominates: no verdict on such ratios.
                    const double ratio = secs / previous;
                    const bool ok = ratio <= max_ratio || previous < 0.05;
                    std::printf("   x%.2f for x2 input%s", ratio, ok ? "" : "   NOT LINEAR");
                    linear = linear && ok;
                }
                std::printf("\n");
                std::fflush(stdout);
                previous = secs;
            }
        }
        return linear ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hostile_bench: %s\n", e.what());
        return 1;
    }
}
