// Drawing a snapshot: which actors and dyads to draw (a backbone within a
// layout budget, plan_snapshot), one layout, then every requested format
// from that layout. The graph is built through cgraph, so Graphviz escapes
// every name itself.
//
//   entente::PictureOptions opt = entente::styled_picture(snapshot); // blocs, PageRank
//   entente::DrawPlan plan = entente::plan_snapshot(snapshot, opt);
//   entente::write_pictures(plan, {"out/g.svg", "out/g.png", "out/g.dot"}); // one layout
//   std::string dot = entente::snapshot_dot(snapshot, opt);
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/metrics/backbone.hpp"
#include "entente/render/plan.hpp"

#include <map>
#include <string>
#include <vector>

namespace entente {

struct PictureOptions {
  std::string engine;       // empty: neato up to neato_node_limit drawn actors, sfdp beyond
  std::string title;        // empty: from the sources and the window
  BackboneOptions backbone; // which dyads to draw (default: disparity filter, α = 0.05)
  // The layout budget. Beyond it the strongest actors (by Σ|net|) and the
  // most important dyads (backbone order) are kept, and the caption and
  // notes say what was cut.
  std::size_t max_actors = 400;
  std::size_t max_dyads = 4000;
  std::size_t top_n = 0; // draw only the N strongest actors (0 = as the budget allows)
  double min_weight = 0; // leave out dyads with |net| below this
  bool clusters = false; // a box around each bloc (fdp/dot engines)
  bool legend = true;
  std::map<std::string, int> bloc;    // actor -> bloc index (0-based; bloc number = index + 1)
  std::string bloc_method;            // for the caption, e.g. "signed modularity"
  std::map<std::string, double> size; // actor -> size measure (empty: strength Σ|net|)
  std::string size_measure;           // what `size` holds, for the caption
  // Fixed positions (points), e.g. a shared layout: only these actors are
  // drawn and nothing is laid out again.
  Positions positions;
};

// Output formats by file extension.
enum class PictureFormat { dot, svg, png, pdf };
PictureFormat picture_format_for(const std::string &path); // throws Error::usage
std::string_view to_string(PictureFormat f);

DrawPlan plan_snapshot(const Snapshot &s, const PictureOptions &options);
// One node per bloc (sized by members, named by its largest members), one
// edge per pair of blocs with the net score summed over their dyads.
DrawPlan plan_blocs(const Snapshot &s, const PictureOptions &options);

// Lays the plan out once (unless every node is pinned) and returns its
// bytes in each format, in order. DOT is the graph as built, before layout.
std::vector<std::string> render_plan(const DrawPlan &plan,
                                     const std::vector<PictureFormat> &formats);
// The same, written atomically to each path (format by extension; "-" is
// DOT on stdout).
void write_pictures(const DrawPlan &plan, const std::vector<std::string> &paths);
// The plan's layout: every node's position in points.
Positions layout_positions(const DrawPlan &plan);

std::string snapshot_dot(const Snapshot &s, const PictureOptions &options);
std::string render_snapshot_bytes(const Snapshot &s, PictureFormat format,
                                  const PictureOptions &options);
void render_snapshot(const Snapshot &s, const std::vector<std::string> &paths,
                     const PictureOptions &options);

namespace detail {
std::string default_engine(std::size_t drawn_actors);
// Graphviz reads labels as escString (\N, \n, \l are escapes), so a name is
// drawn literally only with its backslashes doubled.
std::string literal_label(const std::string &name);
// "gdelt.tsv: 2020-01-01 to 2020-03-31, 749,737 events", or "…: undated,
// 362 events" when the snapshot has neither a window nor dated events.
std::string picture_title(const Snapshot &s);
// The window alone: "2020-01-01 to 2020-03-31", or "undated".
std::string window_text(const Snapshot &s);
// The first source's file name ("gdelt.tsv and 2 more"), or "entente".
std::string source_text(const Snapshot &s);
} // namespace detail

} // namespace entente
