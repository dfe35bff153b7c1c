#include "entente/core/error.hpp"
#include "entente/metrics/backbone.hpp"
#include "metrics/tribes.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <set>

using entente::Backbone;
using entente::BackboneMethod;
using entente::detail::SignedNet;

namespace {
std::set<std::uint32_t> kept(const Backbone &b) { return {b.order.begin(), b.order.end()}; }
} // namespace

TEST_CASE("disparity scores are (1 - p)^(k - 1) at the stricter end", "[backbone]") {
  // Hub H (index 0) with ties 8, 1, 1 to A, B, C; A also tied to B with 0.5.
  const auto net =
      SignedNet::build({"H", "A", "B", "C"}, {{0, 1, 8.0}, {0, 2, 1.0}, {0, 3, 1.0}, {1, 2, 0.5}});
  const Backbone b = entente::backbone(net, {.method = BackboneMethod::disparity, .alpha = 0.05});
  // Edge order after build: (0,1) (0,2) (0,3) (1,2).
  // H-A: at H p = 0.8, k = 3: 0.2^2 = 0.04; at A p = 8/8.5, k = 2: 0.0588. Min 0.04.
  CHECK(b.score[0] == Approx(0.04));
  // H-B: at H p = 0.1: 0.81; at B p = 1/1.5, k = 2: 1/3. Min 1/3.
  CHECK(b.score[1] == Approx(1.0 / 3));
  // H-C: C has one tie (score 1 there); at H 0.81.
  CHECK(b.score[2] == Approx(0.81));
  // A-B: at A 1 - 0.5/8.5, at B 1 - 0.5/1.5. Min 2/3.
  CHECK(b.score[3] == Approx(2.0 / 3));
  // H-A is significant (0.04 < 0.05); H-B and H-C are kept as B's and C's
  // strongest ties; A-B is nobody's strongest and not significant.
  const auto k = kept(b);
  CHECK(k == std::set<std::uint32_t>{0, 1, 2});
  CHECK(b.order.back() == 2); // the least significant kept edge last
  CHECK(b.describe() == "disparity filter, α = 0.05");
}

TEST_CASE("cooperation and conflict are filtered apart", "[backbone]") {
  // A's conflict ties do not dilute its cooperation ties: one strong positive
  // tie among many negative ones is still its whole positive strength.
  std::vector<entente::detail::SignedEdge> edges = {{0, 1, 5.0}};
  std::vector<std::string> names = {"A", "B"};
  for (std::uint32_t i = 2; i < 12; ++i) {
    names.push_back("N" + std::to_string(i));
    edges.push_back({0, i, -50.0});
  }
  const auto net = SignedNet::build(names, edges);
  const Backbone b = entente::backbone(net, {});
  // At A, the positive tie is its only one (score 1) and at B too: kept only
  // as a strongest tie, and listed first among A's (strongest-tie) edges.
  CHECK(kept(b).count(0));
  const auto ties = entente::detail::strongest_ties(net);
  CHECK(ties[0]); // A's strongest cooperation
  for (std::size_t e = 1; e < ties.size(); ++e)
    CHECK(ties[e]); // equally strong conflict ties: all of them
}

TEST_CASE("equally strong ties are all kept: an unweighted network has no backbone", "[backbone]") {
  // A ring of five with one chord, every weight 1: nothing is stronger than
  // anything else, so nothing is dropped.
  const auto net =
      SignedNet::build({"A", "B", "C", "D", "E"},
                       {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {0, 4, 1}, {0, 2, -1}});
  const Backbone b = entente::backbone(net, {});
  CHECK(b.order.size() == 6);
  CHECK(b.uniform);
  CHECK(b.describe() == "every dyad: all weights are equal");
}

TEST_CASE("every actor keeps its strongest tie of each sign, whatever the method", "[backbone]") {
  const auto net = entente::test::tribes();
  for (auto method : {BackboneMethod::disparity, BackboneMethod::top_k, BackboneMethod::all}) {
    const Backbone b = entente::backbone(net, {.method = method, .alpha = 0.01, .k = 1});
    const auto k = kept(b);
    const auto strongest = entente::detail::strongest_ties(net);
    std::size_t count = 0;
    for (std::uint32_t e = 0; e < strongest.size(); ++e)
      if (strongest[e]) {
        CHECK(k.count(e));
        ++count;
      }
    // Strongest ties come first in the order.
    REQUIRE(count > 0);
    for (std::size_t i = 0; i < count; ++i)
      CHECK(strongest[b.order[i]]);
  }
  CHECK(entente::backbone(net, {.method = BackboneMethod::all}).order.size() == net.edges.size());
}

TEST_CASE("top-k keeps k ties per actor and sign", "[backbone]") {
  // A star of 5 positive ties from A with weights 1..5: top-2 keeps A's two
  // strongest, plus each leaf's only (strongest) tie: all five.
  std::vector<entente::detail::SignedEdge> edges;
  std::vector<std::string> names = {"A"};
  for (std::uint32_t i = 1; i <= 5; ++i) {
    names.push_back("L" + std::to_string(i));
    edges.push_back({0, i, static_cast<double>(i)});
  }
  // Add a triangle among leaves, weaker than each leaf's tie to A.
  edges.push_back({1, 2, 0.5});
  edges.push_back({2, 3, 0.4});
  const auto net = SignedNet::build(names, edges);
  const Backbone b = entente::backbone(net, {.method = BackboneMethod::top_k, .k = 2});
  // L2's ties: A (2), L1 (0.5), L3 (0.4): top-2 keeps L1-L2; L3's: A (3), L2 (0.4): keeps L2-L3.
  const auto k = kept(b);
  CHECK(k.size() == 7);
  const Backbone one = entente::backbone(net, {.method = BackboneMethod::top_k, .k = 1});
  CHECK(kept(one).size() == 5); // only the ties to A
}

TEST_CASE("backbone options are checked", "[backbone]") {
  const auto net = entente::test::tribes();
  CHECK_THROWS_AS(entente::backbone(net, {.alpha = std::nan("")}), entente::Error);
  CHECK_THROWS_AS(entente::backbone(net, {.alpha = 1.0}), entente::Error);
  CHECK_THROWS_AS(entente::backbone(net, {.method = BackboneMethod::top_k, .k = 0}),
                  entente::Error);
  CHECK(entente::backbone_method("top-k") == BackboneMethod::top_k);
  CHECK_THROWS_AS(entente::backbone_method("random"), entente::Error);
}
