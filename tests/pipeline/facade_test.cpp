// The facade (issue 16, item 4): the flow in memory gives what the
// file-reading steps give: relations read once and folded equal a fold of
// the files, a series of windows covers what the windows cover, and the
// steps after the fold (measure, picture, compare) work on those values.
#include "entente/pipeline/flow.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace entente;

namespace {

const std::vector<std::string> relations_file = {
    test::source_path("datasets/relations/gdelt1-georgia-2011-08.jsonl")};

} // namespace

TEST_CASE("issue 16: relations read once fold like the files do", "[pipeline][issue16]") {
  IngestStats loaded, direct;
  const auto relations = load_relations(relations_file, {}, {}, &loaded);
  REQUIRE(!relations.empty());
  const Window first_half{Date::parse("2011-08-01"), Date::parse("2011-08-15")};
  for (const Window w : {Window{}, first_half}) {
    const Snapshot from_memory = fold(relations, {w}, relations_file);
    const Snapshot from_files = snapshot_from_inputs(relations_file, {}, {w}, &direct);
    CHECK(snapshot_to_json(from_memory).dump() == snapshot_to_json(from_files).dump());
    CHECK(loaded.relations == direct.relations);
    CHECK(loaded.relations == relations.size());
  }
}

TEST_CASE("issue 16: fold_windows splits what one fold holds", "[pipeline][issue16]") {
  const auto relations = load_relations(relations_file);
  SeriesOptions weekly;
  weekly.period = parse_period("week");
  const auto weeks = fold_windows(relations, weekly, relations_file);
  REQUIRE(weeks.size() > 1);
  std::int64_t used = 0;
  for (const auto &w : weeks)
    used += static_cast<std::int64_t>(w.fold.used);
  CHECK(used == static_cast<std::int64_t>(fold(relations, {}).fold.used));
}

TEST_CASE("issue 16: measure, picture and compare work on the folded values",
          "[pipeline][issue16]") {
  const auto relations = load_relations(relations_file);
  Snapshot a = fold(relations, {{Date::parse("2011-08-01"), Date::parse("2011-08-15")}});
  Snapshot b = fold(relations, {{Date::parse("2011-08-16"), Date::parse("2011-08-31")}});
  measure(a);
  measure(b);
  CHECK(snapshot_to_json(a).contains("metrics"));
  const std::string svg = picture(a, PictureFormat::svg);
  CHECK(svg.find("<svg") != std::string::npos);
  const SnapshotDiff d = compare(a, b, 5);
  // Every dyad of b is either in a or added, and every dyad of a either
  // in b or removed.
  std::size_t common = 0;
  for (const auto &dyad : a.graph.dyads())
    common += b.graph.dyad(dyad.a, dyad.b) != nullptr;
  CHECK(d.edges.added.size() + common == b.graph.dyad_count());
  CHECK(d.edges.removed.size() + common == a.graph.dyad_count());
}
