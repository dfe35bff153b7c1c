// Per-actor degree and strength figures and graph-wide counts: the first
// measures every snapshot carries.
//
//   entente::GraphSummary s = entente::summarize(snapshot.graph);
//   s.per_actor[0].strength;   // sum of |net| over the actor's dyads
//   nlohmann::json j = s;
#pragma once

#include "entente/graph/signed_graph.hpp"
#include "entente/graph/stored_metrics.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

GraphSummary summarize(const SignedGraph &g);

} // namespace entente
