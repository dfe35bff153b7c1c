// entente-mpi's two jobs, each run by every rank of the job alike: the
// subcommand files (mpi_snapshot.cpp, mpi_extract.cpp) hold them, main.cpp
// parses and maps failures to exit codes.
//
//   entente::mpi::run_snapshot(comm, args, {});   // on every rank
#pragma once

#include "entente/cli/snapshot_job.hpp"
#include "entente/mpi/comm.hpp"
#include "entente/mpi/job.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente::mpi {

// What `entente snapshot` writes for the same arguments.
void run_snapshot(const Comm &comm, const cli::SnapshotArgs &args, const JobOptions &job);

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string date, output = "-", dictionaries, parser = "fast";
  int threads = 1; // per rank: one rank per core is MPI's way
  bool quiet = false;
};

// What `entente extract` writes for the same arguments.
void run_extract(const Comm &comm, const ExtractArgs &args, const JobOptions &job);

} // namespace entente::mpi
