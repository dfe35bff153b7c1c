// What entente-mpi's jobs share: the rule that ranks fail together, stage
// timings, and the options of every job. A job is a sequence of stages;
// after each, every rank learns whether any rank failed (Comm::any), and
// if one did, rank 0 prints the failing ranks' messages and every rank
// stops with that exit code, before anything is written.
//
//   entente::mpi::together(comm, [&] { folded = fold_share(...); });
#pragma once

#include "entente/mpi/comm.hpp"

#include <chrono>
#include <functional>
#include <map>
#include <string>

namespace entente::mpi {

// The whole job failed (already reported): exit with `code`.
struct JobFailed {
  int code = 1;
};

// Runs `stage` on this rank, then agrees with the others: throws JobFailed
// on every rank if the stage failed on any.
void together(const Comm &comm, const std::function<void()> &stage);

struct JobOptions {
  std::string timings;                              // --timings FILE: stage seconds as JSON
  std::uint64_t min_range = std::uint64_t{8} << 20; // smallest piece of a cut file
};

// Seconds since construction.
class Stopwatch {
public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Stage seconds of a job, written by rank 0 to --timings (JSON: command,
// ranks, seconds by stage, reduced_bytes).
struct Timings {
  std::string command;
  int ranks = 1;
  std::map<std::string, double> seconds;
  std::uint64_t reduced_bytes = 0;
};
void write_timings(const Timings &t, const std::string &path);

} // namespace entente::mpi
