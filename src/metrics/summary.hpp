// Per-actor degree and strength figures and graph-wide counts: the first
// measures every snapshot carries.
//
//   entente::GraphSummary s = entente::summarize(snapshot.graph);
//   s.actors[0].strength;   // sum of |net| over the actor's dyads
//   nlohmann::json j = s;
#pragma once

#include "entente/graph/signed_graph.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

struct ActorSummary {
  std::string code;
  double strength = 0;      // sum of |net| over incident dyads
  double net = 0;           // sum of net over incident dyads
  std::size_t positive = 0; // dyads with net > 0
  std::size_t negative = 0; // dyads with net < 0
  std::int64_t events = 0;  // events in which the actor took part
};

struct GraphSummary {
  std::size_t actors = 0;
  std::size_t dyads = 0;
  std::size_t positive_dyads = 0;
  std::size_t negative_dyads = 0;
  std::size_t neutral_dyads = 0;
  std::int64_t events = 0;
  std::vector<ActorSummary> per_actor; // sorted by code
};

GraphSummary summarize(const SignedGraph &g);

void to_json(nlohmann::json &j, const ActorSummary &a);
void to_json(nlohmann::json &j, const GraphSummary &s);

} // namespace entente
