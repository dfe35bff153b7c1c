#include "entente/metrics/directed.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {
entente::DyadStats stats(double net, std::int64_t events) {
  entente::DyadStats s;
  s.events = events;
  s.net = net;
  (net > 0 ? s.coop : s.conflict) = net;
  s.weight = static_cast<double>(events);
  return s;
}
} // namespace

TEST_CASE("directed strength, reciprocity and sign agreement by hand", "[directed]") {
  entente::SignedGraph g;
  g.add_stats("A", "B", stats(6, 3));  // A cooperates with B, three events
  g.add_stats("B", "A", stats(-2, 1)); // B answers once, with conflict
  g.add_stats("A", "C", stats(4, 2));  // one-way
  g.add_stats("D", "B", stats(1.5, 1));
  g.add_stats("B", "D", stats(3, 1)); // two-way, both cooperative
  const auto d = entente::directed(g.canonical());
  REQUIRE(d.actors.size() == 4);
  const auto &a = d.actors[0], &b = d.actors[1];
  CHECK(a.code == "A");
  CHECK(a.out_strength == 10);
  CHECK(a.in_strength == 2);
  CHECK(a.out_net == 10);
  CHECK(a.in_net == -2);
  CHECK(a.out_events == 5);
  CHECK(b.in_strength == 7.5);
  CHECK(b.out_strength == 5);
  // Events: A-B 3/1, A-C 2/0, B-D 1/1: 2 (1 + 0 + 1) / (4 + 2 + 2) = 0.5.
  CHECK(d.reciprocity == Approx(0.5));
  CHECK(d.two_way == 2);
  CHECK(d.one_way == 1);
  CHECK(d.sign_agreement == Approx(0.5)); // A-B disagree, B-D agree
  CHECK(entente::dyad_reciprocity(*g.dyad("A", "B")) == Approx(1.0 / 3));
  CHECK(entente::dyad_reciprocity(*g.dyad("A", "C")) == 0);
}

TEST_CASE("directed PageRank agrees with networkx on the cooperative arcs", "[directed]") {
  // networkx 2.8 (Debian 12), _pagerank_python(G, alpha=0.85, weight="weight", tol=1e-14) on
  // A->B 6, A->C 4, D->B 1.5: A 0.175438596, B 0.414035088, C 0.235087719, D 0.175438596.
  entente::SignedGraph g;
  g.add_stats("A", "B", stats(6, 1));
  g.add_stats("A", "C", stats(4, 1));
  g.add_stats("D", "B", stats(1.5, 1));
  g.add_stats("B", "D", stats(-3, 1)); // conflict: not an arc of the cooperative PageRank
  const auto d = entente::directed(g.canonical());
  CHECK(d.actors[0].pagerank_in == Approx(0.17543859649122676).epsilon(1e-9));
  CHECK(d.actors[1].pagerank_in == Approx(0.4140350877193012).epsilon(1e-9));
  CHECK(d.actors[2].pagerank_in == Approx(0.23508771929824537).epsilon(1e-9));
  CHECK(d.actors[3].pagerank_in == Approx(0.17543859649122676).epsilon(1e-9));
  const nlohmann::json j = d;
  CHECK(j.at("actors").at(1).at("pagerank_in") == 0.414035);
}
