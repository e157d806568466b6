#pragma once
// Which stored document an input is: the rules `kg ingest` uses so that two different
// files are two documents whatever their names, the same file read again is recognised
// (unchanged, edited, or moved), and a clash is refused, never resolved by overwriting.
//
// An input's origin (store::DocumentInfo::origin) is its identity:
//   file:PATH           a text or HTML file, by its absolute path
//   record:ID           a JSON Lines record with its own id, from any file
//   line:PATH\nSHA256   a JSON Lines record without one, by its file and content
//   stdin:SHA256        text or HTML from standard input, by content
// Its id is what outputs show: the reader's id (a named file's base name, a walked
// folder's name and the path under it, a record's id, "FILE:LINE"), made longer with
// the file's parent folders when another document has it already.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/types.h"
#include "store/store.h"

namespace kg::cli {

std::string document_origin(const Document& doc);

// Where `doc` was read, for messages: its source, with the line of a JSON Lines record.
std::string where(const Document& doc);

class DocumentIdentities {
public:
    enum class Action {
        Store,      // extract and store: new, or an edited version of `id`
        Unchanged,  // stored before with the same bytes
        Relocate,   // stored before with the same bytes under another origin that is gone
                    // (a moved file) or unknown (stored before origins were kept)
        Duplicate,  // the same bytes are stored as another document that still exists
        Refused,    // the id belongs to another document, or repeats in this input
    };
    struct Decision {
        Action action = Action::Store;
        std::string id;       // the document's id from now on
        std::string origin;   // its origin
        std::string other;    // Duplicate/Refused: the other document, as "ID (SOURCE)"
        bool adopted = false;   // Relocate: the stored document had no origin yet (not a move)
    };

    explicit DocumentIdentities(const std::vector<store::DocumentInfo>& stored);

    // Decides what `doc` is (its raw_sha256 set) and reserves its id.
    Decision decide(const Document& doc);

    // Stored JSON Lines records without ids of files read in this run whose lines are
    // no longer there: the file's earlier version, to be forgotten. Call after every
    // input was decided.
    std::vector<std::string> vanished_records() const;

private:
    struct Known {
        std::string id, origin, path, source, sha256;
    };
    std::string free_id(const Document& doc);
    std::string describe(const Known& k) const;

    std::vector<Known> stored_;    // the stored documents, then those this run will store
    std::size_t stored_count_ = 0;  // how many of stored_ were stored before this run
    std::unordered_map<std::string, std::size_t> by_origin_, by_sha_;  // -> position in stored_
    std::unordered_set<std::string> taken_ids_;
    std::unordered_map<std::string, std::size_t> seen_;  // origins decided in this run
    std::unordered_set<std::string> record_files_;       // JSON Lines files read in this run
};

}  // namespace kg::cli
