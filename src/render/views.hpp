// Turning a snapshot's stored measures into what pictures and the report
// show: bloc colours, node sizes, the alignment heatmap, ranked tables.
// Missing measures give empty views, never errors.
//
//   entente::PictureOptions p = entente::styled_picture(snapshot); // blocs, PageRank sizes
//   auto heat = entente::alignment_heatmap(snapshot, "kappa_quadratic", 60);
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/render/charts.hpp"
#include "entente/render/picture.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace entente {

// metrics.blocs.modularity.blocs: actor -> bloc index (bloc number - 1).
std::map<std::string, int> bloc_map(const Metrics &metrics);
// metrics.centrality.actors[]: actor -> the measure `field` picks, e.g.
//   centrality_map(s.metrics, &ActorCentrality::pagerank_pos)
std::map<std::string, double> centrality_map(const Metrics &metrics,
                                             double ActorCentrality::*field);
// Picture options that show the snapshot's stored measures: colour = bloc
// (signed modularity), size = PageRank of the cooperation ties. Without
// stored measures both stay empty and the caption says size = strength.
PictureOptions styled_picture(const Snapshot &s);

// metrics.alignment.<measure> ("s_abs", "kappa_quadratic" or "scott_pi"), actors ordered by bloc
// then code, at most `limit` actors (the strongest; the title says so); nullopt when the snapshot
// has none.
std::optional<Heatmap> alignment_heatmap(const Snapshot &s, const std::string &measure,
                                         std::size_t limit);

// The figures a report row or a series point shows; absent when the snapshot
// has no such measure (triangle balance also when there are no triangles).
struct HeadlineFigures {
  std::optional<double> triangle_balance, walk_balance, frustration_L, frustration_F;
  std::optional<double> blocs, modularity_Q;
};
HeadlineFigures headline_figures(const Metrics &m);

struct RankedDyad {
  std::string a, b;
  double net = 0;
  std::int64_t events = 0;
};
// The `n` dyads with the largest (cooperation) or smallest (rivalry) net.
std::vector<RankedDyad> strongest_dyads(const Snapshot &s, std::size_t n, bool cooperative);

} // namespace entente
