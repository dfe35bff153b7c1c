#include "entente/cli/snapshot_output.hpp"

#include "entente/cli/command.hpp"
#include "entente/pipeline/pipeline.hpp"
#include "entente/pipeline/series_folder.hpp"

#include <filesystem>

namespace entente::cli {

std::string window_output(const std::string &output, std::size_t i) {
  std::filesystem::path p(output);
  const std::string ext = p.extension().empty() ? ".json" : p.extension().string();
  return (p.parent_path() / (p.stem().string() + "." + std::string(1, char('A' + i)) + ext))
      .string();
}

void save_window_list(const std::vector<Snapshot> &snapshots, const IngestStats &stats,
                      const std::string &output, bool metrics, bool quiet) {
  std::vector<std::string> outputs;
  for (std::size_t i = 0; i < snapshots.size(); ++i)
    outputs.push_back(snapshots.size() == 1 ? output : window_output(output, i));
  measure_and_save(snapshots, outputs, metrics);
  for (std::size_t i = 0; i < snapshots.size(); ++i)
    note(quiet, describe(stats, snapshots[i]) + (outputs[i] == "-" ? "" : " -> " + outputs[i]));
}

void save_series(const std::vector<Snapshot> &snapshots, const IngestStats &stats,
                 const SeriesOptions &series, const std::string &output, bool metrics, bool quiet) {
  if (snapshots.empty())
    throw Error("no relation falls in any window" +
                std::string(series.range.from || series.range.to ? " (check --from/--to)" : "") +
                "; nothing written");
  const std::filesystem::path dir(output);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!std::filesystem::is_directory(dir))
    throw Error::at(output, 0,
                    "cannot create the output folder" + (ec ? ": " + ec.message() : std::string()));
  std::vector<std::string> outputs;
  std::size_t used = 0;
  for (const auto &s : snapshots) {
    outputs.push_back((dir / (window_label(series, s.window) + ".json")).string());
    used += s.fold.used;
  }
  measure_and_save(snapshots, outputs, metrics);
  remove_stale_windows(dir, outputs); // a previous run's windows outside this series
  note(quiet, "read " + std::to_string(stats.relations) + " relations from " +
                  std::to_string(stats.files) + (stats.files == 1 ? " file" : " files") + "; " +
                  std::to_string(snapshots.size()) + " windows " +
                  window_label(series, snapshots.front().window) + " .. " +
                  window_label(series, snapshots.back().window) + ", " + std::to_string(used) +
                  " relations used in all -> " + output + "/");
}

} // namespace entente::cli
