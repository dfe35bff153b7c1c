// Typed measures (issue 16, item 3): every field survives JSON both ways,
// the streamed bytes are the DOM's, and a hand-edited "metrics" is refused
// with the file and the field named, never a raw nlohmann exception.
#include "entente/core/error.hpp"
#include "entente/graph/snapshot.hpp"
#include "entente/graph/stored_metrics.hpp"
#include "entente/io/json_writer.hpp"
#include "support/helpers.hpp"
#include "support/sample_metrics.hpp"

#include <catch2/catch.hpp>
#include <functional>
#include <sstream>

using entente::Date;
using nlohmann::json;

namespace {

entente::Snapshot sample() {
  entente::SnapshotBuilder b({});
  b.add(entente::make_relation(Date::parse("2020-05-01"), "GBR", "CHN", "112", 3));
  auto s = std::move(b).finish({"sample"});
  s.metrics = entente::test::sample_metrics();
  return s;
}

// The error of reading the sample snapshot after `edit` of its JSON.
std::string error_of(const std::function<void(json &)> &edit) {
  json j = entente::snapshot_to_json(sample());
  edit(j);
  try {
    (void)entente::snapshot_from_json(j, "s.json");
  } catch (const entente::Error &e) {
    return e.what();
  }
  return "(none)";
}

} // namespace

TEST_CASE("every measure survives a JSON round trip", "[metrics][snapshot]") {
  const auto m = entente::test::sample_metrics();
  const json j = m;
  const auto back = entente::metrics_from_json(j);
  CHECK(back == m);
  CHECK(json(back) == j);
  // A field changed is a different value: equality looks at every member.
  auto other = back;
  other.centrality->actors[1].pagerank_pos = 0.5;
  CHECK_FALSE(other == m);
  // The stored key is the field's name.
  CHECK(j.at("centrality").at("actors").at(1).at("pagerank_pos") == 0.75);
  CHECK_FALSE(j.at("centrality").at("actors").at(1).contains("pagerank"));
}

TEST_CASE("write_metrics streams the bytes of the measures' DOM", "[metrics][snapshot]") {
  auto m = entente::test::sample_metrics();
  auto streamed = [](const entente::Metrics &x) {
    std::ostringstream out;
    entente::JsonWriter w(out);
    entente::write_metrics(w, x);
    w.finish();
    return out.str();
  };
  auto dumped = [](const entente::Metrics &x) {
    return json(x).dump(1, ' ', false, json::error_handler_t::replace);
  };
  CHECK(streamed(m) == dumped(m));
  // Tables left out say why, in the same place.
  m.dyads.reset();
  m.dyads_omitted = "more than 50000 dyads";
  m.alignment.reset();
  m.alignment_omitted = "more than 250 actors; use `entente align A B`";
  m.balance->frustration.frustrated.reset();
  m.seconds = {{"blocs", 0.25}, {"alignment", 1.5}};
  CHECK(streamed(m) == dumped(m));
  CHECK(entente::metrics_from_json(json(m)) == m);
  CHECK(streamed({}) == "{}");
}

TEST_CASE("regression: \"balance\": {} names the file and the field", "[metrics][snapshot]") {
  CHECK(error_of([](json &j) { j["metrics"]["balance"] = json::object(); }) ==
        "s.json: malformed snapshot: metrics.balance.triangles: missing");
}

TEST_CASE("stored measures of the wrong type, missing or unknown are refused",
          "[metrics][snapshot]") {
  CHECK(error_of([](json &j) { j["metrics"]["centrality"]["actors"][0]["pn"] = "high"; }) ==
        "s.json: malformed snapshot: metrics.centrality.actors[0].pn: must be a number, got "
        "\"high\"");
  CHECK(error_of([](json &j) { j["metrics"]["directed"].erase("reciprocity"); }) ==
        "s.json: malformed snapshot: metrics.directed.reciprocity: missing");
  CHECK(error_of([](json &j) { j["metrics"]["summary"]["actors"] = -2; }) ==
        "s.json: malformed snapshot: metrics.summary.actors: must be a count (a whole number >= "
        "0), got -2");
  CHECK(error_of([](json &j) { j["metrics"]["balance"]["walk"]["exact"] = 1; }) ==
        "s.json: malformed snapshot: metrics.balance.walk.exact: must be true or false, got 1");
  CHECK(error_of([](json &j) { j["metrics"] = json::array(); }) ==
        "s.json: malformed snapshot: metrics: must be an object, got []");
  // A key that is no field is refused, so a misspelt one cannot pass.
  CHECK(error_of([](json &j) { j["metrics"]["note"] = "kept?"; })
            .starts_with("s.json: malformed snapshot: metrics.note: unknown key (expected "
                         "alignment, balance"));
  CHECK(error_of([](json &j) {
          auto &a = j["metrics"]["centrality"]["actors"][1];
          a["pagerank"] = a["pagerank_pos"];
          a.erase("pagerank_pos");
        }) == "s.json: malformed snapshot: metrics.centrality.actors[1].pagerank_pos: missing");
  CHECK(error_of([](json &j) { j["metrics"]["centrality"]["actors"][1]["pagerank"] = 1; })
            .starts_with("s.json: malformed snapshot: metrics.centrality.actors[1].pagerank: "
                         "unknown key"));
}

TEST_CASE("stored tables are checked for shape and duplicates", "[metrics][snapshot]") {
  CHECK(error_of([](json &j) { j["metrics"]["alignment"]["s_abs"][1] = json::array({1}); }) ==
        "s.json: malformed snapshot: metrics.alignment.s_abs[1]: has 1 values, expected 2");
  CHECK(error_of([](json &j) { j["metrics"]["alignment"]["kappa_quadratic"].erase(1); }) ==
        "s.json: malformed snapshot: metrics.alignment.kappa_quadratic: has 1 rows, expected one "
        "per actor (2)");
  CHECK(error_of([](json &j) { j["metrics"]["alignment"]["actors"][1] = "CHN"; }) ==
        "s.json: malformed snapshot: metrics.alignment.actors: 'CHN' listed twice");
  CHECK(error_of([](json &j) { j["metrics"]["blocs"]["modularity"]["blocs"][1][0] = "CHN"; }) ==
        "s.json: malformed snapshot: metrics.blocs.modularity.blocs: 'CHN' is in two blocs");
  CHECK(error_of([](json &j) { j["metrics"]["dyads"][0]["quad"] = json::array({1}); }) ==
        "s.json: malformed snapshot: metrics.dyads[0].quad: must hold 4 counts (quad classes "
        "1..4), got [1]");
  CHECK(error_of([](json &j) { j["metrics"]["balance"]["triangles"]["total"] = 3; }) ==
        "s.json: malformed snapshot: metrics.balance.triangles.total: is not +++ + ++- + +-- + "
        "--- = 10");
  // What entente writes in their place reads back.
  CHECK(error_of([](json &j) {
          j["metrics"]["dyads"] = {{"omitted", "more than 50000 dyads"}};
          j["metrics"]["balance"]["frustration"].erase("frustrated");
          j["metrics"]["balance"]["triangles"]["balance"] = nullptr;
        }) == "(none)");
}

TEST_CASE("a streamed snapshot file checks its measures too", "[metrics][snapshot]") {
  entente::test::TempDir dir;
  json j = entente::snapshot_to_json(sample());
  j["metrics"]["balance"] = json::object();
  entente::test::write_file(dir.file("s.json"), j.dump());
  CHECK_THROWS_WITH(entente::load_snapshot(dir.file("s.json")),
                    dir.file("s.json") +
                        ": malformed snapshot: metrics.balance.triangles: missing");
  // A file entente wrote loads back to the same measures and bytes.
  const auto s = sample();
  entente::save_snapshot(s, dir.file("t.json"));
  const auto back = entente::load_snapshot(dir.file("t.json"));
  CHECK(back.metrics == s.metrics);
  CHECK(entente::snapshot_to_string(back) == entente::snapshot_to_string(s));
}

TEST_CASE("issue 18: snapshots saved with the old field names are still read",
          "[metrics][snapshot][issue18]") {
  const auto m = entente::test::sample_metrics();
  REQUIRE(m.dyads);
  REQUIRE(m.summary);
  REQUIRE_FALSE(m.dyads->empty());
  REQUIRE_FALSE(m.summary->per_actor.empty());
  json old = m;
  // Before one name per field, |net| was "weight" in metrics.dyads and the
  // signed degrees "positive"/"negative" in summary.per_actor.
  for (auto &d : old.at("dyads")) {
    d["weight"] = d.at("abs_net");
    d.erase("abs_net");
  }
  for (auto &a : old.at("summary").at("per_actor")) {
    a["positive"] = a.at("pos_degree");
    a["negative"] = a.at("neg_degree");
    a.erase("pos_degree");
    a.erase("neg_degree");
  }
  const auto back = entente::metrics_from_json(old);
  CHECK(back == m);
  CHECK(json(back) == json(m)); // written back with today's names
  // Both names at once is one too many.
  old.at("dyads").at(0)["abs_net"] = 1.0;
  CHECK_THROWS_WITH(entente::metrics_from_json(old), Catch::Contains("abs_net"));
}
