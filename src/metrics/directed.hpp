// Directed measures. A snapshot keeps both directions of every dyad, so who
// acts and who is acted upon can be told apart: strength out and in,
// reciprocity per dyad and overall, and PageRank over the directed
// cooperation ties (an actor ranks high when actors that rank high act
// cooperatively toward it). The signed measures (balance, blocs, centrality)
// use the undirected sum. Formulas: docs/metrics.md.
//
//   entente::Directed d = entente::directed(snapshot.graph);
//   d.actors[0].in_strength;   // Σ|net| of what the others did to actor 0
//   d.reciprocity;             // 1 when every dyad's traffic is balanced
#pragma once

#include "entente/graph/signed_graph.hpp"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

struct ActorDirected {
  std::string code;
  double out_strength = 0, in_strength = 0; // Σ|net| of what it did / what was done to it
  double out_net = 0, in_net = 0;           // Σ net, the same split
  std::int64_t out_events = 0, in_events = 0;
  double pagerank_in = 0; // directed PageRank on the cooperative arcs (net > 0), weighted by net
};

struct Directed {
  std::vector<ActorDirected> actors; // by code
  // Σ 2 min(e_ab, e_ba) / Σ (e_ab + e_ba) over dyads, e = events in one
  // direction: 1 when every dyad's traffic is balanced, 0 when all is one-way.
  double reciprocity = 0;
  std::size_t two_way = 0, one_way = 0; // dyads with events in both / one direction
  // Of the two-way dyads with a sign both ways, the share whose directions
  // agree (both cooperative or both conflictual).
  double sign_agreement = 0;
};

Directed directed(const SignedGraph &g);

// One dyad: min / max of its two directions' events (0 one-way, 1 even).
double dyad_reciprocity(const DyadEdge &e);

void to_json(nlohmann::json &j, const ActorDirected &a);
void to_json(nlohmann::json &j, const Directed &d);

} // namespace entente
