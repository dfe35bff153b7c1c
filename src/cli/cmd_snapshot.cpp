// entente snapshot INPUT... [--from D] [--to D] [--split D[,D...]] [--level country|actor]
//                  [--format F] [--weight W] [--roots R] [--quads Q] [--countries C]
//                  [--root-only] [--strict] -o FILE | --partial FILE
// entente snapshot INPUT... (--every P | --window Nd --step Nd) [--from D] [--to D] -o DIR
//
// Every input kind (articles, relations JSONL, GDELT, ICEWS, edge lists;
// plain, .gz or .zip; stdin) goes through the one fold (fold_inputs in
// pipeline.hpp) with every window option. --split cuts the window
// into consecutive snapshots written as FILE's stem + ".A.json", ".B.json",
// ...; --every and --window/--step write one snapshot per window into DIR,
// named by window_label ("2011-08.json"), from one pass over the input.
#include "entente/cli/command.hpp"
#include "entente/cli/event_options.hpp"
#include "entente/cli/snapshot_output.hpp"
#include "entente/core/text.hpp"
#include "entente/graph/partial.hpp"
#include "entente/graph/series.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/pipeline.hpp"
#include "entente/pipeline/series_folder.hpp"

#include <filesystem>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string from, to, split, level = "country", output = "-";
  std::string every, window, step;
  std::string partial; // --partial FILE: the fold's state for entente merge (issue 19)
  std::string article_date, dictionaries; // for .txt articles among the inputs
  ArticleOptions articles() const { return {dictionaries, optional_date(article_date, "--date")}; }
  EventOptions events;
  bool quiet = false, no_metrics = false;
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

// Sliding-window lengths are whole days: "90d", "week" or "day".
int days_of(const std::string &text, const char *option) {
  const Period p = parse_period(text);
  if (p.unit != Period::Unit::days && p.unit != Period::Unit::week && p.unit != Period::Unit::day)
    throw Error::usage(std::string(option) + " takes a number of days such as 30d, not '" + text +
                       "'");
  return p.days;
}

// The fold's state, not snapshots: `entente merge` adds partials of
// disjoint inputs into the snapshots one run over all of them gives.
void save_partial(const Options &o, FoldParts &&folded) {
  report_bad_rows(folded.stats);
  const nlohmann::json meta = {{"files", folded.stats.files},
                               {"rows", folded.stats.rows},
                               {"relations", folded.stats.relations},
                               {"skipped", folded.stats.skipped}};
  AtomicFile out(o.partial);
  write_partial(out.stream(), folded.parts, o.inputs, meta);
  out.commit();
  note(o.quiet, "read " + std::to_string(folded.stats.relations) + " relations from " +
                    std::to_string(folded.stats.files) +
                    (folded.stats.files == 1 ? " file" : " files") + " -> partial " + o.partial);
}

void run_series(const Options &o, const Window &whole, Level level, const InputOptions &input) {
  if (o.output == "-" && o.partial.empty())
    throw Error::usage("a series needs -o DIR (one snapshot file per window)");
  SeriesOptions series;
  if (!o.every.empty())
    series.period = parse_period(o.every);
  else {
    if (o.window.empty() || o.step.empty())
      throw Error::usage("--window and --step go together");
    series.window_days = days_of(o.window, "--window");
    series.step_days = days_of(o.step, "--step");
  }
  series.range = whole;
  series.level = level;
  series.groups = input.groups;
  series.regions = input.regions;
  if (o.partial.empty())
    check_series_folder(o.output); // before any work: never mix with (or remove) other files
  if (whole.from && whole.to)      // known before reading: fail fast
    check_window_count(series, window_range(series, *whole.from).first,
                       window_range(series, *whole.to).last);

  if (!o.partial.empty())
    return save_partial(o, fold_input_parts(o.inputs, input, o.articles(), series));
  auto [snapshots, stats] = fold_inputs(o.inputs, input, o.articles(), series);
  report_bad_rows(stats);
  save_series(snapshots, stats, series, o.output, !o.no_metrics, o.quiet);
}

void run(const Options &o) {
  Window whole{optional_date(o.from, "--from"), optional_date(o.to, "--to")};
  if (whole.from && whole.to && *whole.to < *whole.from)
    throw Error::usage("--to is before --from");
  const Level level = parse_level(o.level);
  InputOptions input = o.events.to_input_options(o.quiet);
  input.level = level;
  if (!o.partial.empty() && o.output != "-")
    throw Error::usage("--partial writes the fold, not snapshots: give -o or --partial");
  if (!o.every.empty() || !o.window.empty() || !o.step.empty())
    return run_series(o, whole, level, input);
  const auto windows = o.split.empty() ? std::vector<Window>{whole} : windows_of(whole, o.split);
  if (windows.size() > 1 && o.output == "-" && o.partial.empty())
    throw Error::usage("--split needs -o FILE (one file per window)");

  if (!o.partial.empty())
    return save_partial(o, fold_input_parts(o.inputs, input, o.articles(), windows));
  auto [snapshots, stats] = fold_inputs(o.inputs, input, o.articles(), windows);
  report_bad_rows(stats);
  save_window_list(snapshots, stats, o.output, !o.no_metrics, o.quiet);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("snapshot", "Fold events from a time window into a signed "
                                             "graph and save it as snapshot JSON");
  cmd->add_option("inputs", o->inputs,
                  "Input files or folders ('-' = stdin): relations JSONL, GDELT 1.0/2.0, "
                  "ICEWS, CSV/TSV edge lists (.gz and .zip are read directly), and .txt "
                  "articles or documents JSONL, coded on the way in")
      ->required();
  cmd->add_option("--from", o->from, "First day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", o->to, "Last day of the window (YYYY-MM-DD, inclusive)");
  cmd->add_option("--split", o->split,
                  "Cut the window before these days (YYYY-MM-DD,...): one snapshot per part, "
                  "written as FILE's stem + .A.json, .B.json, ...");
  auto *every = cmd->add_option(
      "--every", o->every,
      "A series: one snapshot per day, week (ISO, from Monday), month, quarter, year or N days "
      "(e.g. 30d), written into the folder -o DIR as <window>.json (2011-08.json, "
      "2011-W32.json ...); windows from the first to the last with events, empty ones between "
      "included; at most 5000");
  auto *window = cmd->add_option("--window", o->window,
                                 "Sliding windows of this many days (e.g. 90d), one every --step "
                                 "days from --from (or 1970-01-01), written like --every");
  auto *step = cmd->add_option("--step", o->step, "Days between sliding windows (e.g. 30d)");
  window->needs(step);
  step->needs(window);
  every->excludes(window);
  every->excludes(step);
  for (auto *opt : {every, window, step})
    opt->excludes("--split");
  cmd->add_option("--date", o->article_date,
                  "Date of the .txt articles among the inputs (YYYY-MM-DD; default: each "
                  "article's dateline)");
  cmd->add_option("--dictionaries", o->dictionaries,
                  "Coder dictionaries for .txt articles (default: as entente extract)");
  cmd->add_option("--level", o->level, "Fold actors to their country, or keep full codes")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  add_event_options(cmd, o->events);
  cmd->add_option("-o,--output", o->output,
                  "Snapshot JSON to write ('-' = stdout); with --every or --window, the folder")
      ->capture_default_str();
  cmd->add_option("--partial", o->partial,
                  "Write the fold's state to FILE instead of snapshots (no metrics): `entente "
                  "merge` adds partials of disjoint inputs into the snapshots of one run over "
                  "all of them");
  cmd->add_flag("--no-metrics", o->no_metrics,
                "Save the graph without measures (\"metrics\": {}), for large inputs when only "
                "the dyads are needed; metrics, diff and timeline compute them when asked");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"snapshot", 20, setup};

} // namespace
} // namespace entente::cli
