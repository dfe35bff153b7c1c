// entente align A B INPUT [--json]: how alike two actors' stances toward
// everyone are (S, kappa, pi, tau-b on the 0..4 stance scale).
#include "entente/cli/command.hpp"
#include "entente/ingest/signed_csv.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/alignment.hpp"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace entente::cli {
namespace {

struct Options {
  std::string a, b, input, output = "-";
  bool json = false, quiet = false;
};

void run(const Options &o) {
  const Snapshot s = load_graph_input(o.input);
  for (const auto *code : {&o.a, &o.b})
    if (!s.graph.find(*code))
      // The data, not the command line, is what lacks it: exit 1 (issue 18).
      throw Error("actor '" + *code + "' is not in " + o.input);
  const Alignment a = align(s.graph, o.a, o.b);
  if (o.json) {
    write_output(o.output, nlohmann::json(a).dump(1) + "\n");
    return;
  }
  auto line = [](const char *label, double v) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "  %-34s %9.6f\n", label, v);
    return std::string(buf);
  };
  std::ostringstream out;
  out << o.a << " vs " << o.b << " (stance profiles over " << a.n << " actors, levels 0..4)\n"
      << line("S (absolute distances)", a.s_abs) << line("S (squared distances)", a.s_sq)
      << line("S (absolute, strength-weighted)", a.s_abs_weighted)
      << line("Cohen's kappa (quadratic weights)", a.kappa) << line("Scott's pi (nominal)", a.pi)
      << line("Kendall's tau-b", a.tau_b);
  write_output(o.output, out.str());
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("align", "Alignment of two actors: similarity of their stances "
                                          "toward everyone else");
  cmd->add_option("a", o->a, "First actor code")->required();
  cmd->add_option("b", o->b, "Second actor code")->required();
  cmd->add_option("input", o->input, "Snapshot JSON ('-' = stdin) or signed edges CSV")->required();
  cmd->add_flag("--json", o->json, "Print JSON");
  add_output(cmd, o->output, "the comparison");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"align", 41, setup};

} // namespace
} // namespace entente::cli
