#include "entente/metrics/summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

namespace entente {

GraphSummary summarize(const SignedGraph &g) {
  GraphSummary s;
  s.actors = g.actor_count();
  s.dyads = g.dyad_count();
  // Actors by rank in code order, dyads in (a, b) order as dyads() lists
  // them, but sorted as integer pairs: no string copies for a million
  // dyads, and the same order of additions, so the same sums.
  const auto &bg = g.boost();
  const auto order = g.sorted_actors();
  std::vector<std::uint32_t> rank(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = static_cast<std::uint32_t>(i);
    s.per_actor.push_back({});
    s.per_actor.back().code = g.node(order[i]).code;
  }
  using Edge = BoostGraph::edge_descriptor;
  std::vector<std::pair<std::uint64_t, Edge>> dyads;
  dyads.reserve(g.dyad_count());
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    const auto a = rank[boost::source(*it, bg)], b = rank[boost::target(*it, bg)];
    dyads.emplace_back((std::uint64_t{std::min(a, b)} << 32) | std::max(a, b), *it);
  }
  std::sort(dyads.begin(), dyads.end(),
            [](const auto &x, const auto &y) { return x.first < y.first; });
  for (const auto &[key, e] : dyads) {
    const DyadEdge &d = bg[e];
    const auto t = d.total();
    const int sign = d.sign();
    s.events += t.events;
    (sign > 0 ? s.positive_dyads : sign < 0 ? s.negative_dyads : s.neutral_dyads)++;
    for (const auto r : {key >> 32, key & 0xffffffffu}) {
      auto &a = s.per_actor[r];
      a.strength += std::abs(t.net);
      a.net += t.net;
      a.events += t.events;
      if (sign > 0)
        ++a.pos_degree;
      if (sign < 0)
        ++a.neg_degree;
    }
  }
  return s;
}

} // namespace entente
