// entente dyads INPUT... [--from D] [--to D] [--level L] [--half-life 30d] [--json]
// The dyad relations table (net score, cooperation share, quad classes,
// sign and weight), optionally with older events decayed by a half-life.
#include "entente/cli/command.hpp"
#include "entente/cli/event_options.hpp"
#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/dyads.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string from, to, level = "country", half_life;
  bool json = false;
  std::size_t top = 0;
};

void run(const Options &o) {
  SnapshotOptions options;
  options.window = {optional_date(o.from, "--from"), optional_date(o.to, "--to")};
  if (options.window.from && options.window.to && *options.window.to < *options.window.from)
    throw Error::usage("--to is before --from");
  options.level = parse_level(o.level);
  const double half_life = o.half_life.empty() ? 0 : parse_half_life(o.half_life);
  InputOptions input;
  input.level = options.level;
  std::vector<Relation> relations;
  const IngestStats stats =
      read_inputs(o.inputs, input, [&](Relation &&r) { relations.push_back(std::move(r)); });
  report_bad_rows(stats); // as snapshot does: bad rows never vanish
  SnapshotBuilder builder(options);
  if (half_life > 0) {
    std::optional<Date> reference = options.window.to;
    if (!reference)
      for (const auto &r : relations)
        if (options.window.contains(r.date) && (!reference || r.date > *reference))
          reference = r.date;
    for (const auto &r : relations)
      builder.add(decayed(r, reference.value_or(r.date), half_life));
  } else {
    for (const auto &r : relations)
      builder.add(r);
  }
  const Snapshot s = std::move(builder).finish(o.inputs);
  auto rows = dyad_relations(s.graph);
  if (o.json) {
    std::cout << nlohmann::json(rows).dump(1) << "\n";
    finish_stdout();
    return;
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto &x, const auto &y) { return x.weight > y.weight; });
  if (o.top && rows.size() > o.top)
    rows.resize(o.top);
  std::printf("%-12s %-12s %7s %12s %6s %5s  %s\n", "a", "b", "events", "net", "coop%", "sign",
              "quad 1/2/3/4");
  for (const auto &r : rows)
    std::printf("%-12s %-12s %7lld %12.3f %6.1f %5d  %lld/%lld/%lld/%lld\n", r.a.c_str(),
                r.b.c_str(), static_cast<long long>(r.events), r.net, 100 * r.coop_share, r.sign,
                static_cast<long long>(r.quad[0]), static_cast<long long>(r.quad[1]),
                static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]));
  finish_stdout();
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("dyads", "Dyad relations (net score, cooperation share, quad "
                                          "classes), optionally decayed by a half-life");
  cmd->add_option("inputs", o->inputs, "Input files or folders ('-' = stdin)")->required();
  cmd->add_option("--from", o->from, "First day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", o->to, "Last day; also the decay reference (default: last event)");
  cmd->add_option("--level", o->level, "Fold actors to their country, or keep full codes")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  cmd->add_option("--half-life", o->half_life, "Exponential decay of event weights, e.g. 30d");
  cmd->add_option("--top", o->top, "Only the N dyads with the largest |net|");
  cmd->add_flag("--json", o->json, "Print JSON (sorted by actor pair)");
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"dyads", 43, setup};

} // namespace
} // namespace entente::cli
