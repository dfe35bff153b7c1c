#include "entente/metrics/balance.hpp"
#include "support/helpers.hpp"
#include "tribes.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace entente;
using detail::SignedNet;
using test::tribes;

namespace {

std::set<std::string> camp_of(const SignedNet &net, const std::vector<int> &camp,
                              const std::string &member) {
  std::set<std::string> out;
  const int c = camp[static_cast<std::size_t>(net.index(member))];
  for (std::size_t v = 0; v < net.size(); ++v)
    if (camp[v] == c)
      out.insert(net.names[v]);
  return out;
}

} // namespace

TEST_CASE("tribes: signed triangle census and triangle balance") {
  const auto t = triangle_census(tribes());
  CHECK(t.ppp == 19);
  CHECK(t.ppn == 2);
  CHECK(t.pnn == 40);
  CHECK(t.nnn == 7);
  CHECK(t.balance() == Approx(0.8676471).margin(1e-6));
}

TEST_CASE("tribes: walk balance (Estrada-Benzi) matches signnet") {
  const auto w = walk_balance(tribes());
  CHECK(w.exact);
  CHECK(w.value == Approx(0.3575761).margin(1e-6));
}

TEST_CASE("walk balance estimate agrees with the exact value") {
  WalkOptions o;
  o.exact_limit = 0; // force the stochastic estimate
  o.probes = 200;
  o.lanczos_steps = 16;
  const auto w = walk_balance(tribes(), o);
  CHECK_FALSE(w.exact);
  CHECK(w.value == Approx(0.3575761).epsilon(0.1));
}

TEST_CASE("tribes: exact frustration index, F and the unique optimal split") {
  const auto net = tribes();
  const auto f = frustration(net);
  CHECK(f.exact);
  CHECK(f.L == 7);
  CHECK(f.lower == 7);
  CHECK(f.edges == 58);
  CHECK(f.F == Approx(0.7586207).margin(1e-6));
  CHECK(frustrated_count(net, f.camp) == 7);
  CHECK(camp_of(net, f.camp, "Gama") == std::set<std::string>{"Gavev", "Kotun", "Nagad", "Gama"});
  // Brute force over all 2^15 splits (Alika fixed): 7 is the minimum and the
  // split above is the only one reaching it.
  std::size_t best = net.edges.size(), at_best = 0;
  std::vector<int> camp(net.size());
  for (std::uint32_t mask = 0; mask < (1u << 15); ++mask) {
    for (std::size_t v = 1; v < 16; ++v)
      camp[v] = (mask >> (v - 1)) & 1;
    const auto c = frustrated_count(net, camp);
    if (c < best) {
      best = c;
      at_best = 0;
    }
    at_best += c == best;
  }
  CHECK(best == 7);
  CHECK(at_best == 1);
}

TEST_CASE("frustration of balanced and tree-like graphs is zero") {
  // A path plus a balanced square (+,+,-,-) and a pendant edge.
  const auto net = SignedNet::build({"a", "b", "c", "d", "e"},
                                    {{0, 1, 1}, {1, 2, -1}, {2, 3, 1}, {0, 3, -1}, {3, 4, -2}});
  const auto f = frustration(net);
  CHECK(f.L == 0);
  CHECK(f.exact);
  CHECK(f.F == 1.0);
}

TEST_CASE("frustration over blocks joined at a cut vertex adds up") {
  // Two unbalanced triangles sharing vertex 2: L = 2.
  const auto net =
      SignedNet::build({"a", "b", "c", "d", "e"},
                       {{0, 1, 1}, {1, 2, 1}, {0, 2, -1}, {2, 3, -1}, {3, 4, -1}, {2, 4, -1}});
  const auto f = frustration(net);
  CHECK(f.L == 2);
  CHECK(f.blocks == 2);
  CHECK(f.exact);
}

TEST_CASE("beyond the exact limit the local-search bound is stated, not called exact") {
  FrustrationOptions o;
  o.exact_edge_limit = 10;
  const auto f = frustration(tribes(), o);
  CHECK_FALSE(f.exact);
  CHECK(f.L >= 7);
  CHECK(f.method.find("upper bound") != std::string::npos);
}
