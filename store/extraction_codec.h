#pragma once
// The packed form of one document's extraction, private to store/: what the
// SQLite backend keeps in extractions.data beside the document row, so that
// storing a document is two row inserts instead of one per entity, alias,
// mention, relation and piece of evidence (schema version 3).
//
// Format 1, all integers unsigned LEB128 varints, strings as length + bytes:
//   "KGX" 0x01
//   entities:    count, then type name, name, full_name, aliases (count, strings),
//                mentions (count, then begin, end, surface)
//   relations:   count, then type name, a, b, date, place (optional), attributes
//                (count, then key, value), evidence
//   meetings:    count, then participants (count, indices), date, place, mode name,
//                status name, host, visitor, parent_event (optional each), cameo,
//                plover_mode, evidence
//   diagnostics: count, then severity name, source, message
// An optional index is 0 for none and index + 1 otherwise. Evidence is count, then
// doc_id ("" when it is the owning document's id), sentence begin, end, rule, and
// confidence as the 8 bytes of an IEEE double, little-endian. Enums are stored by
// name, so reordering an enum never changes what a stored byte means.

#include <string>
#include <string_view>

#include "model/types.h"

namespace kg::store::detail {

// Encodes x's entities, relations, meetings and diagnostics (not x.document).
std::string encode_extraction(const DocumentExtraction& x);

// Decodes into x (whose document must already be set: evidence doc ids default to
// it). Returns an empty string on success, else what is wrong with the bytes; x is
// then partly filled and must be discarded. Never reads outside `data`.
std::string decode_extraction(std::string_view data, DocumentExtraction& x);

}  // namespace kg::store::detail
