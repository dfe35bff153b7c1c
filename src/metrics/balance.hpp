// Structural balance of a signed graph: the signed triangle census and
// triangle balance, walk balance (Estrada & Benzi 2014) and the frustration
// index L (fewest edges whose removal leaves a balanced graph) with an
// optimal two-camp partition. Signs are the dyads' net signs; neutral dyads
// are not edges here (metrics/signed_net.hpp). Formulas: docs/metrics.md.
//
//   auto net = entente::detail::SignedNet::from(snapshot.graph);
//   entente::TriangleCensus t = entente::triangle_census(net);   // t.balance()
//   entente::Frustration f = entente::frustration(net, {});      // f.L, f.exact
#pragma once

#include "entente/graph/stored_metrics.hpp"
#include "entente/metrics/signed_net.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

TriangleCensus triangle_census(const detail::SignedNet &net);

struct WalkOptions {
  std::size_t exact_limit = 2500; // dense eigenvalues up to this many actors
  int probes = 16;                // stochastic Lanczos quadrature beyond it
  int lanczos_steps = 30;
  unsigned seed = 1;
};

WalkBalance walk_balance(const detail::SignedNet &net, const WalkOptions &o = {});

struct FrustrationOptions {
  // Blocks (biconnected components) with at most this many edges are solved
  // exactly by integer programming; larger ones get the local-search bound.
  // CBC's time limit does not stop its root LP, which on event graphs takes
  // 15 s at 3,500 edges and minutes at 6,000 (docs/metrics.md).
  std::size_t exact_edge_limit = 2500;
  // ... and with at most this many unbalanced triangles: each is a row of
  // the integer program, and dense event graphs (200 actors, 20,000 dyads)
  // have hundreds of thousands, which CBC cannot even load in minutes.
  std::size_t exact_triangle_limit = 50000;
  // CBC's budget per block, in branch-and-bound nodes: a count of work,
  // not of time, so a busy machine (or another process beside this one,
  // as with entente-mpi's ranks) gets the same answer; past it the bound
  // is stated.
  int nodes_per_block = 400;
  // A safety net only, far above what the node budget takes (reaching it
  // would make the answer depend on the machine's speed).
  double seconds_per_block = 60;
  int starts = 8; // local-search starts
  unsigned seed = 1;
};

struct Frustration {
  std::size_t L = 0;     // frustrated edges (exact, or an upper bound)
  std::size_t lower = 0; // proven lower bound (== L when exact)
  std::size_t edges = 0; // m, signed edges
  double F = 1;          // 1 - 2L/m
  bool exact = true;
  std::string method;
  std::vector<int> camp; // 0/1 per actor (SignedNet order)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> frustrated; // edges (u < v)
  std::size_t blocks = 0;                                          // non-trivial biconnected blocks
};

Frustration frustration(const detail::SignedNet &net, const FrustrationOptions &o = {});

// Local-search upper bound on L for a whole graph: 0/1 per vertex.
std::vector<int> frustration_local_search(const detail::SignedNet &net, int starts, unsigned seed);
// Edges frustrated by `camp` (an edge is satisfied when positive inside a
// camp or negative across camps).
std::size_t frustrated_count(const detail::SignedNet &net, const std::vector<int> &camp);

struct BalanceResult {
  TriangleCensus triangles;
  WalkBalance walk;
  Frustration frustration;
};

// The stored form: camps and frustrated edges by actor name, the edge list
// only up to list_limit edges.
FrustrationSummary frustration_summary(const Frustration &f, const detail::SignedNet &net,
                                       std::size_t list_limit = 2000);

} // namespace entente
