// Turning a snapshot's stored measures into what pictures and the report
// show: bloc colours, node sizes, the alignment heatmap, ranked tables.
// Missing measures give empty views, never errors.
//
//   entente::PictureOptions p;
//   p.bloc = entente::bloc_map(snapshot.metrics);
//   p.centrality = entente::centrality_map(snapshot.metrics, "pagerank");
//   auto heat = entente::alignment_heatmap(snapshot.metrics, "kappa_quadratic", 40);
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/render/charts.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace entente {

// metrics.blocs.modularity.blocs: actor -> bloc id.
std::map<std::string, int> bloc_map(const nlohmann::json &metrics);
// metrics.centrality.actors[].<measure>.
std::map<std::string, double> centrality_map(const nlohmann::json &metrics,
                                             const std::string &measure);
// metrics.alignment.<measure>, actors ordered by bloc then code, at most
// `limit` actors (the strongest); nullopt when the snapshot has none.
std::optional<Heatmap> alignment_heatmap(const Snapshot &s, const std::string &measure,
                                         std::size_t limit);

struct RankedDyad {
  std::string a, b;
  double net = 0;
  std::int64_t events = 0;
};
// The `n` dyads with the largest (cooperation) or smallest (rivalry) net.
std::vector<RankedDyad> strongest_dyads(const Snapshot &s, std::size_t n, bool cooperative);

std::optional<double> number_at(const nlohmann::json &j, std::initializer_list<const char *> path);

} // namespace entente
