// A small hand-made set of stored measures, every group filled, for tests of
// the graph stage (which does not link the metrics stage that computes them).
#pragma once

#include "entente/graph/stored_metrics.hpp"

namespace entente::test {

inline Metrics sample_metrics() {
  Metrics m;
  m.summary = GraphSummary{2, 1, 0, 1, 0, 7, {{"CHN", 6, -6, 0, 1, 7}, {"GBR", 6, -6, 0, 1, 7}}};
  m.conventions = Conventions{};
  // A name that needs escaping, streamed through the dyad table.
  m.dyads =
      std::vector<DyadRelation>{{"CHN", "GBR \"q\" \\", 7, {0, 1, 2, 4}, -6, 0.125, -1, 6, 0.5}};
  m.balance = BalanceMeasures{{1, 2, 3, 4},
                              {0.357576, false, "stochastic Lanczos quadrature"},
                              {7,
                               5,
                               29,
                               0.517241,
                               false,
                               "local search",
                               2,
                               {{{"CHN"}, {"GBR"}}},
                               std::vector<std::pair<std::string, std::string>>{{"CHN", "GBR"}}}};
  m.blocs = BlocMeasures{{0.35, 2, "Louvain", {{"CHN"}, {"GBR"}}},
                         {2, 0.5, 1.5, "relocation", {{"CHN"}, {"GBR"}}},
                         {{"CHN", "ties of both signs into bloc 2"}}};
  m.centrality = Centrality{{{"CHN", 6, 0, 6, 0, 1, -1, 0.5, 0.25, 0, 1.1},
                             {"GBR", 6, 0, 6, 0, 1, -1, 0.75, 0.5, 0, 0.9}},
                            true,
                            "exact",
                            "dense LU"};
  m.directed =
      Directed{{{"CHN", 6, 0, -6, 0, 7, 0, 0.5}, {"GBR", 0, 6, 0, -6, 0, 7, 0.5}}, 0, 0, 1, 0};
  m.alignment = AlignmentMatrix{
      {"CHN", "GBR"}, 5, {{1, -0.5}, {-0.5, 1}}, {{1, 0}, {0, 1}}, {{1, 0.25}, {0.25, 1}}};
  return m;
}

} // namespace entente::test
