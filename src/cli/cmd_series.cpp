// entente series DIR [--json]: frustration index L, F and triangle balance
// of every signed edge list in DIR (e.g. the 51 Correlates of War windows),
// with the time each frustration index took.
#include "entente/cli/command.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/pipeline/balance_series.hpp"

#include <iostream>

namespace entente::cli {
namespace {

struct Options {
  std::string dir, output = "-";
  bool json = false, quiet = false;
};

void run(const Options &o) {
  const auto rows = balance_series(o.dir);
  write_output(o.output, o.json ? series_json(rows).dump(1) + "\n" : series_table(rows, true));
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand(
      "series", "Balance series (frustration index, F, triangle balance) over a folder of "
                "signed edge lists");
  cmd->add_option("dir", o->dir, "Folder of *_edges.csv (with *_vertices.csv beside)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("--json", o->json, "Print JSON (without timings)");
  add_output(cmd, o->output, "the table (or --json)");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"series", 42, setup};

} // namespace
} // namespace entente::cli
