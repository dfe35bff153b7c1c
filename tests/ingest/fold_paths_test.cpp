// The same answer by every path (issue 16): event rows folded straight from
// the parser (fold_snapshots, fold_series) and the same inputs read as
// relations (read_inputs) and folded by SnapshotBuilder / SeriesBuilder give
// byte-identical snapshots, fold counts included, on the shipped samples and
// on generated GDELT and edge-list files, at both levels, for a fixed
// window, --split windows, calendar series and sliding windows, on one
// thread and on two.
#include "entente/graph/fold.hpp"
#include "entente/graph/series.hpp"
#include "entente/ingest/event_fold.hpp"
#include "ingest/samples.hpp"
#include "support/generated_events.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

using namespace entente;
using entente::test::generated_gdelt;
using entente::test::Lcg;

namespace {

// A dated CSV edge list with signed fractional weights (six decimals).
std::string generated_edges(std::size_t rows, unsigned seed) {
  static const char *names[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta"};
  Lcg rng{seed};
  std::string out = "source,target,weight,date\n";
  for (std::size_t i = 0; i < rows; ++i) {
    const auto micro_units = static_cast<long>(rng.below(20000000)) - 10000000;
    char w[32];
    std::snprintf(w, sizeof w, "%s%ld.%06ld", micro_units < 0 ? "-" : "",
                  std::labs(micro_units) / 1000000, std::labs(micro_units) % 1000000);
    const auto c = (*Date::from_civil(2021, 3, 1) + static_cast<int>(rng.below(40))).civil();
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02u-%02u", c.year, c.month, c.day);
    out +=
        std::string(names[rng.below(7)]) + "," + names[rng.below(7)] + "," + w + "," + date + "\n";
  }
  return out;
}

std::string all_bytes(const std::vector<Snapshot> &snapshots) {
  std::string text;
  for (const auto &s : snapshots)
    text += snapshot_to_string(s);
  return text;
}

// The relation path: read_inputs into one SnapshotBuilder per window.
std::vector<Snapshot> by_relations(const std::string &path, const InputOptions &options,
                                   const std::vector<Window> &windows, IngestStats &stats) {
  std::vector<SnapshotBuilder> builders;
  for (const auto &w : windows)
    builders.emplace_back(SnapshotOptions{w, options.level, options.groups, options.regions});
  stats = read_inputs({path}, options, [&](Relation &&r) {
    for (auto &b : builders)
      b.add(r);
  });
  std::vector<Snapshot> out;
  for (auto &b : builders)
    out.push_back(std::move(b).finish({path}));
  return out;
}

std::vector<Snapshot> by_relations(const std::string &path, const InputOptions &options,
                                   const SeriesOptions &series, IngestStats &stats) {
  SeriesBuilder builder(series);
  stats = read_inputs({path}, options, [&](Relation &&r) { builder.add(r); });
  return std::move(builder).finish({path});
}

void check_same_stats(const IngestStats &a, const IngestStats &b) {
  CHECK(a.files == b.files);
  CHECK(a.rows == b.rows);
  CHECK(a.relations == b.relations);
  CHECK(a.skipped == b.skipped);
}

// Every window option at both levels, one thread and two, both paths.
void check_paths_agree(const std::string &path, Date from, Date split, Date to) {
  for (const Level level : {Level::country, Level::actor}) {
    for (const int threads : {1, 2}) {
      INFO(path << " level " << to_string(level) << " threads " << threads);
      InputOptions options;
      options.level = level;
      options.threads = threads;
      const std::vector<std::vector<Window>> lists = {
          {Window{}}, {Window{from, to}}, {Window{{}, split + -1}, Window{split, {}}}};
      for (const auto &windows : lists) {
        IngestStats relation_stats;
        const auto rows = fold_snapshots({path}, options, windows);
        const auto relations = by_relations(path, options, windows, relation_stats);
        REQUIRE(rows.snapshots.size() == relations.size());
        CHECK(rows.snapshots[0].fold.used > 0);
        CHECK(all_bytes(rows.snapshots) == all_bytes(relations));
        for (std::size_t i = 0; i < relations.size(); ++i)
          CHECK(rows.snapshots[i].fold == relations[i].fold);
        check_same_stats(rows.stats, relation_stats);
      }
      std::vector<SeriesOptions> series(3);
      series[0].period = parse_period("week");
      series[1].period = parse_period("month");
      series[1].range = {from, to};
      series[2].window_days = 7;
      series[2].step_days = 3;
      for (auto &s : series) {
        s.level = level;
        IngestStats relation_stats;
        const auto rows = fold_series({path}, options, s);
        const auto relations = by_relations(path, options, s, relation_stats);
        REQUIRE(rows.snapshots.size() == relations.size());
        CHECK(!rows.snapshots.empty());
        CHECK(all_bytes(rows.snapshots) == all_bytes(relations));
        check_same_stats(rows.stats, relation_stats);
      }
    }
  }
}

} // namespace

TEST_CASE("rows and relations fold to the same bytes: shipped samples") {
  check_paths_agree(test::gdelt1_sample, Date::parse("2011-08-03"), Date::parse("2011-08-16"),
                    Date::parse("2011-08-25"));
  check_paths_agree(test::icews_sample, Date::parse("2018-06-01"), Date::parse("2018-06-02"),
                    Date::parse("2018-06-02"));
  check_paths_agree(test::source_path("datasets/relations/gdelt1-georgia-2011-08.jsonl"),
                    Date::parse("2011-08-03"), Date::parse("2011-08-16"),
                    Date::parse("2011-08-25"));
}

TEST_CASE("rows and relations fold to the same bytes: generated GDELT and edge lists") {
  test::TempDir dir;
  // Large enough (over 8 MB) that two threads split the file between them.
  test::write_file(dir.file("g.tsv"), generated_gdelt(40000, 7));
  test::write_file(dir.file("small.tsv"), generated_gdelt(3000, 11));
  test::write_file(dir.file("e.csv"), generated_edges(5000, 3));
  const Date from = Date::parse("2020-02-03"), split = Date::parse("2020-02-20"),
             to = Date::parse("2020-03-15");
  check_paths_agree(dir.file("g.tsv"), from, split, to);
  check_paths_agree(dir.file("small.tsv"), from, split, to);
  check_paths_agree(dir.file("e.csv"), Date::parse("2021-03-05"), Date::parse("2021-03-20"),
                    Date::parse("2021-04-01"));
}

TEST_CASE("two threads fold a large file to the bytes one thread gives") {
  test::TempDir dir;
  test::write_file(dir.file("g.tsv"), generated_gdelt(40000, 5));
  InputOptions one, two;
  one.threads = 1;
  two.threads = 2;
  const auto a = fold_snapshots({dir.file("g.tsv")}, one, {Window{}});
  const auto b = fold_snapshots({dir.file("g.tsv")}, two, {Window{}});
  CHECK(a.snapshots[0].fold.used > 20000);
  CHECK(all_bytes(a.snapshots) == all_bytes(b.snapshots));
}

TEST_CASE("fold counts: the fold alone decides what is self, on every path") {
  // The sample's 294 rows between one country reach the fold on both paths;
  // read_inputs (as `load` uses it) dropped them, so load then snapshot
  // reported {417, self 0} and snapshot on the TSV {711, self 294}.
  const auto f = fold_snapshots({test::gdelt1_sample}, {}, {Window{}});
  CHECK(f.stats.skipped.count("self-loop") == 0);
  CHECK(f.snapshots[0].fold.relations == 711);
  CHECK(f.snapshots[0].fold.self == 294);
  std::size_t relations = 0;
  const auto stats = read_inputs({test::gdelt1_sample}, {}, [&](Relation &&) { ++relations; });
  CHECK(relations == 711);
  CHECK(stats.relations == 711);
  // Actor-level relations folded to countries: USAGOV -> USAMIL is self.
  SnapshotBuilder b({Window{}, Level::country});
  Relation r;
  r.date = Date::parse("2020-01-01");
  r.source = "USAGOV";
  r.target = "USAMIL";
  r.code = "042";
  r.root = 4;
  r.quad = 1;
  r.goldstein = 1.9;
  b.add(r);
  r.target = "RUSGOV";
  b.add(r);
  const Snapshot s = std::move(b).finish({});
  CHECK(s.fold.relations == 2);
  CHECK(s.fold.self == 1);
  CHECK(s.fold.used == 1);
}
