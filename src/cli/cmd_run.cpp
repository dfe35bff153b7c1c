// entente run: the main job (entente::run_main_job, src/pipeline/run.hpp).
// Every dataset shipped in datasets/ becomes snapshots, pictures and
// comparisons in output/.
#include "entente/cli/command.hpp"
#include "entente/pipeline/run.hpp"

#include <iostream>

namespace entente::cli {
namespace {

struct Options {
  std::string datasets = "datasets", output = "output";
  bool quiet = false;
};

void run(const Options &o) {
  RunOptions r;
  r.datasets = o.datasets;
  r.output = o.output;
  if (!o.quiet)
    r.note = [](const std::string &line) { note(false, line); };
  // Bad rows never vanish, even with --quiet.
  r.warn = [](const std::string &line) { std::cerr << "entente: " << line << "\n"; };
  run_main_job(r);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("run", "The main job: every dataset in DATASETS to snapshots, "
                                        "pictures and comparisons in OUTPUT");
  cmd->add_option("--datasets", o->datasets, "Folder of input data")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Folder for the results (created if missing)")
      ->capture_default_str();
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"run", 10, setup};

} // namespace
} // namespace entente::cli
