// The signed, weighted graph of actors: one vertex per actor, one undirected
// edge per dyad that keeps both directions of traffic. Built on Boost.Graph;
// other stages use the accessors here and touch boost() only for algorithms.
//
// Graphs of events are built by the fold (graph/fold.hpp); add_stats is for
// readers of stored graphs and for tests.
//
//   entente::SignedGraph g;
//   entente::DyadStats stats;                    // one event: net -4, weight 1
//   stats.events = 1;  stats.quad[2] = 1;  stats.net = stats.conflict = -4;  stats.weight = 1;
//   g.add_stats("USA", "RUS", stats);            // traffic from USA to RUS
//   for (const auto& d : g.dyads())              // sorted by (a, b)
//     std::cout << d.a << "-" << d.b << " " << d.edge().total().net << "\n";
#pragma once

#include "entente/core/actor.hpp"
#include "entente/core/relation.hpp"

#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace entente {

// What one direction (or both) of a dyad carried. coop + conflict == net:
// coop sums the events with positive Goldstein scores, conflict (<= 0) the
// negative ones, each times the event's weight.
struct DyadStats {
  std::int64_t events = 0;
  std::array<std::int64_t, 4> quad{}; // events per quad class 1..4
  double net = 0;                     // sum of goldstein * weight
  double coop = 0;
  double conflict = 0;
  double weight = 0; // sum of weights (mentions, articles, ...)

  void merge(const DyadStats &other);
  friend bool operator==(const DyadStats &, const DyadStats &) = default;
};

struct ActorNode {
  std::string code;
  std::string name; // readable, for labels
};

// forward = from the lexicographically smaller code to the larger.
struct DyadEdge {
  DyadStats forward;
  DyadStats backward;
  DyadStats total() const;
  // +1 cooperative, -1 conflictual, 0 neutral, by the sign of the total net.
  int sign() const;
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, ActorNode, DyadEdge>;

class SignedGraph {
public:
  using Vertex = BoostGraph::vertex_descriptor;

  struct DyadView {
    std::string a; // a < b
    std::string b;
    const DyadEdge *data;
    const DyadEdge &edge() const { return *data; }
  };

  // One dyad for from_dyads: u and v index the actor list, forward is the
  // traffic from the smaller code to the larger.
  struct IndexedDyad {
    std::uint32_t u;
    std::uint32_t v;
    DyadEdge edge;
  };

  SignedGraph() = default;
  // Copies rebuild the lookup tables: edge descriptors point into the Boost
  // graph's own storage, which a copy does not share. Moves keep it (the
  // Boost graph lives on the heap; adjacency_list itself has no move and
  // would copy), so moving a million-edge graph costs nothing.
  SignedGraph(const SignedGraph &other);
  SignedGraph(SignedGraph &&other);
  SignedGraph &operator=(const SignedGraph &other);
  SignedGraph &operator=(SignedGraph &&other);
  ~SignedGraph() = default;

  // Finds or adds the actor.
  Vertex actor(std::string_view code);
  std::optional<Vertex> find(std::string_view code) const;
  // Adds `stats` as traffic from `source` to `target` (used when loading).
  void add_stats(std::string_view source, std::string_view target, const DyadStats &stats);

  std::size_t actor_count() const { return boost::num_vertices(*g_); }
  std::size_t dyad_count() const { return boost::num_edges(*g_); }
  const ActorNode &node(Vertex v) const { return (*g_)[v]; }
  void set_name(Vertex v, std::string name) { (*g_)[v].name = std::move(name); }
  const DyadEdge *dyad(std::string_view a, std::string_view b) const;

  // Deterministic views: actors sorted by code, dyads sorted by (a, b).
  std::vector<Vertex> sorted_actors() const;
  std::vector<DyadView> dyads() const;

  // A copy whose vertex and edge order is sorted, so that algorithms that
  // iterate boost() visit actors in code order.
  SignedGraph canonical() const;
  // The canonical graph of these actors (distinct codes) and dyads (each
  // pair once, u != v), built without string lookups: for readers that
  // intern actors themselves.
  static SignedGraph from_dyads(std::vector<ActorNode> actors, std::vector<IndexedDyad> dyads);

  const BoostGraph &boost() const { return *g_; }

private:
  using Edge = BoostGraph::edge_descriptor;
  std::unique_ptr<BoostGraph> g_ = std::make_unique<BoostGraph>();
  // Transparent, so lookups by string_view build no std::string.
  struct CodeHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Vertex, CodeHash, std::equal_to<>> index_;
  std::unordered_map<std::uint64_t, Edge> edges_;
  Edge edge_between(Vertex u, Vertex v);
  void reindex();
};

void to_json(nlohmann::json &j, const DyadStats &s);
void from_json(const nlohmann::json &j, DyadStats &s);

} // namespace entente
