// The main job's parts. Each run_*.cpp registers the jobs for one kind of
// shipped data; `entente run` runs them in order into the output folder.
//
//   namespace { void job(const RunContext& c) { ... c.output / "x.json" ... }
//               const RunJobRegistrar r{"relations", 10, job}; }
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace entente::cli {

struct RunContext {
  std::filesystem::path datasets; // input folder (exists)
  std::filesystem::path output;   // output folder (exists)
  bool quiet = false;
};

struct RunJob {
  std::string name;
  int order;
  std::function<void(const RunContext &)> run;
};

std::vector<RunJob> &run_jobs();

struct RunJobRegistrar {
  RunJobRegistrar(std::string name, int order, std::function<void(const RunContext &)> run) {
    run_jobs().push_back({std::move(name), order, std::move(run)});
  }
};

// Sorted regular files in `dir` with extension `ext` (".jsonl"); none if the
// folder is missing.
std::vector<std::filesystem::path> files_with_extension(const std::filesystem::path &dir,
                                                        const std::string &ext);

} // namespace entente::cli
