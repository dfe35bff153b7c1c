// The main job's parts (private to the pipeline stage). Each run_*.cpp is
// one kind of shipped data; run.cpp calls them in order into the output
// folder. Jobs hand what the report shows (measured snapshots, their
// pictures, charts) to the report job in memory: nothing is written and
// read back.
//
//   void run_relations(RunContext &c) { ... c.output / "x.json" ...
//                                       c.results.snapshots.push_back(...); }
#pragma once

#include "entente/core/error.hpp"
#include "entente/pipeline/run.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/snapshot_report.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace entente::detail {

// What the report job needs from the others.
struct RunResults {
  std::vector<NamedSnapshot> snapshots; // reported in name order
  std::vector<NamedSnapshot> compared;  // reported last, each pair with a diff
  std::vector<ReportFigure> charts;
};

struct RunContext {
  std::filesystem::path datasets; // input folder (exists)
  std::filesystem::path output;   // output folder (exists)
  const RunOptions &options;
  RunResults results;

  void note(const std::string &line) const {
    if (options.note)
      options.note(line);
  }
};

// The jobs, in the order run_main_job calls them.
void run_articles(RunContext &c);
void run_relations(RunContext &c);
void run_events(RunContext &c);
void run_cow(RunContext &c);
void run_compare(RunContext &c);
void run_report(RunContext &c); // last: report.html from the others' results

// Sorted regular files in `dir` with extension `ext` (".jsonl"); none if the
// folder is missing.
std::vector<std::filesystem::path> files_with_extension(const std::filesystem::path &dir,
                                                        const std::string &ext);

// Draws the plan once into base + each extension and returns its SVG and
// caption for the report; the budget's notes go to c.note.
ReportPicture draw_pictures(const RunContext &c, const DrawPlan &plan, const std::string &base,
                            const std::vector<std::string> &extensions);

} // namespace entente::detail
