// One entry point for all measures of a snapshot: fills the `Metrics` a
// snapshot holds and stores under "metrics" (summary, dyads, balance, blocs,
// centrality, direction, alignment, conventions; graph/stored_metrics.hpp),
// and a readable table of them.
//
//   snapshot.metrics = entente::compute_metrics(snapshot, {});
//   std::cout << entente::metrics_table(snapshot.metrics, 15);
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/metrics/alignment.hpp"
#include "entente/metrics/balance.hpp"
#include "entente/metrics/blocs.hpp"
#include "entente/metrics/centrality.hpp"
#include "entente/metrics/dyads.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace entente {

struct MetricsOptions {
  FrustrationOptions frustration;
  WalkOptions walk;
  CentralityOptions centrality;
  BlocOptions blocs;
  std::size_t dyads_limit = 50000;   // dyad table stored up to this many dyads
  std::size_t alignment_limit = 250; // all-pairs alignment up to this many actors
  // Adds "seconds" per measure (wall time; not deterministic, so off by
  // default and never in stored snapshots unless asked for).
  bool timings = false;
  // Called before each measure with its name ("betweenness (estimate from 32
  // sources)"), for progress on large graphs; may be empty.
  std::function<void(const std::string &)> progress;
};

Metrics compute_metrics(const Snapshot &s, const MetricsOptions &o = {});

// Balance part alone (triangles, walk balance, frustration), for series.
BalanceMeasures balance_metrics(const detail::SignedNet &net, const MetricsOptions &o = {});

// Fixed-width text: graph figures, balance, blocs, top actors by strength.
std::string metrics_table(const Metrics &metrics, std::size_t top = 15);

} // namespace entente
