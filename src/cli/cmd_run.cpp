// entente run: the main job. Every dataset shipped in datasets/ becomes
// snapshots, pictures and comparisons in output/ (the jobs: run_*.cpp).
#include "entente/cli/command.hpp"
#include "entente/cli/run_jobs.hpp"
#include "entente/io/atomic_file.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace entente::cli {

std::vector<RunJob> &run_jobs() {
  static std::vector<RunJob> list;
  return list;
}

std::vector<fs::path> files_with_extension(const fs::path &dir, const std::string &ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto &e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ext)
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

ReportPicture draw_pictures(const DrawPlan &plan, const std::string &base,
                            const std::vector<std::string> &extensions, bool quiet) {
  for (const auto &n : plan.notes)
    note(quiet, "note: " + n);
  std::vector<PictureFormat> formats;
  for (const auto &ext : extensions)
    formats.push_back(picture_format_for(base + ext));
  auto svg = std::find(formats.begin(), formats.end(), PictureFormat::svg);
  const auto svg_at = static_cast<std::size_t>(svg - formats.begin());
  if (svg == formats.end())
    formats.push_back(PictureFormat::svg); // the report's copy
  auto bytes = render_plan(plan, formats);
  for (std::size_t i = 0; i < extensions.size(); ++i)
    write_output(base + extensions[i], bytes[i]);
  return {std::move(bytes[svg_at]), plan.caption};
}

namespace {

struct Options {
  std::string datasets = "datasets", output = "output";
  bool quiet = false;
};

void run(const Options &o) {
  if (!fs::is_directory(o.datasets))
    throw Error::at(o.datasets, 0,
                    "datasets folder not found (run from the repository root "
                    "or pass --datasets)");
  std::error_code ec;
  fs::create_directories(o.output, ec);
  if (ec)
    throw Error::at(o.output, 0, "cannot create output folder: " + ec.message());
  auto &jobs = run_jobs();
  std::stable_sort(jobs.begin(), jobs.end(),
                   [](const auto &a, const auto &b) { return a.order < b.order; });
  RunContext context{o.datasets, o.output, o.quiet, {}};
  for (const auto &job : jobs)
    job.run(context);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("run", "The main job: every dataset in DATASETS to snapshots, "
                                        "pictures and comparisons in OUTPUT");
  cmd->add_option("--datasets", o->datasets, "Folder of input data")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Folder for the results (created if missing)")
      ->capture_default_str();
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"run", 10, setup};

} // namespace
} // namespace entente::cli
