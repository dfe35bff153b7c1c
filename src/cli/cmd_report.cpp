// entente report SNAPSHOT... -o report.html [--compare]
#include "entente/cli/command.hpp"
#include "entente/cli/picture_options.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/render/snapshot_report.hpp"

#include <filesystem>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> snapshots;
  std::string output = "report.html", title = "entente report";
  PictureFlags picture;
  std::size_t heatmap = ReportLimits{}.heatmap_actors;
  bool compare = false, quiet = false;
};

void run(const Options &o) {
  ReportLimits limits;
  o.picture.apply(limits.picture);
  limits.heatmap_actors = o.heatmap;
  std::vector<NamedSnapshot> all;
  for (const auto &file : o.snapshots) {
    Snapshot s = load_snapshot(file, {.dyad_table = false, .alignment = true});
    if (!s.metrics.balance)
      s.metrics = compute_metrics(s);
    all.push_back({std::filesystem::path(file).stem().string(), std::move(s), std::nullopt});
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  if (o.compare)
    for (std::size_t i = 1; i < all.size(); ++i)
      pairs.emplace_back(i - 1, i);
  const std::string html = report_html(snapshots_report(all, o.title, pairs, {}, limits));
  write_output(o.output, html);
  if (o.output != "-")
    note(o.quiet, "wrote " + o.output + ": " + std::to_string(all.size()) + " snapshots, " +
                      std::to_string(pairs.size()) + " comparisons, " +
                      std::to_string((html.size() + 1023) / 1024) + " KiB");
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("report", "One self-contained HTML page: pictures, alignment "
                                           "heatmap, alliances, rivalries, blocs, balance");
  cmd->add_option("snapshots", o->snapshots, "Snapshot JSON files")->required();
  add_output(cmd, o->output, "the HTML page");
  add_quiet(cmd, o->quiet);
  cmd->add_option("--title", o->title, "Page title")->capture_default_str();
  cmd->add_flag("--compare", o->compare, "Add what changed between consecutive snapshots");
  add_picture_options(cmd, o->picture);
  cmd->add_option("--heatmap-actors", o->heatmap,
                  "Alignment heatmap: the N strongest actors, ordered by bloc")
      ->capture_default_str();
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"report", 60, setup};

} // namespace
} // namespace entente::cli
