// entente metrics INPUT [--json] [-o FILE] [--save SNAPSHOT.json] [--top N] [--k K] [--alpha A]
// INPUT is a snapshot JSON or a signed edges CSV (datasets/signed/*_edges.csv).
#include "entente/cli/command.hpp"
#include "entente/ingest/signed_csv.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/compute.hpp"

#include <chrono>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

namespace entente::cli {
namespace {

struct Options {
  std::string input, output = "-", save;
  bool json = false, quiet = false, time = false;
  std::size_t top = 15, k = 0;
  double alpha = 0.5;
};

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void run(const Options &o) {
  if (o.save == "-" && o.output == "-")
    throw Error::usage("metrics --save - would put the snapshot and the table (or --json) on "
                       "standard output together: give --save or -o a file");
  const auto begin = std::chrono::steady_clock::now();
  Snapshot s = load_graph_input(o.input);
  if (o.k > s.graph.actor_count())
    throw Error::usage("--k " + std::to_string(o.k) + ": more blocs than the " +
                       std::to_string(s.graph.actor_count()) + " actors of " + o.input);
  const double load = seconds_since(begin);
  MetricsOptions m;
  m.blocs.k = o.k;
  m.blocs.alpha = o.alpha;
  m.timings = o.time;
  // Progress on graphs whose measures take a while (seconds, not
  // milliseconds): which measure runs now, and whether it is exact.
  if (!o.quiet && betweenness_work(s.graph.actor_count(), s.graph.dyad_count()) > 1e7)
    m.progress = [](const std::string &what) { std::cerr << "entente: metrics: " << what << "\n"; };
  const auto start = std::chrono::steady_clock::now();
  s.metrics = compute_metrics(s, m);
  if (o.time) {
    nlohmann::json seconds = s.metrics.seconds.value_or(std::map<std::string, double>{});
    s.metrics.seconds.reset();               // timings go to stderr, never into files
    seconds["total"] = seconds_since(start); // the measures, without loading
    seconds["load"] = load;
    std::cerr << "entente: seconds " << seconds.dump() << "\n";
  }
  if (!o.save.empty())
    save_snapshot(s, o.save);
  write_output(o.output, o.json ? nlohmann::json(s.metrics).dump(1) + "\n"
                                : metrics_table(s.metrics, top_or_all(o.top)));
  if (s.metrics.centrality && !s.metrics.centrality->betweenness_exact)
    note(o.quiet, "betweenness " + s.metrics.centrality->betweenness_method);
  if (!o.save.empty() && o.save != "-")
    note(o.quiet, "snapshot with its metrics saved to " + o.save);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand(
      "metrics", "Balance, blocs, centrality and alignment of a snapshot, as a table or JSON");
  cmd->add_option("input", o->input, "Snapshot JSON ('-' = stdin) or signed edges CSV")->required();
  cmd->add_flag("--json", o->json, "Print the metrics as JSON instead of a table");
  add_output(cmd, o->output, "the table (or --json)");
  cmd->add_option("--save", o->save, "Also save the snapshot with its metrics here");
  add_top(cmd, o->top, "actors in the table's lists");
  cmd->add_option("--k", o->k, "Doreian-Mrvar blocs (0 = as many as by modularity)")
      ->capture_default_str();
  cmd->add_option("--alpha", o->alpha, "Doreian-Mrvar weight of negative ties inside blocs")
      ->check(finite_range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_flag("--time", o->time,
                "Wall time per measure, in all (\"total\") and of loading the input (\"load\") "
                "on stderr (JSON)");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"metrics", 40, setup};

} // namespace
} // namespace entente::cli
