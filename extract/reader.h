#pragma once
// Reads documents from disk: files, directories (recursively), `-` for stdin.
// .txt (UTF-8, BOM and CRLF tolerated), .html/.htm, .jsonl (one document per line).
//
//   kg::extract::ReadResult r = kg::extract::read_documents({"corpus/"});
//   for (const kg::Document& d : r.documents) ...
//   for (const kg::Diagnostic& d : r.diagnostics) std::cerr << d.source << ": " << d.message;

#include <string>
#include <vector>

#include "model/types.h"

namespace kg::extract {

struct ReadResult {
    std::vector<Document> documents;
    std::vector<Diagnostic> diagnostics;  // warnings (repaired text) and errors (unreadable files)
    std::size_t failed = 0;               // inputs that yielded no document because of an error
};

// Reads every path; a missing path or unreadable file is an Error diagnostic,
// never an exception. Documents come out in path order, directories sorted.
ReadResult read_documents(const std::vector<std::string>& paths);

// Normalises raw bytes into document text: strips one BOM, CRLF/CR -> LF,
// drops NUL and C0/C1 controls (keeps TAB, LF), replaces ill-formed UTF-8 with
// U+FFFD. Appends a warning to `diagnostics` (naming `source` and the first bad
// byte offset) when anything had to be repaired.
std::string normalise_text(std::string_view raw, const std::string& source,
                           std::vector<Diagnostic>& diagnostics);

}  // namespace kg::extract
