// Betweenness chosen by its work, not by the number of actors (issue 15,
// item 9): 3,000 actors at 30 % density did not finish in 150 s while
// exact betweenness was allowed up to 20,000 actors whatever the density.
#include "entente/metrics/centrality.hpp"
#include "entente/metrics/compute.hpp"

#include <catch2/catch.hpp>

using namespace entente;

TEST_CASE("regression: exact or sampled betweenness by n(n+m)", "[centrality][issue15]") {
  const CentralityOptions o;
  CHECK_FALSE(exact_betweenness(3000, 1349550, o));                  // 30 % density: 4e9 steps
  CHECK_FALSE(exact_betweenness(20000, 30000, o));                   // sparse but large: 1e9
  CHECK(exact_betweenness(1000, 200000, o));                         // 2e8: about 10 s at most
  CHECK(exact_betweenness(16, 58, o));                               // the tribes
  CHECK(exact_betweenness(30, 435, {.betweenness_work_limit = 10})); // n <= samples
  CHECK_FALSE(exact_betweenness(100, 4950, {.betweenness_work_limit = 1e5})); // 5e5 > 1e5
}

TEST_CASE("regression: a dense graph gets sampled betweenness and says so",
          "[centrality][issue15]") {
  std::vector<std::string> names;
  std::vector<detail::SignedEdge> edges;
  const std::uint32_t n = 120;
  for (std::uint32_t i = 0; i < n; ++i) {
    names.push_back("a" + std::to_string(1000 + i));
    for (std::uint32_t k = i + 1; k < n; ++k)
      edges.push_back({i, k, (i + k) % 3 ? 1.0 : -1.0});
  }
  const auto net = detail::SignedNet::build(std::move(names), std::move(edges));
  CentralityOptions o;
  o.betweenness_work_limit = 1e5; // the complete graph on 120 actors: 1.7e6
  const auto c = centrality(net, o);
  CHECK_FALSE(c.betweenness_exact);
  CHECK(c.betweenness_method.find("32 uniformly sampled sources") != std::string::npos);
  CHECK(c.betweenness_method.find("past the limit 1e+05") != std::string::npos);
  o.betweenness_work_limit = 1e7;
  CHECK(centrality(net, o).betweenness_exact);
}

TEST_CASE("compute_metrics reports each measure before it runs", "[metrics][issue15]") {
  SnapshotBuilder b({});
  b.add(make_relation(Date::parse("2020-01-01"), "USA", "RUS", "036"));
  b.add(make_relation(Date::parse("2020-01-01"), "RUS", "CHN", "112"));
  const auto s = std::move(b).finish({});
  std::vector<std::string> seen;
  MetricsOptions o;
  o.progress = [&](const std::string &what) { seen.push_back(what); };
  (void)compute_metrics(s, o);
  REQUIRE(seen.size() == 5);
  CHECK(seen.front() == "triangle census");
  CHECK(seen.back() == "centrality (exact betweenness)");
}
