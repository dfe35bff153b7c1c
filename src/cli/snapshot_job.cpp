#include "entente/cli/snapshot_job.hpp"

#include "entente/cli/command.hpp"
#include "entente/cli/snapshot_output.hpp"
#include "entente/core/text.hpp"
#include "entente/graph/partial.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/pipeline/series_folder.hpp"

namespace entente::cli {
namespace {

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

SeriesOptions series_of(const SnapshotArgs &o, const Window &whole, const InputOptions &input) {
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
  series.level = input.level;
  series.groups = input.groups;
  series.regions = input.regions;
  if (o.partial.empty())
    check_series_folder(o.output); // before any work: never mix with (or remove) other files
  if (whole.from && whole.to)      // known before reading: fail fast
    check_window_count(series, window_range(series, *whole.from).first,
                       window_range(series, *whole.to).last);
  return series;
}

} // namespace

SnapshotJob resolve_snapshot(const SnapshotArgs &o) {
  Window whole{optional_date(o.from, "--from"), optional_date(o.to, "--to")};
  if (whole.from && whole.to && *whole.to < *whole.from)
    throw Error::usage("--to is before --from");
  SnapshotJob job;
  job.input = o.events.to_input_options(o.quiet);
  job.input.level = parse_level(o.level);
  job.articles = {o.dictionaries, optional_date(o.article_date, "--date")};
  if (!o.partial.empty() && o.output != "-")
    throw Error::usage("--partial writes the fold, not snapshots: give -o or --partial");
  if (!o.every.empty() || !o.window.empty() || !o.step.empty()) {
    job.series = series_of(o, whole, job.input);
    return job;
  }
  job.windows = o.split.empty() ? std::vector<Window>{whole} : windows_of(whole, o.split);
  if (job.windows.size() > 1 && o.output == "-" && o.partial.empty())
    throw Error::usage("--split needs -o FILE (one file per window)");
  return job;
}

void save_snapshots(const SnapshotArgs &o, const SnapshotJob &job,
                    const std::vector<Snapshot> &snapshots, const IngestStats &stats) {
  report_bad_rows(stats);
  if (job.series)
    save_series(snapshots, stats, *job.series, o.output, !o.no_metrics, o.quiet);
  else
    save_window_list(snapshots, stats, o.output, !o.no_metrics, o.quiet);
}

// The fold's state, not snapshots: `entente merge` adds partials of
// disjoint inputs into the snapshots one run over all of them gives.
void save_partial(const SnapshotArgs &o, std::vector<Fold> &parts, const IngestStats &stats) {
  report_bad_rows(stats);
  const nlohmann::json meta = {{"files", stats.files},
                               {"rows", stats.rows},
                               {"relations", stats.relations},
                               {"skipped", stats.skipped}};
  AtomicFile out(o.partial);
  write_partial(out.stream(), parts, o.inputs, meta);
  out.commit();
  note(o.quiet, "read " + std::to_string(stats.relations) + " relations from " +
                    std::to_string(stats.files) + (stats.files == 1 ? " file" : " files") +
                    " -> partial " + o.partial);
}

void add_snapshot_options(CLI::App *cmd, SnapshotArgs &args) {
  auto *o = &args;
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
}

} // namespace entente::cli
