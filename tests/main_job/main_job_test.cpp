// The main job's output (`entente run` on datasets/, run once by ctest as
// the fixture "main_job" into ENTENTE_MAIN_JOB_DIR): every file it promises,
// pictures that say truthfully what they drew, and the same bytes when a
// part of it is made again.
#include "entente/graph/snapshot.hpp"
#include "entente/render/graphviz.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

using entente::test::read_file;
using entente::test::run_entente;
using entente::test::TempDir;

namespace {

std::string output(const std::string &name) {
  return std::string(ENTENTE_MAIN_JOB_DIR) + "/" + name;
}

struct DotCounts {
  std::size_t nodes = 0, edges = 0;
};

DotCounts dot_counts(const std::string &dot) {
  auto lock = entente::graphviz_lock();
  const auto g = entente::CGraph::parse_dot(dot);
  return {static_cast<std::size_t>(agnnodes(g.get())), static_cast<std::size_t>(agnedges(g.get()))};
}

// "73 of 105 dyads (...); 71 of 72 actors" from a picture's caption.
std::smatch caption_counts(const std::string &text) {
  static const std::regex counts(
      R"(([\d,]+) of ([\d,]+) dyads [^;]*; ([\d,]+) of ([\d,]+) actors)");
  std::smatch m;
  std::regex_search(text, m, counts);
  return m;
}

std::size_t number(const std::string &s) {
  std::string digits;
  for (char c : s)
    if (c != ',')
      digits += c;
  return std::stoul(digits);
}

} // namespace

TEST_CASE("the main job turns datasets/ into snapshot, DOT, SVG and PNG", "[main-job]") {
  const auto base = output("gdelt1-georgia-2011-08");
  // The snapshot: real counts from the GDELT 1.0 sample. 711 rows have a
  // country or an organisation on both sides and no region; 294 of them are
  // domestic (tests/ingest/gdelt1_nodes.awk on the source file).
  const auto snapshot = entente::load_snapshot(base + ".json");
  CHECK(snapshot.fold.relations == 711);
  CHECK(snapshot.fold.self == 294);
  CHECK(snapshot.fold.used == 417);
  CHECK(entente::snapshot_to_string(snapshot) == read_file(base + ".json"));

  // The DOT parses back with Graphviz and draws what its caption says.
  const auto dot = read_file(base + ".dot");
  const auto counts = dot_counts(dot);
  const auto m = caption_counts(dot);
  REQUIRE(m.size() == 5);
  CHECK(number(m[1]) == counts.edges);
  CHECK(number(m[2]) == snapshot.graph.dyad_count());
  CHECK(number(m[3]) == counts.nodes);
  CHECK(number(m[4]) == snapshot.graph.actor_count());
  CHECK(counts.edges < snapshot.graph.dyad_count()); // a backbone, not every dyad
  // The SVG is well-formed XML, the PNG a PNG.
  CHECK(std::system(("xmllint --noout '" + base + ".svg'").c_str()) == 0);
  CHECK(read_file(base + ".png").substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_CASE("every picture kind of the main job is there and well formed", "[main-job]") {
  for (const char *svg : {"cow_1996-1999.svg", "cow-timeline.svg", "timeline-weekly.svg",
                          "compare/diff.svg", "compare/first-half.svg"})
    CHECK(std::system(("xmllint --noout '" + output(svg) + "'").c_str()) == 0);
  CHECK(read_file(output("compare/diff.png")).substr(0, 4) == "\x89PNG");
  // Regression: the titles of undated snapshots said "entente: no events".
  const auto cow = read_file(output("cow_1996-1999.svg"));
  CHECK(cow.find("no events") == std::string::npos);
  CHECK(cow.find("1,247 of 1,247 dyads (every dyad: all weights are equal)") != std::string::npos);
  // Regression: timeline paths held only moves ("M x,y M x,y ..."), no lines.
  const auto timeline = read_file(output("cow-timeline.svg"));
  static const std::regex drawn(R"(<path d="M[\d.]+,[\d.]+ L)");
  CHECK(std::regex_search(timeline, drawn));
}

TEST_CASE("the report holds every snapshot, the comparison and the timelines", "[main-job]") {
  const auto report = read_file(output("report.html"));
  CHECK(report.find("(Cohen&#39;s κ, quadratic weights)") != std::string::npos);
  CHECK(report.find("Changes: 2011-08-first-half") != std::string::npos);
  CHECK(report.find("Timeline: cow-timeline") != std::string::npos);
  CHECK(report.find("size = PageRank") == std::string::npos);
  CHECK(report.find("node size: PageRank of cooperation ties") != std::string::npos);
  CHECK(read_file(output("compare/diff.txt")).find("Sign flips") != std::string::npos);
}

// Running again gives byte-identical JSON and DOT: the same snapshot and
// picture made by the standalone commands from the same input.
TEST_CASE("a snapshot and picture of the main job are made again byte for byte", "[main-job]") {
  TempDir dir;
  const auto input = entente::test::source_path("datasets/relations/gdelt1-georgia-2011-08.jsonl");
  REQUIRE(run_entente("snapshot '" + input + "' -q -o " + dir.file("g.json")).exit_code == 0);
  CHECK(read_file(dir.file("g.json")) == read_file(output("gdelt1-georgia-2011-08.json")));
  REQUIRE(run_entente("render " + dir.file("g.json") + " -q -o " + dir.file("g.dot")).exit_code ==
          0);
  CHECK(read_file(dir.file("g.dot")) == read_file(output("gdelt1-georgia-2011-08.dot")));
}
