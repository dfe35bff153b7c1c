// Reading snapshots (issue 15, items 4 and 8): hand-edited files are
// checked field by field, streamed files load the same as DOMs, and what
// entente writes reads back whatever its size.
#include "entente/core/error.hpp"
#include "entente/graph/snapshot.hpp"
#include "support/helpers.hpp"
#include "support/sample_metrics.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <functional>

using entente::Date;
using nlohmann::json;

namespace {

entente::Snapshot sample() {
  entente::SnapshotBuilder b({});
  b.add(entente::make_relation(Date::parse("2020-05-01"), "USA", "RUS", "036"));
  b.add(entente::make_relation(Date::parse("2020-05-02"), "RUS", "USA", "057", 2));
  b.add(entente::make_relation(Date::parse("2020-05-03"), "USA", "CHN", "112"));
  return std::move(b).finish({"sample"});
}

// The error of loading `j` after `edit`, through the DOM and the stream.
std::vector<std::string> errors_of(const std::function<void(json &)> &edit) {
  json j = entente::snapshot_to_json(sample());
  edit(j);
  std::vector<std::string> out;
  try {
    (void)entente::snapshot_from_json(j, "s.json");
    out.emplace_back("(none)");
  } catch (const entente::Error &e) {
    out.emplace_back(e.what());
  }
  entente::test::TempDir dir;
  entente::test::write_file(dir.file("s.json"), j.dump(1));
  try {
    (void)entente::load_snapshot(dir.file("s.json"));
    out.emplace_back("(none)");
  } catch (const entente::Error &e) {
    out.emplace_back(e.what());
  }
  return out;
}

} // namespace

TEST_CASE("regression: hand-edited snapshots are refused with the field named",
          "[snapshot][issue15]") {
  struct Case {
    const char *name;
    std::function<void(json &)> edit;
    const char *message;
  };
  const std::vector<Case> cases = {
      {"total that is not the sum of the directions",
       [](json &j) { j["dyads"][0]["total"]["weight"] = 100; },
       "dyads[0] (CHN-USA): total.weight 100.0 is not a_to_b.weight + b_to_a.weight = 1.0"},
      {"total events", [](json &j) { j["dyads"][1]["total"]["events"] = 7; },
       "dyads[1] (RUS-USA): total.events 7 is not a_to_b.events + b_to_a.events = 2"},
      {"duplicate actor", [](json &j) { j["actors"].push_back(j["actors"][1]); },
       "actors[3]: 'RUS' listed twice"},
      {"negative event count", [](json &j) { j["dyads"][0]["a_to_b"]["events"] = -1; },
       "dyads[0] (CHN-USA): a_to_b.events: must be a count"},
      {"negative quad count", [](json &j) { j["dyads"][0]["b_to_a"]["quad"][3] = -2; },
       "b_to_a.quad[3]: must be a count"},
      {"quad counts past events", [](json &j) { j["dyads"][0]["b_to_a"]["quad"][0] = 5; },
       "more than events"},
      {"dyads as an object", [](json &j) { j["dyads"] = json::object(); },
       "dyads: must be an array"},
      {"actors missing", [](json &j) { j.erase("actors"); }, "actors: missing"},
      {"control character in a name", [](json &j) { j["actors"][0]["name"] = "China\n"; },
       "actors[0].name: 'China\n': "},
      {"control character in a code", [](json &j) { j["actors"][0]["code"] = "C\x01HN"; },
       "actors[0].code"},
      {"negative fold count", [](json &j) { j["fold"]["used"] = -1; },
       "fold.used: must be a count"},
      {"fold parts that do not add up", [](json &j) { j["fold"]["used"] = 99; },
       "fold: used + outside_window + self + left_out is not relations"},
      {"unknown level", [](json &j) { j["level"] = "planet"; }, "level: must be"},
      {"a dyad of an unlisted actor", [](json &j) { j["dyads"][0]["a"] = "AAA"; },
       "'AAA' is not among the actors"},
      {"a dyad in the wrong order",
       [](json &j) { std::swap(j["dyads"][0]["a"], j["dyads"][0]["b"]); }, "a must sort before b"},
      {"negative weight",
       [](json &j) {
         j["dyads"][0]["a_to_b"]["weight"] = -1;
         j["dyads"][0]["total"]["weight"] = 0;
       },
       "a_to_b: coop and weight must be >= 0"},
  };
  for (const auto &c : cases) {
    INFO(c.name);
    for (const auto &e : errors_of(c.edit)) {
      INFO(e);
      CHECK(e.find("s.json: malformed snapshot: ") != std::string::npos);
      CHECK(e.find(c.message) != std::string::npos);
    }
  }
  // The sample itself passes both ways.
  for (const auto &e : errors_of([](json &) {}))
    CHECK(e == "(none)");
}

TEST_CASE("a snapshot streamed from a file loads as its DOM does", "[snapshot][issue15]") {
  auto s = sample();
  s.metrics = entente::test::sample_metrics();
  const std::string text = entente::snapshot_to_string(s);
  entente::test::TempDir dir;
  entente::test::write_file(dir.file("s.json"), text);
  const auto streamed = entente::load_snapshot(dir.file("s.json"));
  CHECK(entente::snapshot_to_string(streamed) == text);
  // Format and version are judged before the body: a future version says so.
  auto j = json::parse(text);
  j["version"] = 7;
  j["dyads"][0]["total"]["events"] = -5;
  entente::test::write_file(dir.file("v.json"), j.dump());
  CHECK_THROWS_WITH(entente::load_snapshot(dir.file("v.json")),
                    Catch::Contains("unsupported snapshot version 7"));
  // Another JSON file is no snapshot, whatever its arrays hold.
  entente::test::write_file(dir.file("o.json"), R"({"actors":[1,2],"dyads":[3]})");
  CHECK_THROWS_WITH(entente::load_snapshot(dir.file("o.json")),
                    Catch::Contains("not an entente snapshot"));
}

TEST_CASE("a snapshot's head members are bounded, its arrays are not", "[snapshot][issue15]") {
  // The metrics (and other members kept as a DOM) may take 64 MiB of text,
  // even as one string token; actors and dyads stream, so their size is
  // only the graph's.
  entente::test::TempDir dir;
  auto j = entente::snapshot_to_json(sample());
  j["metrics"] = {{"padding", "@"}};
  const std::string text = j.dump();
  const auto at = text.find('@');
  std::ofstream out(dir.file("big.json"), std::ios::binary);
  out << text.substr(0, at);
  const std::string block(1 << 20, 'x');
  for (int i = 0; i < 65; ++i)
    out << block;
  out << text.substr(at + 1);
  out.close();
  CHECK_THROWS_WITH(entente::load_snapshot(dir.file("big.json")),
                    Catch::Contains("member \"metrics\" takes more than 64 MiB"));
}
