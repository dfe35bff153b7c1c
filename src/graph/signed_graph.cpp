#include "entente/graph/signed_graph.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace entente {

void DyadStats::add(const Relation &r) {
  ++events;
  if (r.quad >= 1 && r.quad <= 4)
    ++quad[static_cast<std::size_t>(r.quad - 1)];
  const double v = r.goldstein * r.weight;
  net += v;
  (v > 0 ? coop : conflict) += v;
  weight += r.weight;
}

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

SignedGraph::SignedGraph(const SignedGraph &other) : g_(other.g_) { reindex(); }
SignedGraph::SignedGraph(SignedGraph &&other) : g_(std::move(other.g_)) {
  reindex();
  other.index_.clear();
  other.edges_.clear();
}
SignedGraph &SignedGraph::operator=(const SignedGraph &other) {
  if (this != &other) {
    g_ = other.g_;
    reindex();
  }
  return *this;
}
SignedGraph &SignedGraph::operator=(SignedGraph &&other) {
  if (this != &other) {
    g_ = std::move(other.g_);
    reindex();
    other.index_.clear();
    other.edges_.clear();
  }
  return *this;
}

void SignedGraph::reindex() {
  index_.clear();
  edges_.clear();
  for (std::size_t v = 0; v < boost::num_vertices(g_); ++v)
    index_.emplace(g_[v].code, v);
  for (auto [it, end] = boost::edges(g_); it != end; ++it) {
    const auto u = boost::source(*it, g_), v = boost::target(*it, g_);
    edges_.emplace((std::uint64_t{std::min(u, v)} << 32) | std::max(u, v), *it);
  }
}

SignedGraph::Vertex SignedGraph::actor(std::string_view code) {
  auto it = index_.find(std::string(code));
  if (it != index_.end())
    return it->second;
  const Vertex v = boost::add_vertex(ActorNode{std::string(code), display_name(code)}, g_);
  index_.emplace(std::string(code), v);
  return v;
}

std::optional<SignedGraph::Vertex> SignedGraph::find(std::string_view code) const {
  auto it = index_.find(std::string(code));
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
  const Edge e = boost::add_edge(lo, hi, g_).first;
  edges_.emplace(key, e);
  return e;
}

void SignedGraph::add_stats(std::string_view source, std::string_view target,
                            const DyadStats &stats) {
  if (source == target)
    throw Error("self-relation '" + std::string(source) + "' cannot be added to the graph");
  const Vertex s = actor(source), t = actor(target);
  DyadEdge &d = g_[edge_between(s, t)];
  (source < target ? d.forward : d.backward).merge(stats);
}

void SignedGraph::add(const Relation &r) {
  DyadStats one;
  one.add(r);
  add_stats(r.source, r.target, one);
}

const DyadEdge *SignedGraph::dyad(std::string_view a, std::string_view b) const {
  const auto u = find(a), v = find(b);
  if (!u || !v)
    return nullptr;
  const auto lo = std::min(*u, *v), hi = std::max(*u, *v);
  auto it = edges_.find((std::uint64_t{lo} << 32) | hi);
  return it == edges_.end() ? nullptr : &g_[it->second];
}

std::vector<SignedGraph::Vertex> SignedGraph::sorted_actors() const {
  std::vector<Vertex> vs(actor_count());
  for (std::size_t i = 0; i < vs.size(); ++i)
    vs[i] = i;
  std::sort(vs.begin(), vs.end(), [&](Vertex x, Vertex y) { return g_[x].code < g_[y].code; });
  return vs;
}

std::vector<SignedGraph::DyadView> SignedGraph::dyads() const {
  std::vector<DyadView> out;
  out.reserve(dyad_count());
  for (auto [it, end] = boost::edges(g_); it != end; ++it) {
    const auto &su = g_[boost::source(*it, g_)].code;
    const auto &tv = g_[boost::target(*it, g_)].code;
    out.push_back(su < tv ? DyadView{su, tv, &g_[*it]} : DyadView{tv, su, &g_[*it]});
  }
  std::sort(out.begin(), out.end(), [](const DyadView &x, const DyadView &y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return out;
}

SignedGraph SignedGraph::canonical() const {
  SignedGraph c;
  for (Vertex v : sorted_actors()) {
    c.set_name(c.actor(g_[v].code), g_[v].name);
  }
  for (const auto &d : dyads()) {
    c.add_stats(d.a, d.b, d.edge().forward);
    c.add_stats(d.b, d.a, d.edge().backward);
  }
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
