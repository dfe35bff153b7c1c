// Generated snapshots at the sizes users bring (a GDELT month: 250 actors,
// 25,000 dyads), for tests of the stages that must cope with them. Actors
// fall into planted blocs: ties inside a bloc are mostly cooperative,
// across blocs mostly conflictual, with heavy-tailed weights and a few
// very active actors, as in event data. Deterministic for a seed.
//
//   entente::Snapshot a = entente::test::generated_snapshot(250, 25000, 1);
//   entente::Snapshot b = entente::test::generated_snapshot(250, 25000, 1, 0.05); // 5% flipped
#pragma once

#include "entente/graph/snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <set>
#include <string>

namespace entente::test {

inline DyadStats generated_stats(double net, std::int64_t events) {
  DyadStats s;
  s.events = events;
  s.quad = {events / 2, events - events / 2, 0, 0};
  s.net = net;
  (net > 0 ? s.coop : s.conflict) = net;
  s.weight = static_cast<double>(events);
  return s;
}

// `flip`: the share of dyads whose sign is reversed (a later window), with
// the rest of the graph unchanged but for noise in the weights.
inline Snapshot generated_snapshot(std::size_t actors, std::size_t dyads, unsigned seed,
                                   double flip = 0, std::size_t blocs = 5) {
  std::mt19937_64 structure(seed), noise(seed + 1000003 + static_cast<unsigned>(flip * 1e6));
  std::vector<ActorNode> nodes;
  for (std::size_t i = 0; i < actors; ++i) {
    std::string code = std::to_string(i);
    code = "X" + std::string(code.size() < 4 ? 4 - code.size() : 0, '0') + code;
    nodes.push_back({code, "Actor " + code});
  }
  // Activity falls off as 1 / (rank + 1): a few actors take part in most dyads.
  std::vector<double> activity(actors);
  for (std::size_t i = 0; i < actors; ++i)
    activity[i] = 1.0 / static_cast<double>(i + 1);
  std::discrete_distribution<std::size_t> pick(activity.begin(), activity.end());
  std::uniform_real_distribution<double> unit(0, 1);
  std::lognormal_distribution<double> size(2.0, 1.2);
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  std::vector<SignedGraph::IndexedDyad> out;
  const std::size_t wanted = std::min(dyads, actors * (actors - 1) / 2);
  for (std::size_t tries = 0; out.size() < wanted && tries < 50 * wanted; ++tries) {
    auto u = static_cast<std::uint32_t>(pick(structure));
    auto v = static_cast<std::uint32_t>(tries % 3 == 0 ? structure() % actors : pick(structure));
    if (u == v || !seen.insert(std::minmax(u, v)).second)
      continue;
    const bool same_bloc = u % blocs == v % blocs;
    double sign = unit(structure) < (same_bloc ? 0.85 : 0.3) ? 1 : -1;
    const double w = size(structure) * (1 + 10 * std::sqrt(activity[u] * activity[v]));
    if (flip > 0 && unit(noise) < flip)
      sign = -sign;
    const double net = std::round(sign * w * (1 + 0.2 * (unit(noise) - 0.5)) * 10) / 10;
    const auto events = static_cast<std::int64_t>(1 + w);
    DyadEdge e{generated_stats(net * 0.6, events), generated_stats(net * 0.4, events)};
    out.push_back({std::min(u, v), std::max(u, v), e});
  }
  Snapshot s;
  s.sources = {"generated"};
  s.graph = SignedGraph::from_dyads(std::move(nodes), std::move(out));
  s.fold.relations = s.fold.used = s.graph.dyad_count();
  return s;
}

} // namespace entente::test
