// entente snapshot INPUT... [--from D] [--to D] [--split D[,D...]] [--level country|actor]
//                  [--format F] [--weight W] [--roots R] [--quads Q] [--countries C]
//                  [--root-only] [--strict] -o FILE | --partial FILE
// entente snapshot INPUT... (--every P | --window Nd --step Nd) [--from D] [--to D] -o DIR
//
// Every input kind (articles, relations JSONL, GDELT, ICEWS, edge lists;
// plain, .gz or .zip; stdin) goes through the one fold (fold_inputs in
// pipeline.hpp) with every window option. --split cuts the window
// into consecutive snapshots written as FILE's stem + ".A.json", ".B.json",
// ...; --every and --window/--step write one snapshot per window into DIR,
// named by window_label ("2011-08.json"), from one pass over the input.
#include "entente/cli/command.hpp"
#include "entente/cli/snapshot_job.hpp"
#include "entente/pipeline/pipeline.hpp"

namespace entente::cli {
namespace {

template <typename Windows>
void run_with(const SnapshotArgs &o, const SnapshotJob &job, const Windows &windows) {
  if (!o.partial.empty()) {
    auto folded = fold_input_parts(o.inputs, job.input, job.articles, windows);
    return save_partial(o, folded.parts, folded.stats);
  }
  const auto [snapshots, stats] = fold_inputs(o.inputs, job.input, job.articles, windows);
  save_snapshots(o, job, snapshots, stats);
}

void run(const SnapshotArgs &o) {
  const SnapshotJob job = resolve_snapshot(o);
  if (job.series)
    run_with(o, job, *job.series);
  else
    run_with(o, job, job.windows);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<SnapshotArgs>();
  auto *cmd = app.add_subcommand("snapshot", "Fold events from a time window into a signed "
                                             "graph and save it as snapshot JSON");
  add_snapshot_options(cmd, *o);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"snapshot", 20, setup};

} // namespace
} // namespace entente::cli
