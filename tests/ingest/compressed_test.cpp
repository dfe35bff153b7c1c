// .gz and .zip inputs are read transparently (fixtures made here with zlib
// and libzip), and a zipped GDELT 2.0 export gives the same graph as the
// GDELT 1.0 rows it was made from.
#include "entente/core/text.hpp"
#include "entente/ingest/event_fold.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <zip.h>
#include <zlib.h>

using namespace entente;

namespace {

// The dyad a-b through the sorted view (SignedGraph::dyad()'s index does not
// survive copies of the graph, see the report of issue 4).
std::optional<DyadEdge> find_dyad(const Snapshot &s, const std::string &a, const std::string &b) {
  for (const auto &d : s.graph.dyads())
    if ((d.a == a && d.b == b) || (d.a == b && d.b == a))
      return d.edge();
  return std::nullopt;
}

const std::string gdelt1 = test::source_path("datasets/events/gdelt1-georgia-2011-08.tsv");

void write_gz(const std::string &path, const std::string &text) {
  gzFile f = gzopen(path.c_str(), "wb");
  REQUIRE(f);
  REQUIRE(gzwrite(f, text.data(), static_cast<unsigned>(text.size())) ==
          static_cast<int>(text.size()));
  REQUIRE(gzclose(f) == Z_OK);
}

void write_zip(const std::string &path, const std::string &entry, const std::string &text) {
  int err = 0;
  zip_t *z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  zip_source_t *src = zip_source_buffer(z, text.data(), text.size(), 0);
  REQUIRE(src);
  REQUIRE(zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(z) == 0);
}

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
  const auto text = test::read_file(gdelt1);
  write_gz(dir.file("events.tsv.gz"), text);
  write_zip(dir.file("events.zip"), "events.tsv", text);
  const auto plain = fold_text(gdelt1);
  CHECK(fold_text(dir.file("events.tsv.gz")) == plain);
  CHECK(fold_text(dir.file("events.zip")) == plain);
  // A truncated gzip stream is an error, not a silent short read.
  const auto gz = test::read_file(dir.file("events.tsv.gz"));
  test::write_file(dir.file("cut.tsv.gz"), gz.substr(0, gz.size() / 2));
  CHECK_THROWS(fold_snapshots({dir.file("cut.tsv.gz")}, {}, {Window{}}));
}

TEST_CASE("a zipped GDELT 2.0 export is detected and folded") {
  test::TempDir dir;
  const auto text = to_gdelt2(test::read_file(gdelt1));
  write_zip(dir.file("20110801.export.CSV.zip"), "20110801.export.CSV", text);
  auto f = fold_snapshots({dir.file("20110801.export.CSV.zip")}, {}, {Window{}});
  const auto &s = f.snapshots[0];
  CHECK(f.stats.rows == 5894);
  CHECK(f.stats.bad_rows() == 0);
  CHECK(s.graph.dyad_count() == 105);
  CHECK(s.fold.used == 419);
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
