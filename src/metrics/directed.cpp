#include "entente/metrics/directed.hpp"

#include "entente/core/relation.hpp"
#include "entente/metrics/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace entente {

double dyad_reciprocity(const DyadEdge &e) {
  const auto f = e.forward.events, b = e.backward.events;
  const auto hi = std::max(f, b);
  return hi == 0 ? 0.0 : static_cast<double>(std::min(f, b)) / static_cast<double>(hi);
}

namespace {

int sign_of(double net) {
  const double r = round6(net);
  return r > 0 ? 1 : (r < 0 ? -1 : 0);
}

void add_direction(ActorDirected &from, ActorDirected &to, const DyadStats &s) {
  from.out_strength += std::abs(s.net);
  from.out_net += s.net;
  from.out_events += s.events;
  to.in_strength += std::abs(s.net);
  to.in_net += s.net;
  to.in_events += s.events;
}

// The cooperative arcs u -> v (net > 0) as arcs into v, for PageRank.
detail::WeightedArcs cooperative_arcs(const std::vector<std::string> &codes, const SignedGraph &g) {
  const std::size_t n = codes.size();
  std::vector<std::vector<std::pair<std::uint32_t, double>>> into(n);
  detail::WeightedArcs arcs;
  arcs.out_weight.assign(n, 0.0);
  auto index = [&](const std::string &c) {
    return static_cast<std::uint32_t>(std::lower_bound(codes.begin(), codes.end(), c) -
                                      codes.begin());
  };
  for (const auto &d : g.dyads()) {
    const auto u = index(d.a), v = index(d.b);
    for (auto [from, to, net] : {std::tuple{u, v, round6(d.edge().forward.net)},
                                 std::tuple{v, u, round6(d.edge().backward.net)}})
      if (net > 0) {
        into[to].emplace_back(from, net);
        arcs.out_weight[from] += net;
      }
  }
  arcs.offset.assign(n + 1, 0);
  for (std::size_t v = 0; v < n; ++v) {
    std::sort(into[v].begin(), into[v].end());
    for (const auto &[from, w] : into[v]) {
      arcs.from.push_back(from);
      arcs.w.push_back(w);
    }
    arcs.offset[v + 1] = static_cast<std::uint32_t>(arcs.from.size());
  }
  return arcs;
}

} // namespace

Directed directed(const SignedGraph &g) {
  Directed out;
  std::vector<std::string> codes;
  for (auto v : g.sorted_actors())
    codes.push_back(g.node(v).code);
  out.actors.resize(codes.size());
  for (std::size_t i = 0; i < codes.size(); ++i)
    out.actors[i].code = codes[i];
  auto at = [&](const std::string &c) -> ActorDirected & {
    return out.actors[static_cast<std::size_t>(std::lower_bound(codes.begin(), codes.end(), c) -
                                               codes.begin())];
  };
  double matched = 0, traffic = 0;
  std::size_t signed_two_way = 0, agreeing = 0;
  for (const auto &d : g.dyads()) {
    const auto &e = d.edge();
    add_direction(at(d.a), at(d.b), e.forward);
    add_direction(at(d.b), at(d.a), e.backward);
    const auto f = e.forward.events, b = e.backward.events;
    matched += 2.0 * static_cast<double>(std::min(f, b));
    traffic += static_cast<double>(f + b);
    if (f > 0 && b > 0) {
      ++out.two_way;
      const int sf = sign_of(e.forward.net), sb = sign_of(e.backward.net);
      if (sf != 0 && sb != 0) {
        ++signed_two_way;
        agreeing += sf == sb;
      }
    } else if (f + b > 0) {
      ++out.one_way;
    }
  }
  out.reciprocity = traffic > 0 ? matched / traffic : 0;
  out.sign_agreement =
      signed_two_way ? static_cast<double>(agreeing) / static_cast<double>(signed_two_way) : 0;
  const auto pr = detail::pagerank(cooperative_arcs(codes, g));
  for (std::size_t i = 0; i < pr.size(); ++i)
    out.actors[i].pagerank_in = pr[i];
  return out;
}

} // namespace entente
