// Inputs to snapshots: every input kind ingest reads (event files, relations
// JSONL, archives, stdin) streamed into the one fold (graph/fold.hpp). Rows
// are parsed in place and folded straight into per-window dyad tables, large
// plain files are split between two threads (one Fold each), and the tables
// become Snapshots only at the end. Memory depends on the number of dyads,
// not on the input size. fold_parts + fold_into let a caller add relations
// of its own (coded articles, cli/pipeline.cpp) to the same fold.
//
//   entente::InputOptions options;  options.level = entente::Level::actor;
//   auto fold = entente::fold_snapshots({"events.export.CSV.zip"}, options,
//       {{std::nullopt, Date::parse("2020-07-01")}, {Date::parse("2020-07-02"), std::nullopt}});
//   fold.snapshots[0].graph.dyad_count();  fold.stats.skipped["columns"];
//   entente::SeriesOptions months_of;  months_of.period = entente::parse_period("month");
//   auto months = entente::fold_series({"events.tsv"}, options, months_of);
#pragma once

#include "entente/graph/fold.hpp"
#include "entente/graph/series.hpp"
#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"
#include "entente/ingest/stream.hpp"

#include <string>
#include <vector>

namespace entente {

struct EventFold {
  std::vector<Snapshot> snapshots; // one per window, in the order given
  IngestStats stats;
};

// options.filter.from/to are ignored here: windows decide (rows outside
// every window are counted in each snapshot's fold.outside_window).
// options.level picks country or actor codes. Throws Error on unreadable
// input, on an unknown format, and (options.strict) on the first bad row.
EventFold fold_snapshots(const std::vector<std::string> &paths, const InputOptions &options,
                         const std::vector<Window> &windows);

// A series (graph/series.hpp) in one pass: one snapshot per window from the
// first to the last window with a row in it (empty ones between included),
// in window order. Each row is folded into the windows containing it only
// (found from its date), so hundreds of windows cost no more per row than
// one. Throws Error::usage past series.max_windows.
EventFold fold_series(const std::vector<std::string> &paths, const InputOptions &options,
                      const SeriesOptions &series);

// The Folds fold_snapshots / fold_series use: one per reading thread, over
// these windows (options.fold_policy() for a list; a series' own policy).
std::vector<Fold> fold_parts(const InputOptions &options, const std::vector<Window> &windows);
std::vector<Fold> fold_parts(const InputOptions &options, const SeriesOptions &series);
// Streams every input into the parts (options.filter.from/to ignored: the
// windows decide); finish with finish_folds(parts, sources, threads).
IngestStats fold_into(const std::vector<std::string> &paths, const InputOptions &options,
                      std::vector<Fold> &parts);
// One range of an input (a whole file, or lines of a large plain one) into
// `fold`, on one thread: entente-mpi folds a rank's share range by range
// (stream_range says what comes back).
RangeStats fold_range(const InputRange &range, const InputOptions &options, Fold &fold);

} // namespace entente
