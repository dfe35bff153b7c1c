// Main-job part: a weekly series over the shipped relations and a
// comparison of the month's two halves -> output/series/, output/compare/.
// The relations are read once and folded three times in memory.
#include "entente/compare/diff_text.hpp"
#include "entente/graph/series.hpp"
#include "entente/ingest/inputs.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/flow.hpp"
#include "entente/pipeline/run_jobs.hpp"
#include "entente/render/charts.hpp"
#include "entente/render/diff_picture.hpp"
#include "entente/render/views.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace entente {

using detail::files_with_extension;
using detail::RunContext;

namespace {

std::vector<std::string> relation_files(const RunContext &c) {
  std::vector<std::string> out;
  for (const auto &p : files_with_extension(c.datasets / "relations", ".jsonl"))
    out.push_back(p.string());
  return out;
}

void weekly_series(const std::vector<Relation> &relations, const std::vector<std::string> &inputs,
                   RunContext &c) {
  SeriesOptions o;
  o.period = parse_period("week");
  const auto weeks = fold_windows(relations, o, inputs);
  const fs::path dir = c.output / "series";
  fs::create_directories(dir);
  LineChart chart{"Weekly series over the shipped relations: balance and conflict", {}, {}};
  Series tri{"triangle balance", {}}, f{"frustration F = 1 - 2L/m", {}},
      conflict{"conflict share", {}};
  for (auto s : weeks) {
    measure(s);
    const auto label = window_label(o, s.window);
    save_snapshot(s, (dir / ("week-" + label + ".json")).string());
    chart.x_labels.push_back(label);
    const auto h = headline_figures(s.metrics);
    tri.values.push_back(h.triangle_balance);
    f.values.push_back(h.frustration_F);
    std::size_t negative = 0;
    for (const auto &d : s.graph.dyads())
      negative += d.edge().sign() < 0;
    conflict.values.push_back(
        s.graph.dyad_count()
            ? std::optional<double>(double(negative) / double(s.graph.dyad_count()))
            : std::nullopt);
  }
  chart.panels.push_back({"share / index", {tri, f, conflict}});
  const std::string svg = line_chart_svg(chart);
  write_file_atomic(c.output / "timeline-weekly.svg", svg);
  c.results.charts.push_back({"Timeline: timeline-weekly", svg});
  c.note("series: " + std::to_string(weeks.size()) + " weekly snapshots -> " + dir.string() +
         "/, timeline-weekly.svg");
}

Snapshot window_snapshot(const std::vector<Relation> &relations,
                         const std::vector<std::string> &inputs, Window w) {
  Snapshot s = fold(relations, {w, Level::country}, inputs);
  measure(s);
  return s;
}

void halves(const std::vector<Relation> &relations, const std::vector<std::string> &inputs,
            RunContext &c) {
  // The shipped GDELT sample covers August 2011.
  Snapshot a =
      window_snapshot(relations, inputs, {Date::parse("2011-08-01"), Date::parse("2011-08-15")});
  Snapshot b =
      window_snapshot(relations, inputs, {Date::parse("2011-08-16"), Date::parse("2011-08-31")});
  const fs::path dir = c.output / "compare";
  fs::create_directories(dir);
  save_snapshot(a, (dir / "2011-08-first-half.json").string());
  save_snapshot(b, (dir / "2011-08-second-half.json").string());
  const SnapshotDiff d = compare(a, b, 10);
  write_file_atomic(dir / "diff.txt", diff_text(a, b, d, TextStyle::plain));
  write_file_atomic(dir / "diff.md", diff_text(a, b, d, TextStyle::markdown));
  write_file_atomic(dir / "diff.json", nlohmann::json(d).dump(1) + "\n");
  // One layout for the three pictures, so that each actor stands in the
  // same place in both halves and in the diff.
  PictureOptions shared;
  shared.positions = shared_layout(a, b, shared);
  draw_pictures(c, plan_diff(a, b, shared), (dir / "diff").string(), {".svg", ".png"});
  auto styled = [&](const Snapshot &s) {
    PictureOptions p = styled_picture(s);
    p.positions = shared.positions;
    return plan_snapshot(s, p);
  };
  auto pa = draw_pictures(c, styled(a), (dir / "first-half").string(), {".svg", ".png"});
  auto pb = draw_pictures(c, styled(b), (dir / "second-half").string(), {".svg", ".png"});
  c.note("compare: first vs second half of August 2011: " + std::to_string(d.edges.added.size()) +
         " dyads added, " + std::to_string(d.edges.removed.size()) + " removed, " +
         std::to_string(d.edges.flipped.size()) + " flipped -> " + dir.string() + "/");
  c.results.compared.push_back({"2011-08-first-half", std::move(a), std::move(pa)});
  c.results.compared.push_back({"2011-08-second-half", std::move(b), std::move(pb)});
}

} // namespace

void detail::run_compare(RunContext &c) {
  const auto inputs = relation_files(c);
  if (inputs.empty())
    return;
  const auto relations = load_relations(inputs);
  weekly_series(relations, inputs, c);
  halves(relations, inputs, c);
}

} // namespace entente
