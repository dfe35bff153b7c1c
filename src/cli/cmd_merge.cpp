// entente merge PARTIAL... -o FILE|DIR [--no-metrics]
// Adds partials (`entente snapshot ... --partial FILE`, one per share of the
// inputs, written by other processes or machines) into the snapshots one
// `entente snapshot` over all the inputs writes, byte for byte: the same
// windows, the same sums, the same measures (issue 19).
#include "entente/cli/command.hpp"
#include "entente/cli/snapshot_output.hpp"
#include "entente/graph/partial.hpp"
#include "entente/pipeline/series_folder.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> partials;
  std::string output = "-";
  bool quiet = false, no_metrics = false;
};

Partial read_file(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error::at(path, 0, "cannot open: " + std::string(std::strerror(errno)));
  return read_partial(in, path);
}

// The writers' ingest counts, added up (for the one-line account).
void add_meta(IngestStats &stats, const nlohmann::json &meta) {
  auto count = [&](const char *key) {
    return meta.contains(key) && meta.at(key).is_number_unsigned() ? meta.at(key).get<std::size_t>()
                                                                   : std::size_t{0};
  };
  stats.files += count("files");
  stats.rows += count("rows");
  stats.relations += count("relations");
  if (meta.contains("skipped") && meta.at("skipped").is_object())
    for (const auto &[kind, n] : meta.at("skipped").items())
      if (n.is_number_unsigned())
        stats.skipped[kind] += n.get<std::size_t>();
}

void run(const Options &o) {
  Partial all = read_file(o.partials.at(0));
  IngestStats stats;
  add_meta(stats, all.meta);
  for (std::size_t i = 1; i < o.partials.size(); ++i) {
    Partial next = read_file(o.partials[i]);
    add_meta(stats, next.meta);
    merge_partial(all, o.partials[0], std::move(next), o.partials[i]);
  }
  if (all.series)
    check_series_folder(o.output); // before any work: never mix with (or remove) other files
  const auto snapshots = finish_folds(all.parts, all.sources, 2);
  if (all.series)
    return save_series(snapshots, stats, *all.series, o.output, !o.no_metrics, o.quiet);
  if (snapshots.size() > 1 && o.output == "-")
    throw Error::usage("these partials hold " + std::to_string(snapshots.size()) +
                       " windows (--split): give -o FILE (one file per window)");
  save_window_list(snapshots, stats, o.output, !o.no_metrics, o.quiet);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("merge", "Add partials of disjoint inputs (written by snapshot's "
                                          "partial option) into the snapshots one run over all "
                                          "of them gives");
  cmd->add_option("partials", o->partials, "Partial files, in the order of their inputs")
      ->required()
      ->check(CLI::ExistingFile);
  add_output(cmd, o->output,
             "the snapshot (for partials of split windows, FILE's stem + .A.json, .B.json ...; "
             "for a series, the folder)");
  cmd->add_flag("--no-metrics", o->no_metrics, "Save the graphs without measures");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"merge", 25, setup};

} // namespace
} // namespace entente::cli
