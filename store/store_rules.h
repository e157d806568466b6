#pragma once
// What every backend of kg::store::Store checks and names the same way, private to
// store/: whether an extraction may be stored, and the names of correction kinds in
// the corrections table.
//
//   if (std::string why = detail::invalid_extraction(x, sha256); !why.empty()) db.fail(what, why);

#include <optional>
#include <string>
#include <string_view>

#include "model/types.h"
#include "store/store.h"

namespace kg::store::detail {

// Why `x` cannot be stored with content hash `sha256` (an empty id or hash, an entity
// index out of range, a span ending before it begins, a confidence outside [0, 1]);
// empty when it can.
std::string invalid_extraction(const DocumentExtraction& x, const std::string& sha256);

std::string_view correction_kind_name(Correction::Kind k);
std::optional<Correction::Kind> parse_correction_kind(std::string_view name);

// `s` in double quotes, for messages.
std::string quoted(std::string_view s);

}  // namespace kg::store::detail
