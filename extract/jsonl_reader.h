#pragma once
// JSON Lines documents: one JSON object per line. Internal to extract/;
// read_documents() and read_buffer() in extract/reader.h use it.

#include <functional>
#include <string>
#include <string_view>

#include "extract/reader.h"

namespace kg::extract {

// Parses every line of `utf8` (BOM already removed) with RapidJSON, validating
// UTF-8, iteratively and with a depth cap of kMaxJsonDepth. Each object with a non-blank
// string `fields.text` becomes a document; `fields.id` (string or integer), `title`,
// `date` and `url` (becomes the source) are optional, null counts as absent.
// A bad line is an Error diagnostic with source "<source>:<line>" and counts in
// `result.failed`; reading goes on with the next line. Blank lines are skipped.
// Default id: "<base_name>:<line>"; default title: the text's first non-blank line.
// `raw_hash`, when set, gives each document's raw_sha256 from its line's bytes.
void read_jsonl(std::string_view utf8, const std::string& source, const std::string& base_name,
                const JsonlFields& fields, ReadResult& result,
                const std::function<std::string(std::string_view)>& raw_hash = {});

inline constexpr std::size_t kMaxJsonDepth = 64;

}  // namespace kg::extract
