// Shared fixture for the metrics tests: Read's Highland tribes (16 tribes,
// alliances and enmities) as the signed network the measures take.
//
//   const auto net = entente::test::tribes();
//   CHECK(net.size() == 16);
//   const auto s = entente::test::tribes_snapshot(); // with every measure
#pragma once

#include "entente/ingest/signed_csv.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/metrics/signed_net.hpp"
#include "support/helpers.hpp"

namespace entente::test {

// Loaded afresh on each call so that a test may change its copy; measured
// as `entente metrics` measures it.
inline Snapshot tribes_snapshot() {
  auto s = load_signed_csv(source_path("datasets/signed/tribes_edges.csv"),
                           source_path("datasets/signed/tribes_vertices.csv"));
  s.metrics = compute_metrics(s);
  return s;
}

inline detail::SignedNet tribes() {
  const auto s = load_signed_csv(source_path("datasets/signed/tribes_edges.csv"),
                                 source_path("datasets/signed/tribes_vertices.csv"));
  return detail::SignedNet::from(s.graph);
}

} // namespace entente::test
