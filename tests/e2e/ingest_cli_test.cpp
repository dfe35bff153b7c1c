// entente snapshot / load on event files, end to end through the binary.
#include "entente/graph/snapshot.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace entente;

TEST_CASE("snapshot on the GDELT 1.0 and ICEWS samples") {
  test::TempDir dir;
  auto r = test::run_entente("snapshot datasets/events/gdelt1-georgia-2011-08.tsv -o " +
                             dir.file("g.json"));
  REQUIRE(r.exit_code == 0);
  // Counts: tests/ingest/samples_test.cpp (independent awk over the samples).
  CHECK_THAT(r.output, Catch::Contains("77 actors, 107 dyads"));
  CHECK(load_snapshot(dir.file("g.json")).graph.dyad_count() == 107);
  r = test::run_entente("snapshot datasets/events/icews-2018-06-01_02.tab -o " +
                        dir.file("i.json"));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("154 actors, 337 dyads"));
}

TEST_CASE("snapshot --split writes one file per window") {
  test::TempDir dir;
  const auto r = test::run_entente("snapshot datasets/events/gdelt1-georgia-2011-08.tsv "
                                   "--split 2011-08-16 -q -o " +
                                   dir.file("s.json"));
  REQUIRE(r.exit_code == 0);
  const auto a = load_snapshot(dir.file("s.A.json")), b = load_snapshot(dir.file("s.B.json"));
  CHECK(a.fold.used + b.fold.used == 417);
  CHECK(a.window.to->to_string() == "2011-08-15");
  CHECK(b.window.from->to_string() == "2011-08-16");
}

TEST_CASE("a broken row is reported with file:line and counted, and --strict exits 1") {
  test::TempDir dir;
  const auto text =
      test::read_file(test::source_path("datasets/events/gdelt1-georgia-2011-08.tsv"));
  // Cut the 3rd line short (wrong column count).
  std::size_t p = 0;
  for (int i = 0; i < 2; ++i)
    p = text.find('\n', p) + 1;
  const std::string broken = text.substr(0, p) + "12345\t20110801\tx\n" + text.substr(p);
  test::write_file(dir.file("broken.tsv"), broken);
  auto r = test::run_entente("snapshot " + dir.file("broken.tsv") + " -o " + dir.file("b.json"));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("broken.tsv:3: columns: expected 57 or 58 columns, got 3"));
  CHECK_THAT(r.output, Catch::Contains("1 bad row skipped: columns 1"));
  r = test::run_entente("snapshot " + dir.file("broken.tsv") + " --strict -o " +
                        dir.file("c.json"));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("broken.tsv:3: columns"));
  CHECK_FALSE(std::filesystem::exists(dir.file("c.json")));
}

TEST_CASE("load converts events to relations JSONL that snapshots the same") {
  test::TempDir dir;
  auto r = test::run_entente("load datasets/events/gdelt1-georgia-2011-08.tsv -o " +
                             dir.file("r.jsonl"));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("wrote 711 relations")); // self-loops too
  r = test::run_entente("snapshot " + dir.file("r.jsonl") + " -q -o " + dir.file("s.json"));
  REQUIRE(r.exit_code == 0);
  const auto s = load_snapshot(dir.file("s.json"));
  CHECK(s.graph.dyad_count() == 107);
  // stdin works too
  r = test::run_entente("load - --format icews --quiet < datasets/events/icews-2018-06-01_02.tab"
                        " | wc -l");
  // header + 3547 relations: self-loops too (1598 within one country), as
  // from the file; the fold, not load, drops them
  CHECK_THAT(r.output, Catch::Contains("3548"));
}
