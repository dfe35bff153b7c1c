// The real samples in datasets/events/ against values computed independently
// with awk from the same files (commands in the comments, run in
// datasets/events/). Graph nodes follow the default fold policy (docs/ingest.md:
// organisations are nodes, regions are left out); tests/ingest/gdelt1_nodes.awk
// and icews_nodes.awk apply it with the organisation tables as input.
#include "entente/ingest/event_fold.hpp"
#include "samples.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <optional>

using namespace entente;
using test::find_dyad;

namespace {

struct Totals {
  std::int64_t events = 0;
  std::array<std::int64_t, 4> quad{};
  double net = 0;
};

Totals totals(const Snapshot &s) {
  Totals t;
  for (const auto &d : s.graph.dyads()) {
    const auto total = d.edge().total();
    t.events += total.events;
    for (std::size_t i = 0; i < 4; ++i)
      t.quad[i] += total.quad[i];
    t.net += total.net;
  }
  return t;
}

Snapshot fold_one(const std::string &path, InputOptions options = {}) {
  auto fold = fold_snapshots({path}, options, {Window{}});
  REQUIRE(fold.snapshots.size() == 1);
  return std::move(fold.snapshots[0]); // moved: copying a SignedGraph is unsafe
}

} // namespace

TEST_CASE("GDELT 1.0 sample: rows, countries, self-loops, dates, quads, Goldstein") {
  // awk -F'\t' 'END {print NR}' gdelt1-georgia-2011-08.tsv                     -> 5894
  // awk -f ../../tests/ingest/gdelt1_nodes.awk ../actors/organisations.tsv
  //   gdelt1-georgia-2011-08.tsv  -> relations 711 no-country 5150 region 33 self 294
  //   used 417 net 2067.0 q 305 27 39 46 dyads 107 actors 77 GEO-RUS 18 47.3
  // (QuadClass, column 30, agrees with the root of EventCode on every row.)
  auto fold = fold_snapshots({test::gdelt1_sample}, {}, {Window{}});
  const Snapshot &s = fold.snapshots[0];
  CHECK(fold.stats.rows == 5894);
  CHECK(fold.stats.relations == 711);
  CHECK(fold.stats.skipped.at("no country") == 5150);
  CHECK(fold.stats.skipped.at("region") == 33);
  CHECK(fold.stats.bad_rows() == 0);
  CHECK(s.fold.self == 294);
  CHECK(s.fold.used == 417);
  CHECK(s.first_event->to_string() == "2011-08-01");
  CHECK(s.last_event->to_string() == "2011-08-31");
  CHECK(s.graph.dyad_count() == 107);
  CHECK(s.graph.actor_count() == 77);
  // NATO (IGOWSTNAT, country code WST) and the EU (IGOEUREEC, EUR) are nodes.
  CHECK(s.graph.find("IGOWSTNAT"));
  CHECK(s.graph.find("IGOEUREEC"));
  CHECK_FALSE(s.graph.find("WST"));
  const Totals t = totals(s);
  CHECK(t.events == 417);
  CHECK(t.quad == std::array<std::int64_t, 4>{305, 27, 39, 46});
  CHECK(t.net == Approx(2067.0).margin(1e-6));
  // awk ... k == "GEO-RUS" {n++; g += $31*$32}                                   -> 18 47.3
  const auto geo_rus = find_dyad(s, "GEO", "RUS");
  REQUIRE(geo_rus);
  CHECK(geo_rus->total().events == 18);
  CHECK(geo_rus->total().net == Approx(47.3).margin(1e-9));
}

TEST_CASE("GDELT 1.0 sample: weights, filters and windows") {
  InputOptions events;
  events.weight = WeightField::events;
  // Goldstein x 1 per event: awk '... {g += $31}' -> the same rows, unweighted
  const Totals t = totals(fold_one(test::gdelt1_sample, events));
  CHECK(t.events == 417);

  InputOptions conflict;
  conflict.filter.quads = parse_quads("3,4");
  const Totals c = totals(fold_one(test::gdelt1_sample, conflict));
  CHECK(c.events == 39 + 46);
  CHECK(c.quad[0] == 0);

  InputOptions roots;
  roots.filter.roots = parse_roots("1-5");
  CHECK(totals(fold_one(test::gdelt1_sample, roots)).events == 305);

  InputOptions countries;
  countries.filter.countries = parse_country_list("GEO,RUS");
  const Snapshot gr = fold_one(test::gdelt1_sample, countries);
  CHECK(gr.graph.dyad_count() == 1);
  CHECK(totals(gr).events == 18);

  // Two windows in one pass add up to the whole month.
  auto split = fold_snapshots(
      {test::gdelt1_sample}, {},
      {{std::nullopt, Date::parse("2011-08-15")}, {Date::parse("2011-08-16"), std::nullopt}});
  REQUIRE(split.snapshots.size() == 2);
  const auto &a = split.snapshots[0], &b = split.snapshots[1];
  CHECK(a.fold.used + b.fold.used == 417);
  CHECK(a.fold.relations == 711);
  CHECK(a.fold.outside_window == 711 - a.fold.used - a.fold.self);
  CHECK(a.last_event <= Date::parse("2011-08-15"));
  CHECK(b.first_event >= Date::parse("2011-08-16"));
  CHECK(totals(a).net + totals(b).net == Approx(2067.0).margin(1e-6));
}

TEST_CASE("one thread and two threads give the same snapshot") {
  InputOptions one, two;
  one.threads = 1;
  two.threads = 2;
  // Big enough to be split: the sample repeated.
  test::TempDir dir;
  const std::string text = test::read_file(test::gdelt1_sample);
  std::string big;
  for (int i = 0; i < 12; ++i)
    big += text;
  test::write_file(dir.file("big.tsv"), big);
  const auto a = fold_one(dir.file("big.tsv"), one);
  const auto b = fold_one(dir.file("big.tsv"), two);
  CHECK(snapshot_to_string(a) == snapshot_to_string(b));
  CHECK(a.fold.used == 12 * 417);
}

TEST_CASE("ICEWS sample: country names mapped, Intensity as Goldstein") {
  // awk -F'\t' 'NR==FNR {if (FNR>1) c[$1]=$2; next}
  //   FNR>1 && $5!="NA" && $11!="NA" {a=substr(c[$5],1,3); b=substr(c[$11],1,3);
  //   if (a==b) {self++; next} n++; g+=$8; r=substr($7,1,2)+0; q[quad of r]++; ...}'
  //   ../actors/icews-countries.tsv icews-2018-06-01_02.tab
  //   -> used 1741 self 1596 net 3119.8 q 1523 14 108 96 dyads 273 actors 133
  // (without organisations); with them (European Union, UN Security Council,
  // "Ministry (G7)") and regions left out:
  // awk -f ../../tests/ingest/icews_nodes.awk ../actors/organisations.tsv
  //   ../actors/icews-organisations.tsv ../actors/icews-countries.tsv icews-2018-06-01_02.tab
  //   -> no-country 133 region 25 self 1598 used 1949 net 3392.1 q 1685 16 143 105
  //      dyads 337 actors 154
  auto fold = fold_snapshots({test::icews_sample}, {}, {Window{}});
  const Snapshot &s = fold.snapshots[0];
  CHECK(fold.stats.rows == 3705);
  CHECK(fold.stats.skipped.at("no country") == 133);
  CHECK(fold.stats.skipped.at("region") == 25);
  CHECK(fold.stats.bad_rows() == 0);
  CHECK(s.fold.used == 1949);
  CHECK(s.fold.self == 1598);
  CHECK(s.graph.dyad_count() == 337);
  CHECK(s.graph.actor_count() == 154);
  CHECK(find_dyad(s, "IGOEUREEC", "USA"));
  CHECK(find_dyad(s, "IGOUNOSEC", "USA"));
  CHECK(s.first_event->to_string() == "2018-06-01");
  CHECK(s.last_event->to_string() == "2018-06-02");
  const Totals t = totals(s);
  CHECK(t.quad == std::array<std::int64_t, 4>{1685, 16, 143, 105});
  CHECK(t.net == Approx(3392.1).margin(1e-6));
  // Bangladesh -> BGD, Vietnam -> VNM (first data row of the file).
  CHECK(find_dyad(s, "BGD", "VNM"));
}

TEST_CASE("read_inputs streams the same rows as relations") {
  IngestStats stats;
  std::size_t n = 0;
  double net = 0;
  InputOptions options;
  stats = read_inputs({test::gdelt1_sample}, options, [&](Relation &&r) {
    ++n;
    if (r.source != r.target)
      net += r.goldstein * r.weight;
    CHECK(relation_problem(r).empty());
  });
  CHECK(n == 711); // as the fold above (gdelt1_nodes.awk): self-loops included
  CHECK(stats.skipped.count("self-loop") == 0);
  CHECK(net == Approx(2067.0).margin(1e-6));
}

TEST_CASE("regression: an edge list without dates has no first or last event") {
  // Undated rows carried 1970-01-01, so pictures and diff titled such a
  // snapshot "1970-01-01 to 1970-01-01". A fourth column dates the rows.
  test::TempDir dir;
  test::write_file(dir.file("e.csv"), "A,B,5\nB,C,-3\n");
  const Snapshot s = fold_one(dir.file("e.csv"));
  CHECK(s.fold.used == 2);
  CHECK_FALSE(s.first_event);
  CHECK_FALSE(s.last_event);
  test::write_file(dir.file("d.csv"), "A,B,5,2020-03-01\nB,C,-3\n");
  const Snapshot d = fold_one(dir.file("d.csv"));
  REQUIRE(d.first_event);
  CHECK(d.first_event->to_string() == "2020-03-01");
  CHECK(d.last_event->to_string() == "2020-03-01");
}
