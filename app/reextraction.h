#pragma once
// Keeping stored extractions current. Each stored document records a fingerprint of
// what produced its extraction besides its text: kg's extraction rules version and
// the gazetteer data and alias files. `kg ingest` and `kg reextract` extract again,
// from the stored text, every document whose fingerprint differs from today's.
//
//   const std::string fp = kg::cli::extraction_fingerprint(global);
//   kg::cli::ReextractCounts n = kg::cli::reextract(*store, extractor, fp, false, std::cerr);

#include <cstddef>
#include <ostream>
#include <string>

#include "app/commands.h"
#include "extract/extractor.h"
#include "store/store.h"

namespace kg::cli {

// "rules N data HEX aliases HEX": the extraction rules version, a SHA-256 over the
// gazetteer data files (the *.tsv files of --data-dir, $KG_DATA_DIR or the built-in
// data/, by name and content) and one over the --aliases files in order. Throws
// InputError naming an alias file that cannot be read.
std::string extraction_fingerprint(const GlobalOptions& global);

struct ReextractCounts {
    std::size_t reextracted = 0;
    std::size_t failed = 0;  // documents left with their old extraction
};

// Extracts again, from the stored text and with `extractor`, every stored document
// whose fingerprint differs from `fingerprint` (every document with `all`), and
// stores the new extractions with `fingerprint`, in batches of one transaction each.
// The stored date is kept (it may come from the reader: a JSON Lines record, HTML
// metadata). A batch that cannot be stored is reported on `err` and counted as failed;
// its documents keep their old extraction. Shows a progress bar on a terminal.
ReextractCounts reextract(store::Store& store, const extract::Extractor& extractor, const std::string& fingerprint,
                          bool all, std::ostream& err);

}  // namespace kg::cli
