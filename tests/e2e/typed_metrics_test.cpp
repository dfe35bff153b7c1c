// Issue 16, item 3: a hand-edited snapshot whose "metrics" is wrong is
// refused by every command that reads it, with the file and the field named
// and exit 1, never a raw nlohmann exception ("[json.exception.type_error.306]"
// from `entente report` on "balance": {}).
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using entente::test::read_file;
using entente::test::run_entente;
using entente::test::TempDir;
using entente::test::write_file;
using nlohmann::json;

namespace {

// Every reading command on `bad`, with a good snapshot beside it for diff.
void refused_everywhere(const TempDir &dir, const std::string &bad, const std::string &message) {
  const std::string good = dir.file("a.json");
  for (const std::string &args :
       {"report " + bad + " -o " + dir.file("r.html"), "render " + bad + " -o " + dir.file("r.svg"),
        "diff " + good + " " + bad, "metrics " + bad, "export " + bad + " -o " + dir.file("x.csv"),
        "timeline " + good + " " + bad}) {
    INFO(args);
    const auto r = run_entente(args);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(bad + ": malformed snapshot: " + message) != std::string::npos);
    CHECK(r.output.find("json.exception") == std::string::npos);
  }
}

} // namespace

TEST_CASE("regression: hand-edited metrics are refused by every command, naming the field",
          "[e2e][issue16]") {
  TempDir dir;
  REQUIRE(
      run_entente("snapshot datasets/events/gdelt1-georgia-2011-08.tsv -q -o " + dir.file("a.json"))
          .exit_code == 0);
  const auto saved = json::parse(read_file(dir.file("a.json")));

  auto j = saved;
  j["metrics"]["balance"] = json::object();
  write_file(dir.file("b.json"), j.dump(1));
  refused_everywhere(dir, dir.file("b.json"), "metrics.balance.triangles: missing");

  j = saved;
  j["metrics"]["blocs"]["modularity"]["Q"] = "high";
  write_file(dir.file("t.json"), j.dump(1));
  refused_everywhere(dir, dir.file("t.json"),
                     "metrics.blocs.modularity.Q: must be a number, got \"high\"");

  j = saved;
  j["metrics"]["centrality"]["actors"][0]["pagerank"] = 0.5;
  write_file(dir.file("k.json"), j.dump(1));
  refused_everywhere(dir, dir.file("k.json"), "metrics.centrality.actors[0].pagerank: unknown key");
}

TEST_CASE("a snapshot saved by entente reads back and saves to the same bytes", "[e2e][issue16]") {
  TempDir dir;
  REQUIRE(
      run_entente("snapshot datasets/events/gdelt1-georgia-2011-08.tsv -q -o " + dir.file("a.json"))
          .exit_code == 0);
  // metrics -o re-measures and saves: the same measures, the same bytes.
  REQUIRE(
      run_entente("metrics -q " + dir.file("a.json") + " --save " + dir.file("m.json")).exit_code ==
      0);
  CHECK(read_file(dir.file("m.json")) == read_file(dir.file("a.json")));
  // --json prints what the file stores under "metrics".
  const auto r = run_entente("metrics -q --json " + dir.file("a.json"));
  REQUIRE(r.exit_code == 0);
  CHECK(json::parse(r.output) == json::parse(read_file(dir.file("a.json"))).at("metrics"));
}
