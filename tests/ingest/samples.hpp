// Shared fixtures for the ingest tests: the paths of the shipped event
// samples and a lookup of one dyad in a folded snapshot.
//
//   auto f = fold_snapshots({entente::test::gdelt1_sample}, {}, {Window{}});
//   const auto geo_rus = entente::test::find_dyad(f.snapshots[0], "GEO", "RUS");
//   REQUIRE(geo_rus);
#pragma once

#include "entente/ingest/event_fold.hpp"
#include "support/helpers.hpp"

#include <optional>
#include <string>

namespace entente::test {

// GDELT 1.0 rows for Georgia, August 2011, and two days of ICEWS.
inline const std::string gdelt1_sample = source_path("datasets/events/gdelt1-georgia-2011-08.tsv");
inline const std::string icews_sample = source_path("datasets/events/icews-2018-06-01_02.tab");

// The dyad a-b through the sorted view (SignedGraph::dyad()'s index does not
// survive copies of the graph, see the report of issue 4).
inline std::optional<DyadEdge> find_dyad(const Snapshot &s, const std::string &a,
                                         const std::string &b) {
  for (const auto &d : s.graph.dyads())
    if ((d.a == a && d.b == b) || (d.a == b && d.b == a))
      return d.edge();
  return std::nullopt;
}

} // namespace entente::test
