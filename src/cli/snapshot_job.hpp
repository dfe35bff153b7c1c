// What `entente snapshot` and `entente-mpi snapshot` share: their options,
// declared once for CLI11, turned into a job (inputs, windows or a series,
// input and article options) with every check made before any work, and
// the writing of the result (snapshots, or a partial for entente merge).
//
//   auto args = std::make_shared<entente::cli::SnapshotArgs>();
//   entente::cli::add_snapshot_options(cmd, *args);
//   const entente::cli::SnapshotJob job = entente::cli::resolve_snapshot(*args);
#pragma once

#include "entente/cli/event_options.hpp"
#include "entente/graph/fold.hpp"
#include "entente/graph/series.hpp"
#include "entente/pipeline/pipeline.hpp"

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace entente::cli {

struct SnapshotArgs {
  std::vector<std::string> inputs;
  std::string from, to, split, level = "country", output = "-";
  std::string every, window, step;
  std::string partial;                    // --partial FILE: the fold's state for entente merge
  std::string article_date, dictionaries; // for .txt articles among the inputs
  EventOptions events;
  bool quiet = false, no_metrics = false;
};

void add_snapshot_options(CLI::App *cmd, SnapshotArgs &args);

struct SnapshotJob {
  InputOptions input;
  ArticleOptions articles;
  std::vector<Window> windows;         // a fixed list (--from/--to, --split), or
  std::optional<SeriesOptions> series; // a series (--every, --window/--step)
};

// Checks the options (usage errors) and, for a series written to a folder,
// the folder, before anything is read.
SnapshotJob resolve_snapshot(const SnapshotArgs &args);

// The snapshots (measured unless --no-metrics) where -o says, with the
// bad-row account and the one-line summary.
void save_snapshots(const SnapshotArgs &args, const SnapshotJob &job,
                    const std::vector<Snapshot> &snapshots, const IngestStats &stats);

// The folds to --partial FILE with the bad-row account; `sources` are the
// inputs as given.
void save_partial(const SnapshotArgs &args, std::vector<Fold> &parts, const IngestStats &stats);

} // namespace entente::cli
