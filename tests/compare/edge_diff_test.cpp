#include "entente/compare/diff_text.hpp"
#include "entente/compare/edge_diff.hpp"
#include "entente/core/error.hpp"

#include <catch2/catch.hpp>

namespace {
entente::Snapshot
build(std::initializer_list<std::tuple<const char *, const char *, const char *>> events,
      entente::Level level = entente::Level::country) {
  entente::SnapshotBuilder b({.window = {}, .level = level});
  for (auto [s, t, code] : events)
    b.add(entente::make_relation(entente::Date::parse("2020-01-01"), s, t, code));
  return std::move(b).finish({});
}
} // namespace

TEST_CASE("added, removed and flipped dyads", "[diff]") {
  const auto a = build({{"USA", "RUS", "112"}, {"USA", "CHN", "036"}, {"FRA", "DEU", "036"}});
  const auto b = build({{"USA", "RUS", "036"}, {"USA", "CHN", "036"}, {"JPN", "CHN", "190"}});
  const auto d = entente::diff_edges(a, b);
  REQUIRE(d.added.size() == 1);
  CHECK(d.added[0].a == "CHN");
  CHECK(d.added[0].b == "JPN");
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed[0].a == "DEU");
  REQUIRE(d.flipped.size() == 1);
  CHECK(d.flipped[0].b == "USA");
  CHECK(d.flipped[0].before == Approx(-2.0));
  CHECK(d.flipped[0].after == Approx(4.0));
  REQUIRE(d.top_changes.size() == 3); // USA-CHN did not change: no "largest change"
  CHECK(d.top_changes[0].a == "CHN"); // JPN-CHN: 0 -> -10
  CHECK(d.top_changes[0].b == "JPN");
}

TEST_CASE("regression: a snapshot against itself has no largest changes", "[diff][issue15]") {
  // Issue 15, item 15: `diff s.json s.json` listed ten "largest changes" of 0.
  const auto a = build({{"USA", "RUS", "112"}, {"USA", "CHN", "036"}, {"FRA", "DEU", "036"}});
  const auto d = entente::diff_edges(a, a);
  CHECK(d.top_changes.empty());
  CHECK(d.added.empty());
  CHECK(d.flipped.empty());
  // A change of 0 among real ones is left out too, whatever --top says.
  const auto b = build({{"USA", "RUS", "036"}, {"USA", "CHN", "036"}, {"FRA", "DEU", "036"}});
  const auto e = entente::diff_edges(a, b, 10);
  REQUIRE(e.top_changes.size() == 1);
  CHECK(e.top_changes[0].b == "USA");
}

TEST_CASE("snapshots at different levels do not compare", "[diff]") {
  CHECK_THROWS_AS(entente::diff_edges(build({}), build({}, entente::Level::actor)), entente::Error);
}

TEST_CASE("regression: the text lists the largest flips and counts the rest", "[diff]") {
  // Issue 18: two GDELT weeks listed 1,607 sign flips A-Z (7,811 lines) and
  // --top did not limit them. Here 12 dyads flip, the larger the later.
  const char *targets[] = {"AFG", "BRA", "CAN", "DEU", "EGY", "FRA",
                           "GBR", "IND", "JPN", "KEN", "MEX", "NGA"};
  entente::SnapshotBuilder before({}), after({});
  const auto day = entente::Date::parse("2020-01-01");
  for (int i = 0; i < 12; ++i) {
    before.add(entente::make_relation(day, "USA", targets[i], "036")); // +4
    for (int k = 0; k <= i; ++k)
      after.add(entente::make_relation(day, "USA", targets[i], "112")); // -2 each
  }
  const auto a = std::move(before).finish({}), b = std::move(after).finish({});
  const auto d = entente::diff_edges(a, b);
  REQUIRE(d.flipped.size() == 12);
  const auto whole = entente::diff_text(a, b, d, entente::TextStyle::plain, 3);
  const auto from = whole.find("Sign flips (12)");
  REQUIRE(from != std::string::npos);
  const auto text = whole.substr(from, whole.find("Largest changes") - from);
  CHECK(text.find("NGA – USA") < text.find("MEX – USA")); // largest first
  CHECK(text.find("KEN – USA") != std::string::npos);
  CHECK(text.find("JPN – USA") == std::string::npos); // the 4th largest is cut
  CHECK(text.find("… and 9 more") != std::string::npos);
}
