#include "entente/graph/signed_graph.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace entente {

void DyadStats::merge(const DyadStats &o) {
  events += o.events;
  for (std::size_t i = 0; i < quad.size(); ++i)
    quad[i] += o.quad[i];
  net += o.net;
  coop += o.coop;
  conflict += o.conflict;
  weight += o.weight;
}

DyadStats DyadEdge::total() const {
  DyadStats t = forward;
  t.merge(backward);
  return t;
}

int DyadEdge::sign() const {
  const double net = round6(forward.net + backward.net);
  return net > 0 ? 1 : (net < 0 ? -1 : 0);
}

SignedGraph::SignedGraph(const SignedGraph &other) : g_(std::make_unique<BoostGraph>(*other.g_)) {
  reindex();
}
SignedGraph::SignedGraph(SignedGraph &&other)
    : g_(std::exchange(other.g_, std::make_unique<BoostGraph>())), index_(std::move(other.index_)),
      edges_(std::move(other.edges_)) {
  other.index_.clear();
  other.edges_.clear();
}
SignedGraph &SignedGraph::operator=(const SignedGraph &other) {
  if (this != &other) {
    *g_ = *other.g_;
    reindex();
  }
  return *this;
}
SignedGraph &SignedGraph::operator=(SignedGraph &&other) {
  if (this != &other) {
    g_ = std::exchange(other.g_, std::make_unique<BoostGraph>());
    index_ = std::move(other.index_);
    edges_ = std::move(other.edges_);
    other.index_.clear();
    other.edges_.clear();
  }
  return *this;
}

void SignedGraph::reindex() {
  const BoostGraph &g = *g_;
  index_.clear();
  edges_.clear();
  index_.reserve(boost::num_vertices(g));
  edges_.reserve(boost::num_edges(g));
  for (std::size_t v = 0; v < boost::num_vertices(g); ++v)
    index_.emplace(g[v].code, v);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto u = boost::source(*it, g), v = boost::target(*it, g);
    edges_.emplace((std::uint64_t{std::min(u, v)} << 32) | std::max(u, v), *it);
  }
}

SignedGraph::Vertex SignedGraph::actor(std::string_view code) {
  auto it = index_.find(code);
  if (it != index_.end())
    return it->second;
  // add_vertex(g), then the property: add_vertex(property, g) goes through
  // Boost's named-graph lookup, where GCC's ASan build warns falsely
  // (-Wuninitialized on a boost::optional), and -Werror stops it.
  const Vertex v = boost::add_vertex(*g_);
  (*g_)[v] = ActorNode{std::string(code), display_name(code)};
  index_.emplace(std::string(code), v);
  return v;
}

std::optional<SignedGraph::Vertex> SignedGraph::find(std::string_view code) const {
  auto it = index_.find(code);
  if (it == index_.end())
    return std::nullopt;
  return it->second;
}

SignedGraph::Edge SignedGraph::edge_between(Vertex u, Vertex v) {
  const auto lo = std::min(u, v), hi = std::max(u, v);
  const std::uint64_t key = (std::uint64_t{lo} << 32) | hi;
  auto it = edges_.find(key);
  if (it != edges_.end())
    return it->second;
  const Edge e = boost::add_edge(lo, hi, *g_).first;
  edges_.emplace(key, e);
  return e;
}

void SignedGraph::add_stats(std::string_view source, std::string_view target,
                            const DyadStats &stats) {
  if (source == target)
    throw Error("self-relation '" + std::string(source) + "' cannot be added to the graph");
  const Vertex s = actor(source), t = actor(target);
  DyadEdge &d = (*g_)[edge_between(s, t)];
  (source < target ? d.forward : d.backward).merge(stats);
}

const DyadEdge *SignedGraph::dyad(std::string_view a, std::string_view b) const {
  const auto u = find(a), v = find(b);
  if (!u || !v)
    return nullptr;
  const auto lo = std::min(*u, *v), hi = std::max(*u, *v);
  auto it = edges_.find((std::uint64_t{lo} << 32) | hi);
  return it == edges_.end() ? nullptr : &(*g_)[it->second];
}

std::vector<SignedGraph::Vertex> SignedGraph::sorted_actors() const {
  const BoostGraph &g = *g_;
  std::vector<Vertex> vs(actor_count());
  for (std::size_t i = 0; i < vs.size(); ++i)
    vs[i] = i;
  std::sort(vs.begin(), vs.end(), [&](Vertex x, Vertex y) { return g[x].code < g[y].code; });
  return vs;
}

std::vector<SignedGraph::DyadView> SignedGraph::dyads() const {
  const BoostGraph &g = *g_;
  std::vector<DyadView> out;
  out.reserve(dyad_count());
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto &su = g[boost::source(*it, g)].code;
    const auto &tv = g[boost::target(*it, g)].code;
    out.push_back(su < tv ? DyadView{su, tv, &g[*it]} : DyadView{tv, su, &g[*it]});
  }
  std::sort(out.begin(), out.end(), [](const DyadView &x, const DyadView &y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return out;
}

SignedGraph SignedGraph::canonical() const {
  const BoostGraph &g = *g_;
  std::vector<ActorNode> actors(boost::num_vertices(g));
  for (Vertex v = 0; v < actors.size(); ++v)
    actors[v] = g[v];
  std::vector<IndexedDyad> dyads;
  dyads.reserve(dyad_count());
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    dyads.push_back({static_cast<std::uint32_t>(boost::source(*it, g)),
                     static_cast<std::uint32_t>(boost::target(*it, g)), g[*it]});
  return from_dyads(std::move(actors), std::move(dyads));
}

SignedGraph SignedGraph::from_dyads(std::vector<ActorNode> actors, std::vector<IndexedDyad> dyads) {
  // Actors in code order; renumbered dyads in (a, b) order, which is the
  // order of the new indices because the renumbering keeps code order.
  std::vector<std::uint32_t> order(actors.size());
  for (std::uint32_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return actors[x].code < actors[y].code; });
  std::vector<std::uint32_t> renumber(actors.size());
  SignedGraph c;
  BoostGraph &g = *c.g_;
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    renumber[order[i]] = i;
    g[boost::add_vertex(g)] = std::move(actors[order[i]]); // see actor()
  }
  // Sorted by key, not by moving the 150-byte dyads around.
  std::vector<std::pair<std::uint64_t, std::size_t>> keyed(dyads.size());
  for (std::size_t i = 0; i < dyads.size(); ++i) {
    const auto u = renumber[dyads[i].u], v = renumber[dyads[i].v];
    keyed[i] = {(std::uint64_t{std::min(u, v)} << 32) | std::max(u, v), i};
  }
  std::sort(keyed.begin(), keyed.end());
  for (const auto &[key, i] : keyed)
    boost::add_edge(key >> 32, key & 0xffffffffu, std::move(dyads[i].edge), g);
  c.reindex();
  return c;
}

void to_json(nlohmann::json &j, const DyadStats &s) {
  j = nlohmann::json{{"events", s.events},
                     {"quad", s.quad},
                     {"net", round6(s.net)},
                     {"coop", round6(s.coop)},
                     {"conflict", round6(s.conflict)},
                     {"weight", round6(s.weight)}};
}

void from_json(const nlohmann::json &j, DyadStats &s) {
  s.events = j.at("events").get<std::int64_t>();
  s.quad = j.at("quad").get<std::array<std::int64_t, 4>>();
  s.net = j.at("net").get<double>();
  s.coop = j.at("coop").get<double>();
  s.conflict = j.at("conflict").get<double>();
  s.weight = j.at("weight").get<double>();
  if (s.events < 0)
    throw Error("negative event count");
}

} // namespace entente
