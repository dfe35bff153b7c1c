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
#include "entente/graph/stored_metrics.hpp"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

Directed directed(const SignedGraph &g);

// One dyad: min / max of its two directions' events (0 one-way, 1 even).
double dyad_reciprocity(const DyadEdge &e);

} // namespace entente
