// Main-job part: each relations file in datasets/relations/ becomes
// output/<name>.{json,dot,svg,png}.
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/flow.hpp"
#include "entente/pipeline/run_jobs.hpp"
#include "entente/render/views.hpp"

namespace entente {

using detail::files_with_extension;
using detail::RunContext;

namespace {

void snapshot_job(const std::string &name, const std::vector<std::string> &inputs, RunContext &c) {
  IngestStats stats;
  Snapshot s = snapshot_from_inputs(inputs, {}, {}, &stats);
  measure(s); // summary, balance, blocs, centrality, ...
  const auto base = (c.output / name).string();
  save_snapshot(s, base + ".json");
  auto picture =
      draw_pictures(c, plan_snapshot(s, styled_picture(s)), base, {".dot", ".svg", ".png"});
  c.note(name + ": " + describe(stats, s) + " -> " + base + ".{json,dot,svg,png}");
  c.results.snapshots.push_back({name, std::move(s), std::move(picture)});
}

} // namespace

void detail::run_relations(RunContext &c) {
  const auto files = files_with_extension(c.datasets / "relations", ".jsonl");
  if (files.empty())
    throw Error::at((c.datasets / "relations").string(), 0, "no relations files (*.jsonl)");
  for (const auto &file : files)
    snapshot_job(file.stem().string(), {file.string()}, c);
}

} // namespace entente
