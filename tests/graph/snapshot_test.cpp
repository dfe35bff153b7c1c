#include "entente/core/error.hpp"
#include "entente/graph/snapshot.hpp"
#include "support/sample_metrics.hpp"

#include <catch2/catch.hpp>
#include <memory>

using entente::Date;
using entente::Relation;

namespace {
Relation rel(const char *date, const char *s, const char *t, const char *code, double w = 1) {
  return entente::make_relation(Date::parse(date), s, t, code, w);
}

entente::Snapshot sample(entente::SnapshotOptions options = {}) {
  entente::SnapshotBuilder b(options);
  b.add(rel("2020-05-01", "USAGOV", "RUS", "036"));    // +4.0
  b.add(rel("2020-05-02", "RUS", "USA", "057", 2));    // +8.0 x2
  b.add(rel("2020-05-03", "USA", "CHN", "112"));       // -2.0
  b.add(rel("2020-05-04", "GBR", "CHN", "112", 3));    // -2.0 x3
  b.add(rel("2020-05-05", "USAGOV", "USAMIL", "042")); // self at country level
  b.add(rel("2020-06-01", "JPN", "CHN", "112"));       // outside May
  return std::move(b).finish({"sample"});
}
} // namespace

TEST_CASE("events fold into dyads with both directions", "[snapshot]") {
  entente::SnapshotOptions o;
  o.window = {Date::parse("2020-05-01"), Date::parse("2020-05-31")};
  const auto s = sample(o);
  CHECK(s.fold.relations == 6);
  CHECK(s.fold.used == 4);
  CHECK(s.fold.self == 1);
  CHECK(s.fold.outside_window == 1);
  CHECK(s.graph.actor_count() == 4);
  const auto *d = s.graph.dyad("RUS", "USA");
  REQUIRE(d);
  CHECK(d->forward.events == 1); // RUS -> USA (RUS < USA)
  CHECK(d->forward.net == Approx(16.0));
  CHECK(d->backward.net == Approx(4.0));
  CHECK(d->total().net == Approx(20.0));
  CHECK(d->total().weight == Approx(3.0));
  CHECK(d->total().quad == std::array<std::int64_t, 4>{2, 0, 0, 0});
  CHECK(d->sign() == 1);
  const auto *c = s.graph.dyad("CHN", "GBR");
  REQUIRE(c);
  CHECK(c->total().conflict == Approx(-6.0));
  CHECK(c->total().coop == 0);
  CHECK(c->total().quad[2] == 1);
  CHECK(c->sign() == -1);
  CHECK(*s.first_event == Date::parse("2020-05-01"));
  CHECK(*s.last_event == Date::parse("2020-05-04"));
}

TEST_CASE("actor level keeps full codes", "[snapshot]") {
  entente::SnapshotOptions o;
  o.level = entente::Level::actor;
  const auto s = sample(o);
  CHECK(s.graph.dyad("USAGOV", "USAMIL"));
  CHECK(s.fold.self == 0);
}

TEST_CASE("dyads are listed in sorted order", "[snapshot]") {
  const auto s = sample();
  std::vector<std::string> keys;
  for (const auto &d : s.graph.dyads())
    keys.push_back(d.a + "-" + d.b);
  CHECK(keys == std::vector<std::string>{"CHN-GBR", "CHN-JPN", "CHN-USA", "RUS-USA"});
}

TEST_CASE("a snapshot survives a JSON round trip byte for byte", "[snapshot]") {
  auto s = sample();
  s.metrics = entente::test::sample_metrics();
  const std::string text = entente::snapshot_to_string(s);
  const auto back = entente::snapshot_from_json(nlohmann::json::parse(text), "t");
  CHECK(entente::snapshot_to_string(back) == text);
  CHECK(back.metrics == s.metrics);
  CHECK(back.graph.dyad("RUS", "USA")->total().net == Approx(20.0));
}

TEST_CASE("foreign or future snapshots are clear errors", "[snapshot]") {
  auto j = entente::snapshot_to_json(sample());
  j["version"] = 99;
  CHECK_THROWS_WITH(entente::snapshot_from_json(j, "s.json"),
                    Catch::Contains("unsupported snapshot version 99"));
  CHECK_THROWS_WITH(entente::snapshot_from_json(nlohmann::json::object(), "s.json"),
                    Catch::Contains("not an entente snapshot"));
  j = entente::snapshot_to_json(sample());
  j["dyads"][0]["a"] = "ZZZ";
  CHECK_THROWS_WITH(entente::snapshot_from_json(j, "s.json"),
                    Catch::Contains("malformed snapshot"));
  j = entente::snapshot_to_json(sample());
  j["dyads"].push_back(j["dyads"][0]);
  CHECK_THROWS_WITH(entente::snapshot_from_json(j, "s.json"), Catch::Contains("listed twice"));
}

// Regression (found by ASan): copying or moving a SignedGraph kept edge
// descriptors that pointed into the source graph's storage, so dyad() read
// freed memory once the source was gone.
TEST_CASE("regression: copied and moved graphs own their dyad lookups", "[snapshot][regression]") {
  auto original = std::make_unique<entente::SignedGraph>();
  entente::DyadStats one;
  one.events = 1;
  one.net = one.coop = one.weight = 4.0; // "036", Goldstein +4
  original->add_stats("USA", "RUS", one);
  entente::SignedGraph copy = *original;
  entente::SignedGraph moved = std::move(*original);
  original.reset();
  REQUIRE(copy.dyad("RUS", "USA"));
  CHECK(copy.dyad("RUS", "USA")->total().net == Approx(4.0));
  REQUIRE(moved.dyad("RUS", "USA"));
  CHECK(moved.dyad("RUS", "USA")->total().events == 1);
  entente::SignedGraph assigned;
  assigned = copy;
  copy = entente::SignedGraph();
  REQUIRE(assigned.dyad("USA", "RUS"));
  CHECK(assigned.dyad("USA", "RUS")->total().net == Approx(4.0));
}

TEST_CASE("write_snapshot streams the bytes of the DOM's dump", "[snapshot]") {
  auto s = sample();
  // Names that need escaping, and measures with the two tables streamed.
  s.graph.set_name(*s.graph.find("GBR"), "Name \"quoted\" \\ <b>&amp;</b>\n{}");
  s.metrics = entente::test::sample_metrics();
  const std::string expected =
      entente::snapshot_to_json(s).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) +
      "\n";
  CHECK(entente::snapshot_to_string(s) == expected);
  s.metrics = {};
  s.first_event.reset();
  s.window = {Date::parse("2020-05-01"), {}};
  CHECK(entente::snapshot_to_string(s) ==
        entente::snapshot_to_json(s).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) +
            "\n");
}
