// entente load INPUT... [--format F] [--weight W] [--level L] [filters] [--strict] -o FILE
//
// Converts event files (GDELT 1.0/2.0, ICEWS, CSV/TSV edge lists; plain, .gz
// or .zip) and relations JSONL into one relations JSONL file, so that the
// other stages (and other tools) read a single, documented format.
#include "entente/cli/command.hpp"
#include "entente/cli/event_options.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/relations_jsonl.hpp"

#include <iostream>
#include <optional>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string from, to, level = "country", output = "-";
  EventOptions events;
  bool quiet = false;
};

std::string describe_load(const IngestStats &s) {
  std::string text = "read " + std::to_string(s.rows) + " rows from " + std::to_string(s.files) +
                     (s.files == 1 ? " file" : " files") + "; wrote " +
                     std::to_string(s.relations) + " relations";
  for (const auto &[kind, n] : s.skipped)
    text += ", skipped " + std::to_string(n) + " (" + kind + ")";
  return text;
}

void run(const Options &o) {
  InputOptions input = o.events.to_input_options(o.quiet);
  input.level = parse_level(o.level);
  input.filter.from = optional_date(o.from, "--from");
  input.filter.to = optional_date(o.to, "--to");
  if (input.filter.from && input.filter.to && *input.filter.to < *input.filter.from)
    throw Error::usage("--to is before --from");
  IngestStats stats;
  if (o.output == "-") {
    std::ios::sync_with_stdio(false);
    RelationsWriter writer(std::cout);
    stats = read_inputs(o.inputs, input, [&](Relation &&r) { writer.write(r); });
    finish_stdout();
    report_bad_rows(stats);
  } else {
    AtomicFile file(o.output);
    RelationsWriter writer(file.stream());
    stats = read_inputs(o.inputs, input, [&](Relation &&r) { writer.write(r); });
    report_bad_rows(stats); // before commit: nothing usable writes nothing
    file.commit();
  }
  note(o.quiet, describe_load(stats) + (o.output == "-" ? "" : " -> " + o.output));
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand(
      "load", "Convert event files (GDELT, ICEWS, CSV/TSV edge lists, .gz/.zip) into "
              "relations JSONL");
  cmd->add_option("inputs", o->inputs, "Input files or folders ('-' = stdin)")->required();
  cmd->add_option("--from", o->from, "Keep events from this day on (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "Keep events up to this day (YYYY-MM-DD, inclusive)");
  cmd->add_option("--level", o->level, "Actors as country codes, or as full actor codes/names")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  add_event_options(cmd, o->events);
  add_output(cmd, o->output, "the relations JSONL");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"load", 15, setup};

} // namespace
} // namespace entente::cli
