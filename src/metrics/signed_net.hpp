// The compact form every signed measure works on: actors numbered in code
// order, one undirected edge per dyad whose net score is not zero, with
// sign = sign(net) (DyadEdge::sign) and weight |net|. Neutral dyads (net 0)
// carry no sign and are left out of the signed measures.
//
//   auto net = entente::detail::SignedNet::from(snapshot.graph);
//   for (auto [v, w] : net.neighbours(0))   // w is the signed net score
//     std::cout << v << " " << w << "\n";
#pragma once

#include "entente/graph/signed_graph.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace entente::detail {

struct Arc {
  std::uint32_t to;
  double w; // signed: +|net| or -|net|
};

struct SignedEdge {
  std::uint32_t u, v; // u < v
  double w;           // signed
};

struct SignedNet {
  std::vector<std::string> names; // sorted codes
  std::vector<SignedEdge> edges;  // sorted by (u, v)
  std::vector<std::size_t> offset;
  std::vector<Arc> arcs; // neighbours of each vertex, sorted by `to`

  std::size_t size() const { return names.size(); }
  std::span<const Arc> neighbours(std::size_t v) const {
    return {arcs.data() + offset[v], arcs.data() + offset[v + 1]};
  }
  // Index of `code`, or -1.
  long index(const std::string &code) const;

  static SignedNet from(const SignedGraph &g);
  // For tests and generated graphs: n vertices named by `names`, edges given.
  static SignedNet build(std::vector<std::string> names, std::vector<SignedEdge> edges);
};

} // namespace entente::detail
