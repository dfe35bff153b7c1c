// The main job (`entente run`): every dataset shipped in a datasets folder
// becomes snapshots, pictures, comparisons and one report.html in an output
// folder, from relations, events, articles and signed edge lists, each read
// once and carried between the steps in memory.
//
//   entente::RunOptions o;
//   o.datasets = "datasets";
//   o.output = "/tmp/entente-out";
//   o.note = [](const std::string &line) { std::cerr << line << "\n"; };
//   entente::run_main_job(o);   // throws Error (a missing folder, bad data)
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace entente {

struct RunOptions {
  std::filesystem::path datasets = "datasets"; // must exist
  std::filesystem::path output = "output";     // created if missing
  // Progress, one line per result written; none when empty.
  std::function<void(const std::string &)> note;
  // What must be seen even without progress (bad rows in the event samples);
  // none when empty.
  std::function<void(const std::string &)> warn;
};

void run_main_job(const RunOptions &options);

} // namespace entente
