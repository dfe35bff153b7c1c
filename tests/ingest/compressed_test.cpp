// .gz and .zip inputs are read transparently (fixtures written with zlib
// and libzip by support/archives.hpp), and a zipped GDELT 2.0 export gives the same graph as the
// GDELT 1.0 rows it was made from.
#include "entente/core/text.hpp"
#include "entente/ingest/event_fold.hpp"
#include "samples.hpp"
#include "support/archives.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <optional>

using namespace entente;
using test::find_dyad;

namespace {

// GDELT 1.0 rows (58 columns) in GDELT 2.0 layout (61): an ADM2Code after
// each of the three ADM1Code columns, DATEADDED with a time.
std::string to_gdelt2(const std::string &text) {
  std::string out;
  for (auto line : detail::split(text, '\n')) {
    if (line.empty())
      continue;
    auto f = detail::split(line, '\t');
    std::vector<std::string> g(f.begin(), f.end());
    g.insert(g.begin() + 53, "");
    g.insert(g.begin() + 46, "");
    g.insert(g.begin() + 39, "");
    g[59] = g[59] + "000000";
    for (std::size_t i = 0; i < g.size(); ++i)
      out += (i ? "\t" : "") + g[i];
    out += "\n";
  }
  return out;
}

std::string fold_text(const std::string &path) {
  auto f = fold_snapshots({path}, {}, {Window{}});
  auto &s = f.snapshots[0];
  s.sources = {"x"}; // compare graphs, not names
  return snapshot_to_string(s);
}

} // namespace

TEST_CASE("gzip and zip inputs give the same snapshot as the plain file") {
  test::TempDir dir;
  const auto text = test::read_file(test::gdelt1_sample);
  test::write_gzip(dir.file("events.tsv.gz"), text);
  test::write_zip(dir.file("events.zip"), "events.tsv", text);
  const auto plain = fold_text(test::gdelt1_sample);
  CHECK(fold_text(dir.file("events.tsv.gz")) == plain);
  CHECK(fold_text(dir.file("events.zip")) == plain);
  // A truncated gzip stream is an error, not a silent short read.
  const auto gz = test::read_file(dir.file("events.tsv.gz"));
  test::write_file(dir.file("cut.tsv.gz"), gz.substr(0, gz.size() / 2));
  CHECK_THROWS(fold_snapshots({dir.file("cut.tsv.gz")}, {}, {Window{}}));
}

TEST_CASE("a zipped GDELT 2.0 export is detected and folded") {
  test::TempDir dir;
  const auto text = to_gdelt2(test::read_file(test::gdelt1_sample));
  test::write_zip(dir.file("20110801.export.CSV.zip"), "20110801.export.CSV", text);
  auto f = fold_snapshots({dir.file("20110801.export.CSV.zip")}, {}, {Window{}});
  const auto &s = f.snapshots[0];
  CHECK(f.stats.rows == 5894);
  CHECK(f.stats.bad_rows() == 0);
  CHECK(s.graph.dyad_count() == 107); // as the GDELT 1.0 sample (samples_test.cpp)
  CHECK(s.fold.used == 417);
  // Forcing the wrong format counts every row as a column-count problem.
  InputOptions wrong;
  wrong.format = InputFormat::gdelt1;
  auto g = fold_snapshots({dir.file("20110801.export.CSV.zip")}, wrong, {Window{}});
  CHECK(g.stats.skipped.at("columns") == 5894);
}

TEST_CASE("CSV edge lists: signed weights, optional dates, header") {
  test::TempDir dir;
  test::write_file(dir.file("edges.csv"), "source,target,weight,date\n"
                                          "USA,RUS,-2.5,2020-05-01\n"
                                          "RUS,USA,1,2020-05-02\n"
                                          "USAGOV,CHN,3,20200503\n"
                                          "CHN,CHN,4,2020-05-03\n"
                                          "USA,RUS,x,2020-05-04\n");
  auto f = fold_snapshots({dir.file("edges.csv")}, {}, {Window{}});
  const auto &s = f.snapshots[0];
  CHECK(f.stats.skipped.at("number") == 1);
  CHECK(s.fold.self == 1);
  const auto ur = find_dyad(s, "RUS", "USA");
  REQUIRE(ur);
  CHECK(ur->total().net == Approx(-1.5));
  CHECK(ur->total().weight == Approx(3.5));
  CHECK(ur->total().events == 2);
  REQUIRE(find_dyad(s, "CHN", "USA")); // USAGOV folded to its country
  CHECK(s.last_event->to_string() == "2020-05-03");
}
