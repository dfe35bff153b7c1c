// entente dyads INPUT... [--from D] [--to D] [--level L] [--half-life 30d] [--json] [-o FILE]
//                 [event filters as in snapshot]
// The dyad relations table (net score, cooperation share, quad classes,
// sign and |net|), optionally with older events decayed by a half-life.
#include "entente/cli/command.hpp"
#include "entente/cli/event_options.hpp"
#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/dyads.hpp"
#include "entente/pipeline/pipeline.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string from, to, level = "country", half_life, output = "-";
  EventOptions events;
  bool json = false, quiet = false;
  std::size_t top = 0;
};

// Without decay the inputs take the one fold as snapshot does (rows folded
// in place). Decay changes each relation's weight by its date, so then they
// pass as relations; its reference day is --to, else the last event in the
// window, which only the whole input tells (so then the relations are held;
// otherwise they stream into the builder).
Snapshot fold_dyads(const Options &o, const SnapshotOptions &options, const InputOptions &input,
                    IngestStats &stats) {
  const double half_life = o.half_life.empty() ? 0 : parse_half_life(o.half_life);
  if (half_life <= 0)
    return snapshot_from_inputs(o.inputs, input, options, &stats);
  SnapshotBuilder builder(options);
  std::vector<Relation> held;
  const auto &to = options.window.to;
  stats = read_relations(o.inputs, input, {}, [&](Relation &&r) {
    if (to)
      builder.add(decayed(r, *to, half_life));
    else
      held.push_back(std::move(r));
  });
  std::optional<Date> reference;
  for (const auto &r : held)
    if (options.window.contains(r.date) && (!reference || r.date > *reference))
      reference = r.date;
  for (const auto &r : held)
    builder.add(decayed(r, reference.value_or(r.date), half_life));
  return std::move(builder).finish(o.inputs);
}

std::string dyads_table(std::vector<DyadRelation> rows, std::size_t top) {
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto &x, const auto &y) { return x.abs_net > y.abs_net; });
  if (rows.size() > top)
    rows.resize(top);
  std::size_t width = 12; // codes longer than a column widen it (issue 18)
  for (const auto &r : rows)
    width = std::max({width, r.a.size(), r.b.size()});
  const int w = static_cast<int>(width);
  std::string out;
  char line[512];
  std::snprintf(line, sizeof line, "%-*s %-*s %7s %12s %6s %5s  %s\n", w, "a", w, "b", "events",
                "net", "coop%", "sign", "quad 1/2/3/4");
  out += line;
  for (const auto &r : rows) {
    out += r.a + std::string(width + 1 - r.a.size(), ' ') + r.b +
           std::string(width + 1 - r.b.size(), ' ');
    std::snprintf(line, sizeof line, "%7lld %12.3f %6.1f %5d  %lld/%lld/%lld/%lld\n",
                  static_cast<long long>(r.events), r.net, 100 * r.coop_share, r.sign,
                  static_cast<long long>(r.quad[0]), static_cast<long long>(r.quad[1]),
                  static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]));
    out += line;
  }
  return out;
}

void run(const Options &o) {
  SnapshotOptions options;
  options.window = {optional_date(o.from, "--from"), optional_date(o.to, "--to")};
  if (options.window.from && options.window.to && *options.window.to < *options.window.from)
    throw Error::usage("--to is before --from");
  InputOptions input = o.events.to_input_options(o.quiet);
  input.level = options.level = parse_level(o.level);
  options.groups = input.groups;
  options.regions = input.regions;
  IngestStats stats;
  const Snapshot s = fold_dyads(o, options, input, stats);
  report_bad_rows(stats); // as snapshot does: bad rows never vanish
  note(o.quiet, describe(stats, s));
  auto rows = dyad_relations(s.graph);
  write_output(o.output, o.json ? nlohmann::json(rows).dump(1) + "\n"
                                : dyads_table(std::move(rows), top_or_all(o.top)));
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("dyads", "Dyad relations (net score, cooperation share, quad "
                                          "classes), optionally decayed by a half-life");
  cmd->add_option("inputs", o->inputs,
                  "Input files or folders ('-' = stdin): .txt articles, relations JSONL, GDELT "
                  "1.0/2.0, ICEWS, CSV/TSV edge lists; .gz and .zip are read directly")
      ->required();
  cmd->add_option("--from", o->from, "First day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", o->to, "Last day; also the decay reference (default: last event)");
  cmd->add_option("--level", o->level, "Fold actors to their country, or keep full codes")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  cmd->add_option("--half-life", o->half_life, "Exponential decay of event weights, e.g. 30d");
  add_event_options(cmd, o->events);
  add_top(cmd, o->top, "dyads in the table, by |net|");
  cmd->add_flag("--json", o->json, "Print JSON (sorted by actor pair; every dyad)");
  add_output(cmd, o->output, "the table (or --json)");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"dyads", 43, setup};

} // namespace
} // namespace entente::cli
