#include "entente/compare/snapshot_diff.hpp"
#include "entente/core/error.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {
entente::Snapshot
build(std::initializer_list<std::tuple<const char *, const char *, const char *>> events) {
  entente::SnapshotBuilder b({.window = {}, .level = entente::Level::country});
  for (auto [s, t, code] : events)
    b.add(entente::make_relation(entente::Date::parse("2020-01-01"), s, t, code));
  return std::move(b).finish({});
}
} // namespace

TEST_CASE("bloc migration: matched camps, ARI on the shared actors", "[diff]") {
  // F only before, G only after. Shared A..E: before {0,0,0,1,1}, after
  // {2,2,1,1,1}. After bloc 2 = {A,B} continues before bloc 0; after bloc 1
  // = {C,D,E} overlaps before 1 most (D,E), so only C changed camp.
  // ARI: cells 2,1,2 -> index 2; rows 3,2 -> 4; columns 2,3 -> 4; C(5,2) = 10;
  // expected 1.6, max 4, ARI = 0.4 / 2.4 = 1/6.
  const auto m =
      entente::bloc_migration({{"A", 0}, {"B", 0}, {"C", 0}, {"D", 1}, {"E", 1}, {"F", 1}},
                              {{"A", 2}, {"B", 2}, {"C", 1}, {"D", 1}, {"E", 1}, {"G", 0}});
  CHECK(m.shared == 5);
  CHECK(m.k_before == 2);
  CHECK(m.k_after == 3);
  REQUIRE(m.moved.size() == 1);
  CHECK(m.moved[0].code == "C");
  CHECK(m.moved[0].bloc_before == 0);
  CHECK(m.moved[0].bloc_after == 1);
  CHECK(m.moved[0].camp_after == 1);
  CHECK(m.ari == Approx(1.0 / 6.0));
  CHECK(m.matching == std::map<int, int>{{1, 1}, {2, 0}});
}

TEST_CASE("PageRank rank changes among shared actors", "[diff]") {
  // Shared A, B, C. Ranks before A1 B2 C3, after C1 B2 A3 (D and E are not
  // shared, so E's 0.9 does not push anyone down).
  const auto r = entente::rank_changes({{"A", 0.5}, {"B", 0.3}, {"C", 0.2}, {"D", 0.1}},
                                       {{"A", 0.1}, {"B", 0.3}, {"C", 0.4}, {"E", 0.9}}, 10);
  CHECK(r.shared == 3);
  REQUIRE(r.risers.size() == 1);
  CHECK(r.risers[0].code == "C");
  CHECK(r.risers[0].rank_before == 3);
  CHECK(r.risers[0].rank_after == 1);
  CHECK(r.risers[0].change() == 2);
  REQUIRE(r.fallers.size() == 1);
  CHECK(r.fallers[0].code == "A");
  CHECK(r.fallers[0].change() == -2);
  // Equal scores rank by code.
  const auto t = entente::rank_changes({{"X", 1}, {"Y", 1}}, {{"X", 1}, {"Y", 2}}, 10);
  REQUIRE(t.risers.size() == 1);
  CHECK(t.risers[0].code == "Y");
}

TEST_CASE("alignment shifts: closer and further by the mean change", "[diff]") {
  entente::AlignmentTable a{{"P", "Q", "R"},
                            {{1, 0.5, 0.0}, {0.5, 1, -0.2}, {0.0, -0.2, 1}},
                            {{1, 0.6, 0.2}, {0.6, 1, 0.0}, {0.2, 0.0, 1}}};
  entente::AlignmentTable b{{"P", "Q", "R", "S"},
                            {{1, 0.1, 0.4, 0}, {0.1, 1, -0.2, 0}, {0.4, -0.2, 1, 0}, {0, 0, 0, 1}},
                            {{1, 0.2, 0.4, 0}, {0.2, 1, 0.0, 0}, {0.4, 0.0, 1, 0}, {0, 0, 0, 1}}};
  // P-Q: kappa -0.4, S -0.4 -> -0.4 (further); P-R: +0.4, +0.2 -> +0.3
  // (closer); Q-R unchanged; S is not in A.
  const auto s = entente::alignment_shifts(a, b, 10);
  CHECK(s.pairs == 3);
  REQUIRE(s.closer.size() == 1);
  CHECK(s.closer[0].a == "P");
  CHECK(s.closer[0].b == "R");
  CHECK(s.closer[0].change() == Approx(0.3));
  REQUIRE(s.further.size() == 1);
  CHECK(s.further[0].b == "Q");
  CHECK(s.further[0].change() == Approx(-0.4));
}

TEST_CASE("a full diff computes missing measures", "[diff]") {
  const auto a = build({{"USA", "RUS", "112"},
                        {"USA", "CHN", "036"},
                        {"RUS", "CHN", "036"},
                        {"FRA", "DEU", "036"},
                        {"FRA", "USA", "036"}});
  const auto b = build({{"USA", "RUS", "036"},
                        {"USA", "CHN", "190"},
                        {"RUS", "CHN", "036"},
                        {"FRA", "DEU", "036"},
                        {"DEU", "RUS", "112"}});
  REQUIRE(a.metrics.empty());
  const auto d = entente::diff_snapshots(a, b);
  CHECK(d.blocs.shared == 5);
  CHECK(d.ranks.shared == 5);
  CHECK(d.alignment.pairs == 10);
  CHECK(d.alignment.omitted.empty());
  REQUIRE(d.balance.size() == 4);
  CHECK(d.balance[2].name == "frustration_L");
  CHECK(d.balance[2].before.has_value());
  const nlohmann::json j = d;
  for (const char *key :
       {"flipped", "alignment_shifts", "bloc_migrations", "balance", "centrality_ranks"})
    CHECK(j.contains(key));
  CHECK(j["bloc_migrations"]["shared_actors"] == 5);
}

TEST_CASE("different versions or levels do not compare", "[diff]") {
  const nlohmann::json v1 = {{"version", 1}, {"level", "country"}};
  const nlohmann::json v2 = {{"version", 2}, {"level", "country"}};
  const nlohmann::json actor = {{"version", 1}, {"level", "actor"}};
  CHECK_NOTHROW(entente::check_comparable(v1, "a.json", v1, "b.json"));
  CHECK_THROWS_WITH(entente::check_comparable(v1, "a.json", v2, "b.json"),
                    Catch::Contains("a.json has version 1") &&
                        Catch::Contains("b.json has version 2"));
  CHECK_THROWS_WITH(entente::check_comparable(v1, "a.json", actor, "b.json"),
                    Catch::Contains("level \"country\"") && Catch::Contains("level \"actor\""));
}
