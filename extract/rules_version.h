#pragma once
// The version of kg's extraction rules: what the extractor and its data files under
// data/ find in a document. Bump kRulesVersion with every change that can make any
// document extract differently (a new pattern, a changed word list, a fixed bug), so
// `kg --version` says which rules produced an output.

namespace kg::extract {

inline constexpr int kRulesVersion = 597;

}  // namespace kg::extract
