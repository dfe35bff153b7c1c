// What changed between two snapshots' dyads: added, removed, sign flips and
// the largest changes in net score.
//
//   entente::EdgeDiff d = entente::diff_edges(before, after);
//   for (auto& f : d.flipped) std::cout << f.a << "-" << f.b << "\n";
#pragma once

#include "entente/graph/snapshot.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

struct DyadChange {
  std::string a, b;  // a < b
  double before = 0; // total net in A (0 if absent)
  double after = 0;  // total net in B (0 if absent)
};

struct EdgeDiff {
  std::vector<std::string> actors_added;   // in B only
  std::vector<std::string> actors_removed; // in A only
  std::vector<DyadChange> added;           // in B only
  std::vector<DyadChange> removed;         // in A only
  std::vector<DyadChange> flipped;         // sign changed (cooperation <-> conflict)
  std::vector<DyadChange> top_changes;     // largest non-zero |after - before|, ties by (a, b)
};

// Throws Error if the snapshots are at different levels. nonzero_only:
// dyads whose net is 0 count as absent (the peer benchmark's edges), so
// 0 -> 5 is "added" rather than a change of a present dyad.
EdgeDiff diff_edges(const Snapshot &a, const Snapshot &b, std::size_t top = 10,
                    bool nonzero_only = false);

void to_json(nlohmann::json &j, const DyadChange &c);
void to_json(nlohmann::json &j, const EdgeDiff &d);

} // namespace entente
