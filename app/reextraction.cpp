#include "app/reextraction.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "app/parallel_extraction.h"
#include "app/progress.h"
#include "extract/japanese_reading.h"
#include "extract/rules_version.h"
#include "model/error.h"

namespace kg::cli {
namespace {

constexpr std::size_t kBatch = 256;

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string() + ": cannot be read");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The directory Gazetteer::load_default() or --data-dir reads.
std::filesystem::path data_dir(const GlobalOptions& global) {
    if (!global.data_dir.empty()) return global.data_dir;
    if (const char* env = std::getenv("KG_DATA_DIR"); env && *env) return env;
    return KG_DATA_DIR;
}

}  // namespace

std::string extraction_fingerprint(const GlobalOptions& global) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(data_dir(global), ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".tsv") files.push_back(it->path());
    std::sort(files.begin(), files.end());
    std::string data;
    for (const std::filesystem::path& f : files)
        data += f.filename().string() + ' ' + store::sha256_hex(file_bytes(f)) + '\n';
    // the English word list names from context are checked against (Debian's wamerican)
    data += "words " + store::sha256_hex(file_bytes(extract::Gazetteer::words_file())) + '\n';
    // the dictionary Japanese releases are cut into words and names read with (MeCab's IPA dictionary)
    data += "readings " + extract::reading_dictionary_identity();
    std::string aliases;
    for (const std::string& f : global.alias_files) aliases += store::sha256_hex(file_bytes(f)) + '\n';
    // a language forced by --lang reads documents differently from detection
    const std::string lang = global.lang == "auto" || global.lang.empty() ? "" : " lang " + global.lang;
    return "rules " + std::to_string(extract::kRulesVersion) + " data " + store::sha256_hex(data) + " aliases " +
           store::sha256_hex(aliases) + lang;
}

ReextractCounts reextract(store::Store& store, const extract::Extractor& extractor, const std::string& fingerprint,
                          bool all, std::ostream& err) {
    std::vector<std::string> stale;
    for (const store::DocumentInfo& d : store.documents())
        if (all || d.fingerprint != fingerprint) stale.push_back(d.id);
    ReextractCounts counts;
    Progress progress(stale.size());
    for (std::size_t start = 0; start < stale.size(); start += kBatch) {
        const std::size_t end = std::min(stale.size(), start + kBatch);
        std::vector<Document> docs;
        for (std::size_t i = start; i < end; ++i) {
            std::optional<DocumentExtraction> stored = store.load(stale[i]);
            if (stored) docs.push_back(std::move(stored->document));  // forgotten meanwhile: nothing to do
        }
        std::vector<const Document*> pointers;
        for (const Document& d : docs) pointers.push_back(&d);
        std::vector<DocumentExtraction> batch;
        ParallelExtraction extraction(extractor, pointers);
        for (std::size_t i = 0; i < docs.size(); ++i) {
            progress.show(start + i + 1, docs[i].id);
            batch.push_back(*extraction.next());
        }
        try {
            store.replace_extractions(batch, fingerprint);
            counts.reextracted += batch.size();
        } catch (const StoreError& e) {
            progress.clear();
            err << "kg: error: " << batch.size() << " documents keep their old extraction: " << e.what() << '\n';
            counts.failed += batch.size();
        }
    }
    progress.clear();
    return counts;
}

}  // namespace kg::cli
