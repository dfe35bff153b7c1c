// entente snapshot INPUT... [--from D] [--to D] [--level country|actor] -o FILE
#include "entente/cli/command.hpp"
#include "entente/cli/pipeline.hpp"
#include "entente/metrics/summary.hpp"

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string from, to, level = "country", format = "auto", output = "-";
  bool quiet = false;
};

void run(const Options &o) {
  SnapshotOptions options;
  options.window = {optional_date(o.from, "--from"), optional_date(o.to, "--to")};
  if (options.window.from && options.window.to && *options.window.to < *options.window.from)
    throw Error::usage("--to is before --from");
  options.level = parse_level(o.level);
  InputOptions input;
  input.format = parse_input_format(o.format);
  IngestStats stats;
  Snapshot s = snapshot_from_inputs(o.inputs, input, options, &stats);
  s.metrics["summary"] = summarize(s.graph);
  save_snapshot(s, o.output);
  note(o.quiet, describe(stats, s) + (o.output == "-" ? "" : " -> " + o.output));
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("snapshot", "Fold relations from a time window into a signed "
                                             "graph and save it as snapshot JSON");
  cmd->add_option("inputs", o->inputs, "Input files or folders ('-' = stdin)")->required();
  cmd->add_option("--from", o->from, "First day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", o->to, "Last day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--level", o->level, "Fold actors to their country, or keep full codes")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  cmd->add_option("--format", o->format, "Input format (auto = detect per file)")
      ->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Snapshot JSON to write ('-' = stdout)")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", o->quiet, "No summary on stderr");
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"snapshot", 20, setup};

} // namespace
} // namespace entente::cli
