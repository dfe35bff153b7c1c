// Where snapshot and merge write folded windows, measured unless told not
// to: one window to -o FILE ('-' = stdout), a --split list to FILE's stem +
// .A.json, .B.json, ..., a series into the folder -o DIR as <window>.json
// (replacing the folder's windows from an earlier run).
//
//   entente::cli::save_window_list(snapshots, stats, "out/s.json", true, false);
#pragma once

#include "entente/graph/series.hpp"
#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"

#include <string>
#include <vector>

namespace entente::cli {

// "out/s.json" -> "out/s.A.json" for window 0.
std::string window_output(const std::string &output, std::size_t i);

void save_window_list(const std::vector<Snapshot> &snapshots, const IngestStats &stats,
                      const std::string &output, bool metrics, bool quiet);

// Throws Error when no window has a relation (nothing is written).
void save_series(const std::vector<Snapshot> &snapshots, const IngestStats &stats,
                 const SeriesOptions &series, const std::string &output, bool metrics, bool quiet);

} // namespace entente::cli
