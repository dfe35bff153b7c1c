#include "entente/metrics/signed_net.hpp"

#include <algorithm>

namespace entente::detail {

long SignedNet::index(const std::string &code) const {
  auto it = std::lower_bound(names.begin(), names.end(), code);
  return it != names.end() && *it == code ? static_cast<long>(it - names.begin()) : -1;
}

SignedNet SignedNet::build(std::vector<std::string> names, std::vector<SignedEdge> edges) {
  SignedNet n;
  n.names = std::move(names);
  for (auto &e : edges)
    if (e.u > e.v)
      std::swap(e.u, e.v);
  std::sort(edges.begin(), edges.end(), [](const SignedEdge &a, const SignedEdge &b) {
    return std::tie(a.u, a.v) < std::tie(b.u, b.v);
  });
  n.edges = std::move(edges);
  std::vector<std::size_t> deg(n.names.size() + 1, 0);
  for (const auto &e : n.edges) {
    ++deg[e.u];
    ++deg[e.v];
  }
  n.offset.assign(n.names.size() + 1, 0);
  for (std::size_t v = 0; v < n.names.size(); ++v)
    n.offset[v + 1] = n.offset[v] + deg[v];
  n.arcs.resize(2 * n.edges.size());
  std::vector<std::size_t> fill(n.offset.begin(), n.offset.end() - 1);
  // Edges sorted by (u, v) fill each list in increasing `to` for the u side;
  // the v side needs a sort.
  for (const auto &e : n.edges) {
    n.arcs[fill[e.u]++] = {e.v, e.w};
    n.arcs[fill[e.v]++] = {e.u, e.w};
  }
  for (std::size_t v = 0; v < n.names.size(); ++v)
    std::sort(n.arcs.begin() + static_cast<long>(n.offset[v]),
              n.arcs.begin() + static_cast<long>(n.offset[v + 1]),
              [](const Arc &a, const Arc &b) { return a.to < b.to; });
  return n;
}

SignedNet SignedNet::from(const SignedGraph &g) {
  std::vector<std::string> names;
  names.reserve(g.actor_count());
  for (auto v : g.sorted_actors())
    names.push_back(g.node(v).code);
  // Vertex ids in code order, without string lookups per edge.
  const auto &bg = g.boost();
  std::vector<std::uint32_t> rank(g.actor_count());
  {
    const auto sorted = g.sorted_actors();
    for (std::size_t i = 0; i < sorted.size(); ++i)
      rank[sorted[i]] = static_cast<std::uint32_t>(i);
  }
  std::vector<SignedEdge> edges;
  edges.reserve(g.dyad_count());
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    const DyadEdge &d = bg[*it];
    const int s = d.sign();
    if (s == 0)
      continue;
    const double w = round6(d.forward.net + d.backward.net);
    edges.push_back({rank[boost::source(*it, bg)], rank[boost::target(*it, bg)], w});
  }
  return build(std::move(names), std::move(edges));
}

} // namespace entente::detail
