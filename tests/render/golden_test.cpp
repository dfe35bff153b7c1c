// Golden test: the DOT of a small fixed snapshot, byte for byte.
// After an intended change, run scripts/regen_golden.sh and review the diff.
#include "entente/render/picture.hpp"
#include "entente/render/views.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

TEST_CASE("golden: DOT of the small snapshot", "[render][golden]") {
  const auto dir = entente::test::source_path("tests/render/golden/");
  const auto snapshot = entente::load_snapshot(dir + "small.snapshot.json");
  // As `entente render` draws it: blocs and sizes from the stored measures.
  CHECK(entente::snapshot_dot(snapshot, entente::styled_picture(snapshot)) ==
        entente::test::read_file(dir + "small.dot"));
}

TEST_CASE("golden: the small snapshot is what the relations fold into", "[render][golden]") {
  const auto dir = entente::test::source_path("tests/render/golden/");
  entente::test::TempDir tmp;
  const auto r = entente::test::run_entente("snapshot tests/render/golden/small.jsonl -q -o " +
                                            tmp.file("s.json"));
  REQUIRE(r.exit_code == 0);
  auto expected = entente::load_snapshot(dir + "small.snapshot.json");
  auto actual = entente::load_snapshot(tmp.file("s.json"));
  expected.sources = actual.sources = {};
  CHECK(entente::snapshot_to_string(actual) == entente::snapshot_to_string(expected));
}
