#pragma once
// Reads documents from disk: files, directories (recursively), `-` for stdin.
// .txt/.text (UTF-8, BOM and CRLF tolerated, UTF-16/32 with a BOM transcoded),
// .html/.htm/.xhtml (visible text only), .jsonl (one document per line).
//
//   kg::extract::ReadResult r = kg::extract::read_documents({"corpus/"});
//   for (const kg::Document& d : r.documents) ...
//   for (const kg::Diagnostic& d : r.diagnostics) std::cerr << d.source << ": " << d.message;
//
// Which files a directory walk reads: every regular file, in sorted path order, except
// hidden entries (name starts with '.'; hidden directories are not entered), *.json
// (gold annotations and other metadata), *.tsv and *.md, and symbolic links to directories
// (never followed, so link loops cannot trap the walk). Files with other extensions are
// sniffed: binary ones (magic number, NUL-heavy, or mostly ill-formed bytes with control
// characters) are skipped with a warning, the rest are read as plain text. A path named
// explicitly is always read, whatever its extension, unless it is binary.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/types.h"

namespace kg::extract {

struct ReadResult {
    std::vector<Document> documents;
    std::vector<Diagnostic> diagnostics;  // warnings (repaired text) and errors (unreadable files)
    std::size_t failed = 0;               // inputs that yielded no document because of an error
};

enum class InputFormat { Auto, Text, Html, Jsonl };

// Names of the JSON Lines fields; only `text` is required in each record.
struct JsonlFields {
    std::string text = "text";
    std::string id = "id";        // default id: "<file base name>:<line>"
    std::string title = "title";  // default title: first non-empty line of the text
    std::string date = "date";    // YYYY-MM-DD (or a longer ISO 8601 timestamp)
    std::string url = "url";      // becomes Document::source
};

struct ReadOptions {
    JsonlFields jsonl;
    // Format of `-` (stdin). Auto: '<' first means HTML, '{' first means JSON Lines, else text.
    InputFormat stdin_format = InputFormat::Auto;
    // Bigger files are an Error diagnostic, never read, so memory stays bounded.
    std::size_t max_file_bytes = std::size_t{256} << 20;
    // When set, fills Document::raw_sha256 with this function of the raw bytes each
    // document was read from (the whole file, or its line for JSON Lines), so a
    // knowledge base can recognise an input it has seen. kg passes store::sha256_hex.
    std::function<std::string(std::string_view)> raw_hash;
    // When set, called after each input file (and standard input, and each path that
    // failed) with what was read since the last call: the callee takes the documents and
    // diagnostics it wants, and the reader then empties both, so a corpus of any size is
    // read in bounded memory. `failed` stays the running total. The ReadResult that
    // read_documents() returns then holds no documents or diagnostics, only `failed`.
    std::function<void(ReadResult&)> each_file;
};

// Reads every path; a missing path or unreadable file is an Error diagnostic,
// never an exception. Documents come out in path order, directories sorted.
// Diagnostic::source is the path (for JSON Lines "<path>:<line>"), with control
// characters and ill-formed UTF-8 in file names escaped.
ReadResult read_documents(const std::vector<std::string>& paths, const ReadOptions& options);
ReadResult read_documents(const std::vector<std::string>& paths);

// Reads one in-memory input as if it were a file called `source` (id = its base name):
// decoding, binary detection, normalisation and format handling exactly as for files.
// `format` Auto picks the format from the extension of `source`.
ReadResult read_buffer(std::string_view bytes, const std::string& source,
                       InputFormat format = InputFormat::Auto, const ReadOptions& options = {});

// The absolute form of `path` with symbolic links resolved as far as the path exists
// (what Document::path holds), so one file reached by different relative paths or from
// different working directories has one spelling.
std::string absolute_path(const std::string& path);

// Normalises raw bytes into document text: strips one BOM, CRLF/CR -> LF,
// drops NUL and C0/C1 controls (keeps TAB, LF), replaces ill-formed UTF-8 with
// U+FFFD (one per maximal subpart, as Unicode recommends), and converts to NFC.
// The mandatory line breaks VT, FF, NEL, U+2028 and U+2029 become LF too.
// Appends one warning to `diagnostics` for ill-formed UTF-8 and one for removed control
// characters, each naming `source`, the count and the first offending byte offset.
// Runs in linear time; lines of any length are fine.
std::string normalise_text(std::string_view raw, const std::string& source,
                           std::vector<Diagnostic>& diagnostics);

}  // namespace kg::extract
