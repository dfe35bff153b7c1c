// entente export SNAPSHOT.json -o FILE.{graphml,gexf,csv,json}|FOLDER/ [--format F]
#include "entente/cli/command.hpp"
#include "entente/export/export.hpp"
#include "entente/metrics/compute.hpp"

namespace entente::cli {
namespace {

struct Options {
  std::string snapshot, output, format;
  bool quiet = false;
};

void run(const Options &o) {
  const auto format = o.format.empty() ? export_format_for(o.output) : export_format(o.format);
  export_paths(o.output, format); // usage errors before any work
  Snapshot s = load_snapshot(o.snapshot, {.dyad_table = false, .alignment = false});
  if (!s.metrics.centrality || !s.metrics.directed)
    s.metrics = compute_metrics(s); // saved without (some) measures: measure now
  std::string written;
  for (const auto &p : export_snapshot(s, o.output, format))
    written += (written.empty() ? "" : ", ") + p;
  note(o.quiet, "export: " + std::to_string(s.graph.actor_count()) + " actors, " +
                    std::to_string(s.graph.dyad_count()) + " dyads as " +
                    std::string(to_string(format)) + " -> " + written);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand(
      "export", "Write a snapshot for other tools: GraphML, GEXF (Gephi), node and edge CSV, "
                "node-link JSON (networkx)");
  cmd->footer("Every format carries the same typed columns: per actor its name, country, bloc, "
              "centrality and directed measures; per dyad net, sign, cooperation and conflict, "
              "events by quad class, for the total and each direction. docs/export.md.");
  cmd->add_option("snapshot", o->snapshot, "Snapshot JSON ('-' = stdin)")->required();
  cmd->add_option("-o,--output", o->output,
                  "File to write (.graphml, .gexf, .json; .csv or a folder for two CSV files)")
      ->required();
  cmd->add_option("--format", o->format, "graphml, gexf, csv or node-link (default: from -o)")
      ->check(CLI::IsMember({"graphml", "gexf", "csv", "node-link"}));
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"export", 35, setup};

} // namespace
} // namespace entente::cli
