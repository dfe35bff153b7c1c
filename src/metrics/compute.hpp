// One entry point for all measures of a snapshot: fills what is stored under
// "metrics" in the snapshot JSON (summary, dyads, balance, blocs,
// centrality, alignment, conventions), and a readable table of it.
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
#include <nlohmann/json.hpp>
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

nlohmann::json compute_metrics(const Snapshot &s, const MetricsOptions &o = {});

// The same measures with the two large tables (dyads, alignment) kept as
// values: a writer streams them (write_metrics) where their DOM would cost
// a node per number and a copy of the text.
struct MetricsParts {
  nlohmann::json rest; // every other measure, as compute_metrics stores it
  std::optional<std::vector<DyadRelation>> dyads;
  std::optional<AlignmentMatrix> alignment;
};
MetricsParts compute_metric_parts(const Snapshot &s, const MetricsOptions &o = {});
nlohmann::json to_json(MetricsParts parts);
// Writes the bytes that to_json(parts) gives through the writer, e.g.
//   save_snapshot(s, path, [&](JsonWriter &w) { write_metrics(w, parts); });
void write_metrics(JsonWriter &w, const MetricsParts &parts);

// Balance part alone (triangles, walk balance, frustration), for series.
nlohmann::json balance_metrics(const detail::SignedNet &net, const MetricsOptions &o = {});

// Fixed-width text: graph figures, balance, blocs, top actors by strength.
std::string metrics_table(const nlohmann::json &metrics, std::size_t top = 15);

} // namespace entente
