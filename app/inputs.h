#pragma once
// What `kg extract` and `kg ingest` share: the gazetteer chosen by the global
// options, and reading the documents named on the command line.

#include <ostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "extract/extractor.h"
#include "extract/reader.h"
#include "model/error.h"
#include "model/types.h"

namespace kg::cli {

// The built-in gazetteer (or the one in --data-dir) plus every --aliases file.
// Throws InputError naming the file when one cannot be used.
extract::Gazetteer load_gazetteer(const GlobalOptions& global);

// Applies the global options that change how an extractor reads (--lang).
void configure_extractor(extract::Extractor& extractor, const GlobalOptions& global);

// Reads `paths`, printing every reader diagnostic to `err` ("kg: error: SOURCE: ..." or
// "kg: warning: ..."). Throws InputError when no path yielded a document and none
// failed either (e.g. an empty directory); failures are counted in the result.
extract::ReadResult read_inputs(const std::vector<std::string>& paths, std::ostream& err,
                                const extract::ReadOptions& options = {});

// The error of paths that held no document and failed no read (e.g. an empty directory).
InputError no_documents_error(const std::vector<std::string>& paths);

// Prints diagnostics as "kg: error: SOURCE: MESSAGE" / "kg: warning: SOURCE: MESSAGE".
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& err);

// Number of Warning diagnostics (what --strict turns into failure).
std::size_t count_warnings(const std::vector<Diagnostic>& diagnostics);
// "N warning(s) and --strict", for the error line --strict prints.
std::string strict_failure(std::size_t warnings);

}  // namespace kg::cli
