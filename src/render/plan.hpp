// What a picture draws, decided before Graphviz is touched: the nodes and
// edges with their look, the title, the caption that says what was left
// out, and the legend. Every picture (a snapshot, its blocs, a diff) is a
// DrawPlan; picture.hpp lays a plan out once and writes it in any format.
//
//   entente::DrawPlan plan = entente::plan_snapshot(snapshot, {});
//   plan.caption;                 // {"2,140 of 19,546 dyads (disparity filter, α = 0.05)", ...}
//   for (const auto &note : plan.notes) std::cerr << note << "\n";  // what the budget cut
//   entente::render_plan(plan, {entente::PictureFormat::svg});
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace entente {

// A position in points, as Graphviz reports it.
struct Point {
  double x = 0, y = 0;
  friend bool operator==(const Point &, const Point &) = default;
};
using Positions = std::map<std::string, Point>; // actor code -> position

struct PlanNode {
  std::string name;    // Graphviz node name: the actor code (or "bloc 3")
  std::string label;   // drawn text
  std::string tooltip; // SVG hover text
  int bloc = -1;       // colour index (style::bloc_fill), -1 = none
  double size = 0;     // 0..1 share of the largest node
  bool dashed = false; // outline dashed (diff: in one snapshot only)
  std::optional<Point> pos;
};

struct PlanEdge {
  std::uint32_t a = 0, b = 0; // node indices
  std::string colour;         // "#RRGGBB" or "#RRGGBBAA"
  std::string style;          // solid, dashed, dotted
  double width = 1;
  std::string tooltip;
  // Whether the layout pulls the two ends together: cooperation does,
  // conflict is drawn but kept long, so that blocs separate in space.
  bool attract = true;
  // Data for analysts reading the DOT (Graphviz ignores unknown attributes).
  double net = 0;
  std::int64_t events = 0;
};

struct LegendBloc {
  int id = 0;       // colour index; bloc number is id + 1
  std::string name; // "bloc 1: USA, GBR, FRA +12"
  std::size_t members = 0;
};

enum class LegendKind { none, snapshot, diff };

struct DrawPlan {
  std::string graph_name = "entente";
  std::string title;
  std::vector<std::string> caption; // lines under the title: what was drawn
  std::vector<std::string> notes;   // what a budget cut, for stderr too
  LegendKind legend = LegendKind::snapshot;
  std::vector<LegendBloc> blocs; // coloured blocs in the legend
  std::string other_blocs;       // "other blocs (grey): 14 blocs, 38 actors", or empty
  std::vector<PlanNode> nodes;
  std::vector<PlanEdge> edges;
  std::string engine;    // neato, sfdp, nop (every node pinned) or a user's choice
  bool curved = false;   // edges routed around nodes (only up to curved_*_limit)
  bool clusters = false; // a box per bloc
  // Title and legend text grow with the drawing, so that they stay legible
  // beside hundreds of nodes: 0.7 sqrt(actors / 40), from 1 (up to 80
  // drawn actors) to 2.5.
  double legend_scale = 1;
};

// Edges routed around nodes (splines=true) only up to these sizes: the
// routing cost grows with the cube of the actors (neato, 1.5 edges per
// actor: 20 actors 0.09 s, 40 0.41 s, 100 4.7 s, 150 10.5 s; the CoW
// 1996-1999 window, 151 actors and 1,247 edges, took 42 s). Above them
// edges are straight lines.
inline constexpr std::size_t curved_node_limit = 30;
inline constexpr std::size_t curved_edge_limit = 100;
// Above this many drawn edges, edges are translucent and thinner so that
// crossings do not merge into a solid mass.
inline constexpr std::size_t dense_edge_limit = 250;
// neato (stress majorisation, quadratic in nodes; conflict ties kept long)
// up to this many drawn actors, sfdp (multilevel, near-linear; laid out on
// the cooperation ties) beyond: 200 actors took neato 0.33 s, sfdp 0.18 s.
inline constexpr std::size_t neato_node_limit = 150;

} // namespace entente
