// Pictures at the size users bring: a generated snapshot of 250 actors and
// 25,000 dyads (a GDELT month at country level). These check that the
// pictures complete and say truthfully what they drew; how fast they are is
// measured by scripts/bench/render_bench.sh, not here.
#include "entente/metrics/backbone.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/render/diff_picture.hpp"
#include "entente/render/graphviz.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/snapshot_report.hpp"
#include "entente/render/style.hpp"
#include "entente/render/views.hpp"
#include "support/generated.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <set>

namespace {

const entente::Snapshot &month() {
  static const entente::Snapshot s = [] {
    auto g = entente::test::generated_snapshot(250, 25000, 7);
    g.metrics = entente::compute_metrics(g);
    return g;
  }();
  return s;
}

const entente::Snapshot &next_month() {
  static const entente::Snapshot s = [] {
    auto g = entente::test::generated_snapshot(250, 25000, 7, 0.05);
    g.metrics = entente::compute_metrics(g);
    return g;
  }();
  return s;
}

struct DotGraph {
  std::set<std::string> nodes;
  std::set<std::pair<std::string, std::string>> edges;
};

DotGraph read_dot(const std::string &dot) {
  auto lock = entente::graphviz_lock();
  const auto g = entente::CGraph::parse_dot(dot);
  DotGraph out;
  for (Agnode_t *n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
    out.nodes.insert(agnameof(n));
    for (Agedge_t *e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e))
      out.edges.insert(
          std::minmax(std::string(agnameof(agtail(e))), std::string(agnameof(aghead(e)))));
  }
  return out;
}

} // namespace

TEST_CASE("a 25,000-dyad snapshot is drawn as a backbone that keeps each actor's strongest ties",
          "[render][scale]") {
  const auto &s = month();
  REQUIRE(s.graph.dyad_count() == 25000);
  const auto plan = entente::plan_snapshot(s, entente::styled_picture(s));
  const auto dot = read_dot(entente::render_plan(plan, {entente::PictureFormat::dot}).front());
  CHECK(dot.edges.size() == plan.edges.size());
  CHECK(dot.edges.size() < s.graph.dyad_count() / 4); // not a hairball
  // Every drawn actor's strongest tie of each sign (over the whole
  // snapshot: no actor was cut by the budget here) is drawn.
  CHECK(plan.notes.empty());
  std::map<std::string, std::array<std::pair<double, std::pair<std::string, std::string>>, 2>> best;
  for (const auto &d : s.graph.dyads()) {
    const double net = entente::round6(d.edge().total().net);
    if (net == 0)
      continue;
    for (const auto &x : {d.a, d.b}) {
      auto &b = best[x][net > 0 ? 0 : 1];
      if (std::abs(net) > b.first)
        b = {std::abs(net), {d.a, d.b}};
    }
  }
  std::size_t checked = 0;
  for (const auto &n : dot.nodes)
    for (const auto &[w, pair] : best.at(n))
      if (w > 0) {
        CHECK(dot.edges.count(pair));
        ++checked;
      }
  CHECK(checked >= dot.nodes.size());
  // The caption's counts are the DOT's.
  REQUIRE_FALSE(plan.caption.empty());
  CHECK(plan.caption[0] == entente::style::count(dot.edges.size()) + " of 25,000 dyads " +
                               "(disparity filter, α = 0.05); " +
                               entente::style::count(dot.nodes.size()) + " of 250 actors");
}

TEST_CASE("the layout budget cuts actors and dyads and says so", "[render][scale]") {
  const auto &s = month();
  auto o = entente::styled_picture(s);
  o.max_actors = 100;
  o.max_dyads = 300;
  const auto plan = entente::plan_snapshot(s, o);
  CHECK(plan.nodes.size() <= 100);
  CHECK(plan.edges.size() == 300);
  REQUIRE(plan.notes.size() == 2);
  CHECK(plan.notes[0] == "drawing the 100 strongest of 250 actors (layout budget: 100 actors; "
                         "raise it with --max-actors)");
  CHECK(plan.notes[1].rfind("drawing the 300 most important of ", 0) == 0);
  CHECK(plan.caption[0].rfind("300 of 25,000 dyads", 0) == 0);
  // "all" still obeys the budget.
  o.backbone.method = entente::BackboneMethod::all;
  o.max_actors = 400;
  o.max_dyads = 4000;
  CHECK(entente::plan_snapshot(s, o).edges.size() == 4000);
}

TEST_CASE("the 25,000-dyad snapshot renders to SVG and PNG, with its bloc picture",
          "[render][scale]") {
  const auto &s = month();
  const auto plan = entente::plan_snapshot(s, entente::styled_picture(s));
  CHECK(plan.engine == "sfdp"); // more actors than neato's limit
  CHECK_FALSE(plan.curved);     // straight lines above curved_edge_limit
  const auto out =
      entente::render_plan(plan, {entente::PictureFormat::svg, entente::PictureFormat::png});
  CHECK(out[0].find("</svg>") != std::string::npos);
  CHECK(out[1].substr(0, 4) == "\x89PNG");
  const auto blocs = entente::plan_blocs(s, entente::styled_picture(s));
  const auto k = s.metrics.blocs.value().modularity.k;
  CHECK(blocs.nodes.size() == k);
  CHECK(blocs.nodes[0].label.rfind("bloc 1\\n", 0) == 0);
  CHECK(entente::render_plan(blocs, {entente::PictureFormat::svg})[0].find("bloc 1") !=
        std::string::npos);
}

TEST_CASE("the diff of two 25,000-dyad snapshots draws on one shared layout", "[render][scale]") {
  const auto &a = month();
  const auto &b = next_month();
  entente::PictureOptions o;
  o.positions = entente::shared_layout(a, b, o);
  const auto diff = entente::plan_diff(a, b, o);
  CHECK(diff.engine == "nop"); // pinned: nothing laid out again
  CHECK(diff.edges.size() < 25000 / 4);
  CHECK(diff.caption[0].find(" changed dyads (disparity filter, α = 0.05, on |change|)") !=
        std::string::npos);
  for (const auto &n : diff.nodes)
    CHECK(o.positions.count(n.name));
  CHECK(entente::render_plan(diff, {entente::PictureFormat::svg})[0].find("</svg>") !=
        std::string::npos);
}

TEST_CASE("the report of two 25,000-dyad snapshots is complete and small", "[render][scale]") {
  const auto report = entente::report_html(entente::snapshots_report(
      {{"A", month(), std::nullopt}, {"B", next_month(), std::nullopt}}, "scale", {{0, 1}}));
  CHECK(report.find("Changes: A → B") != std::string::npos);
  CHECK(report.find("of the 60 strongest of 250 actors") != std::string::npos); // heatmap note
  CHECK(report.size() < 5'000'000);
}
