// entente snapshot INPUT... [--from D] [--to D] [--split D[,D...]] [--level country|actor]
//                  [--format F] [--weight W] [--roots R] [--quads Q] [--countries C]
//                  [--root-only] [--strict] -o FILE
//
// Event files (GDELT, ICEWS, edge lists; plain, .gz or .zip) take the fast
// fold (ingest/event_fold.hpp); relations JSONL alone keeps the relation by
// relation path. --split cuts the window into consecutive snapshots written
// as FILE's stem + ".A.json", ".B.json", ...
#include "entente/cli/command.hpp"
#include "entente/cli/event_options.hpp"
#include "entente/cli/pipeline.hpp"
#include "entente/core/text.hpp"
#include "entente/ingest/event_fold.hpp"
#include "entente/metrics/compute.hpp"

#include <filesystem>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string from, to, split, level = "country", output = "-";
  EventOptions events;
  bool quiet = false;
};

std::vector<Window> windows_of(const Window &whole, const std::string &split) {
  std::vector<Date> cuts;
  for (auto item : detail::split(split, ','))
    cuts.push_back(*optional_date(std::string(detail::trim(item)), "--split"));
  if (!std::is_sorted(cuts.begin(), cuts.end()) ||
      std::adjacent_find(cuts.begin(), cuts.end()) != cuts.end())
    throw Error::usage("--split dates must be increasing");
  if (cuts.size() > 25)
    throw Error::usage("--split: at most 25 dates");
  for (const auto &c : cuts)
    if ((whole.from && c <= *whole.from) || (whole.to && c > *whole.to))
      throw Error::usage("--split date " + c.to_string() + " is outside --from/--to");
  std::vector<Window> out;
  std::optional<Date> from = whole.from;
  for (const auto &c : cuts) {
    out.push_back({from, c + -1});
    from = c;
  }
  out.push_back({from, whole.to});
  return out;
}

// "out/s.json" -> "out/s.A.json" for window 0.
std::string window_output(const std::string &output, std::size_t i) {
  std::filesystem::path p(output);
  const std::string ext = p.extension().empty() ? ".json" : p.extension().string();
  return (p.parent_path() / (p.stem().string() + "." + std::string(1, char('A' + i)) + ext))
      .string();
}

bool relations_only(const std::vector<std::string> &inputs, InputFormat format) {
  if (format == InputFormat::relations)
    return true;
  if (format != InputFormat::automatic)
    return false;
  for (const auto &f : expand_inputs(inputs)) {
    const auto ext = std::filesystem::path(f).extension();
    if (ext != ".jsonl" && ext != ".ndjson")
      return false;
  }
  return true;
}

void run(const Options &o) {
  Window whole{optional_date(o.from, "--from"), optional_date(o.to, "--to")};
  if (whole.from && whole.to && *whole.to < *whole.from)
    throw Error::usage("--to is before --from");
  const Level level = parse_level(o.level);
  InputOptions input = o.events.to_input_options(o.quiet);
  input.level = level;
  const auto windows = o.split.empty() ? std::vector<Window>{whole} : windows_of(whole, o.split);
  if (windows.size() > 1 && o.output == "-")
    throw Error::usage("--split needs -o FILE (one file per window)");

  std::vector<Snapshot> snapshots;
  IngestStats stats;
  if (windows.size() == 1 && relations_only(o.inputs, input.format)) {
    snapshots.push_back(snapshot_from_inputs(o.inputs, input, {whole, level}, &stats));
  } else {
    auto fold = fold_snapshots(o.inputs, input, windows);
    snapshots = std::move(fold.snapshots);
    stats = std::move(fold.stats);
  }
  report_bad_rows(stats);
  for (std::size_t i = 0; i < snapshots.size(); ++i) {
    auto &s = snapshots[i];
    s.metrics = compute_metrics(s, {});
    const auto out = windows.size() == 1 ? o.output : window_output(o.output, i);
    save_snapshot(s, out);
    note(o.quiet, describe(stats, s) + (out == "-" ? "" : " -> " + out));
  }
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("snapshot", "Fold events from a time window into a signed "
                                             "graph and save it as snapshot JSON");
  cmd->add_option("inputs", o->inputs,
                  "Input files or folders ('-' = stdin): relations JSONL, GDELT 1.0/2.0, "
                  "ICEWS, CSV/TSV edge lists; .gz and .zip are read directly")
      ->required();
  cmd->add_option("--from", o->from, "First day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", o->to, "Last day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--split", o->split,
                  "Cut the window before these days (YYYY-MM-DD,...): one snapshot per part, "
                  "written as FILE's stem + .A.json, .B.json, ...");
  cmd->add_option("--level", o->level, "Fold actors to their country, or keep full codes")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  add_event_options(cmd, o->events);
  cmd->add_option("-o,--output", o->output, "Snapshot JSON to write ('-' = stdout)")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", o->quiet, "No summary or progress bar on stderr");
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"snapshot", 20, setup};

} // namespace
} // namespace entente::cli
