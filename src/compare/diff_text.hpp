// A readable account of an EdgeDiff or a full SnapshotDiff (alignment
// shifts, bloc migrations, balance, rank changes), as plain text or Markdown.
//
//   entente::SnapshotDiff diff = entente::diff_snapshots(a, b, {});
//   std::cout << entente::diff_text(a, b, diff, entente::TextStyle::markdown);
#pragma once

#include "entente/compare/edge_diff.hpp"
#include "entente/compare/snapshot_diff.hpp"

#include <cstddef>
#include <string>

namespace entente {

enum class TextStyle { plain, markdown };

// Each list of dyads (sign flips, added, removed) shows its `top` largest
// changes and counts the rest: two GDELT weeks flip 1,600 signs, which
// belong in `diff --json`, not in a text to read.
std::string diff_text(const Snapshot &a, const Snapshot &b, const EdgeDiff &d, TextStyle style,
                      std::size_t top = 10);
std::string diff_text(const Snapshot &a, const Snapshot &b, const SnapshotDiff &d, TextStyle style,
                      std::size_t top = 10);

} // namespace entente
