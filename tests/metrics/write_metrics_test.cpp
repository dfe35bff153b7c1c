// write_metrics streams the measures into a snapshot file; what it writes
// must be byte for byte what the DOM of the same measures dumps, for any
// graph and with either large table left out.
#include "entente/graph/snapshot.hpp"
#include "entente/ingest/signed_csv.hpp"
#include "entente/io/json_writer.hpp"
#include "entente/metrics/compute.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

using entente::test::source_path;

// The snapshot written with streamed measures, and with their DOM. On the
// way, the measures must read back from their JSON as the same values
// (compute_metrics rounds them as they are stored).
std::pair<std::string, std::string> both_ways(entente::Snapshot s,
                                              const entente::MetricsOptions &o) {
  const auto measures = entente::compute_metrics(s, o);
  std::ostringstream streamed;
  entente::write_snapshot(s, streamed,
                          [&](entente::JsonWriter &w) { entente::write_metrics(w, measures); });
  s.metrics = measures;
  CHECK(entente::metrics_from_json(nlohmann::json(measures)) == measures);
  CHECK(entente::snapshot_to_string(s) == streamed.str());
  return {streamed.str(), entente::snapshot_to_json(s).dump(
                              1, ' ', false, nlohmann::json::error_handler_t::replace) +
                              "\n"};
}

entente::DyadStats stats(double net, std::int64_t events) {
  entente::DyadStats d;
  d.events = events;
  d.quad = {events, 0, 0, 0};
  d.net = net;
  d.coop = net > 0 ? net : 0;
  d.conflict = net < 0 ? net : 0;
  d.weight = static_cast<double>(events);
  return d;
}

// Codes and names that need escaping, a neutral dyad (net 0), fractions that
// print with many digits, and an isolated pair.
entente::Snapshot awkward() {
  entente::Snapshot s;
  auto &g = s.graph;
  g.add_stats("A\"Q", "B\\S", stats(1.0 / 3.0, 2));
  g.add_stats("B\\S", "C\xc3\xa9", stats(-2.5e-5, 1));
  g.add_stats("C\xc3\xa9", "A\"Q", stats(7.0, 3));
  g.add_stats("A\"Q", "D", stats(0.0, 1));
  g.add_stats("E", "F", stats(-123456.789, 9));
  g.set_name(*g.find("E"), "tab\there <b>&</b>");
  return s;
}

} // namespace

TEST_CASE("write_metrics writes the bytes of the measures' DOM", "[metrics][compute]") {
  SECTION("Highland tribes") {
    const auto [streamed, dom] =
        both_ways(entente::load_signed_csv(source_path("datasets/signed/tribes_edges.csv"),
                                           source_path("datasets/signed/tribes_vertices.csv")),
                  {});
    CHECK(streamed.find("\"alignment\"") != std::string::npos);
    CHECK(streamed.find("\"coop_share\"") != std::string::npos);
    CHECK(streamed == dom);
  }
  SECTION("awkward names and numbers") {
    const auto [streamed, dom] = both_ways(awkward(), {});
    CHECK(streamed == dom);
  }
  SECTION("both large tables omitted") {
    entente::MetricsOptions o;
    o.dyads_limit = 2;
    o.alignment_limit = 3;
    const auto [streamed, dom] = both_ways(awkward(), o);
    CHECK(streamed.find("\"omitted\"") != std::string::npos);
    CHECK(streamed == dom);
  }
  SECTION("an empty graph") {
    const auto [streamed, dom] = both_ways(entente::Snapshot{}, {});
    CHECK(streamed == dom);
  }
}
