#include "entente/graph/signed_graph.hpp"

#include <catch2/catch.hpp>
#include <utility>

using entente::DyadEdge;
using entente::DyadStats;
using entente::SignedGraph;

namespace {

DyadStats stats(double net, std::int64_t events = 1) {
  DyadStats s;
  s.events = events;
  s.net = net;
  (net > 0 ? s.coop : s.conflict) = net;
  s.weight = static_cast<double>(events);
  return s;
}

SignedGraph by_strings() {
  SignedGraph g;
  g.add_stats("USA", "RUS", stats(4));
  g.add_stats("RUS", "USA", stats(8, 2));
  g.add_stats("CHN", "USA", stats(-2));
  g.add_stats("GBR", "CHN", stats(-6, 3));
  g.actor("FRA"); // isolated
  return g;
}

std::string listing(const SignedGraph &g) {
  std::string out;
  for (auto v : g.sorted_actors())
    out += g.node(v).code + ";";
  for (const auto &d : g.dyads())
    out += d.a + "-" + d.b + ":" + std::to_string(d.edge().forward.net) + "/" +
           std::to_string(d.edge().backward.net) + ";";
  return out;
}

} // namespace

TEST_CASE("a moved graph keeps its dyads reachable; the moved-from one is empty", "[graph]") {
  SignedGraph a = by_strings();
  const std::string before = listing(a);
  SignedGraph b = std::move(a);
  CHECK(listing(b) == before);
  REQUIRE(b.dyad("RUS", "USA"));
  CHECK(b.dyad("USA", "RUS")->backward.net == 4); // USA -> RUS is backward (RUS < USA)
  b.add_stats("RUS", "USA", stats(1));            // edge lookups still point into b's storage
  CHECK(b.dyad("RUS", "USA")->forward.net == 9);
  CHECK(a.actor_count() == 0); // NOLINT(bugprone-use-after-move): valid, empty
  a.add_stats("X", "Y", stats(1));
  CHECK(a.dyad_count() == 1);
  SignedGraph c;
  c = std::move(b);
  CHECK(c.dyad("CHN", "GBR")->backward.net == -6); // GBR -> CHN
  SignedGraph copy = c;                            // a copy has its own storage
  copy.add_stats("GBR", "CHN", stats(-1));
  CHECK(c.dyad("CHN", "GBR")->backward.net == -6);
  CHECK(copy.dyad("CHN", "GBR")->backward.net == -7);
}

TEST_CASE("from_dyads builds the canonical graph of interned actors", "[graph]") {
  const SignedGraph expected = by_strings().canonical();
  std::vector<entente::ActorNode> actors = {{"USA", "United States"},
                                            {"RUS", "Russia"},
                                            {"FRA", "France"},
                                            {"GBR", "UK"},
                                            {"CHN", "China"}};
  std::vector<SignedGraph::IndexedDyad> dyads;
  dyads.push_back({3, 4, DyadEdge{{}, stats(-6, 3)}}); // GBR -> CHN is backward (CHN < GBR)
  dyads.push_back({0, 1, DyadEdge{stats(8, 2), stats(4)}});
  dyads.push_back({4, 0, DyadEdge{stats(-2), {}}});
  const SignedGraph g = SignedGraph::from_dyads(actors, dyads);
  // Same vertex and edge order as canonical(), so Boost algorithms agree.
  CHECK(listing(g) == listing(expected));
  for (std::size_t v = 0; v < g.actor_count(); ++v)
    CHECK(g.node(v).code == expected.node(v).code);
  auto e1 = boost::edges(g.boost()).first, e2 = boost::edges(expected.boost()).first;
  for (std::size_t i = 0; i < g.dyad_count(); ++i, ++e1, ++e2) {
    CHECK(boost::source(*e1, g.boost()) == boost::source(*e2, expected.boost()));
    CHECK(boost::target(*e1, g.boost()) == boost::target(*e2, expected.boost()));
  }
  CHECK(g.node(*g.find("GBR")).name == "UK");
  CHECK(g.dyad("GBR", "CHN")->backward.net == -6);
}
