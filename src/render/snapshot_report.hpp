// The report's content for snapshots: for each one its picture (blocs
// coloured), alignment heatmap, strongest alliances and rivalries, blocs,
// swing actors and balance; for consecutive snapshots what changed.
//
//   entente::Report r = entente::snapshots_report({{"gdelt", s}}, "entente report");
//   entente::write_output("output/report.html", entente::report_html(r));
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/report.hpp"

#include <string>
#include <utility>
#include <vector>

namespace entente {

struct NamedSnapshot {
  std::string name;
  Snapshot snapshot;
};

// Picture options that show the snapshot's blocs and centrality.
PictureOptions styled_picture(const Snapshot &s);

// Sections for every snapshot, then a comparison of each consecutive pair
// named in `compare` (indices into `snapshots`).
Report snapshots_report(const std::vector<NamedSnapshot> &snapshots, const std::string &title,
                        const std::vector<std::pair<std::size_t, std::size_t>> &compare = {},
                        const std::vector<std::pair<std::string, std::string>> &extra_figures = {});

} // namespace entente
