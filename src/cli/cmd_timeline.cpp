// entente timeline SNAPSHOT...|FOLDER [--pair A:B]... [--chart FILE.svg] [--json]
//
// One row per snapshot, in window order: size, balance, frustration, blocs
// and chosen dyads' net scores; optionally drawn as an SVG line chart.
#include "entente/cli/command.hpp"
#include "entente/core/text.hpp"
#include "entente/graph/series.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/render/charts.hpp"
#include "entente/render/views.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs, pairs;
  std::string chart, output = "-";
  bool json = false, quiet = false;
};

struct Row {
  std::string label;
  std::optional<double> actors, dyads, conflict_share, triangle_balance, frustration_f, blocs, q;
  std::vector<std::optional<double>> pairs;
};

// A snapshot to read, and the folder it was found in ("" if named).
struct SnapshotInput {
  std::string file, folder;
  Level level = Level::country; // filled in once read
  Window window;
};

std::vector<SnapshotInput> snapshot_files(const std::vector<std::string> &inputs) {
  std::vector<SnapshotInput> files;
  for (const auto &in : inputs) {
    if (!fs::is_directory(in)) {
      files.push_back({in, "", {}, {}});
      continue;
    }
    std::vector<std::string> found;
    for (const auto &e : fs::directory_iterator(in))
      if (e.is_regular_file() && e.path().extension() == ".json")
        found.push_back(e.path().string());
    std::sort(found.begin(), found.end());
    for (auto &f : found)
      files.push_back({std::move(f), in, {}, {}});
  }
  if (files.empty())
    throw Error::usage("timeline: no snapshot files given");
  return files;
}

// One series at a time: snapshots of different levels do not compare, and
// a folder is one series, so its windows are all of one kind (a month, 7
// days, ...), but for a shorter first or last window (cut by --from/--to).
// Two runs into one folder left daily and weekly windows there, which came
// out as one unsorted series (issue 15).
void check_one_series(const std::vector<SnapshotInput> &in) {
  for (const auto &s : in)
    if (s.level != in.front().level)
      throw Error::usage("timeline: " + s.file + " is a " + std::string(to_string(s.level)) +
                         "-level snapshot, " + in.front().file + " a " +
                         std::string(to_string(in.front().level)) + "-level one");
  std::map<std::string, std::vector<const SnapshotInput *>> folders;
  for (const auto &s : in)
    if (!s.folder.empty())
      folders[s.folder].push_back(&s);
  for (auto &[folder, list] : folders) {
    std::map<std::string, std::size_t> kinds;
    long longest = 0;
    for (const auto *s : list)
      ++kinds[window_kind(s->window)];
    const auto usual = std::max_element(kinds.begin(), kinds.end(), [](auto &x, auto &y) {
                         return x.second < y.second;
                       })->first;
    for (const auto *s : list)
      if (window_kind(s->window) == usual && s->window.from && s->window.to)
        longest = std::max<long>(longest, s->window.to->days() - s->window.from->days() + 1);
    std::stable_sort(list.begin(), list.end(), [](auto *x, auto *y) {
      return x->window.from.value_or(Date()) < y->window.from.value_or(Date());
    });
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto &w = list[i]->window;
      const bool end = i == 0 || i + 1 == list.size();
      const bool cut = end && w.from && w.to && w.to->days() - w.from->days() + 1 < longest;
      if (window_kind(w) != usual && !cut)
        throw Error::usage("timeline: " + folder + " mixes windows of different kinds (" +
                           list[i]->file + " is " + window_kind(w) + ", most are " + usual +
                           "): one series per folder");
    }
  }
}

Row row_of(const Snapshot &s, const std::vector<std::pair<std::string, std::string>> &pairs) {
  const auto h =
      s.metrics.balance ? headline_figures(s.metrics) : headline_figures(compute_metrics(s));
  Row r;
  const auto from = s.window.from ? s.window.from : s.first_event;
  r.label = from ? from->to_string() : "?";
  r.actors = static_cast<double>(s.graph.actor_count());
  r.dyads = static_cast<double>(s.graph.dyad_count());
  std::size_t negative = 0;
  for (const auto &d : s.graph.dyads())
    negative += d.edge().sign() < 0;
  if (s.graph.dyad_count() > 0)
    r.conflict_share = static_cast<double>(negative) / static_cast<double>(s.graph.dyad_count());
  r.triangle_balance = h.triangle_balance; // absent without triangles
  r.frustration_f = h.frustration_F;
  r.blocs = h.blocs;
  r.q = h.modularity_Q;
  for (const auto &[a, b] : pairs) {
    const auto *d = s.graph.dyad(a, b);
    r.pairs.push_back(d ? std::optional<double>(round6(d->total().net)) : std::nullopt);
  }
  return r;
}

std::string cell(const std::optional<double> &v, int decimals) {
  if (!v)
    return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, round6(*v));
  return buf;
}

std::string table(const std::vector<Row> &rows, const std::vector<std::string> &pair_names) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-12s %7s %7s %9s %9s %9s %6s %7s", "window", "actors", "dyads",
                "conflict", "tri.bal", "F", "blocs", "Q");
  std::string out = buf;
  for (const auto &p : pair_names)
    out += " " + std::string(std::max<std::size_t>(10, p.size()) - p.size(), ' ') + p;
  out += "\n";
  for (const auto &r : rows) {
    std::snprintf(buf, sizeof buf, "%-12s %7s %7s %9s %9s %9s %6s %7s", r.label.c_str(),
                  cell(r.actors, 0).c_str(), cell(r.dyads, 0).c_str(),
                  cell(r.conflict_share, 3).c_str(), cell(r.triangle_balance, 3).c_str(),
                  cell(r.frustration_f, 3).c_str(), cell(r.blocs, 0).c_str(), cell(r.q, 3).c_str());
    out += buf;
    for (std::size_t i = 0; i < r.pairs.size(); ++i) {
      const auto v = cell(r.pairs[i], 1);
      out += " " + std::string(std::max<std::size_t>(10, pair_names[i].size()) - v.size(), ' ') + v;
    }
    out += "\n";
  }
  return out;
}

nlohmann::json to_json_rows(const std::vector<Row> &rows, const std::vector<std::string> &names) {
  auto value = [](const std::optional<double> &v) {
    return v ? nlohmann::json(round6(*v)) : nlohmann::json(nullptr);
  };
  // Counts stay integers (31, not 31.0), as in metrics --json.
  auto count = [](const std::optional<double> &v) {
    return v ? nlohmann::json(std::llround(*v)) : nlohmann::json(nullptr);
  };
  nlohmann::json out = nlohmann::json::array();
  for (const auto &r : rows) {
    nlohmann::json j = {{"window", r.label},
                        {"actors", count(r.actors)},
                        {"dyads", count(r.dyads)},
                        {"conflict_share", value(r.conflict_share)},
                        {"triangle_balance", value(r.triangle_balance)},
                        {"frustration_F", value(r.frustration_f)},
                        {"modularity_k", count(r.blocs)},
                        {"modularity_Q", value(r.q)}};
    for (std::size_t i = 0; i < names.size(); ++i)
      j["pairs"][names[i]] = value(r.pairs[i]);
    out.push_back(j);
  }
  return out;
}

// Balance indices above; the chosen dyads' net scores (another scale) in a
// second panel below.
LineChart chart_of(const std::vector<Row> &rows, const std::vector<std::string> &pair_names) {
  LineChart c{"entente timeline: balance and conflict", {}, {{"share / index", {}}}};
  Series tri{"triangle balance", {}}, f{"1 - 2L/m (frustration F)", {}},
      conflict{"conflict share", {}};
  std::vector<Series> pairs;
  for (const auto &name : pair_names)
    pairs.push_back({"net " + name, {}});
  for (const auto &r : rows) {
    c.x_labels.push_back(r.label);
    tri.values.push_back(r.triangle_balance);
    f.values.push_back(r.frustration_f);
    conflict.values.push_back(r.conflict_share);
    for (std::size_t i = 0; i < pairs.size(); ++i)
      pairs[i].values.push_back(r.pairs[i]);
  }
  c.panels[0].series = {tri, f, conflict};
  if (!pairs.empty()) {
    c.title += " of " + std::to_string(pairs.size()) + (pairs.size() == 1 ? " dyad" : " dyads");
    c.panels.push_back({"net Goldstein", pairs});
  }
  return c;
}

void run(const Options &o) {
  if (o.chart == "-" && o.output == "-")
    throw Error::usage("--chart - and the table would both go to standard output (use -o)");
  if (!o.chart.empty() && o.chart != "-" && picture_format_for(o.chart) == PictureFormat::dot)
    throw Error::usage("--chart takes .svg, .png or .pdf, not '" + o.chart + "'");
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto &p : o.pairs) {
    const auto parts = detail::split(p, ':');
    if (parts.size() != 2 || parts[0].empty() || parts[1].empty())
      throw Error::usage("--pair takes A:B, got '" + p + "'");
    pairs.emplace_back(std::string(parts[0]), std::string(parts[1]));
  }
  std::vector<Row> rows;
  auto inputs = snapshot_files(o.inputs);
  for (auto &in : inputs) {
    const Snapshot s = load_snapshot(in.file, {.dyad_table = false, .alignment = false});
    in.level = s.level;
    in.window = s.window;
    rows.push_back(row_of(s, pairs));
  }
  check_one_series(inputs);
  write_output(o.output,
               o.json ? to_json_rows(rows, o.pairs).dump(1) + "\n" : table(rows, o.pairs));
  if (!o.chart.empty()) {
    write_chart(o.chart, line_chart_svg(chart_of(rows, o.pairs)));
    if (o.chart != "-")
      note(o.quiet, "chart of " + std::to_string(rows.size()) + " windows written to " + o.chart);
  }
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd =
      app.add_subcommand("timeline", "Per-window series of balance, frustration, blocs "
                                     "and chosen dyads over snapshots, as a table and chart");
  cmd->add_option("snapshots", o->inputs, "Snapshot JSON files or folders of them")->required();
  cmd->add_option("--pair", o->pairs, "Also follow the net score of dyad A:B (repeatable)");
  cmd->add_option("--chart", o->chart,
                  "Draw the series as a line chart (.svg, .png or .pdf; '-' = SVG on stdout); "
                  "--pair dyads in a second panel");
  add_output(cmd, o->output, "the table (or --json)");
  add_quiet(cmd, o->quiet);
  cmd->add_flag("--json", o->json, "JSON rows instead of a table");
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"timeline", 55, setup};

} // namespace
} // namespace entente::cli
