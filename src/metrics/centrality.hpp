// Centrality and roles on the signed graph: strength, positive / negative /
// net degree, PageRank on the positive part (and on the negative part:
// "hostility received"), weighted betweenness with edge length 1/|net| and
// the PN index of Everett & Borgatti (2014). Formulas: docs/metrics.md.
//
//   auto net = entente::detail::SignedNet::from(snapshot.graph);
//   entente::Centrality c = entente::centrality(net, {});
//   c.actors[0].pagerank_pos;
#pragma once

#include "entente/graph/stored_metrics.hpp"
#include "entente/metrics/signed_net.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

struct CentralityOptions {
  // Exact betweenness runs one Dijkstra per actor, each visiting every
  // actor and edge: n (n + m) steps. Past this many it samples sources
  // instead. Chosen by the work, not by n alone: 3,000 actors at 30 %
  // density are 4e9 steps (150 s and more), 20,000 sparse actors 1e9.
  double betweenness_work_limit = 2.5e8;
  std::size_t betweenness_samples = 32;
  unsigned seed = 1;
};

// n (n + m) for n actors and m edges: the steps of exact betweenness.
double betweenness_work(std::size_t actors, std::size_t edges);
// True if centrality() computes betweenness exactly for such a graph (the
// work within o.betweenness_work_limit, or no more actors than samples).
bool exact_betweenness(std::size_t actors, std::size_t edges, const CentralityOptions &o);

Centrality centrality(const detail::SignedNet &net, const CentralityOptions &o = {});

// PageRank (damping 0.85, uniform teleport, dangling mass spread
// uniformly, L1 tolerance 1e-12) on the edges of one sign, weighted by |w|.
std::vector<double> pagerank(const detail::SignedNet &net, bool positive);

namespace detail {
// Weighted arcs into each vertex in CSR form: from[offset[v] .. offset[v+1])
// point at v with weights w; out_weight[u] is the weight leaving u.
struct WeightedArcs {
  std::vector<std::uint32_t> offset, from;
  std::vector<double> w, out_weight;
};
// The PageRank iteration above, on any weighted arcs (directed or not).
std::vector<double> pagerank(const WeightedArcs &arcs);
} // namespace detail
// Brandes' algorithm with Dijkstra, edge length 1/|w|, from `sources` (all
// actors when empty), scaled to all sources and normalised.
std::vector<double> betweenness(const detail::SignedNet &net,
                                const std::vector<std::uint32_t> &sources = {});
// PN = (I - A*/(2n-2))^{-1} 1 with A* = P - 2N (signs only).
std::vector<double> pn_index(const detail::SignedNet &net, std::string *method = nullptr);

} // namespace entente
