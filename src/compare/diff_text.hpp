// A readable account of an EdgeDiff or a full SnapshotDiff (alignment
// shifts, bloc migrations, balance, rank changes), as plain text or Markdown.
//
//   std::cout << entente::diff_text(a, b, diff, entente::TextStyle::markdown);
#pragma once

#include "entente/compare/edge_diff.hpp"
#include "entente/compare/snapshot_diff.hpp"

#include <string>

namespace entente {

enum class TextStyle { plain, markdown };

std::string diff_text(const Snapshot &a, const Snapshot &b, const EdgeDiff &d, TextStyle style);
std::string diff_text(const Snapshot &a, const Snapshot &b, const SnapshotDiff &d, TextStyle style);

} // namespace entente
