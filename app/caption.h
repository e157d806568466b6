#pragma once
// The default caption under a drawing's title, naming where its documents came from:
//
//   std::string c = kg::cli::source_caption(store.documents(), output::selected_documents(g, opt));
//   // "Source: corpus (5 documents, 2023-04-04 to 2024-04-04)"

#include <string>
#include <vector>

#include "store/store.h"

namespace kg::cli {

// The name of the folder every source in `sources` lies in ("corpus" for
// examples/corpus/001.txt and examples/corpus/sub/002.txt): the last component of
// their longest common directory, never a whole path. Empty when they share no
// folder below the root: an absolute and a relative path, two trees under `/`,
// standard input, a URL, or no source at all.
std::string common_folder_name(const std::vector<std::string>& sources);

// "Source: FOLDER (N documents, FIRST to LAST)" over the stored documents `docs` whose
// id is in `selected` (sorted ids, as output::selected_documents gives them);
// "Source: N documents, FIRST to LAST" when they share no folder, and
// "Source: no documents" when none is selected.
std::string source_caption(const std::vector<store::DocumentInfo>& docs, const std::vector<std::string>& selected);

}  // namespace kg::cli
