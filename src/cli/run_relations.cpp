// Main-job part: each relations file in datasets/relations/ becomes
// output/<name>.{json,dot,svg,png}.
#include "entente/cli/command.hpp"
#include "entente/cli/pipeline.hpp"
#include "entente/cli/run_jobs.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/render/views.hpp"

namespace entente::cli {
namespace {

void snapshot_job(const std::string &name, const std::vector<std::string> &inputs, RunContext &c) {
  IngestStats stats;
  Snapshot s = snapshot_from_inputs(inputs, {}, {}, &stats);
  s.metrics = compute_metrics(s, {}); // summary, balance, blocs, centrality, ...
  const auto base = (c.output / name).string();
  save_snapshot(s, base + ".json");
  auto picture =
      draw_pictures(plan_snapshot(s, styled_picture(s)), base, {".dot", ".svg", ".png"}, c.quiet);
  note(c.quiet, name + ": " + describe(stats, s) + " -> " + base + ".{json,dot,svg,png}");
  c.results.snapshots.push_back({name, std::move(s), std::move(picture)});
}

void run(RunContext &c) {
  const auto files = files_with_extension(c.datasets / "relations", ".jsonl");
  if (files.empty())
    throw Error::at((c.datasets / "relations").string(), 0, "no relations files (*.jsonl)");
  for (const auto &file : files)
    snapshot_job(file.stem().string(), {file.string()}, c);
}

const RunJobRegistrar registrar{"relations", 10, run};

} // namespace
} // namespace entente::cli
