// Main-job part: the Correlates of War windows in datasets/signed/cow/ ->
// output/cow_series.{json,txt} (L, F, triangle balance per window), and the
// Highland tribes -> output/tribes_metrics.json with every measure.
#include "entente/ingest/signed_csv.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/balance_series.hpp"
#include "entente/pipeline/flow.hpp"
#include "entente/pipeline/run_jobs.hpp"
#include "entente/render/charts.hpp"
#include "entente/render/views.hpp"

#include <chrono>
#include <cstdio>

namespace entente {

using detail::files_with_extension;
using detail::RunContext;

namespace {

// Frustration F and triangle balance over the 51 windows, as an SVG chart.
LineChart balance_chart(const std::vector<SeriesRow> &rows) {
  LineChart chart{"Correlates of War 1946-1999: frustration and balance per four-year window",
                  {},
                  {{"index", {{"F = 1 - 2L/m (exact L)", {}}, {"triangle balance", {}}}}}};
  auto &series = chart.panels[0].series;
  for (const auto &r : rows) {
    chart.x_labels.push_back(r.window);
    series[0].values.push_back(r.F);
    series[1].values.push_back(r.triangle_balance >= 0 ? std::optional<double>(r.triangle_balance)
                                                       : std::nullopt);
  }
  return chart;
}

// One window as a snapshot with every measure, and its picture (blocs coloured).
void draw_window(RunContext &c, const std::filesystem::path &edges, const std::string &name) {
  if (!std::filesystem::exists(edges))
    return;
  Snapshot s = load_signed_csv(edges.string(), vertices_beside(edges.string()));
  measure(s);
  const auto base = (c.output / name).string();
  save_snapshot(s, base + ".json");
  PictureOptions picture = styled_picture(s);
  picture.title = "Correlates of War " + name.substr(4) + ": alliances and disputes";
  auto drawn = draw_pictures(c, plan_snapshot(s, picture), base, {".svg", ".png"});
  c.note("cow: " + name + " with blocs -> " + base + ".{json,svg,png}");
  c.results.snapshots.push_back({name, std::move(s), std::move(drawn)});
}

} // namespace

void detail::run_cow(RunContext &c) {
  const auto dir = c.datasets / "signed" / "cow";
  const auto start = std::chrono::steady_clock::now();
  const auto rows = balance_series(dir);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomic(c.output / "cow_series.json", series_json(rows).dump(1) + "\n");
  write_file_atomic(c.output / "cow_series.txt", series_table(rows, false));
  std::size_t exact = 0;
  for (const auto &r : rows)
    exact += r.exact;
  char buf[200];
  std::snprintf(buf, sizeof buf, "cow: %zu windows (%zu exact) in %.2f s -> %s", rows.size(), exact,
                secs, (c.output / "cow_series.{json,txt}").string().c_str());
  c.note(buf);
  const std::string chart = line_chart_svg(balance_chart(rows));
  write_file_atomic(c.output / "cow-timeline.svg", chart);
  c.results.charts.push_back({"Timeline: cow-timeline", chart});
  draw_window(c, dir / "cow_46-49_edges.csv", "cow_1946-1949");
  draw_window(c, dir / "cow_96-99_edges.csv", "cow_1996-1999");

  const auto tribes = c.datasets / "signed" / "tribes_edges.csv";
  if (std::filesystem::exists(tribes)) {
    Snapshot s = load_signed_csv(tribes.string(), vertices_beside(tribes.string()));
    measure(s);
    save_snapshot(s, (c.output / "tribes_metrics.json").string());
    write_file_atomic(c.output / "tribes_metrics.txt", metrics_table(s.metrics, 16));
    c.note("tribes: every measure -> " + (c.output / "tribes_metrics.{json,txt}").string());
    c.results.snapshots.push_back({"tribes_metrics", std::move(s), std::nullopt});
  }
}

} // namespace entente
