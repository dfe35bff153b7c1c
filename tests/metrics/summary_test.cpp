#include "entente/graph/snapshot.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/metrics/summary.hpp"

#include <catch2/catch.hpp>
#include <cstring>

TEST_CASE("strength and signed degrees per actor", "[summary]") {
  // Graphs of events come from the fold (graph/fold.hpp).
  entente::SnapshotBuilder b({});
  const auto d = entente::Date::parse("2020-01-01");
  b.add(entente::make_relation(d, "USA", "RUS", "036")); // +4
  b.add(entente::make_relation(d, "USA", "CHN", "112")); // -2
  b.add(entente::make_relation(d, "CHN", "USA", "112")); // -2
  const entente::SignedGraph g = std::move(b).finish({}).graph;
  const auto s = entente::summarize(g);
  CHECK(s.actors == 3);
  CHECK(s.dyads == 2);
  CHECK(s.positive_dyads == 1);
  CHECK(s.negative_dyads == 1);
  CHECK(s.events == 3);
  REQUIRE(s.per_actor.size() == 3);
  const auto &usa = s.per_actor[2];
  CHECK(usa.code == "USA");
  CHECK(usa.strength == Approx(8.0));
  CHECK(usa.net == Approx(0.0));
  CHECK(usa.pos_degree == 1);
  CHECK(usa.neg_degree == 1);
}

TEST_CASE("regression: the metrics table keeps long actor codes apart from the next column",
          "[summary]") {
  // Issue 18: codes longer than 12 characters ran into the strength column.
  entente::SnapshotBuilder b({.window = {}, .level = entente::Level::actor});
  const auto d = entente::Date::parse("2020-01-01");
  b.add(entente::make_relation(d, "USAGOVMILSPECIAL", "RUSGOVMILNAVY", "036"));
  b.add(entente::make_relation(d, "RUSGOVMILNAVY", "CHN", "112"));
  b.add(entente::make_relation(d, "CHN", "USAGOVMILSPECIAL", "112"));
  auto s = std::move(b).finish({});
  s.metrics = entente::compute_metrics(s);
  const auto table = entente::metrics_table(s.metrics);
  for (const char *code : {"USAGOVMILSPECIAL", "RUSGOVMILNAVY"}) {
    const auto at = table.find(std::string("\n") + code);
    REQUIRE(at != std::string::npos);
    CHECK(table.substr(at + 1 + std::strlen(code), 2) == "  ");
  }
}
