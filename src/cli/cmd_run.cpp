// entente run: the main job. Every dataset shipped in datasets/ becomes
// snapshots, pictures and comparisons in output/.
#include "entente/cli/command.hpp"
#include "entente/cli/pipeline.hpp"
#include "entente/metrics/summary.hpp"
#include "entente/render/picture.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace entente::cli {
namespace {

struct Options {
  std::string datasets = "datasets", output = "output";
  bool quiet = false;
};

// One snapshot and its pictures: <output>/<name>.{json,dot,svg,png}.
void snapshot_job(const std::string &name, const std::vector<std::string> &inputs,
                  const Options &o) {
  IngestStats stats;
  Snapshot s = snapshot_from_inputs(inputs, {}, {}, &stats);
  s.metrics["summary"] = summarize(s.graph);
  const fs::path base = fs::path(o.output) / name;
  save_snapshot(s, base.string() + ".json");
  PictureOptions picture;
  for (const char *ext : {".dot", ".svg", ".png"})
    render_snapshot(s, base.string() + ext, picture);
  note(o.quiet, name + ": " + describe(stats, s) + " -> " + base.string() + ".{json,dot,svg,png}");
}

std::vector<fs::path> files_in(const fs::path &dir, const std::string &ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto &e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ext)
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

void run(const Options &o) {
  if (!fs::is_directory(o.datasets))
    throw Error::at(o.datasets, 0,
                    "datasets folder not found (run from the repository root "
                    "or pass --datasets)");
  std::error_code ec;
  fs::create_directories(o.output, ec);
  if (ec)
    throw Error::at(o.output, 0, "cannot create output folder: " + ec.message());
  const auto relations = files_in(fs::path(o.datasets) / "relations", ".jsonl");
  if (relations.empty())
    throw Error::at(o.datasets, 0, "no relations files (*.jsonl) in relations/");
  for (const auto &file : relations)
    snapshot_job(file.stem().string(), {file.string()}, o);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("run", "The main job: every dataset in DATASETS to snapshots, "
                                        "pictures and comparisons in OUTPUT");
  cmd->add_option("--datasets", o->datasets, "Folder of input data")->capture_default_str();
  cmd->add_option("--output", o->output, "Folder for the results (created if missing)")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", o->quiet, "No progress on stderr");
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"run", 10, setup};

} // namespace
} // namespace entente::cli
