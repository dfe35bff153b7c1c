// entente-mpi: entente's snapshot and extract jobs over the ranks of an MPI
// job (mpirun, srun), writing what one entente process writes. Parses, runs
// the job on every rank, and maps failures to exit codes here and nowhere
// else (0 ok, 1 failure, 2 usage); rank 0 alone prints. docs/mpi.md.
#include "entente/cli/command.hpp"
#include "entente/core/error.hpp"
#include "entente/core/version.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/temp_registry.hpp"
#include "entente/mpi/jobs.hpp"

#include <iostream>

namespace entente::mpi {
namespace {

void add_job_options(CLI::App *cmd, JobOptions &m) {
  cmd->add_option("--timings", m.timings,
                  "Write the stages' seconds (plan, work on the slowest and fastest rank, "
                  "reduce, finish) as JSON to FILE");
  cmd->add_option("--min-range", m.min_range,
                  "Cut a file between ranks only into pieces of at least this many bytes")
      ->capture_default_str();
}

void setup(CLI::App &app, const Comm &comm) {
  auto snapshot = std::make_shared<cli::SnapshotArgs>();
  auto snapshot_job = std::make_shared<JobOptions>();
  auto *s = app.add_subcommand("snapshot", "entente snapshot over the ranks: each folds a share "
                                           "of the inputs, rank 0 writes the snapshots");
  cli::add_snapshot_options(s, *snapshot);
  add_job_options(s, *snapshot_job);
  s->callback([&comm, snapshot, snapshot_job] { run_snapshot(comm, *snapshot, *snapshot_job); });

  auto extract = std::make_shared<ExtractArgs>();
  auto extract_job = std::make_shared<JobOptions>();
  auto *e = app.add_subcommand("extract", "entente extract over the ranks: each codes a share "
                                          "of the documents, rank 0 writes the relations");
  e->add_option("inputs", extract->inputs, "Articles (.txt), documents (.jsonl) or folders")
      ->required();
  e->add_option("--date", extract->date,
                "Date of every document (YYYY-MM-DD); else the text's own");
  cli::add_output(e, extract->output, "the relations JSONL");
  e->add_option("--dictionaries", extract->dictionaries,
                "Folder of coder dictionaries (default: as entente extract)");
  e->add_option("--threads", extract->threads, "Threads per rank")->capture_default_str();
  e->add_option("--parser", extract->parser, "fast or link (as entente extract)")
      ->check(CLI::IsMember({"fast", "link"}))
      ->capture_default_str();
  cli::add_quiet(e, extract->quiet);
  add_job_options(e, *extract_job);
  e->callback([&comm, extract, extract_job] { run_extract(comm, *extract, *extract_job); });
}

int parse_error(const Comm &comm, CLI::App &app, const CLI::ParseError &e) {
  if (comm.rank() != 0) // every rank parsed the same arguments
    return e.get_exit_code() == 0 ? 0 : static_cast<int>(ExitCode::usage);
  if (e.get_exit_code() == 0)
    return app.exit(e) == 0 ? 0 : static_cast<int>(ExitCode::usage);
  std::cerr << "entente-mpi: error: " << e.what() << " (see 'entente-mpi --help')\n";
  return static_cast<int>(ExitCode::usage);
}

} // namespace
} // namespace entente::mpi

int main(int argc, char **argv) {
  using namespace entente;
  cli::keep_freed_memory();
  // Before MPI starts its threads: they inherit the blocked cleanup signals.
  install_cleanup_handlers();
  mpi::Session session(argc, argv);
  const mpi::Comm comm;
  CLI::App app{"entente-mpi: entente snapshot and extract over the ranks of an MPI job, writing "
               "what one entente process writes (docs/mpi.md)"};
  app.name("entente-mpi");
  app.require_subcommand(1);
  app.set_version_flag("--version", "entente-mpi " + std::string(version()));
  try {
    mpi::setup(app, comm);
    app.parse(argc, argv);
    return 0;
  } catch (const CLI::ParseError &e) {
    return mpi::parse_error(comm, app, e);
  } catch (const mpi::JobFailed &f) {
    return f.code;
  } catch (const std::exception &e) { // outside the stages: this rank alone (rank 0's timings)
    std::cerr << "entente-mpi: error: rank " << comm.rank() << ": " << e.what() << "\n";
    return static_cast<int>(ExitCode::failure);
  }
}
