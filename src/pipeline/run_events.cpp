// Main-job part: the event samples shipped in datasets/events/ (GDELT 1.0
// daily export rows, ICEWS coded events) go through the fast event fold and
// become output/events-<name>.{json,dot,svg,png}. Bad rows are reported, not
// fatal, like for users' files.
#include "entente/ingest/event_fold.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/flow.hpp"
#include "entente/pipeline/run_jobs.hpp"
#include "entente/render/views.hpp"

#include <algorithm>

namespace entente {

using detail::files_with_extension;
using detail::RunContext;

namespace {

void event_job(const std::filesystem::path &file, RunContext &c) {
  auto fold = fold_snapshots({file.string()}, {}, {Window{}});
  // Reported, even without progress notes; fatal only if every row is bad.
  for (const auto &line : bad_row_warnings(fold.stats))
    if (c.options.warn)
      c.options.warn(line);
  check_rows_usable(fold.stats);
  Snapshot &s = fold.snapshots.front();
  measure(s);
  const std::string name = "events-" + file.stem().string();
  const auto base = (c.output / name).string();
  save_snapshot(s, base + ".json");
  auto picture =
      draw_pictures(c, plan_snapshot(s, styled_picture(s)), base, {".dot", ".svg", ".png"});
  c.note(name + ": " + describe(fold.stats, s) + " -> " + base + ".{json,dot,svg,png}");
  c.results.snapshots.push_back({name, std::move(s), std::move(picture)});
}

} // namespace

void detail::run_events(RunContext &c) {
  const auto dir = c.datasets / "events";
  std::vector<std::filesystem::path> files;
  for (const char *ext : {".tsv", ".tab"})
    for (const auto &f : files_with_extension(dir, ext))
      files.push_back(f);
  std::sort(files.begin(), files.end());
  if (files.empty())
    throw Error::at(dir.string(), 0, "no event samples (*.tsv, *.tab)");
  for (const auto &file : files)
    event_job(file, c);
}

} // namespace entente
