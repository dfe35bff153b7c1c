// The report's content for snapshots: for each one its picture (the
// backbone, blocs coloured), alignment heatmap, strongest alliances and
// rivalries, blocs, swing actors and balance; for consecutive snapshots
// what changed, with a diff picture on a layout shared by both.
//
//   entente::Report r = entente::snapshots_report({{"gdelt", s}}, "entente report");
//   entente::write_output("output/report.html", entente::report_html(r));
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/report.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace entente {

// A picture already drawn (the main job draws each snapshot once and the
// report reuses it instead of laying it out again).
struct ReportPicture {
  std::string svg;
  std::vector<std::string> caption;
};

struct NamedSnapshot {
  std::string name;
  Snapshot snapshot;
  std::optional<ReportPicture> picture; // drawn here when missing
};

struct ReportFigure {
  std::string caption;
  std::string svg;
};

// How much of a big snapshot the report shows.
struct ReportLimits {
  std::size_t heatmap_actors = 60; // alignment heatmap: the strongest, ordered by bloc
  std::size_t table_rows = 20;     // sign flips and other long lists
  std::size_t bloc_members = 25;   // members listed per bloc
  // Backbone, layout budget and engine of the pictures (blocs and sizes
  // come from each snapshot's measures).
  PictureOptions picture;
};

// Sections for every snapshot, then a comparison of each pair named in
// `compare` (indices into `snapshots`), then the extra figures.
Report snapshots_report(const std::vector<NamedSnapshot> &snapshots, const std::string &title,
                        const std::vector<std::pair<std::size_t, std::size_t>> &compare = {},
                        const std::vector<ReportFigure> &extra_figures = {},
                        const ReportLimits &limits = {});

} // namespace entente
