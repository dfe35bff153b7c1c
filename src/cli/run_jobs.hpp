// The main job's parts. Each run_*.cpp registers the jobs for one kind of
// shipped data; `entente run` runs them in order into the output folder.
// Jobs hand what the report shows (measured snapshots, their pictures,
// charts) to the report job in memory: nothing is written and read back.
//
//   namespace { void job(RunContext& c) { ... c.output / "x.json" ...
//                                         c.results.snapshots.push_back(...); }
//               const RunJobRegistrar r{"relations", 10, job}; }
#pragma once

#include "entente/render/picture.hpp"
#include "entente/render/snapshot_report.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace entente::cli {

// What the report job needs from the others.
struct RunResults {
  std::vector<NamedSnapshot> snapshots; // reported in name order
  std::vector<NamedSnapshot> compared;  // reported last, each pair with a diff
  std::vector<ReportFigure> charts;
};

struct RunContext {
  std::filesystem::path datasets; // input folder (exists)
  std::filesystem::path output;   // output folder (exists)
  bool quiet = false;
  RunResults results;
};

struct RunJob {
  std::string name;
  int order;
  std::function<void(RunContext &)> run;
};

std::vector<RunJob> &run_jobs();

struct RunJobRegistrar {
  RunJobRegistrar(std::string name, int order, std::function<void(RunContext &)> run) {
    run_jobs().push_back({std::move(name), order, std::move(run)});
  }
};

// Sorted regular files in `dir` with extension `ext` (".jsonl"); none if the
// folder is missing.
std::vector<std::filesystem::path> files_with_extension(const std::filesystem::path &dir,
                                                        const std::string &ext);

// Draws the plan once into base + each extension and returns its SVG and
// caption for the report; the budget's notes go to stderr.
ReportPicture draw_pictures(const DrawPlan &plan, const std::string &base,
                            const std::vector<std::string> &extensions, bool quiet);

} // namespace entente::cli
