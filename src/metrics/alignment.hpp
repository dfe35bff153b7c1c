// Alignment between two actors: how alike their stances toward everyone are.
// Each actor gets an ordinal stance profile over all actors of the graph
// (levels 0..4, fixed scale, see stance_level), and two profiles are
// compared with Signorino & Ritter's S (absolute and squared distances,
// optionally weighted), Cohen's kappa with quadratic weights, Scott's pi
// (Häge 2011) and Kendall's tau-b. Formulas: docs/metrics.md.
//
//   entente::Alignment a = entente::align(snapshot.graph, "DEU", "RUS");
//   a.s_abs;   // 1 = identical stances, -1 = opposite
//   // on raw profiles (the 1914 alliance portfolios, levels 0..3):
//   entente::s_score({3, 0, 1}, {0, 3, 1}, 3);
#pragma once

#include "entente/graph/signed_graph.hpp"
#include "entente/graph/stored_metrics.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

// The fixed stance scale: 0 hostile (net < 0, cooperation share <= 1/4),
// 1 strained (net < 0), 2 none or neutral (no dyad, or net 0),
// 3 friendly (net > 0), 4 close (net > 0, cooperation share >= 3/4, and
// an actor toward itself).
inline constexpr int stance_levels = 5;
int stance_level(const DyadEdge *dyad);

// S = 1 - 2 sum w_k |d_k|^p / (W d_max^p), W = sum w_k without weights,
// W = 1 with weights (shares, used as given; Signorino & Ritter 1999).
double s_score(const std::vector<int> &x, const std::vector<int> &y, int d_max,
               bool squared = false, const std::vector<double> &weights = {});
// Cohen's kappa, quadratic disagreement weights over levels 0..levels-1.
double kappa_quadratic(const std::vector<int> &x, const std::vector<int> &y, int levels);
// Scott's pi, nominal (agreement = same level), pooled marginals.
double scott_pi(const std::vector<int> &x, const std::vector<int> &y, int levels);
double kendall_tau_b(const std::vector<int> &x, const std::vector<int> &y);

struct Alignment {
  std::string a, b;
  std::size_t n = 0; // profile length (actors in the graph)
  double s_abs = 0, s_sq = 0, s_abs_weighted = 0, kappa = 0, pi = 0, tau_b = 0;
};

// Stance profile of `actor` toward every actor of g, in code order.
std::vector<int> stance_profile(const SignedGraph &g, const std::string &actor);
// Share of the total strength (sum |net|) per actor, in code order.
std::vector<double> strength_shares(const SignedGraph &g);
// Throws Error if an actor is not in the graph.
Alignment align(const SignedGraph &g, const std::string &a, const std::string &b);

// All pairs: matrices in code order (AlignmentMatrix: graph/stored_metrics.hpp).
AlignmentMatrix align_all(const SignedGraph &g);

void to_json(nlohmann::json &j, const Alignment &a);

} // namespace entente
